from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxLengthValidator, RegexValidator
from django.db import models
from django.db.models import Q

from disclosure_review import rules
from disclosure_review.accounts.models import Clinic

# A pseudonymous code: a few capital letters, optional dash, digits ("C-014"). The digits
# are required so that a name cannot be typed as a code.
CLIENT_CODE_PATTERN = r"^[A-Z]{1,4}-?[0-9]{2,6}$"
client_code_validator = RegexValidator(
    CLIENT_CODE_PATTERN,
    "Use a pseudonymous code such as C-014: 1–4 capital letters, an optional dash, then "
    "2–6 digits. Never a client's name or initials alone.",
)


class Client(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="clients")
    code = models.CharField(max_length=12, validators=[client_code_validator])
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "code"], name="client_code_unique_in_clinic"),
        ]

    def __str__(self) -> str:
        return self.code


class Disclosure(models.Model):
    """One self-disclosure a clinician made to a client, as they logged it."""

    class Setting(models.TextChoices):
        INDIVIDUAL = "individual", "Individual session"
        GROUP = "group", "Group"
        INPATIENT = "inpatient_unit", "Inpatient unit"
        COMMUNITY = "community", "Community"

    class Type(models.TextChoices):
        FACTS = "facts", "Facts or credentials"
        FEELINGS = "feelings", "Feelings"
        INSIGHT = "insight", "Insight"
        STRATEGY = "strategy", "Strategy"
        IMMEDIACY = "immediacy", "Immediacy (in the room)"
        PERSONAL_HISTORY = "personal_history", "Personal history"
        OTHER = "other", "Other"

    class Intent(models.TextChoices):
        NORMALIZE = "normalize", "Normalise"
        BUILD_RAPPORT = "build_rapport", "Build rapport"
        MODEL_COPING = "model_coping", "Model coping"
        INSTILL_HOPE = "instill_hope", "Instil hope"
        ANSWER_QUESTION = "answer_question", "Answer a question"
        REPAIR_RUPTURE = "repair_rupture", "Repair a rupture"
        RELIEVE_OWN_DISCOMFORT = "relieve_own_discomfort", "Relieve my own discomfort"
        SEEK_SUPPORT = "seek_support", "Seek support"
        OTHER = "other", "Other"

    class Relevance(models.TextChoices):
        DIRECT = "direct", "Directly linked to goals"
        INDIRECT = "indirect", "Indirectly linked"
        NONE = "none", "Not linked"

    class ExperienceStatus(models.TextChoices):
        RESOLVED = "resolved", "Resolved"
        PARTLY_RESOLVED = "partly_resolved", "Partly resolved"
        ONGOING = "ongoing", "Ongoing"

    class ClientResponse(models.TextChoices):
        ENGAGED = "engaged", "Engaged"
        NEUTRAL = "neutral", "Neutral"
        WITHDREW = "withdrew", "Withdrew"
        DISTRESSED = "distressed", "Distressed"
        COMFORTED_THERAPIST = "comforted_therapist", "Comforted me"
        ASKED_PERSONAL_QUESTIONS = "asked_personal_questions", "Asked personal questions"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        WITHDRAWN = "withdrawn", "Withdrawn"

    class Category(models.TextChoices):
        SAFE = "safe", "Safe sharing"
        CAUTION = "caution", "Caution"
        UNSAFE_SHARING = "unsafe_sharing", "Unsafe sharing"
        TRAUMA_DUMPING = "trauma_dumping", "Trauma dumping"

    # Worst first in the queue: trauma dumping, unsafe sharing, caution, safe.
    CATEGORY_RANK = {"safe": 0, "caution": 1, "unsafe_sharing": 2, "trauma_dumping": 3}

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="disclosures")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="disclosures"
    )
    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="disclosures")
    session_date = models.DateField()
    setting = models.CharField(max_length=20, choices=Setting.choices, default=Setting.INDIVIDUAL)

    text = models.TextField(validators=[MaxLengthValidator(settings.DISCLOSURE_TEXT_MAX_LENGTH)])
    disclosure_type = models.CharField(max_length=20, choices=Type.choices, blank=True)
    intent = models.CharField(max_length=30, choices=Intent.choices, blank=True)
    intent_note = models.TextField(blank=True, validators=[MaxLengthValidator(2000)])
    relevance = models.CharField(max_length=10, choices=Relevance.choices, blank=True)
    experience_status = models.CharField(
        max_length=20, choices=ExperienceStatus.choices, blank=True
    )
    months_since_experience = models.PositiveIntegerField(null=True, blank=True)
    duration_minutes = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    returned_focus = models.BooleanField(null=True, blank=True)
    client_response = models.CharField(max_length=30, choices=ClientResponse.choices, blank=True)
    outcome_note = models.TextField(blank=True, validators=[MaxLengthValidator(2000)])

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    withdrawn_reason = models.TextField(blank=True)
    # One submission per form: a resent or double-clicked submit carries the same key.
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    # The current assessment, denormalised so the queue can filter and sort by index.
    current_assessment = models.ForeignKey(
        "Assessment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    category = models.CharField(max_length=20, choices=Category.choices, blank=True)
    category_rank = models.PositiveSmallIntegerField(default=0)
    flagged = models.BooleanField(default=False)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    # The status of this entry's review ("" while it has none), copied by database triggers
    # on the reviews table (reviews migration 0003) whatever writes the review: save,
    # bulk_create or queryset update. It lets the supervisor queue filter and count by
    # review status from one index, without joining every flagged entry to its review.
    # Never written by the application (see save()).
    review_status = models.CharField(max_length=20, blank=True, default="", editable=False)

    class Meta:
        ordering = ["-session_date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted", "withdrawn"]),
                name="disclosure_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(setting__in=["individual", "group", "inpatient_unit", "community"]),
                name="disclosure_setting_valid",
            ),
            models.CheckConstraint(
                condition=Q(duration_minutes__isnull=True) | Q(duration_minutes__gte=0),
                name="disclosure_duration_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__lte=100), name="disclosure_score_0_100"
            ),
            models.CheckConstraint(
                condition=~Q(status="submitted") | Q(submitted_at__isnull=False),
                name="disclosure_submitted_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["clinician", "-session_date"]),
            models.Index(fields=["clinician", "client", "session_date"]),
            models.Index(fields=["clinic", "flagged", "-category_rank", "score"]),
            models.Index(fields=["clinic", "session_date"]),
            # The supervisor queue: flagged entries of a clinic (or of one clinician), worst
            # first, oldest first within equal scores. Partial, so they stay small.
            models.Index(
                fields=["clinic", "-category_rank", "-score", "submitted_at", "id"],
                condition=Q(flagged=True),
                name="disclosure_queue_clinic",
            ),
            models.Index(
                fields=["clinician", "-category_rank", "-score", "submitted_at", "id"],
                condition=Q(flagged=True),
                name="disclosure_queue_clinician",
            ),
            # Counting the queue per review status: an index-only scan of the flagged
            # entries in scope (every column the counts need is in the index, the review
            # status included, so no join to the reviews).
            models.Index(
                fields=[
                    "clinic",
                    "clinician",
                    "status",
                    "category",
                    "session_date",
                    "current_assessment",
                    "review_status",
                    "id",
                ],
                condition=Q(flagged=True),
                name="disclosure_queue_counts",
            ),
            # The queue filtered by category, worst first: the walk stops after a page
            # instead of skipping the entries of worse categories.
            models.Index(
                fields=["clinic", "category", "-category_rank", "-score", "submitted_at", "id"],
                condition=Q(flagged=True),
                name="disclosure_queue_category",
            ),
            # The "All entries" tab: newest sessions first.
            models.Index(fields=["clinic", "-session_date", "-id"], name="disclosure_all_clinic"),
            # Its page count: an index-only scan of the entries in scope.
            models.Index(fields=["clinic", "clinician", "status"], name="disclosure_scope"),
        ]

    def __str__(self) -> str:
        return f"Disclosure #{self.pk} to {self.client_id} on {self.session_date}"

    def save(self, *args, **kwargs) -> None:
        # A full save of an existing row must not write back a review status read before
        # the review changed: that column is the triggers' alone.
        if not self._state.adding and kwargs.get("update_fields") is None:
            deferred = self.get_deferred_fields()
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key
                and field.name != "review_status"
                and field.attname not in deferred
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"/disclosures/{self.pk}/"


