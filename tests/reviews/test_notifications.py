"""Notifications: delivered by e-mail after commit, shown once in the app, a weekly digest."""

import pytest
from django.core import mail

from disclosure_review.reviews import services
from disclosure_review.reviews.models import Notification
from disclosure_review.reviews.tasks import deliver_pending_notifications, send_weekly_digests
from tests.conftest import login
from tests.reviews.conftest import flagged_entry

pytestmark = pytest.mark.django_db


def test_a_flagged_entry_is_e_mailed_to_the_supervisor_after_commit(
    bob, alice, django_capture_on_commit_callbacks
):
    bob.email = "bob@example.org"
    bob.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        disclosure = flagged_entry(alice)
    notification = Notification.objects.get(recipient=bob, kind="flagged")
    assert notification.delivered_at is not None
    assert [message.to for message in mail.outbox] == [["bob@example.org"]]
    assert f"/review/{disclosure.pk}/" in mail.outbox[0].body


def test_nothing_is_sent_when_the_transaction_rolls_back(
    bob, alice, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        flagged_entry(alice)
    assert len(callbacks) == 1  # queued for after the commit, not before


def test_delivery_happens_once_however_often_it_is_asked(bob, alice):
    bob.email = "bob@example.org"
    bob.save(update_fields=["email"])
    flagged_entry(alice)  # no commit in this test: the sweep delivers it
    assert deliver_pending_notifications() == 1
    assert deliver_pending_notifications() == 0
    assert len(mail.outbox) == 1


def test_a_broker_outage_leaves_the_row_for_the_sweep(bob, alice):
    from disclosure_review.celery import app
    from disclosure_review.reviews import tasks

    flagged_entry(alice)
    notification = Notification.objects.get(recipient=bob)
    eager, broker = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:9/0"  # nothing listens there
    try:
        assert tasks.notification_enqueue(notification.pk) is False
    finally:
        app.conf.task_always_eager, app.conf.broker_url = eager, broker
    notification.refresh_from_db()
    assert notification.delivered_at is None
    assert deliver_pending_notifications() == 1  # the sweep delivers it later


def test_the_badge_counts_unread_and_the_list_marks_read(client, bob, alice):
    flagged_entry(alice)
    login(client, bob)
    page = client.get("/review/").content.decode()
    assert 'class="notification-badge__count">1<' in page
    listing = client.get("/notifications/").content.decode()
    notification = Notification.objects.get(recipient=bob)
    assert f'href="/notifications/{notification.pk}/"' in listing
    response = client.get(f"/notifications/{notification.pk}/")
    assert response.status_code == 302 and response["Location"] == notification.url
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert "notification-badge__count" not in client.get("/review/").content.decode()


def test_mark_all_read_touches_only_my_notifications(client, bob, alice, carol):
    flagged_entry(alice)
    services.notify(
        recipient=carol, clinic_id=carol.clinic_id, kind="comment", subject="x", dedupe_key="x"
    )
    login(client, bob)
    assert client.post("/notifications/read/").status_code == 302
    assert not Notification.objects.filter(recipient=bob, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=carol, read_at__isnull=True).exists()


def test_another_users_notification_is_a_404(client, bob, alice, carol):
    other = services.notify(
        recipient=carol, clinic_id=carol.clinic_id, kind="comment", subject="x", dedupe_key="y"
    )
    login(client, bob)
    assert client.get(f"/notifications/{other.pk}/").status_code == 404
    assert client.post("/notifications/read/", {"id": "abc"}).status_code == 404


def test_a_reply_notifies_the_other_side(client, bob, alice, alice_flagged):
    login(client, bob)
    client.post(f"/review/{alice_flagged.pk}/comments/", {"body": "What helped you afterwards?"})
    client.logout()
    login(client, alice)
    listing = client.get("/notifications/").content.decode()
    assert f'data-url="/disclosures/{alice_flagged.pk}/"' in listing
    assert "New comment from" in listing


def test_the_weekly_digest_goes_once_per_week_to_reviewers_with_work(bob, carol, alice, dave):
    flagged_entry(alice)
    assert send_weekly_digests() == 2  # bob (alice's supervisor) and carol (the admin)
    assert send_weekly_digests() == 2  # the same rows again: no duplicates
    digests = Notification.objects.filter(kind="digest")
    assert sorted(digests.values_list("recipient__username", flat=True)) == ["bob", "carol"]
    assert "1 entry" in digests.get(recipient=bob).subject


def test_the_digest_is_scheduled_weekly(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["weekly-review-digest"]
    assert entry["task"] == "disclosure_review.reviews.tasks.send_weekly_digests"
