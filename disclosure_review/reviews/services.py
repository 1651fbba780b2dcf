"""Writes on reviews shared by every area: comments and outbox notifications."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest

from disclosure_review.accounts.models import User
from disclosure_review.audit.services import audit_log
from disclosure_review.reviews.models import Comment, Notification, Review

COMMENT_MAX_LENGTH = 5000


def notify(
    *, recipient: User, clinic_id: int, kind: str, subject: str, body: str = "", url: str = "", dedupe_key: str
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
def comment_add(*, review: Review, author: User, body: str, request: HttpRequest | None = None) -> Comment:
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
    for recipient in comment_recipients(review, author):
        url = f"/disclosures/{disclosure_id}/" if recipient.pk == review.disclosure.clinician_id else f"/review/{disclosure_id}/"
        notify(
            recipient=recipient,
            clinic_id=review.clinic_id,
            kind=Notification.Kind.COMMENT,
            subject=f"New comment from {author.get_full_name() or author.username} on entry #{disclosure_id}",
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
