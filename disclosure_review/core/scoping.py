"""Who may see what: the one place that scopes clinical records by clinic and role.

Every view, export and task reads clinical records through these functions; none filters
by clinic or role by hand. A record outside a user's scope is simply absent (views answer
404), so nothing reveals that it exists.

- clinician: their own entries.
- supervisor: their own entries, and the submitted entries of clinicians assigned to them
  by an assignment active today; never their own entries to review.
- clinic admin: every submitted entry of their clinic (and their own).
- a user without a clinic (a bare superuser): nothing here; they use Django's admin.

One exception to "absent": a draft its author deleted is gone for that author alone, who
is told so (410) rather than shown a 404 and recorded as a denied access. Everyone else
still gets the 404 and the record, so nothing is revealed about another person's drafts.
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


class DeletedDraft(Exception):
    """The user asked for a draft they deleted themselves: answered 410 Gone, not 404.

    `core.middleware.DeletedDraftMiddleware` answers it, except for the draft's edit form
    posted from a tab left open, which the edit view answers with the new-entry form and
    what was typed.
    """

    def __init__(self, *, pk: int, deleted_at: datetime.datetime) -> None:
        super().__init__(f"Draft #{pk} was deleted by its author.")
        self.pk = pk
        self.deleted_at = deleted_at


def own_draft_deleted_at(user: User, pk: int | str) -> datetime.datetime | None:
    """When this user deleted their own draft with this id, or None.

    A deleted draft leaves no row, only its `disclosure.delete_draft` event (ids are never
    reused), so the author's own event is what tells "you deleted it" apart from an id that
    never existed or that someone else deleted.
    """
    from disclosure_review.audit.models import AuditEvent
    from disclosure_review.disclosures.services import DELETE_DRAFT_ACTION

    clinic_id = _clinic_id(user)
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    if not clinic_id or Disclosure.objects.filter(pk=pk).exists():
        return None
    return (
        AuditEvent.objects.filter(
            clinic_id=clinic_id,
            actor=user,
            action=DELETE_DRAFT_ACTION,
            object_type=Disclosure._meta.label_lower,
            object_id=str(pk),
        )
        .order_by("-seq")
        .values_list("created_at", flat=True)
        .first()
    )


def scoped_get_or_404(request, queryset: QuerySet, **lookup):
    """One object of a scoped queryset, or 404; a miss is recorded as a denied access.

    Views fetch single records through this, so a forged or foreign id leaves a trace in
    the audit trail without revealing whether the record exists. The one exception: the
    author of a deleted draft asking for it by id gets `DeletedDraft` (answered 410 by
    `core.middleware.DeletedDraftMiddleware`) and no denial is recorded.
    """
    from django.core.exceptions import ValidationError
    from django.http import Http404

    try:
        return queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, ValidationError):
        from disclosure_review.audit.services import audit_denied

        object_id = lookup.get("pk", lookup.get("id", next(iter(lookup.values()), "")))
        if queryset.model is Disclosure and set(lookup) <= {"pk", "id"}:
            deleted_at = own_draft_deleted_at(request.user, object_id)
            if deleted_at is not None:
                raise DeletedDraft(pk=int(object_id), deleted_at=deleted_at) from None
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
