"""The supervisor's flow in Chromium: filter the queue, open an entry, comment, mark it
discussed; the clinician then hears about the comment. axe-core on every page."""

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from disclosure_review.accounts.models import User
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO_PASSWORD = "demo-password-for-browser-tests"
SCREENSHOTS = os.environ.get("SCREENSHOTS") == "1"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    call_command("seed_demo", disclosures=120)


def shot(page, name: str) -> None:
    if SCREENSHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / name), full_page=False)


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state("networkidle")


def test_a_supervisor_works_an_entry_and_the_clinician_hears_back(demo, sign_in, live_server, page):
    page.set_viewport_size({"width": 1440, "height": 1000})
    clinician = User.objects.get(username="clinician1")
    page = sign_in("supervisor1", DEMO_PASSWORD)
    assert page.url == f"{live_server.url}/review/"
    expect(page.locator("h1")).to_contain_text("Review queue")
    assert serious_violations(page) == []

    # Filter by clinician: the table changes in place and the URL follows.
    page.select_option("#id_clinician", str(clinician.pk))
    expect(page).to_have_url(re.compile(rf"clinician={clinician.pk}"))
    rows = page.locator("#queue-table tbody tr[data-disclosure-id]")
    expect(rows.first).to_be_visible()
    names = page.locator("#queue-table tbody tr td:nth-child(3)").all_inner_texts()
    assert names and set(names) == {"Ada Okafor"}
    shot(page, "review-queue.png")

    # Open the first entry beside the list.
    disclosure_id = rows.first.get_attribute("data-disclosure-id")
    rows.first.locator("a.entry-link").click()
    expect(page.locator("#review-panel-heading")).to_contain_text(f"Entry #{disclosure_id}")
    expect(page).to_have_url(re.compile(rf"/review/{disclosure_id}/\?.*clinician={clinician.pk}"))
    expect(page.locator("#review-panel-heading")).to_be_focused()
    assert serious_violations(page) == []

    # Comment, then mark it discussed; both update in place.
    page.fill("#id_body", "What was happening for you just before you shared this?")
    page.get_by_role("button", name="Send comment").click()
    expect(page.locator(".comments")).to_contain_text("What was happening for you just before you shared this?")
    shot(page, "review-entry.png")
    page.get_by_role("button", name="Mark discussed").click()
    expect(page.locator(".decision")).to_contain_text("Status: Discussed")
    # The list redraws: the entry left "waiting for review".
    expect(page.locator(f'#queue-table tr[data-disclosure-id="{disclosure_id}"]')).to_have_count(0)

    # Back goes to the list as it was before the entry opened.
    page.go_back()
    expect(page).to_have_url(re.compile(rf"/review/\?.*clinician={clinician.pk}"))

    page.goto(f"{live_server.url}/review/supervisees/{clinician.pk}/")
    expect(page.locator("svg.chart")).to_have_count(3)
    assert serious_violations(page) == []
    shot(page, "review-supervisee.png")

    # The clinician signs in and finds the comment in their notifications.
    sign_out(page)
    page = sign_in("clinician1", DEMO_PASSWORD)
    expect(page.locator(".notification-badge__count")).to_be_visible()
    page.goto(f"{live_server.url}/notifications/")
    link = page.locator(f'a[data-url="/disclosures/{disclosure_id}/"]', has_text="New comment from").first
    expect(link).to_be_visible()
    assert serious_violations(page) == []


def test_bulk_mark_discussed_in_the_browser(demo, sign_in, live_server, page):
    page = sign_in("supervisor2", DEMO_PASSWORD)
    boxes = page.locator("#queue-table input[type=checkbox]")
    expect(boxes.first).to_be_visible()
    first_two = [boxes.nth(i).get_attribute("value").split(":")[0] for i in range(2)]
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("button", name="Mark selected as discussed").click()
    expect(page.locator(".queue-summary")).to_contain_text("2 entries marked discussed.")
    for disclosure_id in first_two:
        expect(page.locator(f'#queue-table tr[data-disclosure-id="{disclosure_id}"]')).to_have_count(0)
    assert serious_violations(page) == []


def test_the_other_review_pages_are_accessible(demo, sign_in, live_server, page):
    page = sign_in("admin", DEMO_PASSWORD)
    for path in ["/review/?tab=all", "/review/agreement/", "/review/supervisees/", "/notifications/"]:
        page.goto(f"{live_server.url}{path}")
        assert page.locator("h1").count() == 1, path
        assert serious_violations(page) == [], path
