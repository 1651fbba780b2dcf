import datetime

import pytest
from django.utils import timezone

from disclosure_review.reviews.models import Review
from tests.factories import DisclosureFactory, submitted_disclosure

FLAGGED_TEXT = (
    "I told her I am still struggling with my own divorce right now and I cried, it is so hard "
    "for me, I have not slept, and I asked her what she thought I should do about my ex."
)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def report_entries(clinic, alice, dave, bob, erin):
    """Submitted entries of two clinicians (one flagged and reviewed), a draft, and an entry
    of another clinic: only the submitted Northside entries belong in a Northside report."""
    today = timezone.localdate()
    alice.first_name = '=HYPERLINK("http://evil.example")'
    alice.save(update_fields=["first_name"])
    entries = [
        submitted_disclosure(clinician=alice, session_date=today - datetime.timedelta(days=3)),
        submitted_disclosure(
            clinician=alice, session_date=today - datetime.timedelta(days=2), text=FLAGGED_TEXT
        ),
        submitted_disclosure(clinician=dave, session_date=today - datetime.timedelta(days=1)),
    ]
    review = Review.objects.get(disclosure=entries[1])
    review.status = Review.Status.DISCUSSED
    review.supervisor = bob
    review.decision_note = "@SUM(1+1) discussed in supervision"
    review.save()
    DisclosureFactory(clinician=alice)  # a draft
    submitted_disclosure(clinician=erin)
    return entries
