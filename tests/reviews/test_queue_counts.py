"""The queue's counts and status filter read the review status copied onto each entry by
database triggers: the copy must follow every way a review is written, and the text search
must find entries by their text, client code and clinician."""

import pytest

from disclosure_review.disclosures.models import Disclosure
from disclosure_review.reviews.models import Review
from tests.conftest import login
from tests.factories import ClientFactory, submitted_disclosure
from tests.reviews.conftest import SAFE_TEXT, flagged_entry

pytestmark = pytest.mark.django_db


def copied_status(disclosure) -> str:
    return Disclosure.objects.values_list("review_status", flat=True).get(pk=disclosure.pk)


def ids(response) -> list[int]:
    return [entry.pk for entry in response.context["entries"]]


def test_the_copy_follows_create_save_update_and_delete(alice, bob):
    entry = flagged_entry(alice)
    review = Review.objects.get(disclosure=entry)
    assert copied_status(entry) == "open"
    review.status = Review.Status.ESCALATED
    review.save(update_fields=["status"])
    assert copied_status(entry) == "escalated"
    Review.objects.filter(pk=review.pk).update(status=Review.Status.DISCUSSED)
    assert copied_status(entry) == "discussed"
    Review.objects.filter(pk=review.pk).delete()
    assert copied_status(entry) == ""
    Review.objects.bulk_create([Review(disclosure=entry, clinic=entry.clinic, status="closed")])
    assert copied_status(entry) == "closed"
    assert copied_status(submitted_disclosure(clinician=alice, text=SAFE_TEXT)) == ""


def test_saving_an_entry_never_writes_back_a_stale_review_status(alice, bob):
    entry = flagged_entry(alice)
    stale = Disclosure.objects.get(pk=entry.pk)
    Review.objects.filter(disclosure=entry).update(status=Review.Status.IN_REVIEW)
    stale.outcome_note = "Talked it through."
    stale.save()
    entry.refresh_from_db()
    assert (entry.review_status, entry.outcome_note) == ("in_review", "Talked it through.")


def test_counts_match_the_rows_whatever_the_reviews_and_flags(client, carol, alice, dave):
    entries = [flagged_entry(alice) for _ in range(3)] + [flagged_entry(dave)]
    Review.objects.filter(disclosure=entries[0]).update(status="discussed")
    # Re-scored below the threshold: its review stays, but it leaves the flagged list.
    Disclosure.objects.filter(pk=entries[1].pk).update(flagged=False)
    login(client, carol)
    response = client.get("/review/?status=any")
    counts = response.context["counts"]
    assert set(ids(response)) == {entries[0].pk, entries[2].pk, entries[3].pk}
    assert (counts["any"], counts["todo"], counts["open"], counts["discussed"]) == (3, 2, 2, 1)
    assert set(ids(client.get("/review/"))) == {entries[2].pk, entries[3].pk}
    response = client.get(f"/review/?status=discussed&clinician={alice.pk}")
    assert ids(response) == [entries[0].pk]
    assert response.context["counts"]["any"] == 2


def test_text_search_matches_text_client_code_and_clinician(client, carol, alice, dave):
    for user, first, last in [(alice, "Alice", "Moreno"), (dave, "Dave", "Okafor")]:
        user.first_name, user.last_name = first, last
        user.save(update_fields=["first_name", "last_name"])
    code = ClientFactory(clinic=alice.clinic, code="QX-4471")
    by_alice = flagged_entry(alice, client=code)
    by_dave = flagged_entry(dave)
    login(client, carol)
    assert set(ids(client.get("/review/?q=mobile number"))) == {by_alice.pk, by_dave.pk}
    assert ids(client.get("/review/?q=qx-4471")) == [by_alice.pk]
    assert ids(client.get("/review/?q=okaf")) == [by_dave.pk]
    assert ids(client.get("/review/?q=dave")) == [by_dave.pk]
    assert ids(client.get("/review/?q=no such words")) == []
