"""Scoring many saved disclosures at once gives what scoring each one gives."""

import datetime

import pytest
from django.utils import timezone

from disclosure_review.disclosures.scoring import (
    prior_disclosures_30d,
    prior_disclosures_30d_many,
    score_disclosure,
    score_disclosures,
)
from tests.factories import ClientFactory, DisclosureFactory

pytestmark = pytest.mark.django_db


def _history(alice, clinic):
    client = ClientFactory(clinic=clinic, code="C-401")
    other = ClientFactory(clinic=clinic, code="C-402")
    today = timezone.localdate()
    now = timezone.now()
    entries = []
    for days_ago in (0, 0, 1, 5, 29, 30, 31, 45):
        entries.append(
            DisclosureFactory(
                clinician=alice,
                client=client,
                status="submitted",
                submitted_at=now,
                session_date=today - datetime.timedelta(days=days_ago),
            )
        )
    entries.append(
        DisclosureFactory(
            clinician=alice, client=other, status="submitted", submitted_at=now, session_date=today
        )
    )
    entries.append(DisclosureFactory(clinician=alice, client=client, session_date=today))  # a draft
    return entries


def test_prior_counts_in_bulk_match_the_count_per_entry(alice, clinic):
    entries = _history(alice, clinic)
    many = prior_disclosures_30d_many(entries)
    assert many == {d.pk: prior_disclosures_30d(d) for d in entries}
    assert max(many.values()) >= 5  # the history is rich enough to tell the two apart


def test_score_disclosures_matches_scoring_each_entry(alice, clinic):
    clinic.thresholds = {**clinic.thresholds, "duration_warn_minutes": 0.5}
    clinic.save(update_fields=["thresholds"])
    entries = _history(alice, clinic)
    entries[0].text = "I gave him my personal mobile number, 0412 555 019, in case he needed me."
    entries[0].duration_minutes = 1
    entries[0].save()
    pairs = list(score_disclosures(entries, clinic=clinic))
    assert [d for d, _ in pairs] == entries
    assert [r for _, r in pairs] == [score_disclosure(d) for d in entries]
    assert pairs[0][1].category == "unsafe_sharing"
