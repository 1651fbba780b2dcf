"""My disclosures (filters, pagination, htmx) and My patterns (charts of one's own entries)."""

import datetime

import pytest
from django.utils import timezone

from disclosure_review.core import charts
from disclosure_review.disclosures import selectors
from tests.disclosures.helpers import PHONE_TEXT, SAFE_TEXT
from tests.factories import ClientFactory, DisclosureFactory, submitted_disclosure

pytestmark = pytest.mark.django_db


def ids_in(response) -> set[int]:
    return {entry.pk for entry in response.context["page"].object_list}


def test_the_list_has_its_heading_and_only_my_entries(signed_in, alice, dave, erin, client_code):
    mine = submitted_disclosure(clinician=alice, client=client_code, text=SAFE_TEXT)
    draft = DisclosureFactory(clinician=alice, client=client_code)
    submitted_disclosure(clinician=dave, text=SAFE_TEXT)
    submitted_disclosure(clinician=erin, text=SAFE_TEXT)
    response = signed_in.get("/disclosures/")
    assert "<h1>My disclosures</h1>" in response.content.decode()
    assert ids_in(response) == {mine.pk, draft.pk}


def test_each_row_shows_its_category_badge_and_review_status(signed_in, alice, client_code):
    flagged = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    html = signed_in.get("/disclosures/").content.decode()
    assert f'data-disclosure-id="{flagged.pk}"' in html
    assert 'data-category="unsafe_sharing"' in html
    assert ">Open<" in html


def test_filters_narrow_the_list(signed_in, alice, clinic, client_code):
    other = ClientFactory(clinic=clinic, code="C-200")
    today = timezone.localdate()
    risky = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    safe = submitted_disclosure(
        clinician=alice,
        client=other,
        text=SAFE_TEXT,
        session_date=today - datetime.timedelta(days=40),
    )
    draft = DisclosureFactory(clinician=alice, client=other)
    assert ids_in(signed_in.get("/disclosures/", {"client": "c-200"})) == {safe.pk, draft.pk}
    assert ids_in(signed_in.get("/disclosures/", {"category": "unsafe_sharing"})) == {risky.pk}
    assert ids_in(signed_in.get("/disclosures/", {"status": "draft"})) == {draft.pk}
    since = (today - datetime.timedelta(days=10)).isoformat()
    assert ids_in(signed_in.get("/disclosures/", {"date_from": since})) == {risky.pk, draft.pk}
    until = (today - datetime.timedelta(days=30)).isoformat()
    assert ids_in(signed_in.get("/disclosures/", {"date_to": until})) == {safe.pk}


def test_the_revision_filter_finds_entries_sent_back(signed_in, alice, bob, client_code):
    flagged = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    flagged.review.status = "revision_requested"
    flagged.review.save(update_fields=["status"])
    assert ids_in(signed_in.get("/disclosures/", {"status": "revision_requested"})) == {flagged.pk}


@pytest.mark.parametrize(
    "query",
    [
        {"category": "nonsense"},
        {"date_from": "yesterday"},
        {"date_from": "2026-05-02", "date_to": "2026-05-01"},
    ],
)
def test_bad_filters_are_a_clear_400(signed_in, query):
    response = signed_in.get("/disclosures/", query)
    assert response.status_code == 400
    assert response.context["form"].errors


def test_htmx_gets_only_the_table_and_pages_keep_the_filters(signed_in, alice, client_code):
    for _ in range(25):
        DisclosureFactory(clinician=alice, client=client_code)
    response = signed_in.get("/disclosures/", {"status": "draft"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="disclosure-table"')
    assert "<html" not in html
    assert 'href="/disclosures/?status=draft&amp;page=2"' in html and 'hx-push-url="true"' in html
    page_two = signed_in.get("/disclosures/", {"status": "draft", "page": 2})
    assert len(page_two.context["page"].object_list) == 5
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_an_empty_list_invites_the_first_entry(signed_in):
    assert "log your first one" in signed_in.get("/disclosures/").content.decode()


# My patterns ----------------------------------------------------------------------------


def test_patterns_count_only_my_submitted_entries(signed_in, alice, dave, client_code):
    for _ in range(3):
        submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    DisclosureFactory(clinician=alice, client=client_code)  # a draft
    submitted_disclosure(clinician=dave, text=PHONE_TEXT)
    response = signed_in.get("/patterns/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["summary"]["total"] == 3
    assert "3 disclosures to C-014" in html and "frequent" in html
    assert html.count("<svg") == 4
    rules_seen = {r.rule: r.count for r in response.context["rule_counts"]}
    assert rules_seen["boundary.identifying_details"] == 3


def test_patterns_without_entries_say_so(signed_in):
    html = signed_in.get("/patterns/").content.decode()
    assert "No disclosures in the last 30 days." in html


def test_weekly_counts_include_empty_weeks_and_categories(alice, client_code):
    today = datetime.date(2026, 11, 30)  # a Monday
    submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT, session_date=today)
    submitted_disclosure(
        clinician=alice,
        client=client_code,
        text=SAFE_TEXT,
        session_date=today - datetime.timedelta(days=7),
    )
    weeks = selectors.weekly_counts(alice, today=today, weeks=4)
    assert [w.week for w in weeks] == [today - datetime.timedelta(weeks=n) for n in (3, 2, 1, 0)]
    assert [w.total for w in weeks] == [0, 0, 1, 1]
    assert weeks[-1].by_category["unsafe_sharing"] == 1
    assert weeks[-2].by_category["safe"] == 1 or weeks[-2].by_category["caution"] == 1


def test_client_frequency_counts_the_last_30_days(alice, clinic, client_code):
    today = timezone.localdate()
    other = ClientFactory(clinic=clinic, code="C-300")
    for days in (1, 5, 29):
        submitted_disclosure(
            clinician=alice,
            client=client_code,
            text=SAFE_TEXT,
            session_date=today - datetime.timedelta(days=days),
        )
    submitted_disclosure(
        clinician=alice,
        client=other,
        text=SAFE_TEXT,
        session_date=today - datetime.timedelta(days=31),
    )
    counts = selectors.client_frequency(alice, today=today)
    assert [(c.code, c.count) for c in counts] == [("C-014", 3)]


def test_column_heights_are_proportional_and_on_a_round_axis():
    weeks = [selectors.WeekCounts(datetime.date(2026, 1, 5), n, {"safe": n}) for n in (0, 3, 6)]
    chart = charts.week_columns(weeks, stacked=False)
    heights = [bar.height for bar in chart.bars]
    assert len(heights) == 2 and heights[1] == pytest.approx(2 * heights[0], abs=0.2)
    assert (
        charts.nice_ceiling(6) == 10 and charts.nice_ceiling(3) == 4 and charts.nice_ceiling(0) == 1
    )
    assert all(bar.y >= 0 and bar.y + bar.height <= chart.height for bar in chart.bars)


def test_horizontal_bars_put_the_largest_at_full_width():
    chart = charts.horizontal_bars([("a", 4), ("b", 2)])
    assert chart.bars[0].width == pytest.approx(2 * chart.bars[1].width)
    assert chart.bars[0].width <= chart.width


def test_the_list_points_out_drafts_and_revisions_waiting(signed_in, alice, client_code):
    flagged = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    flagged.review.status = "revision_requested"
    flagged.review.save(update_fields=["status"])
    DisclosureFactory(clinician=alice, client=client_code)
    html = signed_in.get("/disclosures/").content.decode()
    assert "1 entry</strong> sent back by your supervisor" in html
    assert "1 draft not submitted yet" in html
