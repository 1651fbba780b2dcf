"""Clinic management: users, supervision, client codes and thresholds.

Every write is audited in its own transaction. Records are never deleted: users and client
codes are deactivated, supervision assignments are ended.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, replace
from typing import Any

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from disclosure_review import rules
from disclosure_review.accounts.models import Clinic, RescoreRun, SupervisionAssignment, User
from disclosure_review.audit.services import audit_log
from disclosure_review.disclosures.models import Client

logger = logging.getLogger(__name__)


class ManagementError(ValueError):
    """A change the clinic's rules do not allow; the message is shown to the admin."""


def invite_url(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"{settings.SITE_URL}/invite/{uid}/{default_token_generator.make_token(user)}/"


def _send_invite(user: User, clinic_name: str) -> None:
    try:
        send_mail(
            subject=f"[Disclosure Review] You have been invited to {clinic_name}",
            message=(
                f"Hello {user.get_full_name() or user.username},\n\n"
                f"An account has been made for you at {clinic_name}. Your username is "
                f"{user.username}. Choose your password here (the link works once):\n\n"
                f"{invite_url(user)}\n"
            ),
            from_email=None,
            recipient_list=[user.email],
        )
    except Exception as error:  # an SMTP failure must not undo the account; resend later
        logger.warning("invitation to user %s not sent: %s", user.pk, error)


def user_invite(
    *, by: User, clinic: Clinic, data: dict[str, Any], request: HttpRequest | None = None
) -> User:
    """Create a user without a password and e-mail them a link to choose one."""
    with transaction.atomic():
        user = User(clinic=clinic, **data)
        user.set_unusable_password()
        user.save()
        audit_log(
            action="user.create",
            actor=by,
            clinic=clinic,
            obj=user,
            request=request,
            details={"username": user.username, "role": user.role},
        )
        transaction.on_commit(lambda: _send_invite(user, clinic.name))
    return user


def user_resend_invite(*, by: User, user: User, request: HttpRequest | None = None) -> None:
    if user.has_usable_password() or not user.is_active:
        raise ManagementError(
            "Only an active user who has not yet chosen a password can be invited again."
        )
    with transaction.atomic():
        audit_log(action="user.invite", actor=by, clinic=user.clinic_id, obj=user, request=request)
        transaction.on_commit(lambda: _send_invite(user, user.clinic.name))


def _other_active_admins(user: User) -> bool:
    return (
        User.objects.filter(clinic_id=user.clinic_id, role=User.Role.ADMIN, is_active=True)
        .exclude(pk=user.pk)
        .exists()
    )


def user_update(
    *, by: User, user: User, data: dict[str, Any], request: HttpRequest | None = None
) -> list[str]:
    """Change a user's details or role; returns the names of the fields that changed."""
    changed = [name for name, value in data.items() if getattr(user, name) != value]
    if not changed:
        return []
    if "role" in changed and user.is_clinic_admin and not _other_active_admins(user):
        raise ManagementError(
            "The clinic needs at least one active admin: make someone else admin first."
        )
    with transaction.atomic():
        old_role = user.role
        for name in changed:
            setattr(user, name, data[name])
        user.save(update_fields=changed)
        details: dict[str, Any] = {"fields": changed}
        if "role" in changed:
            details["role"] = {"from": old_role, "to": user.role}
        audit_log(
            action="user.change",
            actor=by,
            clinic=user.clinic_id,
            obj=user,
            request=request,
            details=details,
        )
    return changed


def user_set_active(
    *, by: User, user: User, active: bool, request: HttpRequest | None = None
) -> None:
    """Deactivate (the person can no longer sign in; their records stay) or reactivate."""
    if user.is_active == active:
        return
    if not active and user.pk == by.pk:
        raise ManagementError("You cannot deactivate your own account.")
    if not active and user.is_clinic_admin and not _other_active_admins(user):
        raise ManagementError("The clinic needs at least one active admin.")
    with transaction.atomic():
        user.is_active = active
        user.save(update_fields=["is_active"])
        audit_log(
            action="user.reactivate" if active else "user.deactivate",
            actor=by,
            clinic=user.clinic_id,
            obj=user,
            request=request,
        )


def assignment_create(
    *,
    by: User,
    supervisor: User,
    clinician: User,
    active_from: datetime.date,
    active_until: datetime.date | None,
    request: HttpRequest | None = None,
) -> SupervisionAssignment:
    """Assign a supervisor to a clinician for a period; periods of one pair never overlap."""
    if supervisor.pk == clinician.pk:
        raise ManagementError("Nobody can supervise themselves.")
    overlapping = SupervisionAssignment.objects.filter(
        supervisor=supervisor, clinician=clinician
    ).exclude(active_until__lt=active_from)
    if active_until is not None:
        overlapping = overlapping.filter(active_from__lte=active_until)
    with transaction.atomic():
        if overlapping.select_for_update().exists():
            raise ManagementError(
                f"{supervisor} already supervises {clinician} during part of this period."
            )
        assignment = SupervisionAssignment.objects.create(
            clinic_id=by.clinic_id,
            supervisor=supervisor,
            clinician=clinician,
            active_from=active_from,
            active_until=active_until,
        )
        audit_log(
            action="assignment.create",
            actor=by,
            obj=assignment,
            request=request,
            details={
                "supervisor": supervisor.username,
                "clinician": clinician.username,
                "from": active_from.isoformat(),
                "until": active_until.isoformat() if active_until else None,
            },
        )
    return assignment


def assignment_end(
    *,
    by: User,
    assignment: SupervisionAssignment,
    on: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> None:
    """End an assignment (its last day is `on`, today by default); the record stays."""
    on = on or timezone.localdate()
    if assignment.active_until is not None and assignment.active_until <= on:
        raise ManagementError("This assignment has already ended.")
    with transaction.atomic():
        # An assignment that has not started yet ends the day it would have started.
        assignment.active_until = max(on, assignment.active_from)
        assignment.save(update_fields=["active_until"])
        audit_log(
            action="assignment.end",
            actor=by,
            obj=assignment,
            request=request,
            details={"until": assignment.active_until.isoformat()},
        )


def client_create(*, by: User, code: str, request: HttpRequest | None = None) -> Client:
    with transaction.atomic():
        client = Client.objects.create(clinic_id=by.clinic_id, code=code)
        audit_log(
            action="client.create", actor=by, obj=client, request=request, details={"code": code}
        )
    return client


def client_set_active(
    *, by: User, client: Client, active: bool, request: HttpRequest | None = None
) -> None:
    if client.active == active:
        return
    with transaction.atomic():
        client.active = active
        client.save(update_fields=["active"])
        audit_log(
            action="client.reactivate" if active else "client.deactivate",
            actor=by,
            obj=client,
            request=request,
            details={"code": client.code},
        )


# Thresholds -------------------------------------------------------------------------------

CLINIC_FIELDS = {"flag_score": "flag_threshold", "phone_region": "phone_region"}


def clinic_threshold_values(clinic: Clinic) -> dict[str, Any]:
    """Every threshold of the clinic, defaults filled in."""
    from disclosure_review.disclosures.scoring import clinic_thresholds

    return clinic_thresholds(clinic).as_dict()


def thresholds_update(
    *, by: User, clinic: Clinic, values: dict[str, Any], request: HttpRequest | None = None
) -> RescoreRun | None:
    """Save new thresholds, bump the ruleset revision and start re-scoring the clinic.

    `values` holds every threshold (as `rules.Thresholds.as_dict()` does); it is validated
    by the rules package. Returns the re-score run, or None when nothing changed.
    """
    thresholds = rules.Thresholds.from_mapping(values)  # raises rules.InvalidInput
    new = thresholds.as_dict()
    with transaction.atomic():
        clinic = Clinic.objects.select_for_update().get(pk=clinic.pk)
        old = clinic_threshold_values(clinic)
        if new == old:
            return None
        defaults = rules.Thresholds().as_dict()
        clinic.thresholds = {
            name: value
            for name, value in new.items()
            if name not in CLINIC_FIELDS and value != defaults[name]
        }
        clinic.flag_threshold = new["flag_score"]
        clinic.phone_region = new["phone_region"]
        clinic.save(update_fields=["thresholds", "flag_threshold", "phone_region"])
        return rescore_start(
            clinic=clinic,
            thresholds=thresholds,
            by=by,
            reason=RescoreRun.Reason.THRESHOLD_CHANGE,
            action="thresholds.change",
            details={
                "changed": {
                    name: {"from": old[name], "to": new[name]}
                    for name in new
                    if new[name] != old[name]
                },
            },
            request=request,
        )


def rescore_start(
    *,
    clinic: Clinic,
    thresholds: rules.Thresholds,
    by: User | None,
    reason: RescoreRun.Reason,
    action: str,
    details: dict[str, Any],
    request: HttpRequest | None = None,
) -> RescoreRun:
    """Start a new ruleset revision of the clinic and queue the re-score of its entries.

    Call it inside a transaction holding the clinic's row lock (`select_for_update`).
    Runs still waiting or running are superseded, the audit event `action` records the
    revision, the ruleset and the run with `details`, and the run is queued on commit.
    `by` is None when no person asked for it (an operator's command); `reason` says why
    the run started, for the thresholds page.
    """
    from disclosure_review.disclosures.tasks import rescore_enqueue

    clinic.ruleset_revision += 1
    clinic.save(update_fields=["ruleset_revision"])
    RescoreRun.objects.filter(
        clinic=clinic, status__in=[RescoreRun.Status.PENDING, RescoreRun.Status.RUNNING]
    ).update(status=RescoreRun.Status.SUPERSEDED, finished_at=timezone.now())
    run = RescoreRun.objects.create(
        clinic=clinic,
        requested_by=by,
        reason=reason,
        ruleset_revision=clinic.ruleset_revision,
        ruleset=thresholds.ruleset(),
        thresholds=thresholds.as_dict(),
    )
    audit_log(
        action=action,
        actor=by,
        clinic=clinic,
        obj=clinic,
        request=request,
        details={
            "revision": clinic.ruleset_revision,
            "ruleset": run.ruleset,
            **details,
            "rescore_run": run.pk,
        },
    )
    transaction.on_commit(lambda: rescore_enqueue(run.pk))
    return run


# Outdated rulesets ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutdatedEntries:
    """How a clinic's entries stand against the clinic's current ruleset."""

    clinic: Clinic
    ruleset: str
    # Entries last scored under another ruleset, per that ruleset ("none": never scored).
    outdated: dict[str, int]
    # The run to `ruleset` that is waiting or running (or was just started), if any.
    run: RescoreRun | None = None
    started: bool = False

    @property
    def count(self) -> int:
        return sum(self.outdated.values())


def outdated_entries(clinic: Clinic) -> OutdatedEntries:
    """The clinic's entries not scored under its current ruleset; saves nothing.

    The current ruleset comes from the clinic's thresholds and the installed engine, so
    after an engine upgrade every clinic's entries are outdated until re-scored.
    """
    from disclosure_review.disclosures.rescore import outdated_by_ruleset
    from disclosure_review.disclosures.scoring import clinic_thresholds

    ruleset = clinic_thresholds(clinic).ruleset()
    run = RescoreRun.objects.filter(
        clinic=clinic,
        ruleset=ruleset,
        status__in=[RescoreRun.Status.PENDING, RescoreRun.Status.RUNNING],
    ).first()
    return OutdatedEntries(
        clinic=clinic, ruleset=ruleset, outdated=outdated_by_ruleset(clinic, ruleset), run=run
    )


def outdated_rescore(*, clinic: Clinic) -> OutdatedEntries:
    """Start re-scoring the clinic onto its current ruleset when entries are outdated.

    Idempotent: nothing starts when every entry is current or a run to the current ruleset
    is already waiting or running. The thresholds stay as they are; the run starts a new
    ruleset revision, as a threshold change does, audited as `rescore.start` with the
    reason "engine upgrade".
    """
    from disclosure_review.disclosures.scoring import clinic_thresholds

    with transaction.atomic():
        clinic = Clinic.objects.select_for_update().get(pk=clinic.pk)
        entries = outdated_entries(clinic)
        if not entries.outdated or entries.run is not None:
            return entries
        run = rescore_start(
            clinic=clinic,
            thresholds=clinic_thresholds(clinic),
            by=None,
            reason=RescoreRun.Reason.ENGINE_UPGRADE,
            action="rescore.start",
            details={"reason": "engine upgrade", "outdated": entries.outdated},
        )
    return replace(entries, run=run, started=True)
