"""Writes that span several models: submitting, scoring, withdrawing and deleting disclosures."""

from __future__ import annotations

import uuid
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import SupervisionAssignment, User
from disclosure_review.audit.services import audit_log
from disclosure_review.disclosures.models import Assessment, Disclosure, Finding
from disclosure_review.disclosures.scoring import score_disclosure
from disclosure_review.reviews.models import Comment, Notification, Review, ReviewEvent
from disclosure_review.reviews.services import notify

# What the clinician's form may change, in form order; everything else is set by the services.
EDITABLE_FIELDS = (
    "client",
    "session_date",
    "setting",
    "text",
    "disclosure_type",
    "intent",
    "intent_note",
    "relevance",
    "experience_status",
    "months_since_experience",
    "duration_minutes",
    "returned_focus",
    "client_response",
    "outcome_note",
)


def assessment_record(*, disclosure: Disclosure, result: rules.Result) -> Assessment:
    """Store one scoring run and make it the disclosure's current assessment."""
    assessment = Assessment.from_result(result, disclosure_id=disclosure.pk)
    assessment.save()
    Finding.objects.bulk_create(
        Finding.from_result(
            result,
            assessment_id=assessment.pk,
            clinic_id=disclosure.clinic_id,
            clinician_id=disclosure.clinician_id,
        )
    )
    disclosure.current_assessment = assessment
    disclosure.score = result.score
    disclosure.category = result.category
    disclosure.category_rank = Disclosure.CATEGORY_RANK[result.category]
    disclosure.flagged = result.flagged
    disclosure.save(
        update_fields=[
            "current_assessment",
            "score",
            "category",
            "category_rank",
            "flagged",
            "updated_at",
        ]
    )
    return assessment


def reviewers_for(clinician: User) -> list[User]:
    """Who hears about a flagged entry: the clinician's active supervisors, else the clinic's
    admins (so a supervisor's own entry goes to someone other than themselves)."""
    supervisor_ids = (
        SupervisionAssignment.objects.active().filter(clinician=clinician).values("supervisor_id")
    )
    reviewers = list(
        User.objects.filter(
            pk__in=supervisor_ids, is_active=True, clinic_id=clinician.clinic_id
        ).exclude(pk=clinician.pk)
    )
    if not reviewers:
        reviewers = list(
            User.objects.filter(
                clinic_id=clinician.clinic_id, role=User.Role.ADMIN, is_active=True
            ).exclude(pk=clinician.pk)
        )
    return reviewers


def review_open_for(*, disclosure: Disclosure) -> Review:
    """Open (or reopen) the review of a flagged entry and notify its reviewers via the outbox."""
    review, created = Review.objects.get_or_create(
        disclosure=disclosure, defaults={"clinic_id": disclosure.clinic_id}
    )
    if created:
        for reviewer in reviewers_for(disclosure.clinician):
            Notification.objects.get_or_create(
                dedupe_key=f"flagged:{disclosure.pk}:{reviewer.pk}",
                defaults={
                    "clinic_id": disclosure.clinic_id,
                    "recipient": reviewer,
                    "kind": Notification.Kind.FLAGGED,
                    "subject": f"An entry by {disclosure.clinician} is ready for review",
                    "body": f"Disclosure #{disclosure.pk} ({disclosure.get_category_display()}, "
                    f"score {disclosure.score}) was flagged for supervision.",
                    "url": f"/review/{disclosure.pk}/",
                },
            )
    return review


@transaction.atomic
def disclosure_submit(
    *, disclosure: Disclosure, by: User, request: HttpRequest | None = None
) -> Assessment:
    """Submit a draft: score it, store the assessment, open a review if flagged, audit.

    All in one transaction: either everything is stored or nothing is.
    """
    disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
    if disclosure.status != Disclosure.Status.DRAFT:
        raise ValueError("Only a draft can be submitted.")
    disclosure.status = Disclosure.Status.SUBMITTED
    disclosure.submitted_at = timezone.now()
    disclosure.save(update_fields=["status", "submitted_at", "updated_at"])
    result = score_disclosure(disclosure)
    assessment = assessment_record(disclosure=disclosure, result=result)
    if assessment.flagged:
        review_open_for(disclosure=disclosure)
    audit_log(
        action="disclosure.submit",
        actor=by,
        clinic=disclosure.clinic_id,
        obj=disclosure,
        request=request,
        details={
            "category": assessment.category,
            "score": assessment.score,
            "flagged": assessment.flagged,
        },
    )
    return assessment


