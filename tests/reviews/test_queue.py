"""The queue: order, filters, counts, pagination, the "All entries" tab, query budget."""

import datetime

import pytest
from django.utils import timezone

from disclosure_review.disclosures.models import Disclosure
from disclosure_review.reviews.models import Review
from tests.conftest import login
from tests.factories import ClientFactory, submitted_disclosure
from tests.reviews.conftest import SAFE_TEXT, flagged_entry

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    return [entry.pk for entry in response.context["entries"]]


def test_worst_first_then_score_then_the_longest_waiting(client, bob, alice):
    entries = [flagged_entry(alice) for _ in range(3)]
    now = timezone.now()
    Disclosure.objects.filter(pk=entries[0].pk).update(category_rank=2, score=30, submitted_at=now)
    Disclosure.objects.filter(pk=entries[1].pk).update(category_rank=3, score=10, submitted_at=now)
    Disclosure.objects.filter(pk=entries[2].pk).update(
        category_rank=2, score=30, submitted_at=now - datetime.timedelta(days=3)
    )
    login(client, bob)
    assert ids(client.get("/review/")) == [entries[1].pk, entries[2].pk, entries[0].pk]


def test_filters_narrow_the_list(client, bob, alice, alice_flagged):
    other_client = ClientFactory(clinic=alice.clinic, code="Z-999")
    older = flagged_entry(
        alice, client=other_client, session_date=timezone.localdate() - datetime.timedelta(days=20)
    )
    login(client, bob)
    assert ids(client.get("/review/?q=Z-999")) == [older.pk]
    since = (timezone.localdate() - datetime.timedelta(days=5)).isoformat()
    assert ids(client.get(f"/review/?date_from={since}")) == [alice_flagged.pk]
    assert set(ids(client.get("/review/?rule=client_focus.role_reversal"))) == {
        alice_flagged.pk,
        older.pk,
    }
    assert ids(client.get("/review/?rule=brevity.frequency&q=nothing-matches")) == []
    assert set(ids(client.get("/review/?category=trauma_dumping"))) == {alice_flagged.pk, older.pk}
    assert ids(client.get("/review/?category=safe")) == []


def test_review_status_filter_and_counts(client, bob, alice):
    entries = [flagged_entry(alice) for _ in range(3)]
    Review.objects.filter(disclosure=entries[0]).update(status="discussed")
    Review.objects.filter(disclosure=entries[1]).update(status="in_review")
    login(client, bob)
    response = client.get("/review/")
    assert set(ids(response)) == {entries[1].pk, entries[2].pk}  # waiting for review
    counts = response.context["counts"]
    assert (
        counts["todo"],
        counts["open"],
        counts["in_review"],
        counts["discussed"],
        counts["any"],
    ) == (2, 1, 1, 1, 3)
    assert ids(client.get("/review/?status=discussed")) == [entries[0].pk]
    assert len(ids(client.get("/review/?status=any"))) == 3


def test_bad_filter_values_are_shown_as_errors_not_500s(client, bob, alice_flagged):
    login(client, bob)
    response = client.get(
        "/review/?date_from=2026-13-45&date_to=yesterday&per_page=7&sort=%00&page=-3&category=x"
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"date_from", "date_to", "per_page", "category"} <= set(errors)
    assert 'value="2026-13-45"' in response.content.decode()


def test_an_end_date_before_the_start_is_an_error(client, bob, alice_flagged):
    login(client, bob)
    response = client.get("/review/?date_from=2026-05-01&date_to=2026-04-01")
    assert "date_to" in response.context["form"].errors


def test_pagination_keeps_the_filters_in_links(client, bob, alice):
    for _ in range(12):
        flagged_entry(alice)
    login(client, bob)
    response = client.get("/review/?per_page=10&category=trauma_dumping")
    assert len(ids(response)) == 10
    assert "per_page=10&amp;category=trauma_dumping&amp;page=2" in response.content.decode()
    assert len(ids(client.get("/review/?per_page=10&category=trauma_dumping&page=2"))) == 2
    assert len(ids(client.get("/review/?per_page=10&page=99"))) == 2  # past the end: the last page


def test_an_htmx_filter_request_returns_only_the_queue(client, bob, alice_flagged):
    login(client, bob)
    response = client.get(
        "/review/?status=any", headers={"HX-Request": "true", "HX-Target": "queue"}
    )
    body = response.content.decode().lstrip()
    assert body.startswith('<div id="queue"')
    assert "<h1>" not in body


def test_the_filters_can_change_while_an_entry_is_open(client, bob, alice_flagged):
    login(client, bob)
    response = client.get(
        f"/review/{alice_flagged.pk}/?status=any",
        headers={"HX-Request": "true", "HX-Target": "queue"},
    )
    assert response.content.decode().lstrip().startswith('<div id="queue"')
    full = client.get(f"/review/{alice_flagged.pk}/?status=any")
    assert "<h1>Review queue</h1>" in full.content.decode()
    assert f"Entry #{alice_flagged.pk}" in full.content.decode()


def test_the_all_entries_tab_lists_unflagged_entries_too(client, bob, alice, alice_flagged):
    safe = submitted_disclosure(clinician=alice, text=SAFE_TEXT)
    assert not safe.flagged
    login(client, bob)
    assert ids(client.get("/review/")) == [alice_flagged.pk]
    assert set(ids(client.get("/review/?tab=all"))) == {alice_flagged.pk, safe.pk}


def test_the_page_has_the_review_queue_heading(client, bob):
    login(client, bob)
    assert "<h1>Review queue</h1>" in client.get("/review/").content.decode()


@pytest.mark.parametrize("rows", [10, 100])
def test_the_query_count_does_not_grow_with_the_page_size(
    client, bob, alice, rows, django_assert_max_num_queries
):
    from disclosure_review.disclosures.scoring import score_disclosure
    from disclosure_review.disclosures.services import assessment_record, review_open_for
    from tests.factories import DisclosureFactory

    now = timezone.now()
    for _ in range(rows):
        disclosure = DisclosureFactory(
            clinician=alice, text=flagged_text(), status="submitted", submitted_at=now
        )
        assessment_record(disclosure=disclosure, result=score_disclosure(disclosure, prior=0))
        review_open_for(disclosure=disclosure)
    login(client, bob)
    with django_assert_max_num_queries(12):
        response = client.get(f"/review/?per_page={rows}&status=any")
    assert len(response.context["entries"]) == rows
    with django_assert_max_num_queries(12):
        client.get(f"/review/?tab=all&per_page={rows}")


def flagged_text() -> str:
    from tests.reviews.conftest import FLAGGED_TEXT

    return FLAGGED_TEXT


def test_history_restore_and_reload_get_the_full_page(client, bob, alice_flagged):
    # htmx asks for the whole page when Back finds no cached copy (no HX-Target then).
    login(client, bob)
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    for url in [f"/review/{alice_flagged.pk}/?status=any", "/review/?status=any"]:
        response = client.get(url, headers=headers)
        assert "<h1>Review queue</h1>" in response.content.decode(), url
        assert "HX-Request" in response["Vary"]
