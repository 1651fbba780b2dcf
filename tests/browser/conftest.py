"""Browser tests: Debian's Chromium driven by Playwright against the live server."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import PASSWORD

pytestmark = pytest.mark.browser


@pytest.fixture
def sign_in(page, live_server):
    """Sign a user in through the real login form; returns the page."""

    def _sign_in(username: str, password: str = PASSWORD):
        page.goto(f"{live_server.url}/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        return page

    return _sign_in


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the current page."""
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]
