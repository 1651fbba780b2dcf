"""At-least-once, shown once: with the worker down the submission succeeds, and the
notification is delivered exactly once when a worker comes back (real Redis and worker)."""

import os
import socket
import time

import pytest

from disclosure_review.reviews.models import Notification
from tests.conftest import start_worker
from tests.reviews.conftest import flagged_entry

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def set_routes(app, routes) -> None:
    app.conf.task_routes = routes
    app.amqp.flush_routes()
    app.amqp.__dict__["router"] = app.amqp.Router()  # the router caches the routes


def test_a_notification_sent_while_the_worker_is_down_is_delivered_once(real_broker, bob, alice):
    # A queue of its own, so no other worker of the test session can take the message.
    queue = f"outbox-test-{os.getpid()}"
    set_routes(
        real_broker, {"disclosure_review.reviews.tasks.deliver_notification": {"queue": queue}}
    )
    bob.email = "bob@example.org"
    bob.save(update_fields=["email"])
    try:
        disclosure = flagged_entry(alice)  # commits; the message waits in Redis
        notification = Notification.objects.get(recipient=bob, kind="flagged")
        assert disclosure.flagged and notification.delivered_at is None
        worker = start_worker(name=f"outbox-{os.getpid()}@{socket.gethostname()}", queue=queue)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                notification.refresh_from_db()
                if notification.delivered_at is not None:
                    break
                assert worker.poll() is None, "the worker exited"
                time.sleep(0.2)
            assert notification.delivered_at is not None
            # The message again (a redelivery) and the beat sweep: still delivered once.
            from disclosure_review.reviews.tasks import (
                deliver_notification,
                deliver_pending_notifications,
            )

            deliver_notification.apply_async(args=[notification.pk], ignore_result=True)
            assert deliver_pending_notifications.apply().get() == 0
            time.sleep(1)
        finally:
            worker.terminate()
            worker.wait(timeout=10)
        notification.refresh_from_db()
        assert notification.attempts == 1
    finally:
        set_routes(real_broker, None)
