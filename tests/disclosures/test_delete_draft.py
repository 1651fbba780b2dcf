"""Deleting a draft: only its author, only while it is a draft, confirmed, audited by id."""

import threading

import pytest
from django.db import connection
from django.utils import timezone
from django.utils.formats import date_format

from disclosure_review.audit.models import AuditEvent
from disclosure_review.audit.services import verify_chain
from disclosure_review.disclosures.models import Disclosure
from disclosure_review.disclosures.services import (
    AlreadyDeleted,
    NotAllowed,
    StaleForm,
    disclosure_delete_draft,
)
from tests.conftest import login
from tests.disclosures.helpers import PHONE_TEXT, SAFE_TEXT, form_data
from tests.factories import DisclosureFactory, submitted_disclosure

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(alice, client_code):
    return DisclosureFactory(clinician=alice, client=client_code, text=PHONE_TEXT)


def confirm(disclosure: Disclosure) -> dict:
    """The confirmation form as the edit page sends it."""
    return {"version": disclosure.updated_at.isoformat()}


def deleted_events(**filters) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="disclosure.delete_draft", **filters))


# The author deletes their draft --------------------------------------------------------


def test_the_author_deletes_their_draft_and_it_is_audited_by_id(signed_in, alice, draft):
    response = signed_in.post(f"/disclosures/{draft.pk}/delete/", confirm(draft), follow=True)
    assert response.redirect_chain == [("/disclosures/", 302)]
    assert f"Draft #{draft.pk} deleted." in response.content.decode()
    assert not Disclosure.objects.filter(pk=draft.pk).exists()
    [event] = deleted_events()
    assert (event.actor, event.clinic_id) == (alice, alice.clinic_id)
    assert (event.object_type, event.object_id) == ("disclosures.disclosure", str(draft.pk))
    assert event.details == {}
    assert "07700" not in str(event.details) and "07700" not in event.user_agent