@transaction.atomic
def disclosure_rescore(*, disclosure: Disclosure) -> Assessment:
    """Score a submitted entry again (after a ruleset change); the old assessment is kept."""
    disclosure = (
        Disclosure.objects.select_for_update().select_related("clinic").get(pk=disclosure.pk)
    )
    assessment = assessment_record(disclosure=disclosure, result=score_disclosure(disclosure))
    if assessment.flagged and disclosure.status == Disclosure.Status.SUBMITTED:
        review_open_for(disclosure=disclosure)
    return assessment


# The clinician's own writes ----------------------------------------------------------------


class AlreadySubmitted(Exception):
    """The form was sent again after its entry was submitted (double click, resend)."""

    def __init__(self, disclosure: Disclosure) -> None:
        super().__init__("This entry has already been submitted.")
        self.disclosure = disclosure


class StaleForm(Exception):
    """The entry changed since the form was opened (another window, a supervisor)."""


class NotAllowed(Exception):
    """The entry is not in a state that allows this change; the message says why."""


class AlreadyDeleted(Exception):
    """The draft was deleted by an earlier request (double click, resend, another window)."""


def _apply_fields(disclosure: Disclosure, fields: dict[str, Any]) -> list[str]:
    changed = []
    for name, value in fields.items():
        if name not in EDITABLE_FIELDS:
            raise ValueError(f"{name} cannot be set here")
        current = disclosure.client_id if name == "client" else getattr(disclosure, name)
        new = value.pk if name == "client" and value is not None else value
        if current != new or disclosure._state.adding:
            setattr(disclosure, name, value)
            changed.append(name)
    return changed


def _check_owner(disclosure: Disclosure, by: User) -> None:
    # The views reach entries through core.scoping; this guards the services themselves.
    if disclosure.clinician_id != by.pk or disclosure.clinic_id != by.clinic_id:
        raise PermissionError("Only the clinician who logged an entry may change it.")


@transaction.atomic
def disclosure_save_draft(
    *,
    by: User,
    fields: dict[str, Any],
    submission_key: uuid.UUID,
    disclosure: Disclosure | None = None,
    version: str = "",
    request: HttpRequest | None = None,
) -> Disclosure:
    """Create or update a draft from the clinician's form; audit; return the draft.

    The form's `submission_key` makes a resent form idempotent: the same key always lands
    on the same entry, so a double click never creates two. A form opened on an older save
    of the draft (`version`) raises `StaleForm`; a form resent after its entry was submitted
    raises `AlreadySubmitted`.
    """
    if disclosure is None:
        disclosure = _by_submission_key(by=by, submission_key=submission_key)
    if disclosure is None:
        disclosure = Disclosure(
            clinic_id=by.clinic_id,
            clinician=by,
            submission_key=submission_key,
            status=Disclosure.Status.DRAFT,
        )
        _apply_fields(disclosure, fields)
        try:
            with transaction.atomic():
                disclosure.save(force_insert=True)
        except IntegrityError:
            # The same form sent twice at once: the other request created the entry first.
            disclosure = _by_submission_key(by=by, submission_key=submission_key)
            if disclosure is None:
                raise
            return disclosure_save_draft(
                by=by,
                fields=fields,
                submission_key=submission_key,
                disclosure=disclosure,
                request=request,
            )
        audit_log(
            action="disclosure.create",
            actor=by,
            obj=disclosure,
            request=request,
            details={"status": disclosure.status},
        )
        return disclosure

    _check_owner(disclosure, by)
    disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
    if disclosure.status != Disclosure.Status.DRAFT:
        raise AlreadySubmitted(disclosure)
    if version and version != disclosure.updated_at.isoformat():
        raise StaleForm("This draft was saved in another window after you opened it.")
    changed = _apply_fields(disclosure, fields)
    if changed:
        disclosure.save(update_fields=[*changed, "updated_at"])
        audit_log(
            action="disclosure.update",
            actor=by,
            obj=disclosure,
            request=request,
            details={"fields": sorted(changed)},
        )
    return disclosure


