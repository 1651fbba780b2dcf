"""Building, expiring and requeueing export jobs.

A job is built by whichever worker holds its lease. The lease is taken by one UPDATE
(a queued job, or a running one whose worker stopped reporting), and `attempts` fences off
a worker that lost it: its progress writes and its final save match no row. The file is
written to a local temporary file and moved to the storage backend under a name fixed by
the job, so a worker killed at any point leaves at most a file the next attempt replaces.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import tempfile

from celery import shared_task
from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from disclosure_review.audit.exports import (
    WRITERS,
    build_summary,
    export_queryset,
    iter_rows,
    report_meta,
)
from disclosure_review.audit.models import ExportJob
from disclosure_review.audit.services import audit_log

logger = logging.getLogger(__name__)


class LeaseLost(Exception):
    """Another worker took the job over; this one stops without saving."""


def _stale_before() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.EXPORT_STALE_SECONDS)


def export_claim(job_id: int) -> int | None:
    """Take the job's lease; the attempt number, or None when nothing is to be done."""
    now = timezone.now()
    claimable = Q(status=ExportJob.Status.PENDING) | Q(
        status=ExportJob.Status.RUNNING, heartbeat_at__lt=_stale_before()
    )
    with transaction.atomic():
        job = ExportJob.objects.select_for_update().filter(claimable, pk=job_id).first()
        if job is None:
            return None
        job.attempts += 1
        job.status = ExportJob.Status.RUNNING
        job.started_at = job.started_at or now
        job.heartbeat_at = now
        job.progress = 0
        job.save(update_fields=["attempts", "status", "started_at", "heartbeat_at", "progress"])
        return job.attempts


def storage_name(job: ExportJob) -> str:
    return f"exports/{job.clinic_id}/export-{job.pk}.{job.format}"


def export_build(job_id: int) -> bool:
    """Build one job's file if it still needs building; True when this call finished it."""
    attempt = export_claim(job_id)
    if attempt is None:
        return False
    job = ExportJob.objects.select_related("clinic", "requested_by").get(pk=job_id)
    entries = export_queryset(user=job.requested_by, filters=job.filters)
    total = entries.count()
    summary = build_summary(entries)

    def progress(done: int) -> None:
        percent = min(99, done * 100 // total) if total else 99
        alive = ExportJob.objects.filter(
            pk=job_id, attempts=attempt, status=ExportJob.Status.RUNNING
        ).update(progress=percent, row_count=done, heartbeat_at=timezone.now())
        if not alive:
            raise LeaseLost

    digest = hashlib.sha256()
    try:
        with tempfile.TemporaryFile() as out:
            count = WRITERS[job.format](
                out, iter_rows(entries), summary, report_meta(job), progress
            )
            out.seek(0)
            for block in iter(lambda: out.read(1 << 20), b""):
                digest.update(block)
            out.seek(0)
            return _export_finish(job_id, attempt, out, count, digest.hexdigest())
    except LeaseLost:
        logger.info("export %s: attempt %s lost its lease; stopping", job_id, attempt)
        return False
    except Exception as error:
        ExportJob.objects.filter(pk=job_id, attempts=attempt).update(
            status=ExportJob.Status.FAILED, error=f"{type(error).__name__}: {error}"[:1000]
        )
        raise


def _export_finish(job_id: int, attempt: int, out, count: int, checksum: str) -> bool:
    with transaction.atomic():
        job = ExportJob.objects.select_for_update().select_related("clinic").get(pk=job_id)
        if job.attempts != attempt or job.status != ExportJob.Status.RUNNING:
            return False
        name = storage_name(job)
        # A previous attempt may have stored the file and died before this commit.
        if default_storage.exists(name):
            default_storage.delete(name)
        job.file.name = default_storage.save(name, File(out, name=name))
        now = timezone.now()
        job.status = ExportJob.Status.DONE
        job.progress = 100
        job.row_count = count
        job.checksum = checksum
        job.finished_at = now
        job.heartbeat_at = now
        job.expires_at = now + datetime.timedelta(days=settings.EXPORT_EXPIRY_DAYS)
        job.save(
            update_fields=[
                "file",
                "status",
                "progress",
                "row_count",
                "checksum",
                "finished_at",
                "heartbeat_at",
                "expires_at",
            ]
        )
        audit_log(
            action="export.complete",
            clinic=job.clinic_id,
            obj=job,
            details={"rows": count, "format": job.format, "sha256": checksum},
        )
    return True


@shared_task(acks_late=True, reject_on_worker_lost=True, time_limit=settings.CELERY_TASK_TIME_LIMIT)
def build_export(job_id: int) -> bool:
    return export_build(job_id)


def export_enqueue(job_id: int) -> bool:
    """Send the job to the broker; if the broker is down the requeue sweep sends it later."""
    try:
        build_export.apply_async((job_id,), retry=False)
    except Exception as error:  # kombu and redis raise many kinds; the job waits in the DB
        logger.warning("export %s not queued (%s); the requeue sweep will retry", job_id, error)
        return False
    return True


def stalled_exports():
    """Jobs still waiting after 30 s (the broker was down, say), or whose worker stopped
    reporting (killed, or its machine lost)."""
    now = timezone.now()
    return ExportJob.objects.filter(
        Q(status=ExportJob.Status.PENDING, created_at__lt=now - datetime.timedelta(seconds=30))
        | Q(status=ExportJob.Status.RUNNING, heartbeat_at__lt=_stale_before())
    )


@shared_task(time_limit=300)
def requeue_stalled_exports() -> int:
    """Queue every stalled job again; the lease makes a duplicate delivery harmless."""
    return sum(export_enqueue(job_id) for job_id in stalled_exports().values_list("pk", flat=True))


@shared_task(time_limit=600)
def expire_exports() -> int:
    """Delete the files of expired exports; the job rows stay as the record of the export."""
    expired = 0
    for job in ExportJob.objects.filter(
        status=ExportJob.Status.DONE, expires_at__lte=timezone.now()
    ):
        if job.file and default_storage.exists(job.file.name):
            default_storage.delete(job.file.name)
        with transaction.atomic():
            updated = ExportJob.objects.filter(pk=job.pk, status=ExportJob.Status.DONE).update(
                status=ExportJob.Status.EXPIRED, file=""
            )
            if updated:
                audit_log(action="export.expire", clinic=job.clinic_id, obj=job)
                expired += 1
    return expired
