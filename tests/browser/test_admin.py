"""The clinic admin in a real browser: an export from start to download; the admin pages
pass axe-core; the thresholds preview."""

import csv
import datetime
import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from disclosure_review.audit.models import AuditEvent, ExportJob
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO_PASSWORD = "demo-password-for-browser-tests"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def admin_page(monkeypatch, sign_in):
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    call_command("seed_demo", disclosures=60)
    page = sign_in("admin", DEMO_PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 900})
    return page


def screenshot(page, name: str) -> None:
    if os.environ.get("SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


@pytest.mark.postgres
@pytest.mark.redis
def test_an_admin_exports_a_csv_watches_it_finish_and_downloads_it(
    admin_page, live_server, celery_worker_process, real_broker
):
    page = admin_page
    page.goto(f"{live_server.url}/exports/")
    assert serious_violations(page) == []
    start = timezone.localdate() - datetime.timedelta(days=90)
    page.fill("#id_date_from", start.isoformat())
    page.fill("#id_date_to", timezone.localdate().isoformat())
    page.check("input[name=format][value=csv]")
    page.click("text=Start export")
    page.wait_for_load_state("networkidle")

    job = ExportJob.objects.get()
    progress = page.locator(f"#export-{job.pk} progress")
    assert progress.count() == 1
    # htmx polls the row until the worker has finished.
    expect(progress).to_have_attribute("value", "100", timeout=30_000)
    assert page.locator(f"#export-{job.pk}").get_attribute("data-status") == "done"
    screenshot(page, "admin-exports.png")

    with page.expect_download() as download_info:
        page.click(f"#export-{job.pk} >> text=Download")
    download = download_info.value
    job.refresh_from_db()
    assert download.suggested_filename == job.download_name()
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text())))
    assert rows[0][0] == "Disclosure"
    assert rows.index([]) - 1 == job.row_count > 0
    assert AuditEvent.objects.filter(action="export.download", object_id=str(job.pk)).exists()
    assert serious_violations(page) == []


def test_the_audit_trail_filters_in_place_and_verifies(admin_page, live_server):
    page = admin_page
    page.goto(f"{live_server.url}/clinic/clients/")
    page.fill("#id_code", "C-321")
    page.click("text=Add code")
    page.click("text=Deactivate C-321")
    page.goto(f"{live_server.url}/exports/")
    page.goto(f"{live_server.url}/audit/")
    page.click("text=Verify the chain")
    page.wait_for_selector("#verify-result >> text=Intact.")
    assert page.evaluate("document.activeElement.id") == "verify-result"
    screenshot(page, "admin-audit.png")
    assert serious_violations(page) == []
    page.select_option("#id_action", "client.create")
    page.wait_for_url("**/audit/?*action=client.create*")
    page.wait_for_load_state("networkidle")
    rows = page.locator("#audit-table tbody tr")
    assert rows.evaluate_all("rows => rows.map(r => r.dataset.action)") == ["client.create"]
    assert serious_violations(page) == []


def test_the_thresholds_preview_shows_the_effect_before_saving(admin_page, live_server):
    page = admin_page
    page.goto(f"{live_server.url}/clinic/")
    assert "Demo Clinic" in page.locator("h1").inner_text()
    assert serious_violations(page) == []
    page.goto(f"{live_server.url}/clinic/thresholds/")
    page.fill("#id_flag_score", "80")
    page.fill("#id_length_warn_words", "25")
    page.click("text=Preview the change")
    page.wait_for_selector("#preview >> text=would change category")
    assert page.evaluate("document.activeElement.id") == "preview"
    assert page.locator("button[value=save]").is_enabled()
    screenshot(page, "admin-thresholds.png")
    assert serious_violations(page) == []
    # Editing after the preview makes the save wait for a new preview.
    page.fill("#id_flag_score", "81")
    assert page.locator("button[value=save]").is_disabled()
