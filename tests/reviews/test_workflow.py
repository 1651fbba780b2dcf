"""The status workflow: allowed and refused transitions, notes, history, audit, conflicts."""

import pytest

from disclosure_review.audit.models import AuditEvent
from disclosure_review.reviews import services
from disclosure_review.reviews.models import Comment, Notification, Review, ReviewEvent
from tests.conftest import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(alice_flagged):
    return Review.objects.get(disclosure=alice_flagged)


def change(review, by, status, version=None, note=""):
    return services.review_set_status(
        review=review,
        by=by,
        status=status,
        version=review.version if version is None else version,
        note=note,
    )


@pytest.mark.parametrize(
    "path",
    [
        ["in_review", "discussed", "closed"],
        ["revision_requested", "in_review", "discussed"],
        ["escalated", "in_review", "closed", "open"],
        ["discussed", "open", "closed"],
    ],
)
def test_allowed_paths_move_the_review_and_bump_the_version(review, bob, path):
    for status in path:
        review = change(review, bob, status)
        assert review.status == status
    assert review.version == 1 + len(path)
    assert list(review.events.values_list("to_status", flat=True)) == path


@pytest.mark.parametrize(
    ("start", "refused"),
    [
        ("closed", "discussed"),
        ("closed", "in_review"),
        ("discussed", "in_review"),
        ("open", "open"),
    ],
)
def test_refused_transitions_change_nothing(review, bob, start, refused):
    Review.objects.filter(pk=review.pk).update(status=start)
    review.refresh_from_db()
    with pytest.raises(services.TransitionRefused):
        change(review, bob, refused)
    review.refresh_from_db()
    assert (review.status, review.version) == (start, 1)
    assert not ReviewEvent.objects.exists()


def test_an_admin_cannot_escalate_to_themselves(review, carol):
    with pytest.raises(services.TransitionRefused):
        change(review, carol, "escalated")


def test_escalation_notifies_the_clinic_admin(review, bob, carol):
    change(review, bob, "escalated")
    assert Notification.objects.filter(recipient=carol, kind="status").count() == 1


def test_asking_for_more_context_tells_the_clinician_where_to_go(review, bob, alice):
    change(review, bob, "revision_requested", note="What did the client say next?")
    notification = Notification.objects.get(recipient=alice, kind="status")
    assert notification.url == f"/disclosures/{review.disclosure_id}/"


def test_closing_sets_closed_at_and_reopening_clears_it(review, bob):
    review = change(review, bob, "closed")
    assert review.closed_at is not None
    review = change(review, bob, "open")
    assert review.closed_at is None


def test_each_change_is_audited_with_the_versions(review, bob):
    change(review, bob, "in_review", note="private wording")
    event = AuditEvent.objects.get(action="review.status")
    assert event.details == {
        "review": review.pk,
        "from": "open",
        "to": "in_review",
        "version": 2,
        "note": True,
    }
    assert "private wording" not in str(event.details)


def test_a_stale_version_is_a_conflict_and_applies_nothing(review, bob, carol):
    change(review, carol, "in_review")
    with pytest.raises(services.ReviewConflict) as caught:
        change(review, bob, "discussed", version=1)
    assert caught.value.current.status == "in_review"
    review.refresh_from_db()
    assert (review.status, review.version) == ("in_review", 2)


def test_the_note_of_a_stale_change_is_kept_in_the_conversation(review, bob, carol):
    change(review, carol, "in_review")
    outcome = services.review_decide(
        review=review, by=bob, status="discussed", version=1, note="Talked on Tuesday"
    )
    assert not outcome.applied
    assert Comment.objects.get(review=review).body == "Talked on Tuesday"
    review.refresh_from_db()
    assert review.status == "in_review"


def test_the_page_shows_the_conflict_and_re_applies(client, review, bob, carol, alice_flagged):
    change(review, carol, "in_review")
    login(client, bob)
    url = f"/review/{alice_flagged.pk}/status/"
    response = client.post(
        url, {"status": "discussed", "version": 1, "note": "Agreed to keep it brief"}
    )
    assert response.status_code == 409
    assert b"changed while you were looking" in response.content
    assert "Agreed to keep it brief" in response.content.decode()
    assert Comment.objects.filter(review=review, body="Agreed to keep it brief").count() == 1
    # Re-apply on the current version: applied, and the note is not posted twice.
    response = client.post(
        url,
        {
            "status": "discussed",
            "version": 2,
            "note": "Agreed to keep it brief",
            "note_posted": "on",
        },
    )
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.status, review.version, review.decision_note) == (
        "discussed",
        3,
        "Agreed to keep it brief",
    )
    assert Comment.objects.filter(review=review).count() == 1


def test_an_htmx_status_change_redraws_the_panel_and_signals_the_queue(
    client, review, bob, alice_flagged
):
    login(client, bob)
    response = client.post(
        f"/review/{alice_flagged.pk}/status/",
        {"status": "in_review", "version": 1},
        headers={"HX-Request": "true", "HX-Target": "review-panel"},
    )
    assert response.status_code == 200
    assert response.content.lstrip().startswith(b'<section id="review-panel"')
    assert "queue-changed" in response["HX-Trigger"]


@pytest.mark.parametrize(
    "data",
    [
        {"status": "nonsense", "version": 1},
        {"status": "discussed", "version": "abc"},
        {"status": "discussed", "version": 1, "note": "x" * 2001},
        {"status": "closed", "version": 1, "note": "ok"} | {"status": "in_review\x00"},
    ],
)
def test_bad_input_is_a_400_with_what_was_typed_kept(client, review, bob, alice_flagged, data):
    login(client, bob)
    response = client.post(f"/review/{alice_flagged.pk}/status/", data)
    assert response.status_code == 400
    review.refresh_from_db()
    assert (review.status, review.version) == ("open", 1)


def test_a_refused_transition_is_shown_next_to_the_buttons(client, review, bob, alice_flagged):
    Review.objects.filter(pk=review.pk).update(status="closed")
    login(client, bob)
    response = client.post(
        f"/review/{alice_flagged.pk}/status/", {"status": "discussed", "version": 1}
    )
    assert response.status_code == 400
    assert "cannot be moved" in response.content.decode()


def test_viewing_an_entry_is_audited_each_time(client, bob, alice_flagged):
    login(client, bob)
    client.get(f"/review/{alice_flagged.pk}/")
    client.get(
        f"/review/{alice_flagged.pk}/", headers={"HX-Request": "true", "HX-Target": "review-panel"}
    )
    views = AuditEvent.objects.filter(action="disclosure.view", object_id=str(alice_flagged.pk))
    assert views.count() == 2
    assert views.first().actor == bob


def test_the_entry_page_shows_evidence_findings_context_and_history(client, bob, alice_flagged):
    login(client, bob)
    page = client.get(f"/review/{alice_flagged.pk}/").content.decode()
    assert "<mark>" in page
    assert 'data-rule="client_focus.role_reversal"' in page
    assert "Guideline:" in page
    assert "Context from the clinician" in page
    assert "Flagged for supervision and opened." in page


def test_comments_are_added_and_empty_ones_refused(client, bob, alice, alice_flagged):
    login(client, bob)
    url = f"/review/{alice_flagged.pk}/comments/"
    assert client.post(url, {"body": "   "}).status_code == 400
    assert client.post(url, {"body": "What made you share this then?"}).status_code == 302
    review = Review.objects.get(disclosure=alice_flagged)
    assert review.comments.get().body == "What made you share this then?"
    assert Notification.objects.filter(recipient=alice, kind="comment").count() == 1
