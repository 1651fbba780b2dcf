"""Logging a disclosure: the form, drafts, submitting once, and every kind of bad input."""

import datetime

import pytest
from django.utils import timezone

from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Assessment, Disclosure
from disclosure_review.reviews.models import Review
from tests.conftest import login
from tests.disclosures.helpers import PHONE_TEXT, form_data
from tests.factories import ClientFactory, DisclosureFactory

pytestmark = pytest.mark.django_db

URL = "/disclosures/new/"


def test_it_requires_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_the_form_starts_with_today_and_quick_choices(signed_in):
    response = signed_in.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'value="{timezone.localdate().isoformat()}"' in html
    assert 'type="radio" name="intent"' in html
    assert 'id="feedback"' in html and 'aria-live="polite"' in html
    assert 'hx-post="/disclosures/preview/"' in html
    assert 'name="submission_key"' in html


def test_submitting_scores_and_stores_the_entry(signed_in, alice):
    response = signed_in.post(URL, form_data(text=PHONE_TEXT))
    disclosure = Disclosure.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/disclosures/{disclosure.pk}/"
    assert disclosure.clinician == alice and disclosure.status == "submitted"
    assert disclosure.client.code == "C-014"
    assert disclosure.returned_focus is True and disclosure.months_since_experience == 60
    assert disclosure.category == "unsafe_sharing" and disclosure.flagged
    assert Review.objects.filter(disclosure=disclosure).exists()
    assert AuditEvent.objects.filter(
        action="disclosure.submit", object_id=str(disclosure.pk)
    ).exists()


def test_a_lowercase_client_code_is_accepted(signed_in):
    signed_in.post(URL, form_data(client=" c-014 "))
    assert Disclosure.objects.get().client.code == "C-014"


def test_submitting_twice_creates_one_entry(signed_in):
    data = form_data()
    first = signed_in.post(URL, data)
    second = signed_in.post(URL, data)
    assert Disclosure.objects.count() == 1
    assert Assessment.objects.count() == 1
    assert second.status_code == 302
    assert second["Location"] == first["Location"]


def test_saving_a_draft_then_resending_the_form_updates_the_same_draft(signed_in):
    data = form_data(action="draft")
    response = signed_in.post(URL, data)
    draft = Disclosure.objects.get()
    assert response["Location"] == f"/disclosures/{draft.pk}/edit/"
    assert draft.status == "draft" and draft.current_assessment is None
    signed_in.post(URL, {**data, "text": "Edited text before leaving the page."})
    draft.refresh_from_db()
    assert Disclosure.objects.count() == 1
    assert draft.text == "Edited text before leaving the page."


def test_check_feedback_without_javascript_shows_the_panel_and_saves_nothing(signed_in):
    response = signed_in.post(URL, form_data(text=PHONE_TEXT, action="preview"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-rule="boundary.identifying_details"' in html
    assert "<mark>07700 900123</mark>" in html
    assert not Disclosure.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"text": "x" * 5001}, "text", "Keep this to 5,000 characters"),
        ({"text": "I said\x00 something"}, "text", "control characters"),
        ({"text": "I said\x07 something"}, "text", "control characters"),
        ({"intent_note": "note\x1b[0m"}, "intent_note", "control characters"),
        ({"outcome_note": "abc\u202edcba"}, "outcome_note", "control characters"),
        ({"session_date": "2999-01-01"}, "session_date", "cannot be in the future"),
        ({"session_date": "not-a-date"}, "session_date", "Enter a valid date"),
        ({"client": "C-999"}, "client", "no client with the code C-999"),
        ({"client": "Jane Doe"}, "client", "no client with the code JANE DOE"),
        ({"intent": "hack"}, "intent", "Select a valid choice"),
        ({"duration_minutes": "-3"}, "duration_minutes", "Select a valid choice"),
        ({"submission_key": "not-a-uuid"}, "submission_key", "valid UUID"),
    ],
)
def test_bad_input_is_refused_next_to_the_field_and_keeps_the_text(
    signed_in, overrides, field, message
):
    data = form_data(**overrides)
    response = signed_in.post(URL, data)
    assert response.status_code == 422
    form = response.context["form"]
    assert field in form.errors
    assert message.lower() in " ".join(form.errors[field]).lower()
    assert not Disclosure.objects.exists()
    # What was typed is still in the form.
    if field == "text":
        assert response.context["form"]["text"].value() == data["text"]
    assert "Nothing was saved yet" in response.content.decode()


