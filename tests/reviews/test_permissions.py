"""The permission matrix: a supervisor reaches only active supervisees' entries, by every
route (list, filter, detail, htmx fragment, actions, bulk); everything else is a 404."""

import datetime

import pytest

from disclosure_review.accounts.models import SupervisionAssignment
from disclosure_review.reviews.models import Review
from tests.conftest import login
from tests.reviews.conftest import flagged_entry

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true", "HX-Target": "review-panel"}


def queue_ids(response) -> set[int]:
    return {entry.pk for entry in response.context["entries"]}


def test_the_queue_lists_only_active_supervisees_flagged_entries(
    client, bob, alice_flagged, dave_flagged, erin_flagged
):
    login(client, bob)
    response = client.get("/review/")
    assert response.status_code == 200
    assert queue_ids(response) == {alice_flagged.pk}
    assert b'id="queue-table"' in response.content
    assert f'data-disclosure-id="{alice_flagged.pk}"'.encode() in response.content


def test_an_admin_sees_the_whole_clinic_but_not_other_clinics(
    client, carol, alice_flagged, dave_flagged, erin_flagged
):
    login(client, carol)
    assert queue_ids(client.get("/review/")) == {alice_flagged.pk, dave_flagged.pk}


def test_filtering_by_a_clinician_outside_scope_is_refused_not_revealed(
    client, bob, alice_flagged, dave_flagged, dave
):
    login(client, bob)
    response = client.get(f"/review/?clinician={dave.pk}")
    assert response.status_code == 200
    assert "clinician" in response.context["form"].errors
    assert dave_flagged.pk not in queue_ids(response)


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_an_entry_out_of_scope_is_a_404(client, bob, dave_flagged, erin_flagged, headers):
    login(client, bob)
    assert client.get(f"/review/{dave_flagged.pk}/", headers=headers).status_code == 404
    assert client.get(f"/review/{erin_flagged.pk}/", headers=headers).status_code == 404


@pytest.mark.parametrize("suffix", ["status/", "comments/"])
def test_actions_on_an_entry_out_of_scope_are_404s(client, bob, dave_flagged, suffix):
    login(client, bob)
    data = {"status": "discussed", "version": 1, "body": "hello"}
    assert client.post(f"/review/{dave_flagged.pk}/{suffix}", data).status_code == 404
    review = Review.objects.get(disclosure=dave_flagged)
    assert review.status == "open" and not review.comments.exists()


def test_feedback_on_a_finding_out_of_scope_is_a_404(client, bob, dave_flagged):
    login(client, bob)
    finding = dave_flagged.current_assessment.findings.first()
    url = f"/review/{dave_flagged.pk}/findings/{finding.pk}/feedback/"
    assert client.post(url, {"helpful": "yes"}).status_code == 404


def test_bulk_refuses_out_of_scope_rows_and_applies_the_rest(
    client, bob, alice_flagged, dave_flagged
):
    login(client, bob)
    response = client.post(
        "/review/bulk/", {"rows": [f"{alice_flagged.pk}:1", f"{dave_flagged.pk}:1"]}
    )
    assert response.status_code == 302
    assert Review.objects.get(disclosure=alice_flagged).status == "discussed"
    assert Review.objects.get(disclosure=dave_flagged).status == "open"


def test_an_ended_assignment_stops_access(client, bob, alice, alice_flagged):
    SupervisionAssignment.objects.filter(supervisor=bob, clinician=alice).update(
        active_until=datetime.date.today() - datetime.timedelta(days=1)
    )
    login(client, bob)
    assert queue_ids(client.get("/review/")) == set()
    assert client.get(f"/review/{alice_flagged.pk}/").status_code == 404
    assert client.get(f"/review/supervisees/{alice.pk}/").status_code == 404


def test_a_clinician_has_no_review_pages(client, alice, alice_flagged):
    login(client, alice)
    for url in [
        "/review/",
        f"/review/{alice_flagged.pk}/",
        "/review/agreement/",
        "/review/supervisees/",
    ]:
        assert client.get(url).status_code == 404, url


def test_nobody_reviews_their_own_entry(client, bob, carol):
    own = flagged_entry(bob)
    login(client, bob)
    assert client.get(f"/review/{own.pk}/").status_code == 404
    # Their own flagged entry goes to the admin instead.
    client.logout()
    login(client, carol)
    assert client.get(f"/review/{own.pk}/").status_code == 200


def test_anonymous_users_are_sent_to_sign_in(client, alice_flagged):
    response = client.get("/review/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_a_supervisee_page_of_someone_else_is_a_404(client, bob, dave, erin):
    login(client, bob)
    assert client.get(f"/review/supervisees/{dave.pk}/").status_code == 404
    assert client.get(f"/review/supervisees/{erin.pk}/").status_code == 404
