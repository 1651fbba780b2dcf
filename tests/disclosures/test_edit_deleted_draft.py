"""Saving from a tab left open on a draft its author has since deleted keeps what was typed.

The author gets the new-entry form, filled with the posted fields and under a notice of
when the draft was deleted (410); nothing is saved until they save from it. Anyone else
posting to the same URL gets the 404 and the denial of any out-of-scope id.
"""

import re

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Disclosure
from disclosure_review.disclosures.services import disclosure_delete_draft
from tests.conftest import login
from tests.disclosures.helpers import PHONE_TEXT, form_data
from tests.factories import DisclosureFactory

pytestmark = pytest.mark.django_db

TYPED = "Typed after the draft was deleted: I said I had moved house too, then asked about hers."


class StaleTab:
    """A draft's edit form as a tab opened before its author deleted the draft holds it."""

    def __init__(self, draft: Disclosure, event: AuditEvent) -> None:
        self.pk = draft.pk
        self.url = f"/disclosures/{draft.pk}/edit/"
        self.submission_key = str(draft.submission_key)
        self.version = draft.updated_at.isoformat()
        self.deleted_at = event.created_at

    def form(self, **overrides) -> dict:
        """The form as that tab sends it, with TYPED in place of the draft's text."""
        data = form_data(
            text=TYPED,
            intent="model_coping",
            outcome_note="She smiled and talked about her new flat.",
            submission_key=self.submission_key,
            version=self.version,
            entry=str(self.pk),
        )
        data.update(overrides)
        return data

    @property
    def deleted_on(self) -> str:
        return date_format(timezone.localtime(self.deleted_at), "j M Y")


@pytest.fixture
def stale_tab(alice, client_code) -> StaleTab:
    draft = DisclosureFactory(clinician=alice, client=client_code, text=PHONE_TEXT)
    pk = disclosure_delete_draft(disclosure=draft, by=alice)
    return StaleTab(draft, AuditEvent.objects.get(action="disclosure.delete_draft", object_id=pk))


def hidden_value(html: str, name: str) -> str:
    tag = re.search(rf'<input type="hidden" name="{name}"[^>]*>', html)
    assert tag, f"no hidden {name} on the page"
    value = re.search(r'value="([^"]*)"', tag.group(0))
    return value.group(1) if value else ""


def form_tag(html: str) -> str:
    return re.search(r'<form method="post"[^>]*id="disclosure-form"[^>]*>', html).group(0)


# The author ---------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["draft", "submit", "preview"])
def test_the_author_gets_the_new_entry_form_with_what_they_typed(signed_in, stale_tab, action):
    before = AuditEvent.objects.count()
    response = signed_in.post(stale_tab.url, stale_tab.form(action=action))
    html = response.content.decode()
    assert response.status_code == 410
    assert "no-store" in response["Cache-Control"]
    assert "<h1>New disclosure</h1>" in html
    assert "You deleted this draft on <time datetime=" in html
    assert f">{stale_tab.deleted_on}</time>." in html
    assert "Saving a draft or submitting creates a new entry" in html
    # Every field as posted, on a form that creates a new entry.
    assert f">\n{TYPED}</textarea>" in html
    assert ">\nShe smiled and talked about her new flat.</textarea>" in html
    assert 'name="client" id="id_client" value="C-014"' in html
    assert re.search(r'<input type="radio" name="intent" value="model_coping"[^>]* checked', html)
    assert re.search(r'<input type="radio" name="returned_focus" value="yes"[^>]* checked', html)
    assert 'action="/disclosures/new/"' in form_tag(html)
    assert 'name="entry"' not in html
    assert hidden_value(html, "version") == ""
    assert hidden_value(html, "submission_key") != stale_tab.submission_key
    assert "Nothing was saved yet" not in html  # a valid form: no errors to report
    # Nothing saved, nothing recorded: the draft's text is not shown either.
    assert "07700" not in html
    assert not Disclosure.objects.exists()
    assert AuditEvent.objects.count() == before


def test_the_feedback_on_the_typed_text_is_shown(signed_in, stale_tab):
    response = signed_in.post(stale_tab.url, stale_tab.form(text=PHONE_TEXT))
    html = response.content.decode()
    assert response.status_code == 410
    assert 'data-rule="boundary.identifying_details"' in html
    assert "<mark>07700 900123</mark>" in html
    assert not Disclosure.objects.exists()


