"""Two supervisors change one review at the same moment (threads, real transactions)."""

import threading

import pytest
from django.db import connection

from disclosure_review.audit.models import AuditEvent
from disclosure_review.reviews import services
from disclosure_review.reviews.models import Review, ReviewEvent
from tests.factories import AssignmentFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_concurrent_status_changes_exactly_one_wins(bob, carol, alice, alice_flagged):
    review = Review.objects.get(disclosure=alice_flagged)
    barrier = threading.Barrier(2)
    results: dict[str, str] = {}

    def act(user, status):
        try:
            barrier.wait(timeout=10)
            services.review_set_status(review=review, by=user, status=status, version=1)
            results[user.username] = "applied"
        except services.ReviewConflict:
            results[user.username] = "conflict"
        finally:
            connection.close()

    threads = [
        threading.Thread(target=act, args=(bob, "discussed")),
        threading.Thread(target=act, args=(carol, "in_review")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(results.values()) == ["applied", "conflict"]
    review.refresh_from_db()
    winner = "discussed" if results["bob"] == "applied" else "in_review"
    assert (review.status, review.version) == (winner, 2)
    assert ReviewEvent.objects.filter(review=review).count() == 1
    assert AuditEvent.objects.filter(action="review.status").count() == 1


def test_bulk_refusing_one_row_never_bounces_the_others(bob, alice):
    from tests.reviews.conftest import flagged_entry

    entries = [flagged_entry(alice) for _ in range(3)]
    stale = Review.objects.get(disclosure=entries[1])
    services.review_set_status(review=stale, by=bob, status="in_review", version=1)
    outcome = services.review_bulk_set_status(user=bob, items=[(e.pk, 1) for e in entries] + [(999999, 1)])
    assert outcome.applied == [entries[0].pk, entries[2].pk]
    assert [pk for pk, _ in outcome.refused] == [entries[1].pk, 999999]
    assert Review.objects.get(disclosure=entries[1]).status == "in_review"


def test_an_assignment_ended_in_another_session_is_respected(bob, alice, clinic):
    # A second supervisor assigned to alice sees her entries too; access is per assignment.
    other = AssignmentFactory(supervisor__clinic=clinic, supervisor__username="sam", clinician=alice).supervisor
    from disclosure_review.core.scoping import scoped_reviews
    from tests.reviews.conftest import flagged_entry

    entry = flagged_entry(alice)
    assert scoped_reviews(other).filter(disclosure=entry).exists()
