from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from disclosure_review.accounts.models import Clinic
from disclosure_review.disclosures.models import Disclosure


class Review(models.Model):
    """The supervisor's review of one flagged disclosure."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_REVIEW = "in_review", "In review"
        REVISION_REQUESTED = "revision_requested", "Revision requested"
        DISCUSSED = "discussed", "Discussed"
        CLOSED = "closed", "Closed"
        ESCALATED = "escalated", "Escalated"

    disclosure = models.OneToOneField(Disclosure, on_delete=models.PROTECT, related_name="review")
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="reviews")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews",
        help_text="Who last acted on the review.",
    )
    decision_note = models.TextField(blank=True)
    # Optimistic locking: every change names the version it was made on.
    version = models.PositiveIntegerField(default=1)
    opened_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "open",
                        "in_review",
                        "revision_requested",
                        "discussed",
                        "closed",
                        "escalated",
                    ]
                ),
                name="review_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["clinic", "status"])]

    def __str__(self) -> str:
        return f"Review of disclosure #{self.disclosure_id} ({self.status})"


class Comment(models.Model):
    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Comment by {self.author} on review #{self.review_id}"


class Notification(models.Model):
    """Outbox row: written in the transaction of the change that caused it, delivered by
    Celery (e-mail) and shown in the app; retried until delivered."""

    class Kind(models.TextChoices):
        FLAGGED = "flagged", "Entry flagged for review"
        COMMENT = "comment", "New comment"
        STATUS = "status", "Review status changed"
        DIGEST = "digest", "Weekly digest"

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    subject = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=200, blank=True)
    # Makes delivery idempotent: the same event never produces two rows.
    dedupe_key = models.CharField(max_length=120, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(
                fields=["delivered_at"],
                name="notification_undelivered",
                condition=Q(delivered_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient}"


class ReviewEvent(models.Model):
    """One applied status change of a review, with its optional decision note.

    The audit trail records the same change for accountability; this row is what the review
    page shows as the entry's history (the audit trail carries no clinical wording).
    """

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    from_status = models.CharField(max_length=20, choices=Review.Status.choices)
    to_status = models.CharField(max_length=20, choices=Review.Status.choices)
    note = models.TextField(blank=True)
    # The review's version once this change was applied.
    version = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["review", "created_at"])]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status} on review #{self.review_id}"


class FindingFeedback(models.Model):
    """A reviewer's judgement of one finding: was this prompt helpful for this entry?

    Per rule, the share of helpful judgements is the engine's precision as the clinic's
    supervisors see it; admins tune thresholds on it.
    """

    finding = models.ForeignKey(
        "disclosures.Finding", on_delete=models.CASCADE, related_name="feedback"
    )
    # Copied from the finding so agreement per rule is one indexed query.
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+")
    rule = models.CharField(max_length=60)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    helpful = models.BooleanField()
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["finding", "reviewer"], name="finding_feedback_once_per_reviewer"
            ),
        ]
        indexes = [models.Index(fields=["clinic", "rule"])]

    def __str__(self) -> str:
        return f"{'helpful' if self.helpful else 'not helpful'}: {self.rule} by {self.reviewer_id}"