class Assessment(models.Model):
    """One scoring run of a disclosure. The newest is current; older ones explain the past."""

    disclosure = models.ForeignKey(Disclosure, on_delete=models.CASCADE, related_name="assessments")
    ruleset = models.CharField(max_length=40)
    score = models.PositiveSmallIntegerField()
    category = models.CharField(max_length=20, choices=Disclosure.Category.choices)
    flagged = models.BooleanField()
    brevity = models.PositiveSmallIntegerField()
    client_focus = models.PositiveSmallIntegerField()
    resolved = models.PositiveSmallIntegerField()
    boundary = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        get_latest_by = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(score__lte=100), name="assessment_score_0_100"),
        ]
        indexes = [models.Index(fields=["disclosure", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.category} ({self.score}) by ruleset {self.ruleset}"

    @classmethod
    def from_result(cls, result: rules.Result, *, disclosure_id: int) -> Assessment:
        """An unsaved assessment holding one engine result."""
        return cls(
            disclosure_id=disclosure_id,
            ruleset=result.ruleset,
            score=result.score,
            category=result.category,
            flagged=result.flagged,
            **{family: result.families[family] for family in rules.FAMILIES},
        )

    @property
    def families(self) -> dict[str, int]:
        return {
            "brevity": self.brevity,
            "client_focus": self.client_focus,
            "resolved": self.resolved,
            "boundary": self.boundary,
        }


class Finding(models.Model):
    """A rule that fired in an assessment; a row each so flag rates per rule are a query."""

    class Severity(models.TextChoices):
        INFO = "info", "Coaching"
        WARN = "warn", "Worth reflecting on"
        HIGH = "high", "Needs discussion"

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="findings")
    # Denormalised so per-rule and per-clinician statistics need no joins through assessments.
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    rule = models.CharField(max_length=60)
    family = models.CharField(max_length=20)
    severity = models.CharField(max_length=4, choices=Severity.choices)
    message = models.TextField()
    evidence = models.JSONField(default=list, blank=True)
    guideline = models.TextField()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(severity__in=["info", "warn", "high"]), name="finding_severity_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["clinic", "rule"]),
            models.Index(fields=["clinician", "rule"]),
            # The queue's "prompt" filter: assessments with a finding of one rule, index only.
            models.Index(fields=["clinic", "rule", "assessment"], name="finding_rule_assessment"),
        ]

    def __str__(self) -> str:
        return f"{self.rule} ({self.severity})"

    @classmethod
    def from_result(
        cls, result: rules.Result, *, assessment_id: int, clinic_id: int, clinician_id: int
    ) -> list[Finding]:
        """Unsaved rows for the findings of one engine result."""
        return [
            cls(
                assessment_id=assessment_id,
                clinic_id=clinic_id,
                clinician_id=clinician_id,
                rule=finding.rule,
                family=finding.family,
                severity=finding.severity,
                message=finding.message,
                evidence=[
                    {"start": e.start, "end": e.end, "text": e.text} for e in finding.evidence
                ],
                guideline=finding.guideline,
            )
            for finding in result.findings
        ]
