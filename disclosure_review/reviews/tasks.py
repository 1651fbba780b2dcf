"""Delivery of the notification outbox."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from disclosure_review.reviews.models import Notification

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 20


def notification_deliver(notification_id: int) -> bool:
    """E-mail one notification unless already delivered; True when it is delivered now."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .select_related("recipient")
            .filter(pk=notification_id, delivered_at__isnull=True)
            .first()
        )
        if notification is None:
            return False  # delivered already, or another worker holds it
        notification.attempts += 1
        try:
            if notification.recipient.email:
                send_mail(
                    subject=f"[Disclosure Review] {notification.subject}",
                    message=f"{notification.body}\n\nOpen: {settings.SITE_URL}{notification.url}",
                    from_email=None,
                    recipient_list=[notification.recipient.email],
                )
        except Exception as error:  # the SMTP server's errors are many; retry them all later
            notification.last_error = str(error)[:500]
            notification.save(update_fields=["attempts", "last_error"])
            logger.warning("notification %s not delivered: %s", notification_id, error)
            return False
        notification.delivered_at = timezone.now()
        notification.last_error = ""
        notification.save(update_fields=["attempts", "delivered_at", "last_error"])
        return True


@shared_task(time_limit=60, acks_late=True)
def deliver_notification(notification_id: int) -> bool:
    return notification_deliver(notification_id)


@shared_task(time_limit=300)
def deliver_pending_notifications() -> int:
    """Sweep the outbox: anything not yet delivered (the broker was down, say) goes now."""
    pending = Notification.objects.filter(
        delivered_at__isnull=True, attempts__lt=MAX_ATTEMPTS
    ).values_list("pk", flat=True)
    return sum(notification_deliver(pk) for pk in list(pending[:1000]))


def notification_enqueue(notification_id: int) -> bool:
    """Hand one notification to the worker; never let a broker outage fail the request.

    Runs after the commit that wrote the outbox row. When the broker cannot be reached
    quickly the row simply stays pending and the beat sweep (deliver_pending_notifications)
    delivers it later: delivery is at least once, and notification_deliver makes it once.
    """
    from disclosure_review.celery import app

    # A connection of its own with no reconnection retries and a short connect timeout, so
    # a dead broker costs milliseconds, not the default retry schedule.
    options = {**app.conf.broker_transport_options, "max_retries": 0, "socket_connect_timeout": 1}
    try:
        if app.conf.task_always_eager:
            deliver_notification.apply(args=[notification_id], throw=False)
            return True
        with app.connection_for_write(transport_options=options) as connection:
            deliver_notification.apply_async(
                args=[notification_id], connection=connection, retry=False, ignore_result=True
            )
    except Exception as error:  # kombu and redis raise many kinds; the sweep retries them all
        logger.warning("notification %s left for the outbox sweep: %s", notification_id, error)
        return False
    return True


@shared_task(time_limit=600)
def send_weekly_digests() -> int:
    """Each reviewer with entries waiting gets one digest per ISO week (idempotent)."""
    from disclosure_review.accounts.models import User
    from disclosure_review.reviews.services import digest_send_for

    reviewers = User.objects.filter(
        is_active=True, clinic__isnull=False, role__in=[User.Role.SUPERVISOR, User.Role.ADMIN]
    ).order_by("pk")
    return sum(digest_send_for(user=reviewer) is not None for reviewer in reviewers.iterator())