def _by_submission_key(*, by: User, submission_key: uuid.UUID) -> Disclosure | None:
    disclosure = Disclosure.objects.filter(submission_key=submission_key).first()
    if disclosure is not None and disclosure.clinician_id != by.pk:
        # A key belongs to one clinician's form; anyone else's copy is a forged form.
        raise StaleForm("This form is no longer valid. Open a new one.")
    return disclosure


@transaction.atomic
def disclosure_save_and_submit(
    *,
    by: User,
    fields: dict[str, Any],
    submission_key: uuid.UUID,
    disclosure: Disclosure | None = None,
    version: str = "",
    request: HttpRequest | None = None,
) -> Assessment:
    """Save the form as a draft and submit it, all or nothing (see `disclosure_submit`)."""
    draft = disclosure_save_draft(
        by=by,
        fields=fields,
        submission_key=submission_key,
        disclosure=disclosure,
        version=version,
        request=request,
    )
    return disclosure_submit(disclosure=draft, by=by, request=request)


DELETE_DRAFT_ACTION = "disclosure.delete_draft"


@transaction.atomic
def disclosure_delete_draft(
    *, disclosure: Disclosure, by: User, version: str = "", request: HttpRequest | None = None
) -> int:
    """Delete a draft for good at its author's request, audit it, and return its id.

    A draft has never been seen by anyone else, reviewed or exported, and the audit trail
    names entries by id, never by foreign key: so the row is deleted (with any assessment
    of it) and the `disclosure.delete_draft` event keeps the id and no text.

    Only a draft can go: a submitted or withdrawn entry is part of the supervision record
    and raises `NotAllowed`. A page opened on an older save of the draft (`version`)
    raises `StaleForm`; a draft already deleted raises `AlreadyDeleted`.
    """
    _check_owner(disclosure, by)
    draft = Disclosure.objects.select_for_update().filter(pk=disclosure.pk).first()
    if draft is None:
        raise AlreadyDeleted("This draft was already deleted.")
    if draft.status == Disclosure.Status.SUBMITTED:
        raise NotAllowed(
            "This entry has been submitted, so it can no longer be deleted: it is part of "
            "your supervision record. Until the review starts you can withdraw it instead."
        )
    if draft.status != Disclosure.Status.DRAFT:
        raise NotAllowed("A withdrawn entry is kept in your record and cannot be deleted.")
    if version and version != draft.updated_at.isoformat():
        raise StaleForm(
            "This draft was saved in another window after you opened this page. Check it, "
            "then delete it again if you still want to."
        )
    pk = draft.pk
    audit_log(
        action=DELETE_DRAFT_ACTION, actor=by, clinic=draft.clinic_id, obj=draft, request=request
    )
    draft.delete()
    return pk


def withdraw_blocker(disclosure: Disclosure) -> str:
    """Why this entry cannot be withdrawn now, or "" if it can.

    An entry can be withdrawn until its review starts: while no review exists, or while the
    review is still open and no supervisor has acted or commented on it.
    """
    if disclosure.status == Disclosure.Status.WITHDRAWN:
        return "This entry is already withdrawn."
    if disclosure.status != Disclosure.Status.SUBMITTED:
        return "Only a submitted entry can be withdrawn; a draft can simply be left unsent."
    review = Review.objects.filter(disclosure=disclosure).first()
    if review is None:
        return ""
    started = (
        review.status != Review.Status.OPEN
        or review.supervisor_id is not None
        or review.comments.exclude(author_id=disclosure.clinician_id).exists()
    )
    if started:
        return (
            "Your supervisor has started the review of this entry, so it can no longer be "
            "withdrawn. Reply to their comments instead."
        )
    return ""


