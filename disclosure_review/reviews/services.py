"""Writes on reviews: comments and outbox notifications (shared by every area), the status
workflow with optimistic locking, feedback on findings, digests."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest
from django.utils import timezone

from disclosure_review.accounts.models import User
from disclosure_review.audit.services import audit_log
from disclosure_review.disclosures.models import Disclosure, Finding
from disclosure_review.reviews.models import (
    Comment,
    FindingFeedback,
    Notification,
    Review,
    ReviewEvent,
)

COMMENT_MAX_LENGTH = 5000


def notify(
    *,
    recipient: User,
    clinic_id: int,
    kind: str,
    subject: str,
    body: str = "",
    url: str = "",
    dedupe_key: str,
) -> Notification:
    """Put one notification in the outbox, at most once per `dedupe_key`.

    Call inside the transaction of the change that causes it; delivery happens after commit.
    """
    notification, _ = Notification.objects.get_or_create(
        dedupe_key=dedupe_key[:120],
        defaults={
            "clinic_id": clinic_id,
            "recipient": recipient,
            "kind": kind,
            "subject": subject[:200],
            "body": body,
            "url": url[:200],
        },
    )
    return notification


def comment_recipients(review: Review, author: User) -> list[User]:
    """The other side of the conversation: the entry's clinician and whoever has commented
    or acted on the review, without the author."""
    disclosure = review.disclosure
    ids = {disclosure.clinician_id}
    ids |= set(review.comments.values_list("author_id", flat=True))
    if review.supervisor_id:
        ids.add(review.supervisor_id)
    if author.pk == disclosure.clinician_id and len(ids) == 1:
        # The clinician writes first: their reviewers hear about it.
        from disclosure_review.disclosures.services import reviewers_for

        ids |= {reviewer.pk for reviewer in reviewers_for(disclosure.clinician)}
    ids.discard(author.pk)
    return list(User.objects.filter(pk__in=ids, is_active=True, clinic_id=review.clinic_id))


@transaction.atomic
def comment_add(
    *, review: Review, author: User, body: str, request: HttpRequest | None = None
) -> Comment:
    """Add a comment to a review, notify the other side, audit; all in one transaction.

    The caller has checked that `author` may see the review (see core.scoping).
    """
    body = body.strip()
    if not body:
        raise ValueError("A comment cannot be empty.")
    if len(body) > COMMENT_MAX_LENGTH:
        raise ValueError(f"A comment can be at most {COMMENT_MAX_LENGTH} characters.")
    comment = Comment.objects.create(review=review, author=author, body=body)
    disclosure_id = review.disclosure_id
    author_name = author.get_full_name() or author.username
    for recipient in comment_recipients(review, author):
        url = (
            f"/disclosures/{disclosure_id}/"
            if recipient.pk == review.disclosure.clinician_id
            else f"/review/{disclosure_id}/"
        )
        notify(
            recipient=recipient,
            clinic_id=review.clinic_id,
            kind=Notification.Kind.COMMENT,
            subject=f"New comment from {author_name} on entry #{disclosure_id}",
            body="A new comment was added to a supervision review. Open the entry to read it.",
            url=url,
            dedupe_key=f"comment:{comment.pk}:{recipient.pk}",
        )
    audit_log(
        action="comment.add",
        actor=author,
        clinic=review.clinic_id,
        obj=review.disclosure,
        request=request,
        details={"review": review.pk, "comment": comment.pk, "length": len(body)},
    )
    return comment


# Status workflow --------------------------------------------------------------------------

S = Review.Status
# Which status may follow which. "Revision requested" hands the entry back to the clinician;
# their resubmission (disclosures.services) sets it back to open. Discussed and closed
# entries can be reopened.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.OPEN: (S.IN_REVIEW, S.DISCUSSED, S.REVISION_REQUESTED, S.ESCALATED, S.CLOSED),
    S.IN_REVIEW: (S.DISCUSSED, S.REVISION_REQUESTED, S.ESCALATED, S.CLOSED),
    S.REVISION_REQUESTED: (S.IN_REVIEW, S.DISCUSSED, S.ESCALATED, S.CLOSED),
    S.ESCALATED: (S.IN_REVIEW, S.DISCUSSED, S.REVISION_REQUESTED, S.CLOSED),
    S.DISCUSSED: (S.CLOSED, S.OPEN),
    S.CLOSED: (S.OPEN,),
}
# The button that moves a review to each status, in the words a supervisor would use.
ACTION_LABELS: dict[str, str] = {
    S.IN_REVIEW: "Start review",
    S.DISCUSSED: "Mark discussed",
    S.REVISION_REQUESTED: "Ask for more context",
    S.ESCALATED: "Escalate to the clinic admin",
    S.CLOSED: "Close",
    S.OPEN: "Reopen",
}
NOTE_MAX_LENGTH = 2000


class TransitionRefused(ValueError):
    """The change is not allowed from the review's status, or not by this user."""


class ReviewConflict(Exception):
    """The review changed since the version the change was made on; nothing was applied."""

    def __init__(self, current: Review) -> None:
        super().__init__(f"Review #{current.pk} is at version {current.version}.")
        self.current = current


