from celery import shared_task

from disclosure_review.accounts.models import Clinic


@shared_task(time_limit=30)
def ping() -> str:
    """Round trip through the broker and a worker (used by tests and operators)."""
    return "pong"


@shared_task(time_limit=30)
def clinic_count() -> int:
    """Proves the worker reads the same database as the web process."""
    return Clinic.objects.count()
