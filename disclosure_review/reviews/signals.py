"""Outbox delivery: every new notification is handed to the worker once its transaction commits.

A signal rather than a call in each writer, because notifications are written by several
areas (a flagged submission, a comment, a status change, the digest) and none of them must
be able to forget the hand-over.
"""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from disclosure_review.reviews.models import Notification


@receiver(post_save, sender=Notification, dispatch_uid="notification_enqueue_on_commit")
def enqueue_on_commit(
    sender, instance: Notification, created: bool, raw: bool = False, **kwargs
) -> None:
    if created and not raw and instance.delivered_at is None:
        from disclosure_review.reviews.tasks import notification_enqueue

        transaction.on_commit(partial(notification_enqueue, instance.pk))
