"""One entry: the detail page, editing drafts, withdrawing, replying, revising."""

import datetime

import pytest
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Assessment, Disclosure
from disclosure_review.reviews.models import Comment, Notification, Review
from tests.conftest import login
from tests.disclosures.helpers import PHONE_TEXT, SAFE_TEXT, form_data
from tests.factories import DisclosureFactory, submitted_disclosure

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagged(alice, bob, client_code):
    return submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)


# The detail page -------------------------------------------------------------------------


def test_the_detail_shows_the_entry_its_feedback_and_audits_the_view(signed_in, alice, flagged):
    response = signed_in.get(f"/disclosures/{flagged.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="feedback"' in html and 'data-category="unsafe_sharing"' in html
    assert "<mark>07700 900123</mark>" in html
    assert "Review: Open" in html
    assert (
        AuditEvent.objects.filter(
            action="disclosure.view", actor=alice, object_id=str(flagged.pk)
        ).count()
        == 1
    )


@pytest.mark.parametrize("owner", ["dave", "erin", "bob"])
def test_another_persons_entry_is_not_found(signed_in, request, owner):
    other = request.getfixturevalue(owner)
    entry = submitted_disclosure(clinician=other, text=SAFE_TEXT)
    for url in (
        f"/disclosures/{entry.pk}/",
        f"/disclosures/{entry.pk}/edit/",
        f"/disclosures/{entry.pk}/revise/",
    ):
        assert signed_in.get(url).status_code == 404
    for url in (f"/disclosures/{entry.pk}/withdraw/", f"/disclosures/{entry.pk}/comments/"):
        assert signed_in.post(url, {"reason": "x", "body": "x"}).status_code == 404
    assert not AuditEvent.objects.filter(action="disclosure.view").exists()


def test_a_supervisor_does_not_see_a_supervisees_entry_on_the_clinician_pages(client, bob, flagged):
    login(client, bob)
    assert client.get(f"/disclosures/{flagged.pk}/").status_code == 404


def test_an_unknown_id_is_not_found(signed_in):
    assert signed_in.get("/disclosures/999999/").status_code == 404


def test_the_history_lists_every_assessment(signed_in, flagged):
    from disclosure_review.disclosures.services import disclosure_rescore

    disclosure_rescore(disclosure=flagged)
    html = signed_in.get(f"/disclosures/{flagged.pk}/").content.decode()
    assert "Assessment history" in html
    assert html.count(f"ruleset {rules.RULESET_VERSION}") == 2


def test_supervisor_comments_show_and_the_clinician_can_reply(signed_in, alice, bob, flagged):
    review = flagged.review
    Comment.objects.create(review=review, author=bob, body="Let's talk about the phone number.")
    html = signed_in.get(f"/disclosures/{flagged.pk}/").content.decode()
    assert "Let&#x27;s talk about the phone number." in html
    response = signed_in.post(f"/disclosures/{flagged.pk}/comments/", {"body": "Yes, good idea."})
    assert response.status_code == 302
    assert Comment.objects.filter(review=review, author=alice, body="Yes, good idea.").exists()
    assert Notification.objects.filter(kind="comment", recipient=bob).exists()


def test_a_reply_through_htmx_returns_the_comments_in_place(signed_in, flagged):
    response = signed_in.post(
        f"/disclosures/{flagged.pk}/comments/", {"body": "Thanks."}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section class="card" id="comments"')
    assert "Thanks." in html and "Your reply was sent." in html


@pytest.mark.parametrize("body", ["", "   ", "x" * 5001, "bad\x00byte"])
def test_a_bad_reply_is_refused_and_kept(signed_in, flagged, body):
    response = signed_in.post(f"/disclosures/{flagged.pk}/comments/", {"body": body})
    assert response.status_code == 422
    assert "body" in response.context["comment_form"].errors
    assert not Comment.objects.exists()


def test_an_entry_without_a_review_has_no_reply_box(signed_in, alice, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=SAFE_TEXT)
    html = signed_in.get(f"/disclosures/{entry.pk}/").content.decode()
    assert "Supervision comments" not in html
    assert signed_in.post(f"/disclosures/{entry.pk}/comments/", {"body": "hi"}).status_code == 404


# Drafts --------------------------------------------------------------------------------


def test_a_draft_can_be_edited_and_submitted(signed_in, alice, client_code):
    draft = DisclosureFactory(clinician=alice, client=client_code, text="First words.")
    page = signed_in.get(f"/disclosures/{draft.pk}/edit/")
    assert page.status_code == 200
    version = page.context["form"].initial["version"]
    response = signed_in.post(
        f"/disclosures/{draft.pk}/edit/",
        form_data(submission_key=str(draft.submission_key), version=version, text=PHONE_TEXT),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "submitted" and draft.text == PHONE_TEXT
    assert Disclosure.objects.count() == 1


def test_a_stale_draft_form_is_refused_with_the_text_kept(signed_in, alice, client_code):
    draft = DisclosureFactory(clinician=alice, client=client_code, text="First words.")
    old_version = signed_in.get(f"/disclosures/{draft.pk}/edit/").context["form"].initial["version"]
    signed_in.post(
        f"/disclosures/{draft.pk}/edit/",
        form_data(
            submission_key=str(draft.submission_key),
            version=old_version,
            text="Saved in another window.",
            action="draft",
        ),
    )
    response = signed_in.post(
        f"/disclosures/{draft.pk}/edit/",
        form_data(
            submission_key=str(draft.submission_key), version=old_version, text="Typed here."
        ),
    )
    assert response.status_code == 409
    assert "another window" in response.content.decode()
    assert response.context["form"]["text"].value() == "Typed here."
    draft.refresh_from_db()
    assert draft.text == "Saved in another window." and draft.status == "draft"


def test_editing_a_submitted_entry_sends_you_to_it(signed_in, flagged):
    response = signed_in.get(f"/disclosures/{flagged.pk}/edit/")
    assert response.status_code == 302 and response["Location"] == f"/disclosures/{flagged.pk}/"


def test_resending_the_draft_form_after_submitting_creates_nothing(signed_in, alice, client_code):
    draft = DisclosureFactory(clinician=alice, client=client_code)
    version = signed_in.get(f"/disclosures/{draft.pk}/edit/").context["form"].initial["version"]
    data = form_data(submission_key=str(draft.submission_key), version=version)
    signed_in.post(f"/disclosures/{draft.pk}/edit/", data)
    again = signed_in.post(f"/disclosures/{draft.pk}/edit/", data)
    assert again.status_code == 302
    assert Assessment.objects.count() == 1


# Withdrawing ---------------------------------------------------------------------------


def test_an_unreviewed_entry_can_be_withdrawn_with_a_reason(signed_in, alice, bob, flagged):
    response = signed_in.post(f"/disclosures/{flagged.pk}/withdraw/", {"reason": "Wrong client."})
    assert response.status_code == 302
    flagged.refresh_from_db()
    assert flagged.status == "withdrawn" and flagged.withdrawn_reason == "Wrong client."
    assert flagged.withdrawn_at is not None
    review = Review.objects.get(disclosure=flagged)
    assert review.status == "closed" and review.version == 2
    assert review.events.get().to_status == "closed"
    assert AuditEvent.objects.filter(
        action="disclosure.withdraw", object_id=str(flagged.pk)
    ).exists()
    assert Notification.objects.filter(recipient=bob, kind="status").exists()
    # Kept, and still listed.
    assert f'data-disclosure-id="{flagged.pk}"' in signed_in.get("/disclosures/").content.decode()


def test_an_unflagged_entry_can_be_withdrawn(signed_in, alice, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=SAFE_TEXT)
    signed_in.post(f"/disclosures/{entry.pk}/withdraw/", {"reason": "Logged twice."})
    entry.refresh_from_db()
    assert entry.status == "withdrawn"


def test_withdrawing_needs_a_reason(signed_in, flagged):
    response = signed_in.post(f"/disclosures/{flagged.pk}/withdraw/", {"reason": "  "})
    assert response.status_code == 422
    flagged.refresh_from_db()
    assert flagged.status == "submitted"


@pytest.mark.parametrize("started", ["status", "supervisor", "comment"])
def test_an_entry_cannot_be_withdrawn_once_its_review_started(signed_in, bob, flagged, started):
    review = flagged.review
    if started == "status":
        review.status = Review.Status.IN_REVIEW
        review.save(update_fields=["status"])
    elif started == "supervisor":
        review.supervisor = bob
        review.save(update_fields=["supervisor"])
    else:
        Comment.objects.create(review=review, author=bob, body="Let's discuss.")
    assert (
        "Withdraw this entry" not in signed_in.get(f"/disclosures/{flagged.pk}/").content.decode()
    )
    response = signed_in.post(
        f"/disclosures/{flagged.pk}/withdraw/", {"reason": "Changed my mind."}
    )
    assert response.status_code == 409
    assert "started the review" in response.content.decode()
    flagged.refresh_from_db()
    assert flagged.status == "submitted"
    assert not AuditEvent.objects.filter(action="disclosure.withdraw").exists()


def test_a_draft_cannot_be_withdrawn(signed_in, alice, client_code):
    draft = DisclosureFactory(clinician=alice, client=client_code)
    assert signed_in.post(f"/disclosures/{draft.pk}/withdraw/", {"reason": "x"}).status_code == 409


# Revising ------------------------------------------------------------------------------


def _request_revision(review: Review, supervisor) -> None:
    review.status = Review.Status.REVISION_REQUESTED
    review.supervisor = supervisor
    review.version += 1
    review.decision_note = "Please say what you did next."
    review.save(update_fields=["status", "supervisor", "version", "decision_note"])


def test_a_revision_rescored_reopens_the_review_and_tells_the_supervisor(
    signed_in, alice, bob, flagged
):
    review = flagged.review
    _request_revision(review, bob)
    page = signed_in.get(f"/disclosures/{flagged.pk}/revise/")
    assert page.status_code == 200 and "Please say what you did next." in page.content.decode()
    data = {
        **form_data(submission_key=str(flagged.submission_key), text=SAFE_TEXT),
        "review_version": review.version,
        "note": "I removed the number and asked about her weekend plan.",
    }
    response = signed_in.post(f"/disclosures/{flagged.pk}/revise/", data)
    assert response.status_code == 302
    flagged.refresh_from_db()
    review.refresh_from_db()
    assert flagged.assessments.count() == 2
    assert flagged.category == "safe"
    assert review.status == "open" and review.version == 3
    event = review.events.get()
    assert (event.from_status, event.to_status, event.actor) == (
        "revision_requested",
        "open",
        alice,
    )
    assert Comment.objects.filter(review=review, author=alice).exists()
    assert Notification.objects.filter(recipient=bob, kind="status").exists()
    assert AuditEvent.objects.filter(action="disclosure.revise", object_id=str(flagged.pk)).exists()


def test_a_revision_on_a_stale_review_version_is_refused(signed_in, bob, flagged):
    review = flagged.review
    _request_revision(review, bob)
    data = {
        **form_data(submission_key=str(flagged.submission_key)),
        "review_version": review.version - 1,
    }
    response = signed_in.post(f"/disclosures/{flagged.pk}/revise/", data)
    assert response.status_code == 409
    assert flagged.assessments.count() == 1


def test_without_a_revision_request_the_entry_is_read_only(signed_in, flagged):
    assert signed_in.get(f"/disclosures/{flagged.pk}/revise/").status_code == 302
    data = {**form_data(submission_key=str(flagged.submission_key)), "review_version": 1}
    response = signed_in.post(f"/disclosures/{flagged.pk}/revise/", data)
    assert response.status_code == 302
    flagged.refresh_from_db()
    assert flagged.assessments.count() == 1 and flagged.text == PHONE_TEXT


def test_the_detail_offers_the_revision_when_requested(signed_in, bob, flagged):
    _request_revision(flagged.review, bob)
    html = signed_in.get(f"/disclosures/{flagged.pk}/").content.decode()
    assert "Add context and resubmit" in html


def test_future_dates_are_refused_in_a_revision_too(signed_in, bob, flagged):
    _request_revision(flagged.review, bob)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    data = {
        **form_data(submission_key=str(flagged.submission_key), session_date=tomorrow),
        "review_version": flagged.review.version,
    }
    assert signed_in.post(f"/disclosures/{flagged.pk}/revise/", data).status_code == 422


def test_clinical_pages_are_never_cached(signed_in, flagged):
    for url in (f"/disclosures/{flagged.pk}/", "/disclosures/", "/patterns/", "/disclosures/new/"):
        assert "no-store" in signed_in.get(url)["Cache-Control"]


def test_a_draft_opens_with_its_feedback(signed_in, alice, client_code):
    draft = DisclosureFactory(clinician=alice, client=client_code, text=PHONE_TEXT)
    html = signed_in.get(f"/disclosures/{draft.pk}/edit/").content.decode()
    assert 'data-rule="boundary.identifying_details"' in html
    assert f'name="entry" value="{draft.pk}"' in html
