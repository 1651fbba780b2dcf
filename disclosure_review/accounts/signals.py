"""Audit of sign-in, sign-out and failed sign-in."""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from disclosure_review.accounts.models import User
from disclosure_review.audit.services import audit_log


@receiver(user_logged_in)
def audit_login(sender, request, user: User, **kwargs) -> None:
    audit_log(action="auth.login", actor=user, request=request)


@receiver(user_logged_out)
def audit_logout(sender, request, user: User | None, **kwargs) -> None:
    if user is not None:
        audit_log(action="auth.logout", actor=user, request=request)


@receiver(user_login_failed)
def audit_login_failed(sender, credentials: dict, request=None, **kwargs) -> None:
    # The username tried is recorded (never the password); the clinic is known only when
    # the name belongs to a user.
    username = str(credentials.get("username", ""))[:150]
    user = User.objects.filter(username=username).only("clinic_id").first()
    audit_log(
        action="auth.login_failed",
        clinic=user.clinic_id if user else None,
        request=request,
        details={"username": username},
    )
