"""Exports: each format read back and checked against the database; access; lifecycle."""

import csv
import datetime
import hashlib
import io

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from disclosure_review.audit.exports import safe_cell
from disclosure_review.audit.models import AuditEvent, ExportJob
from disclosure_review.audit.services import export_request
from disclosure_review.audit.tasks import build_export, expire_exports, requeue_stalled_exports
from disclosure_review.disclosures.models import Disclosure, Finding
from tests.conftest import login

pytestmark = pytest.mark.django_db


def make_export(user, export_format, **filters):
    today = timezone.localdate()
    filters = {
        "date_from": (today - datetime.timedelta(days=30)).isoformat(),
        "date_to": today.isoformat(),
        "clinicians": [],
        "categories": [],
        "review_statuses": [],
        **filters,
    }
    job = export_request(by=user, export_format=export_format, filters=filters)
    build_export(job.pk)  # the task, run in-process
    job.refresh_from_db()
    return job


def file_bytes(job):
    with default_storage.open(job.file.name, "rb") as handle:
        return handle.read()


def expected(clinic):
    return Disclosure.objects.filter(clinic=clinic, status="submitted").order_by(
        "session_date", "id"
    )


def test_csv_holds_every_entry_and_a_summary(carol, report_entries, media):
    job = make_export(carol, "csv")
    assert (job.status, job.progress, job.row_count) == ("done", 100, 3)
    content = file_bytes(job)
    assert job.checksum == hashlib.sha256(content).hexdigest()

    rows = list(csv.reader(io.StringIO(content.decode())))
    header, body = rows[0], rows[1 : rows.index([])]
    records = [dict(zip(header, row, strict=True)) for row in body]
    entries = list(expected(carol.clinic))
    assert [int(r["Disclosure"]) for r in records] == [e.pk for e in entries]
    for record, entry in zip(records, entries, strict=True):
        assert record["Category"] == entry.get_category_display()
        assert int(record["Score"]) == entry.score
        assert record["Client code"] == entry.client.code
        assert int(record["Boundary safety"]) == entry.current_assessment.boundary
        rules = set(
            Finding.objects.filter(assessment=entry.current_assessment).values_list(
                "rule", flat=True
            )
        )
        assert set(record["Rules fired"].split()) == rules
        assert record["Ruleset version"] == entry.current_assessment.ruleset
    flagged = records[1]
    assert (flagged["Review status"], flagged["Reviewer"]) == ("Discussed", "bob")

    summary = rows[rows.index([]) + 1 :]
    assert summary[0][0] == "Summary"
    per_category = dict(summary[2:6])
    for code, label in Disclosure.Category.choices:
        assert int(per_category[label]) == sum(1 for e in entries if e.category == code)


def test_formula_like_cells_are_neutralised(carol, report_entries, media):
    rows = list(csv.reader(io.StringIO(file_bytes(make_export(carol, "csv")).decode())))
    cells = [cell for row in rows for cell in row]
    assert '\'=HYPERLINK("http://evil.example") ' + report_entries[0].clinician.last_name in cells
    assert "'@SUM(1+1) discussed in supervision" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)

    workbook = load_workbook(io.BytesIO(file_bytes(make_export(carol, "xlsx"))))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("ok", "ok"),
        (-2, -2),
    ],
)
def test_safe_cell(value, safe):
    assert safe_cell(value) == safe


