from __future__ import annotations

import datetime

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Clinic(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    # Overrides of the rules package's default thresholds (a plain dict, validated by
    # rules.Thresholds.from_mapping before it is saved).
    thresholds = models.JSONField(default=dict, blank=True)
    flag_threshold = models.PositiveSmallIntegerField(default=60)
    phone_region = models.CharField(max_length=2, default="GB")
    # Bumped whenever the thresholds change, so every assessment names the ruleset it used.
    ruleset_revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(flag_threshold__lte=100), name="clinic_flag_threshold_0_100"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    class Role(models.TextChoices):
        CLINICIAN = "clinician", "Clinician"
        SUPERVISOR = "supervisor", "Supervisor"
        ADMIN = "admin", "Clinic admin"

    clinic = models.ForeignKey(
        Clinic, on_delete=models.PROTECT, null=True, blank=True, related_name="users"
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CLINICIAN)
    job_title = models.CharField(
        max_length=100, blank=True, help_text="Therapist, counsellor, mental health technician…"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=["clinician", "supervisor", "admin"]), name="user_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_clinician(self) -> bool:
        return self.role == self.Role.CLINICIAN

    @property
    def is_supervisor(self) -> bool:
        return self.role == self.Role.SUPERVISOR

    @property
    def is_clinic_admin(self) -> bool:
        return self.role == self.Role.ADMIN

    @property
    def can_review(self) -> bool:
        return self.role in {self.Role.SUPERVISOR, self.Role.ADMIN}


class SupervisionAssignmentQuerySet(models.QuerySet):
    def active(self, on: datetime.date | None = None) -> SupervisionAssignmentQuerySet:
        on = on or timezone.localdate()
        return self.filter(
            Q(active_until__isnull=True) | Q(active_until__gte=on), active_from__lte=on
        )


class SupervisionAssignment(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="assignments")
    supervisor = models.ForeignKey(User, on_delete=models.PROTECT, related_name="supervisee_links")
    clinician = models.ForeignKey(User, on_delete=models.PROTECT, related_name="supervisor_links")
    active_from = models.DateField(default=timezone.localdate)
    active_until = models.DateField(null=True, blank=True)

    objects = SupervisionAssignmentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(supervisor=models.F("clinician")), name="assignment_not_self"
            ),
            models.CheckConstraint(
                condition=Q(active_until__isnull=True)
                | Q(active_until__gte=models.F("active_from")),
                name="assignment_dates_ordered",
            ),
        ]
        indexes = [models.Index(fields=["supervisor", "clinician"])]

    def __str__(self) -> str:
        return f"{self.supervisor} supervises {self.clinician}"


class RescoreRun(models.Model):
    """One re-scoring of a clinic's entries, with its progress: after a threshold change,
    or after an engine upgrade changed the clinic's ruleset.

    The thresholds are a snapshot taken when the change was saved, so a resumed run scores
    with exactly the settings it was started with.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Finished"
        FAILED = "failed", "Failed"
        SUPERSEDED = "superseded", "Replaced by a newer change"

    class Reason(models.TextChoices):
        THRESHOLD_CHANGE = "threshold_change", "Threshold change"
        ENGINE_UPGRADE = "engine_upgrade", "Engine upgrade"

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="rescore_runs")
    # Empty when no person asked for the run: `manage.py rescore_outdated` after an
    # engine upgrade. The audit event names the reason.
    requested_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Why the run started; no default, so every caller of `rescore_start` says which.
    reason = models.CharField(max_length=20, choices=Reason.choices)
    ruleset_revision = models.PositiveIntegerField()
    ruleset = models.CharField(max_length=40)
    thresholds = models.JSONField(default=dict)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    rescored = models.PositiveIntegerField(default=0)
    changed = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "running", "done", "failed", "superseded"]),
                name="rescore_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(reason__in=["threshold_change", "engine_upgrade"]),
                name="rescore_reason_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "heartbeat_at"])]

    def __str__(self) -> str:
        return f"Re-score of {self.clinic} to revision {self.ruleset_revision} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in {self.Status.PENDING, self.Status.RUNNING}

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return min(99, self.processed * 100 // self.total) if self.total else 0