def test_it_checks_the_fields_as_for_a_new_entry_and_keeps_their_errors(signed_in, stale_tab):
    future = (timezone.localdate() + timezone.timedelta(days=2)).isoformat()
    data = stale_tab.form(client="C-999", session_date=future, text=TYPED + "\x00")
    response = signed_in.post(stale_tab.url, data)
    html = response.content.decode()
    assert response.status_code == 410
    assert "You deleted this draft on" in html and "Nothing was saved yet" in html
    assert "There is no client with the code C-999 in your clinic." in html
    assert "The session date cannot be in the future." in html
    assert "invisible control characters" in html
    assert 'value="C-999"' in html and f'value="{future}"' in html
    assert TYPED in html
    assert not Disclosure.objects.exists()


def test_saving_from_that_page_creates_a_new_entry(signed_in, alice, stale_tab):
    page = signed_in.post(stale_tab.url, stale_tab.form(action="submit")).content.decode()
    form = stale_tab.form(
        action="submit", submission_key=hidden_value(page, "submission_key"), version=""
    )
    del form["entry"]
    response = signed_in.post("/disclosures/new/", form)
    entry = Disclosure.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/disclosures/{entry.pk}/"
    assert entry.pk != stale_tab.pk and str(entry.submission_key) != stale_tab.submission_key
    assert (entry.clinician, entry.status, entry.text) == (alice, "submitted", TYPED)
    assert entry.intent == "model_coping" and entry.returned_focus is True
    # Recorded as any new entry is, and nobody was denied anything.
    actions = list(
        AuditEvent.objects.filter(object_id=str(entry.pk))
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert actions == ["disclosure.create", "disclosure.submit"]
    assert not AuditEvent.objects.filter(action="access.denied").exists()


def test_two_tabs_left_open_on_the_draft_become_two_entries(signed_in, stale_tab):
    for text in ("First tab's text.", "Second tab's text."):
        page = signed_in.post(stale_tab.url, stale_tab.form(text=text)).content.decode()
        key = hidden_value(page, "submission_key")
        signed_in.post("/disclosures/new/", form_data(text=text, submission_key=key))
    assert sorted(Disclosure.objects.values_list("text", flat=True)) == [
        "First tab's text.",
        "Second tab's text.",
    ]


def test_opening_the_edit_page_still_answers_the_deleted_draft_page(signed_in, stale_tab):
    response = signed_in.get(stale_tab.url)
    html = response.content.decode()
    assert response.status_code == 410
    assert '<h1 id="deleted-heading">Draft deleted</h1>' in html
    assert 'id="disclosure-form"' not in html


def test_through_htmx_the_form_replaces_the_page(signed_in, stale_tab):
    before = AuditEvent.objects.count()
    response = signed_in.post(
        stale_tab.url, stale_tab.form(action="draft"), headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 410
    assert response["HX-Retarget"] == "body"
    assert response["HX-Reswap"].startswith("innerHTML")
    assert "HX-Redirect" not in response
    assert "<title>New disclosure · Disclosure Review</title>" in html
    assert f">{stale_tab.deleted_on}</time>." in html
    assert f">\n{TYPED}</textarea>" in html
    assert 'action="/disclosures/new/"' in form_tag(html)
    assert not Disclosure.objects.exists()
    assert AuditEvent.objects.count() == before


# Anyone else --------------------------------------------------------------------------


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize("other", ["dave", "bob", "carol", "erin"])
def test_anyone_else_posting_to_it_gets_not_found_and_a_denial(
    client, request, stale_tab, other, htmx
):
    user = request.getfixturevalue(other)
    login(client, user)
    headers = {"HX-Request": "true"} if htmx else {}
    response = client.post(stale_tab.url, stale_tab.form(), headers=headers)
    html = response.content.decode()
    assert response.status_code == 404
    assert "deleted" not in html.lower() and TYPED not in html
    assert "HX-Retarget" not in response
    [denial] = AuditEvent.objects.filter(action="access.denied", actor=user)
    assert denial.object_id == str(stale_tab.pk) and denial.details["path"] == stale_tab.url
    assert not Disclosure.objects.exists()


def test_a_draft_someone_else_deleted_is_not_found_for_the_author(client, alice, dave, client_code):
    daves = DisclosureFactory(clinician=dave, client=client_code)
    pk = disclosure_delete_draft(disclosure=daves, by=dave)
    login(client, alice)
    response = client.post(f"/disclosures/{pk}/edit/", form_data(text=TYPED))
    assert response.status_code == 404 and TYPED not in response.content.decode()
    assert AuditEvent.objects.filter(action="access.denied", actor=alice).count() == 1
    assert not Disclosure.objects.exclude(pk=pk).exists()
