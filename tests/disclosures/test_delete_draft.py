"""Deleting a draft: only its author, only while it is a draft, audited by id."""

import threading

import pytest
from django.db import connection

from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Disclosure
from disclosure_review.disclosures.services import (
    AlreadyDeleted,
    NotAllowed,
    StaleForm,
    disclosure_delete_draft,
)
from tests.disclosures.helpers import PHONE_TEXT, SAFE_TEXT
from tests.factories import DisclosureFactory, submitted_disclosure

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(alice, client_code):
    return DisclosureFactory(clinician=alice, client=client_code, text=PHONE_TEXT)


def deleted_events(**filters) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="disclosure.delete_draft", **filters))


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


def test_the_service_refuses_anyone_but_the_author(dave, draft):
    with pytest.raises(PermissionError):
        disclosure_delete_draft(disclosure=draft, by=dave)
    assert Disclosure.objects.filter(pk=draft.pk).exists()


def test_a_withdrawn_entry_cannot_be_deleted(alice, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=SAFE_TEXT)
    Disclosure.objects.filter(pk=entry.pk).update(status="withdrawn")
    entry.refresh_from_db()
    with pytest.raises(NotAllowed, match="withdrawn"):
        disclosure_delete_draft(disclosure=entry, by=alice)
    assert Disclosure.objects.filter(pk=entry.pk).exists()


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
