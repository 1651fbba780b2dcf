"""Helpful / not helpful per finding, agreement per rule, the supervisee page."""

import pytest

from disclosure_review.reviews.models import FindingFeedback
from disclosure_review.reviews.selectors import rule_agreement
from tests.conftest import login
from tests.reviews.conftest import flagged_entry

pytestmark = pytest.mark.django_db


def test_feedback_is_saved_once_per_reviewer_and_can_change(client, bob, alice_flagged):
    finding = alice_flagged.current_assessment.findings.get(rule="client_focus.role_reversal")
    url = f"/review/{alice_flagged.pk}/findings/{finding.pk}/feedback/"
    login(client, bob)
    assert client.post(url, {"helpful": "yes"}).status_code == 302
    assert client.post(url, {"helpful": "no", "reason": "She was only being kind"}).status_code == 302
    feedback = FindingFeedback.objects.get()
    assert (feedback.helpful, feedback.reason, feedback.rule) == (False, "She was only being kind", finding.rule)


def test_bad_feedback_is_a_400(client, bob, alice_flagged):
    finding = alice_flagged.current_assessment.findings.first()
    login(client, bob)
    url = f"/review/{alice_flagged.pk}/findings/{finding.pk}/feedback/"
    assert client.post(url, {"helpful": "maybe"}).status_code == 400
    assert client.post(url, {"helpful": "yes", "reason": "x" * 501}).status_code == 400
    assert client.post(f"/review/{alice_flagged.pk}/findings/99999/feedback/", {"helpful": "yes"}).status_code == 404
    assert not FindingFeedback.objects.exists()


def test_rule_agreement_counts_per_rule(client, bob, carol, alice):
    entries = [flagged_entry(alice) for _ in range(3)]
    for number, entry in enumerate(entries):
        finding = entry.current_assessment.findings.get(rule="boundary.identifying_details")
        for reviewer in (bob, carol):
            login(client, reviewer)
            client.post(
                f"/review/{entry.pk}/findings/{finding.pk}/feedback/", {"helpful": "yes" if number else "no"}
            )
    rows = {row["rule"]: row for row in rule_agreement(alice.clinic_id)}
    row = rows["boundary.identifying_details"]
    assert (row["helpful"], row["not_helpful"], row["judged"], row["fired"]) == (4, 2, 6, 3)
    assert row["rate"] == pytest.approx(4 / 6)
    assert rows["brevity.length"]["rate"] is None


def test_the_agreement_page_and_include_render_for_reviewers(client, carol, alice_flagged):
    login(client, carol)
    page = client.get("/review/agreement/").content.decode()
    assert 'id="rule-agreement"' in page
    assert 'data-rule="client_focus.role_reversal"' in page


def test_the_supervisee_page_shows_trends_and_open_items(client, bob, alice, alice_flagged, django_assert_max_num_queries):
    login(client, bob)
    with django_assert_max_num_queries(14):
        response = client.get(f"/review/supervisees/{alice.pk}/?weeks=4")
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('<svg class="chart"') == 3
    assert f'data-disclosure-id="{alice_flagged.pk}"' in page
    assert 'data-rule="client_focus.role_reversal"' in page
    trends = response.context["trends"]
    assert (trends["total"], trends["flagged"]) == (1, 1)
    assert client.get(f"/review/supervisees/{alice.pk}/?weeks=abc").status_code == 200


def test_the_supervisees_list_counts_waiting_items(client, bob, alice, alice_flagged):
    login(client, bob)
    people = list(client.get("/review/supervisees/").context["people"])
    assert [(p.username, p.waiting) for p in people] == [("alice", 1)]
