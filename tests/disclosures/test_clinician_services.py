"""The clinician's write services: one entry per form, all-or-nothing, the withdraw rule."""

import threading
import uuid

import pytest
from django.db import connection

from disclosure_review import rules
from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Assessment, Disclosure
from disclosure_review.disclosures.services import (
    AlreadySubmitted,
    NotAllowed,
    StaleForm,
    disclosure_save_and_submit,
    disclosure_save_draft,
    disclosure_withdraw,
)
from disclosure_review.reviews.models import Review
from tests.disclosures.helpers import PHONE_TEXT, SAFE_TEXT
from tests.factories import DisclosureFactory, submitted_disclosure

pytestmark = pytest.mark.django_db


def fields(client, **overrides):
    from django.utils import timezone

    return {"client": client, "session_date": timezone.localdate(), "text": SAFE_TEXT, **overrides}


def test_the_same_submission_key_lands_on_the_same_entry(alice, client_code):
    key = uuid.uuid4()
    first = disclosure_save_draft(by=alice, fields=fields(client_code), submission_key=key)
    second = disclosure_save_draft(
        by=alice, fields=fields(client_code, text="Longer."), submission_key=key
    )
    assert first.pk == second.pk and Disclosure.objects.count() == 1
    assert AuditEvent.objects.filter(action="disclosure.create").count() == 1
    assert AuditEvent.objects.get(action="disclosure.update").details == {"fields": ["text"]}


def test_a_submitted_form_sent_again_raises_already_submitted(alice, bob, client_code):
    key = uuid.uuid4()
    disclosure_save_and_submit(by=alice, fields=fields(client_code), submission_key=key)
    with pytest.raises(AlreadySubmitted):
        disclosure_save_and_submit(by=alice, fields=fields(client_code), submission_key=key)
    assert Assessment.objects.count() == 1


def test_another_clinicians_key_is_refused(alice, dave, client_code):
    theirs = DisclosureFactory(clinician=dave)
    with pytest.raises(StaleForm):
        disclosure_save_draft(
            by=alice, fields=fields(client_code), submission_key=theirs.submission_key
        )


def test_a_failed_submit_saves_nothing(alice, bob, client_code, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(rules, "score", broken)
    with pytest.raises(RuntimeError):
        disclosure_save_and_submit(
            by=alice, fields=fields(client_code), submission_key=uuid.uuid4()
        )
    assert not Disclosure.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="disclosure.").exists()


def test_only_the_author_may_withdraw(alice, dave, bob, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    with pytest.raises(PermissionError):
        disclosure_withdraw(disclosure=entry, by=dave, reason="Not mine.")
    entry.refresh_from_db()
    assert entry.status == "submitted"


def test_withdrawing_twice_is_refused(alice, bob, client_code):
    entry = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    disclosure_withdraw(disclosure=entry, by=alice, reason="Wrong client.")
    with pytest.raises(NotAllowed, match="already withdrawn"):
        disclosure_withdraw(disclosure=entry, by=alice, reason="Again.")
    assert Review.objects.get(disclosure=entry).version == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_submits_of_one_form_create_one_entry(alice, bob, client_code):
    key = uuid.uuid4()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def submit() -> None:
        try:
            barrier.wait(timeout=5)
            disclosure_save_and_submit(
                by=alice, fields=fields(client_code, text=PHONE_TEXT), submission_key=key
            )
            outcomes.append("submitted")
        except AlreadySubmitted:
            outcomes.append("already")
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["already", "submitted"]
    assert Disclosure.objects.count() == 1
    assert Assessment.objects.count() == 1
    assert Review.objects.count() == 1
