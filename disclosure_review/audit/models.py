from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.db import models
from django.db.models import Q

from disclosure_review.accounts.models import Clinic

GENESIS_HASH = "0" * 64


class AuditEvent(models.Model):
    """Append-only record of who did what to which object, when and from where.

    Each row carries the hash of the previous row of its clinic, so an edit or deletion
    anywhere breaks the chain (`manage.py verify_audit_chain`). On PostgreSQL a trigger
    refuses UPDATE, DELETE and TRUNCATE on the table.
    """

    clinic = models.ForeignKey(
        Clinic, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    seq = models.PositiveBigIntegerField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "seq"], name="audit_seq_unique_per_clinic"),
            models.UniqueConstraint(
                fields=["seq"], condition=Q(clinic__isnull=True), name="audit_seq_unique_global"
            ),
        ]
        indexes = [
            models.Index(fields=["clinic", "-created_at"]),
            models.Index(fields=["clinic", "action"]),
            models.Index(fields=["object_type", "object_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_username or '-'} {self.action}"

    def canonical(self) -> bytes:
        """The fields the hash covers, as canonical JSON."""
        payload = {
            "clinic": self.clinic_id,
            "seq": self.seq,
            "actor": self.actor_id,
            "actor_username": self.actor_username,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "ip_address": self.ip_address,
            "user_agent": self.user_agent,
            "details": self.details,
            "created_at": self.created_at.isoformat(),
            "prev_hash": self.prev_hash,
        }
        return json.dumps(
            payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()

    def compute_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()


class ExportJob(models.Model):
    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "Excel (XLSX)"
        PDF = "pdf", "PDF"

    class Status(models.TextChoices):
        PENDING = "pending", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Ready"
        FAILED = "failed", "Failed"
        EXPIRED = "expired", "Expired"

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="exports")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    filters = models.JSONField(default=dict, blank=True)
    format = models.CharField(max_length=4, choices=Format.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField(default=0)
    row_count = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="exports/%Y/%m/", blank=True)
    checksum = models.CharField(max_length=64, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    # A worker's lease on the job: `attempts` fences off a worker that lost it, and a stale
    # `heartbeat_at` tells the requeue task the worker died.
    attempts = models.PositiveSmallIntegerField(default=0)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "heartbeat_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="export_progress_0_100"),
            models.CheckConstraint(
                condition=Q(format__in=["csv", "xlsx", "pdf"]), name="export_format_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_format_display()} export #{self.pk} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in {self.Status.PENDING, self.Status.RUNNING}

    def download_name(self) -> str:
        """The file name the server gives the download (never one the user chose)."""
        start = self.filters.get("date_from") or "start"
        end = self.filters.get("date_to") or "end"
        return f"disclosure-report-{self.clinic.slug}-{start}-to-{end}-{self.pk}.{self.format}"