def allowed_transitions(review: Review, user: User) -> list[str]:
    """Statuses this user may move the review to now (escalation is for supervisors: the
    clinic admin is whom it escalates to)."""
    allowed = list(TRANSITIONS.get(review.status, ()))
    if not user.is_supervisor and S.ESCALATED in allowed:
        allowed.remove(S.ESCALATED)
    return allowed


def _status_recipients(review: Review, status: str, by: User) -> list[tuple[User, str]]:
    disclosure = review.disclosure
    if status == S.REVISION_REQUESTED:
        return [(disclosure.clinician, f"/disclosures/{disclosure.pk}/")]
    if status == S.ESCALATED:
        admins = User.objects.filter(
            clinic_id=review.clinic_id, role=User.Role.ADMIN, is_active=True
        )
        return [(admin, f"/review/{disclosure.pk}/") for admin in admins.exclude(pk=by.pk)]
    if status in (S.DISCUSSED, S.CLOSED):
        return [(disclosure.clinician, f"/disclosures/{disclosure.pk}/")]
    return []


STATUS_MESSAGES = {
    S.REVISION_REQUESTED: "Your supervisor asked for a little more context on entry #{id}. "
    "Open it to add context and resubmit.",
    S.ESCALATED: "Entry #{id} was escalated to the clinic admin for a second look.",
    S.DISCUSSED: "Entry #{id} was discussed in supervision.",
    S.CLOSED: "The review of entry #{id} is complete.",
}


@transaction.atomic
def review_set_status(
    *,
    review: Review,
    by: User,
    status: str,
    version: int,
    note: str = "",
    request: HttpRequest | None = None,
) -> Review:
    """Move a review to `status`, made on `version`; record, audit and notify in one transaction.

    Raises ReviewConflict (with the current state) when the review has moved on since
    `version`, and TransitionRefused when the change is not allowed. The caller has checked
    scope (core.scoping.scoped_reviews); nobody may act on the review of their own entry.
    """
    note = note.strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise TransitionRefused(f"A decision note can be at most {NOTE_MAX_LENGTH} characters.")
    # The row lock makes concurrent changes queue; each then sees the version the one
    # before it left, so exactly one change made on a given version is applied.
    current = (
        Review.objects.select_for_update().select_related("disclosure__clinician").get(pk=review.pk)
    )
    if current.disclosure.clinician_id == by.pk:
        raise TransitionRefused("Nobody reviews their own entry.")
    if current.version != version:
        raise ReviewConflict(current)
    if status not in allowed_transitions(current, by):
        raise TransitionRefused(
            f"An entry that is “{current.get_status_display().lower()}” cannot be moved to "
            f"“{Review.Status(status).label.lower() if status in S.values else status}”."
        )
    previous = current.status
    current.status = status
    current.supervisor = by
    current.decision_note = note
    current.version = version + 1
    current.closed_at = timezone.now() if status == S.CLOSED else None
    current.save(
        update_fields=[
            "status",
            "supervisor",
            "decision_note",
            "version",
            "closed_at",
            "updated_at",
        ]
    )
    event = ReviewEvent.objects.create(
        review=current,
        actor=by,
        from_status=previous,
        to_status=status,
        note=note,
        version=current.version,
    )
    for recipient, url in _status_recipients(current, status, by):
        notify(
            recipient=recipient,
            clinic_id=current.clinic_id,
            kind=Notification.Kind.STATUS,
            subject=f"Entry #{current.disclosure_id}: {Review.Status(status).label.lower()}",
            body=STATUS_MESSAGES[status].format(id=current.disclosure_id),
            url=url,
            dedupe_key=f"status:{event.pk}:{recipient.pk}",
        )
    audit_log(
        action="review.status",
        actor=by,
        clinic=current.clinic_id,
        obj=current.disclosure,
        request=request,
        details={
            "review": current.pk,
            "from": previous,
            "to": status,
            "version": current.version,
            "note": bool(note),
        },
    )
    return current


@dataclass
class StatusOutcome:
    review: Review
    applied: bool
    comment: Comment | None = None


def review_decide(
    *,
    review: Review,
    by: User,
    status: str,
    version: int,
    note: str = "",
    note_posted: bool = False,
    request: HttpRequest | None = None,
) -> StatusOutcome:
    """A status change with an optional note that also goes to the conversation.

    The note is never lost: when the change meets a conflict the note is still added as a
    comment, and the outcome says the status was not applied (the caller shows the current
    state and offers to re-apply; `note_posted` then avoids posting the note twice).
    Raises TransitionRefused for a change that is not allowed.
    """
    note = note.strip()
    try:
        with transaction.atomic():
            updated = review_set_status(
                review=review, by=by, status=status, version=version, note=note, request=request
            )
            comment = None
            if note and not note_posted:
                comment = comment_add(review=updated, author=by, body=note, request=request)
        return StatusOutcome(review=updated, applied=True, comment=comment)
    except ReviewConflict as conflict:
        comment = None
        if note and not note_posted:
            comment = comment_add(review=conflict.current, author=by, body=note, request=request)
        return StatusOutcome(review=conflict.current, applied=False, comment=comment)


