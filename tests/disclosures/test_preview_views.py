"""The live feedback endpoint and the client autocomplete."""

import pytest

from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Disclosure
from tests.disclosures.helpers import PHONE_TEXT, SAFE_TEXT, form_data
from tests.factories import ClientFactory, DisclosureFactory

pytestmark = pytest.mark.django_db

URL = "/disclosures/preview/"


def test_it_returns_the_panel_with_the_number_highlighted_and_saves_nothing(signed_in):
    events = AuditEvent.objects.count()
    response = signed_in.post(URL, form_data(text=PHONE_TEXT), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-category="unsafe_sharing"' in html
    assert 'data-rule="boundary.identifying_details"' in html and 'data-severity="high"' in html
    assert "<mark>07700 900123</mark>" in html
    assert "No identifying details" in html  # the guideline
    assert html.count("<meter") == 4
    assert 'id="feedback-summary" class="feedback-summary" hx-swap-oob="true"' in html
    assert "<html" not in html
    assert not Disclosure.objects.exists()
    assert AuditEvent.objects.count() == events


def test_a_safe_text_shows_no_findings(signed_in):
    response = signed_in.post(URL, form_data(text=SAFE_TEXT))
    html = response.content.decode()
    assert 'data-category="safe"' in html
    assert "data-rule=" not in html


def test_an_empty_text_invites_typing(signed_in):
    response = signed_in.post(URL, form_data(text=""))
    assert response.status_code == 200
    assert "Start typing" in response.content.decode()


def test_it_scores_the_text_while_other_fields_are_incomplete(signed_in):
    response = signed_in.post(URL, {"text": PHONE_TEXT})
    assert 'data-rule="boundary.identifying_details"' in response.content.decode()


def test_the_text_is_escaped_around_the_highlight(signed_in):
    text = "<script>alert(1)</script> I gave her my number 07700 900123."
    html = signed_in.post(URL, form_data(text=text)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_a_text_over_the_limit_says_so_in_the_panel(signed_in):
    response = signed_in.post(URL, form_data(text="word " * 1100))
    assert response.status_code == 200
    assert "Keep this to 5,000 characters" in response.content.decode()


def test_control_characters_are_reported_in_the_panel(signed_in):
    html = signed_in.post(URL, form_data(text="I said \x00 this")).content.decode()
    assert "control characters" in html


def test_earlier_disclosures_to_the_client_count_from_the_database(signed_in, alice, client_code):
    for _ in range(2):
        DisclosureFactory(
            clinician=alice,
            client=client_code,
            status="submitted",
            submitted_at="2026-01-01T00:00:00Z",
        )
    html = signed_in.post(URL, form_data(text=SAFE_TEXT)).content.decode()
    assert 'data-rule="brevity.frequency"' in html


def test_it_needs_a_post_and_a_sign_in(client, signed_in):
    assert signed_in.get(URL).status_code == 405
    signed_in.logout()
    assert signed_in.post(URL, form_data()).status_code == 302


def test_client_options_list_active_clients_of_the_clinic_only(signed_in, clinic, other_clinic):
    ClientFactory(clinic=clinic, code="C-015")
    ClientFactory(clinic=clinic, code="C-016", active=False)
    ClientFactory(clinic=clinic, code="D-100")
    ClientFactory(clinic=other_clinic, code="C-017")
    html = signed_in.get("/disclosures/clients/", {"client": "c-01"}).content.decode()
    assert 'value="C-014"' in html and 'value="C-015"' in html
    assert "C-016" not in html and "C-017" not in html and "D-100" not in html
    assert "<html" not in html


def test_client_options_are_capped(signed_in, clinic):
    for n in range(30):
        ClientFactory(clinic=clinic, code=f"X-{n:03d}")
    html = signed_in.get("/disclosures/clients/", {"client": "X"}).content.decode()
    assert html.count("<option") == 10


def test_the_form_offers_the_clients_used_most_recently(signed_in, alice, clinic):
    recent = ClientFactory(clinic=clinic, code="R-001")
    DisclosureFactory(clinician=alice, client=recent)
    html = signed_in.get("/disclosures/new/").content.decode()
    assert '<option value="R-001">' in html


def test_on_an_entrys_own_form_the_entry_is_not_counted_as_earlier(signed_in, alice, client_code):
    entries = [
        DisclosureFactory(
            clinician=alice,
            client=client_code,
            status="submitted",
            submitted_at="2026-01-01T00:00:00Z",
        )
        for _ in range(2)
    ]
    data = form_data(text=SAFE_TEXT)
    # Two earlier entries plus this one: the third in 30 days.
    assert 'data-rule="brevity.frequency"' in signed_in.post(URL, data).content.decode()
    # Revising the second of them: only one came before it.
    html = signed_in.post(URL, {**data, "entry": str(entries[1].pk)}).content.decode()
    assert 'data-rule="brevity.frequency"' not in html


def test_someone_elses_entry_id_is_ignored_in_a_preview(signed_in, dave):
    theirs = DisclosureFactory(clinician=dave)
    response = signed_in.post(URL, form_data(text=PHONE_TEXT, entry=str(theirs.pk)))
    assert response.status_code == 200
    assert 'data-rule="boundary.identifying_details"' in response.content.decode()
