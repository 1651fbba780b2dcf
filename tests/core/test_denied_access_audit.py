"""A record outside the user's scope answers 404 in every area, and the attempt is audited."""

import pytest

from disclosure_review.audit.models import AuditEvent
from tests.conftest import login
from tests.factories import submitted_disclosure

pytestmark = pytest.mark.django_db

FLAGGED_TEXT = (
    "I told him my cell is 555-201-3344 and that I still cry about my divorce every night, "
    "it is killing me right now."
)


def denied(user) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="access.denied", actor=user))


@pytest.mark.parametrize("path", ["/disclosures/{pk}/", "/disclosures/{pk}/edit/"])
def test_a_clinician_opening_another_clinicians_entry_is_refused_and_audited(
    client, alice, dave, path
):
    entry = submitted_disclosure(clinician=alice, text=FLAGGED_TEXT)
    login(client, dave)
    response = client.get(path.format(pk=entry.pk))
    assert response.status_code == 404
    events = denied(dave)
    assert len(events) == 1
    assert events[0].object_id == str(entry.pk)
    assert events[0].details["path"] == path.format(pk=entry.pk)


def test_a_supervisor_opening_an_entry_outside_their_supervision_is_refused_and_audited(
    client, bob, dave
):
    entry = submitted_disclosure(clinician=dave, text=FLAGGED_TEXT)
    assert entry.flagged
    login(client, bob)
    assert client.get(f"/review/{entry.pk}/").status_code == 404
    assert client.post(f"/review/{entry.pk}/comments/", {"body": "Hello"}).status_code == 404
    assert [event.object_id for event in denied(bob)] == [str(entry.pk), str(entry.pk)]


def test_the_clinicians_own_entry_is_not_an_access_denial(client, alice):
    entry = submitted_disclosure(clinician=alice, text=FLAGGED_TEXT)
    login(client, alice)
    assert client.get(f"/disclosures/{entry.pk}/").status_code == 200
    assert denied(alice) == []