def test_an_inactive_client_is_refused(signed_in, clinic):
    ClientFactory(clinic=clinic, code="C-200", active=False)
    response = signed_in.post(URL, form_data(client="C-200"))
    assert response.status_code == 422
    assert "no longer an active client" in " ".join(response.context["form"].errors["client"])


def test_a_client_of_another_clinic_is_unknown_here(signed_in, other_clinic):
    ClientFactory(clinic=other_clinic, code="S-300")
    response = signed_in.post(URL, form_data(client="S-300"))
    assert response.status_code == 422
    assert "no client with the code S-300" in " ".join(response.context["form"].errors["client"])
    assert not Disclosure.objects.exists()


def test_the_text_limit_follows_the_setting(signed_in, settings):
    response = signed_in.get(URL)
    assert f'maxlength="{settings.DISCLOSURE_TEXT_MAX_LENGTH}"' in response.content.decode()


def test_crlf_line_breaks_count_as_one_character(signed_in):
    text = "a" * 2000 + "\r\nb" * 1000  # 5,000 characters as sent, 4,000 as typed
    response = signed_in.post(URL, form_data(text=text))
    assert response.status_code == 302
    assert Disclosure.objects.get().text == "a" * 2000 + "\nb" * 1000


def test_an_oversized_request_is_refused_and_nothing_is_saved(signed_in, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = signed_in.post(URL, form_data(text="a" * 20_000))
    assert response.status_code == 400
    assert "Nothing was saved" in response.content.decode()
    assert not Disclosure.objects.exists()


def test_another_clinicians_submission_key_is_refused(signed_in, dave):
    theirs = DisclosureFactory(clinician=dave)
    response = signed_in.post(URL, form_data(submission_key=str(theirs.submission_key)))
    assert response.status_code == 409
    assert Disclosure.objects.count() == 1
    theirs.refresh_from_db()
    assert theirs.status == "draft"
    # The form comes back with a fresh key, so sending it again works.
    fresh = response.context["form"].data["submission_key"]
    assert fresh != str(theirs.submission_key)
    data = {**form_data(), "submission_key": fresh}
    assert signed_in.post(URL, data).status_code == 302
    assert Disclosure.objects.filter(clinician__username="alice").count() == 1


def test_the_form_can_start_with_a_client_code(signed_in):
    html = signed_in.get(URL, {"client": "C-014"}).content.decode()
    assert 'name="client" id="id_client" value="C-014"' in html


def test_a_user_without_a_clinic_has_no_form(client, db):
    from tests.factories import UserFactory

    user = UserFactory(username="root", clinic=None, is_staff=True)
    login(client, user)
    assert client.get(URL).status_code == 404


def test_an_old_session_date_is_accepted(signed_in):
    old = (timezone.localdate() - datetime.timedelta(days=3)).isoformat()
    signed_in.post(URL, form_data(session_date=old))
    assert Disclosure.objects.get().session_date.isoformat() == old


def test_ordinary_text_with_tabs_accents_and_emoji_is_kept(signed_in):
    text = "Je lui ai dit:\tla marche m'a aidée 🙂\nEnsuite je lui ai demandé ce qui l'aide."
    assert signed_in.post(URL, form_data(text=text)).status_code == 302
    assert Disclosure.objects.get().text == text