@transaction.atomic
def disclosure_withdraw(
    *, disclosure: Disclosure, by: User, reason: str, request: HttpRequest | None = None
) -> Disclosure:
    """Withdraw a submitted entry with a reason. It is kept, marked withdrawn, and audited;
    its unstarted review is closed and the reviewers are told."""
    _check_owner(disclosure, by)
    reason = reason.strip()
    if not reason:
        raise NotAllowed("Say briefly why you are withdrawing the entry.")
    disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
    review = Review.objects.select_for_update().filter(disclosure=disclosure).first()
    blocker = withdraw_blocker(disclosure)
    if blocker:
        raise NotAllowed(blocker)
    now = timezone.now()
    disclosure.status = Disclosure.Status.WITHDRAWN
    disclosure.withdrawn_reason = reason
    disclosure.withdrawn_at = now
    disclosure.save(update_fields=["status", "withdrawn_reason", "withdrawn_at", "updated_at"])
    if review is not None:
        previous = review.status
        review.status = Review.Status.CLOSED
        review.decision_note = "Withdrawn by the clinician before the review started."
        review.closed_at = now
        review.version += 1
        review.save(update_fields=["status", "decision_note", "closed_at", "version", "updated_at"])
        ReviewEvent.objects.create(
            review=review,
            actor=by,
            from_status=previous,
            to_status=review.status,
            note=review.decision_note,
            version=review.version,
        )
        for reviewer in reviewers_for(disclosure.clinician):
            notify(
                recipient=reviewer,
                clinic_id=disclosure.clinic_id,
                kind=Notification.Kind.STATUS,
                subject=f"Entry #{disclosure.pk} was withdrawn by {disclosure.clinician}",
                body="The clinician withdrew this entry before its review started; "
                "the review is closed.",
                url=f"/review/{disclosure.pk}/",
                dedupe_key=f"withdrawn:{disclosure.pk}:{reviewer.pk}",
            )
    audit_log(
        action="disclosure.withdraw",
        actor=by,
        obj=disclosure,
        request=request,
        details={"review": review.pk if review else None, "reason_length": len(reason)},
    )
    return disclosure


@transaction.atomic
def disclosure_revise(
    *,
    disclosure: Disclosure,
    by: User,
    fields: dict[str, Any],
    review_version: int,
    note: str = "",
    request: HttpRequest | None = None,
) -> Assessment:
    """Resubmit an entry after the supervisor requested a revision.

    Applies the clinician's changes, scores the entry again (a new assessment; the old ones
    are kept), sets the review back to "open" with its version bumped, adds the clinician's
    note as a comment, tells the reviewers and audits, in one transaction. A form opened on
    an older version of the review raises `StaleForm`; a review no longer waiting for a
    revision raises `NotAllowed`.
    """
    _check_owner(disclosure, by)
    disclosure = (
        Disclosure.objects.select_for_update().select_related("clinic").get(pk=disclosure.pk)
    )
    review = Review.objects.select_for_update().filter(disclosure=disclosure).first()
    if (
        review is None
        or review.status != Review.Status.REVISION_REQUESTED
        or (disclosure.status != Disclosure.Status.SUBMITTED)
    ):
        raise NotAllowed("This entry is not waiting for a revision.")
    if review.version != review_version:
        raise StaleForm("The review changed after you opened this form.")
    changed = _apply_fields(disclosure, fields)
    if changed:
        disclosure.save(update_fields=[*changed, "updated_at"])
    assessment = assessment_record(disclosure=disclosure, result=score_disclosure(disclosure))
    review.status = Review.Status.OPEN
    review.version += 1
    review.save(update_fields=["status", "version", "updated_at"])
    note = note.strip()
    ReviewEvent.objects.create(
        review=review,
        actor=by,
        from_status=Review.Status.REVISION_REQUESTED,
        to_status=review.status,
        note="Revised and resubmitted by the clinician.",
        version=review.version,
    )
    if note:
        Comment.objects.create(review=review, author=by, body=note)
    recipients = {r.pk: r for r in reviewers_for(disclosure.clinician)}
    if review.supervisor_id and review.supervisor_id != by.pk:
        recipients.setdefault(review.supervisor_id, review.supervisor)
    for reviewer in recipients.values():
        notify(
            recipient=reviewer,
            clinic_id=disclosure.clinic_id,
            kind=Notification.Kind.STATUS,
            subject=f"Entry #{disclosure.pk} was revised by {disclosure.clinician}",
            body="The clinician added context and resubmitted "
            f"({assessment.get_category_display()}, score {assessment.score}).",
            url=f"/review/{disclosure.pk}/",
            dedupe_key=f"revised:{disclosure.pk}:{review.version}:{reviewer.pk}",
        )
    audit_log(
        action="disclosure.revise",
        actor=by,
        obj=disclosure,
        request=request,
        details={
            "fields": sorted(changed),
            "review": review.pk,
            "review_version": review.version,
            "category": assessment.category,
            "score": assessment.score,
            "note": bool(note),
        },
    )
    return assessment
