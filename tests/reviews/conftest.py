"""Review fixtures on top of the shared cast: alice (clinician) is supervised by bob; dave
is supervised by nobody here; carol is the clinic admin; erin and frank are in Southside."""

from __future__ import annotations

import pytest

from tests.factories import submitted_disclosure

FLAGGED_TEXT = (
    "My partner left me two weeks ago and I am still a mess. I told her all about it and she "
    "comforted me when I cried. I gave her my personal mobile number 07700 900123."
)
SAFE_TEXT = (
    "I shared that walking helped me through a hard time years ago, then asked what helps her."
)


def flagged_entry(clinician, **kwargs):
    """A flagged entry submitted through the real service: scored, review opened, notified."""
    disclosure = submitted_disclosure(clinician=clinician, text=FLAGGED_TEXT, **kwargs)
    assert disclosure.flagged, "the fixture text must be flagged by the engine"
    return disclosure


@pytest.fixture
def alice_flagged(alice, bob):
    return flagged_entry(alice)


@pytest.fixture
def dave_flagged(dave):
    return flagged_entry(dave)


@pytest.fixture
def erin_flagged(erin, frank):
    return flagged_entry(erin)