def test_the_audit_chain_stays_intact_and_the_drafts_earlier_events_keep_their_id(
    signed_in, alice, client_code
):
    signed_in.post("/disclosures/new/", form_data(action="draft", text=PHONE_TEXT))
    draft = Disclosure.objects.get()
    signed_in.get(f"/disclosures/{draft.pk}/edit/")
    signed_in.post(f"/disclosures/{draft.pk}/delete/", confirm(draft))
    actions = list(
        AuditEvent.objects.filter(object_id=str(draft.pk))
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert actions == ["disclosure.create", "disclosure.view", "disclosure.delete_draft"]
    checked, broken = verify_chain(alice.clinic_id)
    assert broken is None and checked >= 3


def test_a_deleted_drafts_id_is_never_given_to_another_entry(alice, client_code, draft):
    # Audit events name entries by id, so an id must keep meaning the deleted draft.
    deleted_pk = disclosure_delete_draft(disclosure=draft, by=alice)
    assert DisclosureFactory(clinician=alice, client=client_code).pk > deleted_pk


def test_the_drafts_assessments_go_with_it(alice, client_code, draft):
    from disclosure_review.disclosures.scoring import score_disclosure
    from disclosure_review.disclosures.services import assessment_record

    assessment_record(disclosure=draft, result=score_disclosure(draft))
    disclosure_delete_draft(disclosure=draft, by=alice)
    assert not draft.assessments.model.objects.filter(disclosure_id=draft.pk).exists()


def test_a_resent_delete_lands_on_the_list_without_a_denial(signed_in, alice, draft):
    data = confirm(draft)
    signed_in.post(f"/disclosures/{draft.pk}/delete/", data)
    again = signed_in.post(f"/disclosures/{draft.pk}/delete/", data, follow=True)
    assert again.redirect_chain == [("/disclosures/", 302)]
    assert "This draft was already deleted." in again.content.decode()
    assert len(deleted_events()) == 1
    assert not AuditEvent.objects.filter(action="access.denied").exists()


def test_through_htmx_the_delete_sends_the_browser_to_the_list(signed_in, draft):
    response = signed_in.post(
        f"/disclosures/{draft.pk}/delete/", confirm(draft), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == "/disclosures/"
    assert not Disclosure.objects.filter(pk=draft.pk).exists()
    assert f"Draft #{draft.pk} deleted." in signed_in.get("/disclosures/").content.decode()


# Nobody else can -----------------------------------------------------------------------


@pytest.mark.parametrize("other", ["dave", "erin", "bob", "carol"])
def test_anyone_else_gets_not_found_and_the_attempt_is_audited(client, request, draft, other):
    user = request.getfixturevalue(other)
    login(client, user)
    path = f"/disclosures/{draft.pk}/delete/"
    response = client.post(path, confirm(draft))
    assert response.status_code == 404
    assert Disclosure.objects.filter(pk=draft.pk).exists()
    [denial] = AuditEvent.objects.filter(action="access.denied", actor=user)
    assert denial.object_id == str(draft.pk) and denial.details["path"] == path
    assert deleted_events() == []


def test_a_supervisor_cannot_delete_a_supervisees_submitted_entry(client, bob, alice, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    login(client, bob)
    assert client.post(f"/disclosures/{entry.pk}/delete/", confirm(entry)).status_code == 404
    assert Disclosure.objects.filter(pk=entry.pk).exists()


def test_the_service_refuses_anyone_but_the_author(dave, draft):
    with pytest.raises(PermissionError):
        disclosure_delete_draft(disclosure=draft, by=dave)
    assert Disclosure.objects.filter(pk=draft.pk).exists()


def test_login_is_required(client, draft):
    response = client.post(f"/disclosures/{draft.pk}/delete/", confirm(draft))
    assert response.status_code == 302 and response["Location"].startswith("/login/")
    assert Disclosure.objects.filter(pk=draft.pk).exists()


# Only a draft, only when confirmed -----------------------------------------------------


def test_a_submitted_entry_cannot_be_deleted(signed_in, alice, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=SAFE_TEXT)
    response = signed_in.post(f"/disclosures/{entry.pk}/delete/", confirm(entry))
    assert response.status_code == 409
    assert "can no longer be deleted" in response.content.decode()
    assert Disclosure.objects.filter(pk=entry.pk, status="submitted").exists()
    assert deleted_events() == []


def test_a_withdrawn_entry_cannot_be_deleted(alice, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=SAFE_TEXT)
    Disclosure.objects.filter(pk=entry.pk).update(status="withdrawn")
    entry.refresh_from_db()
    with pytest.raises(NotAllowed, match="withdrawn"):
        disclosure_delete_draft(disclosure=entry, by=alice)
    assert Disclosure.objects.filter(pk=entry.pk).exists()


def test_a_draft_submitted_in_another_window_is_refused_in_place_through_htmx(
    signed_in, alice, draft
):
    data = confirm(draft)
    draft.status, draft.submitted_at = "submitted", draft.updated_at
    draft.save(update_fields=["status", "submitted_at"])
    response = signed_in.post(
        f"/disclosures/{draft.pk}/delete/", data, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert html.lstrip().startswith('<section class="card" id="delete-draft"')
    assert "can no longer be deleted" in html and f'href="/disclosures/{draft.pk}/"' in html
    assert Disclosure.objects.filter(pk=draft.pk).exists()


def test_a_draft_saved_in_another_window_is_refused_with_409(signed_in, draft):
    stale = confirm(draft)
    draft.text = "Saved in another window."
    draft.save(update_fields=["text", "updated_at"])
    response = signed_in.post(f"/disclosures/{draft.pk}/delete/", stale)
    html = response.content.decode()
    assert response.status_code == 409
    assert "saved in another window" in html
    # The page shows the draft as it now is, with a confirmation for that save.
    assert "Saved in another window." in html
    draft.refresh_from_db()
    assert response.context["delete_form"].initial["version"] == draft.updated_at.isoformat()
    assert deleted_events() == []


def test_the_service_refuses_a_stale_version_and_a_second_delete(alice, draft):
    with pytest.raises(StaleForm):
        disclosure_delete_draft(disclosure=draft, by=alice, version="2000-01-01T00:00:00")
    disclosure_delete_draft(disclosure=draft, by=alice, version=draft.updated_at.isoformat())
    with pytest.raises(AlreadyDeleted):
        disclosure_delete_draft(disclosure=draft, by=alice)
    assert len(deleted_events()) == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_deletes_delete_once_and_audit_once(alice, client_code):
    draft = DisclosureFactory(clinician=alice, client=client_code)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def delete() -> None:
        try:
            barrier.wait(timeout=5)
            disclosure_delete_draft(disclosure=draft, by=alice)
            outcomes.append("deleted")
        except AlreadyDeleted:
            outcomes.append("already")
        finally:
            connection.close()

    threads = [threading.Thread(target=delete) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["already", "deleted"]
    assert not Disclosure.objects.exists()
    assert len(deleted_events()) == 1


@pytest.mark.parametrize("data", [{}, {"version": ""}, {"version": "x" * 65}])
def test_a_confirmation_without_its_version_is_refused_with_422(signed_in, draft, data):
    response = signed_in.post(f"/disclosures/{draft.pk}/delete/", data)
    assert response.status_code == 422
    assert "nothing was deleted" in response.content.decode()
    assert Disclosure.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_only_post_deletes(signed_in, draft, method):
    response = getattr(signed_in, method)(f"/disclosures/{draft.pk}/delete/")
    assert response.status_code == 405
    assert Disclosure.objects.filter(pk=draft.pk).exists()


def test_the_delete_needs_the_csrf_token(client, alice, draft):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    login(browser, alice)
    assert browser.post(f"/disclosures/{draft.pk}/delete/", confirm(draft)).status_code == 403
    assert Disclosure.objects.filter(pk=draft.pk).exists()


def test_an_unknown_id_is_not_found(signed_in):
    assert signed_in.post("/disclosures/999999/delete/", {"version": "x"}).status_code == 404


# A tab left open on the deleted draft ----------------------------------------------------


@pytest.fixture
def deleted(alice, draft) -> AuditEvent:
    """Alice's draft, deleted by Alice: its delete event."""
    pk = disclosure_delete_draft(disclosure=draft, by=alice)
    return AuditEvent.objects.get(action="disclosure.delete_draft", object_id=str(pk))


def deleted_on(event: AuditEvent) -> str:
    return date_format(timezone.localtime(event.created_at), "j M Y")


@pytest.mark.parametrize(
    ("method", "path", "data"),
    [
        ("get", "/disclosures/{pk}/", None),
        ("get", "/disclosures/{pk}/edit/", None),
        ("post", "/disclosures/{pk}/withdraw/", {"reason": "Logged twice."}),
        ("post", "/disclosures/{pk}/comments/", {"body": "Hello"}),
    ],
)
def test_the_author_is_told_they_deleted_the_draft_with_410(signed_in, deleted, method, path, data):
    response = getattr(signed_in, method)(path.format(pk=deleted.object_id), data)
    html = response.content.decode()
    assert response.status_code == 410
    assert "You deleted this draft on <time datetime=" in html
    assert f">{deleted_on(deleted)}</time>." in html
    assert 'href="/disclosures/"' in html and 'href="/disclosures/new/"' in html
    assert "no-store" in response["Cache-Control"]
    assert not AuditEvent.objects.filter(action="access.denied").exists()


def test_the_author_is_not_recorded_as_denied_nor_shown_the_draft(signed_in, deleted):
    before = AuditEvent.objects.count()
    response = signed_in.get(f"/disclosures/{deleted.object_id}/")
    assert response.status_code == 410
    assert "07700" not in response.content.decode()
    assert AuditEvent.objects.count() == before


def test_through_htmx_the_author_is_sent_to_the_list_with_the_same_sentence(signed_in, deleted):
    response = signed_in.post(
        f"/disclosures/{deleted.object_id}/comments/",
        {"body": "Hello"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 410
    assert response["HX-Redirect"] == "/disclosures/"
    html = signed_in.get("/disclosures/").content.decode()
    assert f"You deleted draft #{deleted.object_id} on {deleted_on(deleted)}." in html
    assert not AuditEvent.objects.filter(action="access.denied").exists()


@pytest.mark.parametrize("other", ["dave", "bob", "carol", "erin"])
@pytest.mark.parametrize("path", ["/disclosures/{pk}/", "/disclosures/{pk}/edit/"])
def test_anyone_else_still_gets_not_found_and_a_denial(client, request, deleted, other, path):
    user = request.getfixturevalue(other)
    login(client, user)
    path = path.format(pk=deleted.object_id)
    response = client.get(path)
    assert response.status_code == 404
    assert "deleted" not in response.content.decode().lower()
    [denial] = AuditEvent.objects.filter(action="access.denied", actor=user)
    assert denial.object_id == deleted.object_id and denial.details["path"] == path


def test_an_id_that_never_existed_is_still_not_found_for_the_author(signed_in, alice, deleted):
    response = signed_in.get("/disclosures/999999/")
    assert response.status_code == 404
    [denial] = AuditEvent.objects.filter(action="access.denied", actor=alice)
    assert denial.object_id == "999999"


def test_a_draft_someone_else_deleted_is_not_found_for_the_author(client, alice, dave, client_code):
    daves = DisclosureFactory(clinician=dave, client=client_code)
    pk = disclosure_delete_draft(disclosure=daves, by=dave)
    login(client, alice)
    assert client.get(f"/disclosures/{pk}/").status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=alice).count() == 1


# The button ----------------------------------------------------------------------------


def test_the_edit_page_of_a_draft_offers_the_confirmed_delete(signed_in, draft):
    html = signed_in.get(f"/disclosures/{draft.pk}/edit/").content.decode()
    assert f'action="/disclosures/{draft.pk}/delete/"' in html
    assert f'hx-post="/disclosures/{draft.pk}/delete/"' in html
    # A confirmation step first: the button sits inside a closed disclosure widget,
    # outside the entry's own form.
    start = html.index('id="delete-draft"')
    assert "<details>" in html[start:] and "Delete this draft" in html[start:]
    assert html.index("</form>") < start
    assert html.count('id="id_version"') == 1


def test_only_drafts_offer_the_delete(signed_in, alice, bob, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    entry.review.status = "revision_requested"
    entry.review.save(update_fields=["status"])
    for url in (
        f"/disclosures/{entry.pk}/",
        f"/disclosures/{entry.pk}/revise/",
        "/disclosures/new/",
        "/disclosures/",
    ):
        html = signed_in.get(url).content.decode()
        assert "/delete/" not in html and 'id="delete-draft"' not in html, url
