"""Who may see what: the one place that scopes clinical records by clinic and role.

Every view, export and task reads clinical records through these functions; none filters
by clinic or role by hand. A record outside a user's scope is simply absent (views answer
404), so nothing reveals that it exists.

- clinician: their own entries.
- supervisor: their own entries, and the submitted entries of clinicians assigned to them
  by an assignment active today; never their own entries to review.
- clinic admin: every submitted entry of their clinic (and their own).
- a user without a clinic (a bare superuser): nothing here; they use Django's admin.
"""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet

from disclosure_review.accounts.models import Clinic, SupervisionAssignment, User
from disclosure_review.disclosures.models import Client, Disclosure
from disclosure_review.reviews.models import Review


def _clinic_id(user: User) -> int | None:
    if not user.is_authenticated or not user.is_active:
        return None
    return user.clinic_id


def supervisee_ids(user: User, on: datetime.date | None = None) -> QuerySet:
    """Ids of clinicians assigned to this supervisor today (a subquery, not a list)."""
    return (
        SupervisionAssignment.objects.active(on)
        .filter(supervisor=user, clinic_id=user.clinic_id, clinician__clinic_id=user.clinic_id)
        .values("clinician_id")
    )


def scoped_supervisees(user: User, on: datetime.date | None = None) -> QuerySet[User]:
    """Clinicians whose entries this user may review."""
    clinic_id = _clinic_id(user)
    if not clinic_id:
        return User.objects.none()
    users = User.objects.filter(clinic_id=clinic_id).exclude(pk=user.pk)
    if user.is_clinic_admin:
        return users
    if user.is_supervisor:
        return users.filter(pk__in=supervisee_ids(user, on))
    return User.objects.none()


def own_disclosures(user: User) -> QuerySet[Disclosure]:
    """The user's own entries, drafts and withdrawn ones included."""
    clinic_id = _clinic_id(user)
    if not clinic_id:
        return Disclosure.objects.none()
    return Disclosure.objects.filter(clinic_id=clinic_id, clinician=user)


def reviewable_disclosures(user: User, on: datetime.date | None = None) -> QuerySet[Disclosure]:
    """Submitted or withdrawn entries of others that this user may review; never their own."""
    clinic_id = _clinic_id(user)
    if not clinic_id or not user.can_review:
        return Disclosure.objects.none()
    entries = (
        Disclosure.objects.filter(clinic_id=clinic_id)
        .exclude(clinician=user)
        .exclude(status=Disclosure.Status.DRAFT)
    )
    if user.is_clinic_admin:
        return entries
    return entries.filter(clinician_id__in=supervisee_ids(user, on))


def scoped_disclosures(user: User, on: datetime.date | None = None) -> QuerySet[Disclosure]:
    """Every entry the user may open: their own and those they may review."""
    clinic_id = _clinic_id(user)
    if not clinic_id:
        return Disclosure.objects.none()
    mine = Q(clinician=user)
    if not user.can_review:
        return Disclosure.objects.filter(clinic_id=clinic_id).filter(mine)
    others = ~Q(status=Disclosure.Status.DRAFT) & ~Q(clinician=user)
    if user.is_supervisor:
        others &= Q(clinician_id__in=supervisee_ids(user, on))
    return Disclosure.objects.filter(clinic_id=clinic_id).filter(mine | others)


def scoped_reviews(user: User, on: datetime.date | None = None) -> QuerySet[Review]:
    """Reviews this user may act on (never the review of their own entry)."""
    return Review.objects.filter(disclosure__in=reviewable_disclosures(user, on))


def scoped_clients(user: User) -> QuerySet[Client]:
    clinic_id = _clinic_id(user)
    if not clinic_id:
        return Client.objects.none()
    return Client.objects.filter(clinic_id=clinic_id)


def scoped_users(user: User) -> QuerySet[User]:
    """Users this user may manage (admins: their clinic)."""
    clinic_id = _clinic_id(user)
    if not clinic_id or not user.is_clinic_admin:
        return User.objects.none()
    return User.objects.filter(clinic_id=clinic_id)


def scoped_clinic(user: User) -> QuerySet[Clinic]:
    clinic_id = _clinic_id(user)
    if not clinic_id:
        return Clinic.objects.none()
    return Clinic.objects.filter(pk=clinic_id)


def scoped_audit_events(user: User) -> QuerySet:
    from disclosure_review.audit.models import AuditEvent

    clinic_id = _clinic_id(user)
    if not clinic_id or not user.is_clinic_admin:
        return AuditEvent.objects.none()
    return AuditEvent.objects.filter(clinic_id=clinic_id)


def scoped_exports(user: User) -> QuerySet:
    from disclosure_review.audit.models import ExportJob

    clinic_id = _clinic_id(user)
    if not clinic_id or not user.is_clinic_admin:
        return ExportJob.objects.none()
    return ExportJob.objects.filter(clinic_id=clinic_id)


def scoped_get_or_404(request, queryset: QuerySet, **lookup):
    """One object of a scoped queryset, or 404; a miss is recorded as a denied access.

    Views fetch single records through this, so a forged or foreign id leaves a trace in
    the audit trail without revealing whether the record exists.
    """
    from django.core.exceptions import ValidationError
    from django.http import Http404

    try:
        return queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, ValidationError):
        from disclosure_review.audit.services import audit_denied

        object_id = lookup.get("pk", lookup.get("id", next(iter(lookup.values()), "")))
        audit_denied(
            request=request, object_type=queryset.model._meta.label_lower, object_id=object_id
        )
        raise Http404(f"No {queryset.model._meta.verbose_name} matches the given query.") from None


def administered_clinic(user: User) -> Clinic | None:
    """The clinic this user administers, or None (the clinic admin pages answer 404)."""
    clinic_id = _clinic_id(user)
    if not clinic_id or not user.is_clinic_admin:
        return None
    return user.clinic