@dataclass
class BulkOutcome:
    applied: list[int] = field(default_factory=list)
    # (disclosure id, reason in words), in the order the rows were given.
    refused: list[tuple[int, str]] = field(default_factory=list)


def review_bulk_set_status(
    *,
    user: User,
    items: list[tuple[int, int]],
    status: str = S.DISCUSSED,
    request: HttpRequest | None = None,
) -> BulkOutcome:
    """Apply one status to several reviews, each (disclosure id, version) on its own.

    Every item is its own transaction: refusing one (out of scope, changed meanwhile, not
    allowed from its status) never undoes or blocks the others.
    """
    from disclosure_review.core.scoping import scoped_reviews

    outcome = BulkOutcome()
    reviews = {
        r.disclosure_id: r
        for r in scoped_reviews(user).filter(disclosure_id__in=[pk for pk, _ in items])
    }
    for disclosure_id, version in items:
        review = reviews.get(disclosure_id)
        if review is None:
            outcome.refused.append((disclosure_id, "not found"))
            continue
        try:
            review_set_status(
                review=review, by=user, status=status, version=version, request=request
            )
        except ReviewConflict as conflict:
            outcome.refused.append(
                (
                    disclosure_id,
                    f"changed meanwhile (now {conflict.current.get_status_display().lower()})",
                )
            )
        except TransitionRefused:
            outcome.refused.append(
                (disclosure_id, f"already {review.get_status_display().lower()}")
            )
        else:
            outcome.applied.append(disclosure_id)
    return outcome


# Views of clinical records, feedback on findings ------------------------------------------


def disclosure_view_log(
    *, disclosure: Disclosure, by: User, request: HttpRequest | None = None
) -> None:
    """Audit one view of a clinical record (every time it is shown)."""
    audit_log(
        action="disclosure.view",
        actor=by,
        clinic=disclosure.clinic_id,
        obj=disclosure,
        request=request,
        details={"area": "review"},
    )


def supervisee_view_log(*, supervisee: User, by: User, request: HttpRequest | None = None) -> None:
    """Audit one view of a clinician's trends (their entries' categories and open items)."""
    audit_log(
        action="supervisee.view",
        actor=by,
        clinic=supervisee.clinic_id,
        obj=supervisee,
        request=request,
    )


REASON_MAX_LENGTH = 500


@transaction.atomic
def finding_feedback_set(
    *,
    finding: Finding,
    by: User,
    helpful: bool,
    reason: str = "",
    request: HttpRequest | None = None,
) -> FindingFeedback:
    """Record (or change) this reviewer's judgement of one finding; audited."""
    reason = reason.strip()
    if len(reason) > REASON_MAX_LENGTH:
        raise ValueError(f"A reason can be at most {REASON_MAX_LENGTH} characters.")
    feedback, created = FindingFeedback.objects.update_or_create(
        finding=finding,
        reviewer=by,
        defaults={
            "helpful": helpful,
            "reason": reason,
            "clinic_id": finding.clinic_id,
            "rule": finding.rule,
        },
    )
    audit_log(
        action="finding.feedback",
        actor=by,
        clinic=finding.clinic_id,
        object_type="disclosures.finding",
        object_id=finding.pk,
        request=request,
        details={"rule": finding.rule, "helpful": helpful, "changed": not created},
    )
    return feedback


# Notifications in the app ------------------------------------------------------------------


def notification_mark_read(*, user: User, notification_id: int | None = None) -> int:
    """Mark one (or, without an id, every) unread notification of this user as read."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_id is not None:
        unread = unread.filter(pk=notification_id)
    return unread.update(read_at=timezone.now())


def digest_send_for(*, user: User, today: datetime.date | None = None) -> Notification | None:
    """This week's digest for one reviewer: what waits for them, by status. None when
    nothing waits. Idempotent per ISO week."""
    from disclosure_review.core.scoping import scoped_reviews

    today = today or timezone.localdate()
    waiting = dict(
        scoped_reviews(user, today)
        .filter(status__in=WAITING_STATUSES)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    if not waiting:
        return None
    total = sum(waiting.values())
    lines = [
        f"- {Review.Status(status).label}: {waiting[status]}"
        for status in WAITING_STATUSES
        if status in waiting
    ]
    year, week, _ = today.isocalendar()
    with transaction.atomic():
        return notify(
            recipient=user,
            clinic_id=user.clinic_id,
            kind=Notification.Kind.DIGEST,
            subject=f"This week in supervision: {total} {pluralize_entries(total)} to look at",
            body="Entries waiting for you:\n" + "\n".join(lines),
            url="/review/",
            dedupe_key=f"digest:{user.pk}:{year}-W{week:02d}",
        )


def pluralize_entries(count: int) -> str:
    return "entry" if count == 1 else "entries"


# What still needs a reviewer (the queue's default view and the digest).
WAITING_STATUSES = (S.OPEN, S.IN_REVIEW, S.ESCALATED)