def test_xlsx_has_a_summary_sheet_and_every_entry(carol, report_entries, media):
    job = make_export(carol, "xlsx")
    workbook = load_workbook(io.BytesIO(file_bytes(job)), read_only=True)
    assert workbook.sheetnames == ["Summary", "Entries"]
    summary = [row for row in workbook["Summary"].iter_rows(values_only=True)]
    assert summary[0] == ("Disclosure report", "Northside")
    assert ("Entries", 3) in summary
    rows = list(workbook["Entries"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    entries = list(expected(carol.clinic))
    assert [row[0] for row in body] == [e.pk for e in entries]
    score = header.index("Score")
    assert [row[score] for row in body] == [e.score for e in entries]
    rules_by_clinician = dict(
        (row[0], row[1])
        for row in summary
        if row and isinstance(row[1], int) and str(row[0]).startswith("'=")
    )
    assert rules_by_clinician  # alice's formula-like name is kept as text


def test_pdf_has_summary_table_page_numbers_clinic_range_and_time(carol, report_entries, media):
    job = make_export(carol, "pdf")
    reader = PdfReader(io.BytesIO(file_bytes(job)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Disclosure report" in text
    assert "Northside" in text
    assert f"{job.filters['date_from']} to {job.filters['date_to']}" in text
    assert "Generated" in text
    assert f"Page 1 of {len(reader.pages)}" in text
    for entry in expected(carol.clinic):
        assert entry.client.code in text
    assert "Entries per category" in text
    assert "Discussed" in text


def test_filters_narrow_the_report(carol, dave, report_entries, media):
    job = make_export(carol, "csv", clinicians=[dave.pk])
    assert job.row_count == 1
    job = make_export(carol, "csv", review_statuses=["discussed"])
    assert job.row_count == 1
    job = make_export(carol, "csv", review_statuses=["none"])
    assert job.row_count == 2


def test_the_admin_starts_an_export_and_downloads_it(
    client, carol, report_entries, media, django_capture_on_commit_callbacks
):
    login(client, carol)
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/exports/",
            {
                "date_from": (today - datetime.timedelta(days=30)).isoformat(),
                "date_to": today.isoformat(),
                "format": "csv",
            },
        )
    assert response.status_code == 302
    job = ExportJob.objects.get()
    assert job.status == "done"
    row = client.get(f"/exports/{job.pk}/status/")
    assert b'<progress value="100"' in row.content
    download = client.get(f"/exports/{job.pk}/download/")
    assert download.status_code == 200
    assert download["Content-Disposition"] == f'attachment; filename="{job.download_name()}"'
    assert hashlib.sha256(b"".join(download.streaming_content)).hexdigest() == job.checksum
    assert AuditEvent.objects.filter(
        action="export.download", object_id=str(job.pk), actor=carol
    ).exists()


def test_bad_export_input_keeps_what_was_typed(client, carol):
    login(client, carol)
    response = client.post(
        "/exports/", {"date_from": "2026-05-01", "date_to": "2026-04-01", "format": "xls"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="2026-05-01"' in html
    assert "must not be before its start" in html
    assert not ExportJob.objects.exists()


def test_a_pdf_over_the_row_cap_is_refused_with_a_reason(client, carol, report_entries, settings):
    settings.EXPORT_PDF_MAX_ROWS = 2
    login(client, carol)
    today = timezone.localdate()
    response = client.post(
        "/exports/",
        {
            "date_from": (today - datetime.timedelta(days=30)).isoformat(),
            "date_to": today.isoformat(),
            "format": "pdf",
        },
    )
    assert response.status_code == 400
    assert "A PDF holds at most 2 entries" in response.content.decode()


@pytest.mark.parametrize("who", ["bob", "alice", "frank"])
def test_others_cannot_export_or_download(client, request, carol, report_entries, media, who):
    job = make_export(carol, "csv")
    login(client, request.getfixturevalue(who))
    if who == "frank":  # an admin, of another clinic: his own exports page, without this job
        assert f'id="export-{job.pk}"' not in client.get("/exports/").content.decode()
    else:
        assert client.get("/exports/").status_code == 404
        assert client.post("/exports/", {"format": "csv"}).status_code == 404
    assert client.get(f"/exports/{job.pk}/download/").status_code == 404
    assert client.get(f"/exports/{job.pk}/status/").status_code == 404
    assert ExportJob.objects.count() == 1
    assert not AuditEvent.objects.filter(action="export.download").exists()


def test_an_expired_export_is_deleted_and_cannot_be_downloaded(
    client, carol, report_entries, media
):
    job = make_export(carol, "csv")
    name = job.file.name
    ExportJob.objects.filter(pk=job.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert expire_exports() == 1
    job.refresh_from_db()
    assert job.status == "expired"
    assert not default_storage.exists(name)
    login(client, carol)
    assert client.get(f"/exports/{job.pk}/download/").status_code == 404


def test_a_job_built_twice_keeps_one_file_and_one_result(carol, report_entries, media):
    job = make_export(carol, "csv")
    assert build_export(job.pk) is False  # a redelivered message finds the job done
    files = default_storage.listdir(f"exports/{carol.clinic_id}")[1]
    assert files == [f"export-{job.pk}.csv"]
    assert AuditEvent.objects.filter(action="export.complete", object_id=str(job.pk)).count() == 1


def test_a_broker_outage_leaves_the_job_queued_for_the_sweep(
    carol, report_entries, media, monkeypatch, django_capture_on_commit_callbacks
):
    from kombu.exceptions import OperationalError

    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to the broker. Connection refused.")

    monkeypatch.setattr(build_export, "apply_async", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        job = export_request(
            by=carol, export_format="csv", filters={"date_from": None, "date_to": None}
        )
    job.refresh_from_db()
    assert job.status == "pending"

    monkeypatch.undo()
    ExportJob.objects.filter(pk=job.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    assert requeue_stalled_exports() == 1  # eager mode: the sweep's send runs the task
    job.refresh_from_db()
    assert job.status == "done"
