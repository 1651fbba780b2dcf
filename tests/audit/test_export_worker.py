"""A worker killed in the middle of an export: another worker finishes the job, once."""

import csv
import hashlib
import os
import signal
import socket
import subprocess
import time
import uuid

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from disclosure_review.audit.models import AuditEvent, ExportJob
from disclosure_review.audit.tasks import build_export, stalled_exports
from disclosure_review.core.demo import seed_disclosures
from tests.conftest import start_worker
from tests.factories import ClientFactory

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]

ROWS = 30_000
STALE_SECONDS = 2


def start_export_worker(queue: str, name: str, media) -> subprocess.Popen:
    env = {"EXPORT_STALE_SECONDS": str(STALE_SECONDS), "MEDIA_ROOT": str(media)}
    return start_worker(name=name, queue=queue, env=env)


def wait_for(predicate, timeout: float, step: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    pytest.fail("timed out waiting")


def test_a_killed_worker_leaves_a_job_another_worker_finishes_once(
    clinic, carol, alice, dave, real_broker, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EXPORT_STALE_SECONDS = STALE_SECONDS
    for number in range(1, 11):
        ClientFactory(clinic=clinic, code=f"C-{number:03d}")
    seed_disclosures(
        clinic=clinic, clinicians=[alice, dave], count=ROWS, today=timezone.localdate(), key="kill"
    )
    queue = f"kill-test-{uuid.uuid4().hex[:8]}"
    job = ExportJob.objects.create(clinic=clinic, requested_by=carol, format="csv", filters={})

    first = start_export_worker(queue, f"first-{queue}@{socket.gethostname()}", settings.MEDIA_ROOT)
    try:
        build_export.apply_async((job.pk,), queue=queue)
        # Kill the worker (no chance to clean up) once it is part-way through the rows.
        wait_for(
            lambda: ExportJob.objects.filter(pk=job.pk, status="running", row_count__gt=0).exists(),
            60,
        )
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    job.refresh_from_db()
    assert job.status == "running"
    assert 0 < job.row_count < ROWS

    second = start_export_worker(
        queue, f"second-{queue}@{socket.gethostname()}", settings.MEDIA_ROOT
    )
    try:
        # The beat sweep sees the silent job as stalled and sends it again.
        wait_for(lambda: stalled_exports().filter(pk=job.pk).exists(), STALE_SECONDS + 10, step=0.2)
        build_export.apply_async((job.pk,), queue=queue)
        wait_for(lambda: ExportJob.objects.filter(pk=job.pk, status="done").exists(), 120, step=0.2)
    finally:
        second.terminate()
        second.wait(timeout=15)

    job.refresh_from_db()
    assert (job.attempts, job.row_count, job.progress) == (2, ROWS, 100)
    assert default_storage.listdir(f"exports/{clinic.pk}")[1] == [f"export-{job.pk}.csv"]
    with default_storage.open(job.file.name, "rb") as handle:
        content = handle.read()
    assert hashlib.sha256(content).hexdigest() == job.checksum
    rows = list(csv.reader(content.decode().splitlines()))
    assert rows.index([]) - 1 == ROWS
    assert len({row[0] for row in rows[1 : ROWS + 1]}) == ROWS
    assert AuditEvent.objects.filter(action="export.complete", object_id=str(job.pk)).count() == 1
