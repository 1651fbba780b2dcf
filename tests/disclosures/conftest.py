"""Fixtures of the clinician pages' tests."""

from __future__ import annotations

import pytest

from tests.conftest import login


@pytest.fixture
def signed_in(client, alice, bob, client_code):
    """Alice (a clinician supervised by Bob) signed in, with a client code on file."""
    login(client, alice)
    return client
