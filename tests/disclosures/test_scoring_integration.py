"""Submitting a disclosure scores it and stores everything in one transaction."""

import datetime

import pytest
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Assessment, Disclosure, Finding
from disclosure_review.disclosures.scoring import engine_input, prior_disclosures_30d
from disclosure_review.disclosures.services import disclosure_rescore, disclosure_submit
from disclosure_review.reviews.models import Notification, Review
from tests.factories import ClientFactory, DisclosureFactory

pytestmark = pytest.mark.django_db

RISKY = "I gave him my personal mobile number, 0412 555 019, in case he needed me over the weekend."
SAFE = (
    "I shared that I used to get anxious before exams too, and that short revision blocks "
    "helped me. Then I asked what has helped her so far."
)


def test_submitting_a_flagged_entry_stores_assessment_review_and_notification(alice, bob):
    disclosure = DisclosureFactory(clinician=alice, text=RISKY)
    assessment = disclosure_submit(disclosure=disclosure, by=alice)
    disclosure.refresh_from_db()
    assert disclosure.status == Disclosure.Status.SUBMITTED
    assert disclosure.current_assessment == assessment
    assert disclosure.category == "unsafe_sharing" and disclosure.flagged
    assert set(assessment.findings.values_list("rule", flat=True)) >= {
        "boundary.identifying_details"
    }
    assert Review.objects.get(disclosure=disclosure).status == Review.Status.OPEN
    assert Notification.objects.get(kind="flagged").recipient == bob
    assert AuditEvent.objects.filter(
        action="disclosure.submit", object_id=str(disclosure.pk)
    ).exists()


def test_a_safe_entry_opens_no_review(alice, bob):
    disclosure = DisclosureFactory(clinician=alice, text=SAFE, returned_focus=True)
    assessment = disclosure_submit(disclosure=disclosure, by=alice)
    assert assessment.category == "safe"
    assert not Review.objects.exists()
    assert not Notification.objects.exists()


def test_evidence_is_stored_as_offsets_into_the_text(alice, bob):
    disclosure = DisclosureFactory(clinician=alice, text=RISKY)
    disclosure_submit(disclosure=disclosure, by=alice)
    finding = Finding.objects.get(rule="boundary.identifying_details")
    for span in finding.evidence:
        assert RISKY[span["start"] : span["end"]] == span["text"]
    assert any(span["text"] == "0412 555 019" for span in finding.evidence)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_failure_while_submitting_leaves_nothing_behind(alice, bob, monkeypatch):
    disclosure = DisclosureFactory(clinician=alice, text=RISKY)

    def fail(*args, **kwargs):
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(rules, "score", fail)
    with pytest.raises(RuntimeError):
        disclosure_submit(disclosure=disclosure, by=alice)
    disclosure.refresh_from_db()
    assert disclosure.status == Disclosure.Status.DRAFT
    assert disclosure.submitted_at is None
    assert not Assessment.objects.exists()
    assert not Review.objects.exists()
    assert not Notification.objects.exists()
    assert not AuditEvent.objects.filter(action="disclosure.submit").exists()


def test_only_a_draft_can_be_submitted(alice):
    disclosure = DisclosureFactory(clinician=alice, text=SAFE)
    disclosure_submit(disclosure=disclosure, by=alice)
    with pytest.raises(ValueError, match="Only a draft"):
        disclosure_submit(disclosure=disclosure, by=alice)
    assert Assessment.objects.count() == 1


def test_rescoring_keeps_the_old_assessment_and_adds_a_new_current_one(alice, bob, clinic):
    disclosure = DisclosureFactory(clinician=alice, text=SAFE, duration_minutes=3)
    first = disclosure_submit(disclosure=disclosure, by=alice)
    clinic.thresholds = {
        **clinic.thresholds,
        "duration_warn_minutes": 10,
        "duration_high_minutes": 20,
    }
    clinic.save(update_fields=["thresholds"])
    second = disclosure_rescore(disclosure=disclosure)
    disclosure.refresh_from_db()
    assert list(disclosure.assessments.order_by("id")) == [first, second]
    assert disclosure.current_assessment == second
    assert "brevity.duration" in set(first.findings.values_list("rule", flat=True))
    assert "brevity.duration" not in set(second.findings.values_list("rule", flat=True))


def test_prior_disclosures_count_only_the_same_client_in_the_last_30_days(alice, clinic):
    client = ClientFactory(clinic=clinic, code="C-201")
    other = ClientFactory(clinic=clinic, code="C-202")
    today = timezone.localdate()
    now = timezone.now()
    for days_ago in (1, 5, 29):
        DisclosureFactory(
            clinician=alice,
            client=client,
            status="submitted",
            submitted_at=now,
            session_date=today - datetime.timedelta(days=days_ago),
        )
    DisclosureFactory(
        clinician=alice,
        client=client,
        status="submitted",
        submitted_at=now,
        session_date=today - datetime.timedelta(days=45),
    )
    DisclosureFactory(
        clinician=alice, client=other, status="submitted", submitted_at=now, session_date=today
    )
    DisclosureFactory(clinician=alice, client=client, session_date=today)  # a draft does not count
    entry = DisclosureFactory(clinician=alice, client=client, session_date=today)
    assert prior_disclosures_30d(entry) == 3
    assert engine_input(entry).prior_disclosures_30d == 3


def test_the_frequency_rule_fires_from_the_database_count(alice, bob, clinic):
    client = ClientFactory(clinic=clinic, code="C-301")
    for _ in range(4):
        disclosure_submit(
            disclosure=DisclosureFactory(clinician=alice, client=client, text=SAFE), by=alice
        )
    fifth = DisclosureFactory(clinician=alice, client=client, text=SAFE)
    assessment = disclosure_submit(disclosure=fifth, by=alice)
    assert assessment.findings.filter(rule="brevity.frequency", severity="high").exists()
