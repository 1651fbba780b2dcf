"""Re-scoring a clinic after a threshold change (see disclosures/rescore.py)."""

from __future__ import annotations

import datetime
import logging

from celery import shared_task
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from disclosure_review.accounts.models import RescoreRun
from disclosure_review.disclosures.rescore import rescore_run_execute

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, reject_on_worker_lost=True, time_limit=settings.CELERY_TASK_TIME_LIMIT)
def rescore_clinic(run_id: int) -> bool:
    """Re-score the clinic of one run, in batches; safe to run twice or after a crash."""
    return rescore_run_execute(run_id)


def rescore_enqueue(run_id: int) -> bool:
    """Send the run to the broker; if the broker is down the requeue sweep sends it later."""
    try:
        rescore_clinic.apply_async((run_id,), retry=False)
    except Exception as error:  # kombu and redis raise many kinds; the run waits in the DB
        logger.warning(
            "re-score run %s not queued (%s); the requeue sweep will retry", run_id, error
        )
        return False
    return True


@shared_task(time_limit=300)
def requeue_stalled_rescores() -> int:
    """Queue again every run still waiting, or whose worker stopped reporting."""
    now = timezone.now()
    stale = now - datetime.timedelta(seconds=settings.RESCORE_STALE_SECONDS)
    stalled = RescoreRun.objects.filter(
        Q(status=RescoreRun.Status.PENDING, created_at__lt=now - datetime.timedelta(seconds=30))
        | Q(status=RescoreRun.Status.RUNNING, heartbeat_at__lt=stale)
    ).values_list("pk", flat=True)
    return sum(rescore_enqueue(run_id) for run_id in stalled)
