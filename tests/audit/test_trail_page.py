"""The audit trail page: filters, pages, verification; and every listed action's event."""

import datetime

import pytest
from django.utils import timezone

from disclosure_review.audit.models import AuditEvent
from disclosure_review.audit.services import audit_log
from disclosure_review.core.scoping import scoped_disclosures, scoped_get_or_404
from tests.conftest import login
from tests.factories import PASSWORD, submitted_disclosure

pytestmark = pytest.mark.django_db


def seqs(response):
    return [event.seq for event in response.context["page"].object_list]


def test_it_lists_only_this_clinics_events_newest_first(client, carol, frank):
    audit_log(action="test.mine", clinic=carol.clinic)
    audit_log(action="test.theirs", clinic=frank.clinic)
    login(client, carol)
    response = client.get("/audit/")
    actions = [event.action for event in response.context["page"].object_list]
    assert "test.mine" in actions
    assert "test.theirs" not in actions
    assert seqs(response) == sorted(seqs(response), reverse=True)


def test_it_filters_by_actor_action_object_and_dates(client, carol, alice):
    audit_log(action="test.a", actor=alice, object_type="disclosures.disclosure", object_id=7)
    audit_log(action="test.b", actor=carol)
    login(client, carol)
    assert [e.action for e in client.get("/audit/", {"actor": alice.pk}).context["page"]] == [
        "test.a"
    ]
    assert [e.action for e in client.get("/audit/", {"action": "test.b"}).context["page"]] == [
        "test.b"
    ]
    by_object = client.get("/audit/", {"object_type": "disclosures.disclosure", "object_id": "7"})
    assert [e.action for e in by_object.context["page"]] == ["test.a"]
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    assert list(client.get("/audit/", {"date_from": tomorrow}).context["page"]) == []


def test_the_htmx_request_gets_only_the_table(client, carol):
    login(client, carol)
    response = client.get("/audit/", {"action": "auth.login"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="audit-table"')
    assert "<h1>" not in html


def test_it_pages_fifty_events_at_a_time(client, carol):
    for n in range(60):
        audit_log(action="test.bulk", clinic=carol.clinic, details={"n": n})
    login(client, carol)
    first = client.get("/audit/", {"action": "test.bulk"})
    second = client.get("/audit/", {"action": "test.bulk", "page": 2})
    assert len(seqs(first)) == 50
    assert len(seqs(second)) == 10
    assert "action=test.bulk&amp;page=2" in first.content.decode()


def test_bad_filter_input_is_a_field_error_not_a_500(client, carol):
    login(client, carol)
    response = client.get("/audit/", {"date_from": "yesterday", "actor": "999999", "page": "x"})
    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()


def test_verification_runs_from_the_page_and_is_recorded(client, carol):
    login(client, carol)
    response = client.post("/audit/verify/", headers={"HX-Request": "true"})
    assert "Intact." in response.content.decode()
    event = AuditEvent.objects.get(action="audit.verify")
    assert event.details["ok"] is True


def test_every_listed_action_writes_its_event(client, carol, alice, bob, frank):
    # Sign-in, failed sign-in and sign-out.
    client.post("/login/", {"username": "alice", "password": "wrong"})
    client.post("/login/", {"username": "alice", "password": PASSWORD})
    client.post("/logout/")
    # Creating a clinical record (the clinician's submit service) and viewing one through
    # the scoped lookup; an out-of-scope id is a denied access.
    entry = submitted_disclosure(clinician=alice)
    login(client, alice)
    assert client.get(f"/disclosures/{entry.pk}/").status_code == 200
    login(client, frank)
    client.get(f"/clinic/users/{alice.pk}/")
    # Management changes.
    login(client, carol)
    client.post("/clinic/clients/", {"code": "C-900"})
    client.post(f"/clinic/users/{alice.pk}/active/", {"active": "0"})
    client.post("/audit/verify/")
    client.post("/exports/", {"date_from": "2026-01-01", "date_to": "2026-12-31", "format": "csv"})
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    expected = {
        "auth.login_failed",
        "auth.login",
        "auth.logout",
        "disclosure.submit",
        "access.denied",
        "client.create",
        "user.deactivate",
        "audit.verify",
        "export.request",
    }
    assert expected <= actions
    assert AuditEvent.objects.get(action="disclosure.submit").object_id == str(entry.pk)
    # No disclosure text is ever written to the trail.
    for details in AuditEvent.objects.values_list("details", flat=True):
        assert entry.text not in str(details)


def test_the_scoped_lookup_records_a_denied_access(rf, bob, dave):
    entry = submitted_disclosure(clinician=dave)  # dave is not bob's supervisee
    request = rf.get(f"/review/{entry.pk}/")
    request.user = bob
    with pytest.raises(Exception, match="No disclosure"):
        scoped_get_or_404(request, scoped_disclosures(bob), pk=entry.pk)
    event = AuditEvent.objects.get(action="access.denied")
    assert (event.actor, event.object_type, event.object_id) == (
        bob,
        "disclosures.disclosure",
        str(entry.pk),
    )
    assert event.details["path"] == f"/review/{entry.pk}/"
