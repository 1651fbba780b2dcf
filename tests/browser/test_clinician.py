"""The clinician's flow in Chromium: live feedback while typing, submit, find it, patterns.

Screenshots for the docs are written only when SCREENSHOTS=1.
"""

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from disclosure_review.disclosures.models import Disclosure
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO_PASSWORD = "demo-password-for-browser-tests"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = "07700 900123"
RISKY = f"I told him my number is {PHONE} so he could reach me at the weekend."
SAFE = "I said that walking helped me when I was anxious years ago, then asked what helps him."


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    call_command("seed_demo", disclosures=150)


def screenshot(page, name: str, *, full_page: bool = True) -> None:
    if os.environ.get("SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_a_clinician_logs_a_disclosure_with_live_feedback(demo, sign_in, live_server):
    page = sign_in("clinician1", DEMO_PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(f"{live_server.url}/disclosures/new/")
    assert serious_violations(page) == []

    page.locator("#id_client").press_sequentially("C-00", delay=20)
    expect(page.locator("#client-options option[value='C-001']")).to_have_count(1)
    page.locator("#id_client").fill("C-001")
    text = page.locator("#id_text")
    text.press_sequentially(RISKY, delay=5)

    finding = page.locator('#feedback [data-rule="boundary.identifying_details"]')
    expect(finding).to_be_visible()
    expect(finding).to_have_attribute("data-severity", "high")
    expect(finding.locator("mark", has_text=PHONE)).to_have_count(1)
    expect(page.locator("#feedback [data-category]")).to_have_attribute(
        "data-category", "unsafe_sharing"
    )
    expect(page.locator("#text-count")).to_have_text(re.compile(rf"^{len(RISKY)} of 5,000"))
    page.get_by_label("Model coping").check()
    page.get_by_text("Personal history", exact=True).click()
    assert serious_violations(page) == []
    screenshot(page, "clinician-new", full_page=False)

    # Deleting the number clears the finding.
    text.fill("")
    text.press_sequentially(SAFE, delay=5)
    expect(finding).to_have_count(0)
    expect(page.locator("#feedback [data-category]")).to_be_visible()
    assert not Disclosure.objects.filter(text=SAFE).exists()  # previews save nothing

    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(r"/disclosures/\d+/$"))
    entry = Disclosure.objects.get(text=SAFE)
    assert entry.status == "submitted" and entry.client.code == "C-001"
    assert entry.intent == "model_coping" and entry.disclosure_type == "personal_history"
    expect(page.locator("h1")).to_contain_text(f"Entry #{entry.pk}")
    assert serious_violations(page) == []

    page.goto(f"{live_server.url}/disclosures/")
    expect(page.locator("h1")).to_have_text("My disclosures")
    row = page.locator(f'#disclosure-table tr[data-disclosure-id="{entry.pk}"]')
    expect(row).to_be_visible()
    expect(row).to_contain_text("C-001")


def test_the_list_filters_in_place_and_keeps_the_url_in_step(demo, sign_in, live_server):
    page = sign_in("clinician1", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/disclosures/")
    assert serious_violations(page) == []
    screenshot(page, "clinician-list")
    page.get_by_label("Category").select_option("unsafe_sharing")
    page.wait_for_url(re.compile(r"category=unsafe_sharing"))
    badges = page.locator("#disclosure-table tbody [data-category]")
    expect(badges.first).to_be_visible()
    assert set(badges.evaluate_all("els => els.map(e => e.dataset.category)")) == {"unsafe_sharing"}
    # The header is the same page: the table alone was swapped.
    expect(page.get_by_label("Category")).to_have_value("unsafe_sharing")

    first = page.locator("#disclosure-table tbody a").first
    first.click()
    page.wait_for_url(re.compile(r"/disclosures/\d+/$"))
    expect(page.locator("#feedback [data-category]")).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "clinician-detail")
    page.go_back()
    page.wait_for_url(re.compile(r"category=unsafe_sharing"))


def test_patterns_are_readable_on_a_phone(demo, sign_in, live_server):
    page = sign_in("clinician1", DEMO_PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/patterns/")
    expect(page.locator("h1")).to_have_text("My patterns")
    expect(page.locator("svg.chart")).to_have_count(4)
    assert serious_violations(page) == []
    screenshot(page, "clinician-patterns")

    page.set_viewport_size({"width": 375, "height": 812})
    page.reload()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    label_heights = page.locator("svg.chart text").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert label_heights and min(label_heights) >= 10


def test_the_form_is_usable_by_keyboard(demo, sign_in, live_server):
    page = sign_in("clinician1", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/disclosures/new/")
    page.locator("#id_client").focus()
    page.keyboard.type("C-002")
    # Through the session date's parts to the setting group, which focuses its checked radio.
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "setting":
            break
    expect(page.locator("#id_setting_0")).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#id_setting_1")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.locator("#id_text")).to_be_focused()
    page.keyboard.type(RISKY)
    expect(page.locator('#feedback [data-rule="boundary.identifying_details"]')).to_be_visible()


def test_a_reply_appears_in_place_and_keeps_focus_in_the_comments(demo, sign_in, live_server):
    from disclosure_review.accounts.models import User
    from disclosure_review.reviews.models import Review

    clinician = User.objects.get(username="clinician1")
    review = Review.objects.filter(disclosure__clinician=clinician).first()
    page = sign_in("clinician1", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/disclosures/{review.disclosure_id}/")
    page.get_by_label("Reply to your supervisor").fill("Thank you, I will bring it to supervision.")
    page.get_by_role("button", name="Send reply").click()
    comments = page.locator("#comments")
    expect(comments.get_by_text("Your reply was sent.")).to_be_visible()
    expect(comments.locator(".comment--mine").last).to_contain_text("bring it to supervision")
    expect(comments).to_be_focused()
    assert page.url.endswith(f"/disclosures/{review.disclosure_id}/")  # swapped in place

    # Only spaces: the server refuses it (422) and the form comes back in place with the error.
    page.get_by_label("Reply to your supervisor").fill("   ")
    page.get_by_role("button", name="Send reply").click()
    expect(comments.locator(".field-error")).to_contain_text("required")
    assert serious_violations(page) == []


def test_an_optional_choice_can_be_cleared_and_the_feedback_follows(demo, sign_in, live_server):
    page = sign_in("clinician1", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/disclosures/new/")
    page.locator("#id_client").fill("C-001")
    page.locator("#id_text").fill(SAFE)
    expect(page.locator("#feedback [data-category]")).to_be_visible()
    group = page.locator(
        "fieldset", has=page.locator("legend", has_text="How the client responded")
    )
    clear = group.get_by_role("button", name="Clear")
    expect(clear).to_be_hidden()  # nothing picked yet

    group.get_by_text("Comforted me", exact=True).click()
    expect(clear).to_be_visible()
    role_reversal = page.locator('#feedback [data-rule="client_focus.role_reversal"]')
    expect(role_reversal).to_have_count(1)

    clear.click()
    expect(group.locator("input:checked")).to_have_count(0)
    expect(clear).to_be_hidden()
    expect(role_reversal).to_have_count(0)


STALE = "Added in the tab left open: I said the move was hard for me too, then asked about hers."


def _draft_open_in_two_tabs(page, live_server):
    """A draft saved in `page`, its edit form open in a second tab of the same session with
    STALE typed into it, then the draft deleted from `page`. Returns the second tab."""
    page.goto(f"{live_server.url}/disclosures/new/")
    page.locator("#id_client").fill("C-001")
    page.locator("#id_text").fill(SAFE)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/disclosures/\d+/edit/$"))
    stale = page.context.new_page()
    stale.goto(page.url)
    stale.locator("#id_text").fill(STALE)
    with stale.expect_response(re.compile(r"/disclosures/preview/$")):
        stale.get_by_text("Comforted me", exact=True).click()

    page.get_by_text("Delete this draft").click()
    page.get_by_role("button", name="Delete draft").click()
    page.wait_for_url(re.compile(r"/disclosures/$"))
    assert not Disclosure.objects.filter(status="draft", text=SAFE).exists()
    return stale


def _saved_from_the_kept_form(stale, deleted_url: str) -> None:
    expect(stale.locator("h1")).to_have_text("New disclosure")
    notice = stale.locator("#deleted-draft-notice")
    expect(notice).to_contain_text("You deleted this draft on")
    expect(notice).to_contain_text("creates a new entry")
    expect(stale.locator("#id_text")).to_have_value(STALE)
    expect(stale.get_by_label("Comforted me")).to_be_checked()
    expect(stale.locator("#feedback [data-category]")).to_be_visible()
    assert not Disclosure.objects.filter(text=STALE).exists()  # nothing saved yet
    assert serious_violations(stale) == []

    stale.get_by_role("button", name="Save draft").click()
    stale.wait_for_url(re.compile(r"/disclosures/\d+/edit/$"))
    entry = Disclosure.objects.get(text=STALE)
    assert entry.status == "draft" and entry.client_response == "comforted_therapist"
    assert not stale.url.endswith(deleted_url)
    expect(stale.locator("#id_text")).to_have_value(STALE)


def test_saving_from_a_tab_left_open_on_a_deleted_draft_keeps_the_text(demo, sign_in, live_server):
    page = sign_in("clinician1", DEMO_PASSWORD)
    stale = _draft_open_in_two_tabs(page, live_server)
    deleted_url = stale.url

    stale.get_by_role("button", name="Save draft").click()
    stale.wait_for_load_state()
    assert stale.url.endswith(deleted_url)  # the answer to the POST, not a redirect
    expect(stale.locator("#deleted-draft-notice")).to_be_focused()
    _saved_from_the_kept_form(stale, deleted_url)


def test_an_htmx_post_from_the_tab_swaps_the_kept_form_in(demo, sign_in, live_server):
    page = sign_in("clinician1", DEMO_PASSWORD)
    stale = _draft_open_in_two_tabs(page, live_server)
    deleted_url = stale.url

    # The edit form itself saves without htmx; an htmx post of it gets the same page.
    stale.evaluate(
        "htmx.ajax('POST', location.pathname, {source: '#disclosure-form', target: '#feedback'})"
    )
    expect(stale.locator("#deleted-draft-notice")).to_be_focused()
    expect(stale).to_have_title(re.compile(r"^New disclosure"))
    expect(stale.locator("#feedback-summary")).to_have_count(1)
    stale.locator("#id_text").press("End")
    stale.locator("#id_text").press_sequentially(" Then", delay=5)
    expect(stale.locator("#text-count")).to_have_text(re.compile(rf"^{len(STALE) + 5} of"))
    stale.locator("#id_text").fill(STALE)
    _saved_from_the_kept_form(stale, deleted_url)
