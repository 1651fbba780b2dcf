"""Audit report files: the rows, the summary, and the CSV, XLSX and PDF writers.

Rows are streamed from the database (a server-side cursor on PostgreSQL) and written as
they come, so a worker's memory stays flat whatever the size of the report. Only the PDF,
which lays out pages, holds its rows; its size is capped (`EXPORT_PDF_MAX_ROWS`).
"""

from __future__ import annotations

import csv
import datetime
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.conf import settings
from django.db.models import Count, OuterRef, Q, QuerySet, StringAgg, Subquery, Value
from django.template.loader import render_to_string
from django.utils import timezone

from disclosure_review.accounts.models import User
from disclosure_review.audit.models import ExportJob
from disclosure_review.core import charts
from disclosure_review.core.scoping import scoped_disclosures
from disclosure_review.disclosures.models import Disclosure, Finding
from disclosure_review.reviews.models import Review

CHUNK_SIZE = 2000
NO_REVIEW = "none"

COLUMNS: list[tuple[str, str]] = [
    ("disclosure_id", "Disclosure"),
    ("session_date", "Session date"),
    ("clinician", "Clinician"),
    ("clinician_username", "Username"),
    ("client_code", "Client code"),
    ("setting", "Setting"),
    ("type", "Type"),
    ("intent", "Intent"),
    ("entry_status", "Entry status"),
    ("category", "Category"),
    ("score", "Score"),
    ("brevity", "Brevity and rarity"),
    ("client_focus", "Client focus"),
    ("resolved", "Resolved experience"),
    ("boundary", "Boundary safety"),
    ("rules_fired", "Rules fired"),
    ("review_status", "Review status"),
    ("reviewer", "Reviewer"),
    ("decision", "Decision note"),
    ("submitted_at", "Submitted at"),
    ("reviewed_at", "Review updated at"),
    ("closed_at", "Review closed at"),
    ("ruleset", "Ruleset version"),
]
HEADERS = [label for _, label in COLUMNS]

_VALUES = [
    "id",
    "session_date",
    "clinician__username",
    "clinician__first_name",
    "clinician__last_name",
    "client__code",
    "setting",
    "disclosure_type",
    "intent",
    "status",
    "category",
    "score",
    "current_assessment_id",
    "current_assessment__brevity",
    "current_assessment__client_focus",
    "current_assessment__resolved",
    "current_assessment__boundary",
    "current_assessment__ruleset",
    "review__status",
    "review__supervisor__username",
    "review__decision_note",
    "submitted_at",
    "review__updated_at",
    "review__closed_at",
]

_LABELS = {
    "setting": dict(Disclosure.Setting.choices),
    "type": dict(Disclosure.Type.choices),
    "intent": dict(Disclosure.Intent.choices),
    "status": dict(Disclosure.Status.choices),
    "category": dict(Disclosure.Category.choices),
    "review": dict(Review.Status.choices),
}

# A cell starting with one of these is read as a formula by spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (numbers and dates pass unchanged)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def export_queryset(*, user: User, filters: dict[str, Any]) -> QuerySet[Disclosure]:
    """The entries a report covers: submitted or withdrawn entries in the user's scope."""
    entries = scoped_disclosures(user).exclude(status=Disclosure.Status.DRAFT)
    if filters.get("date_from"):
        entries = entries.filter(session_date__gte=filters["date_from"])
    if filters.get("date_to"):
        entries = entries.filter(session_date__lte=filters["date_to"])
    if filters.get("clinicians"):
        entries = entries.filter(clinician_id__in=filters["clinicians"])
    if filters.get("categories"):
        entries = entries.filter(category__in=filters["categories"])
    statuses = filters.get("review_statuses") or []
    if statuses:
        condition = Q(review__status__in=[s for s in statuses if s != NO_REVIEW])
        if NO_REVIEW in statuses:
            condition |= Q(review__isnull=True)
        entries = entries.filter(condition)
    return entries


def _clinician_name(first: str, last: str, username: str) -> str:
    return f"{first} {last}".strip() or username


def iter_rows(entries: QuerySet[Disclosure]) -> Iterator[dict[str, Any]]:
    """One dict per entry, in session order, streamed; text cells already formula-safe and
    times in local time without a zone (as spreadsheets want them)."""
    rules_fired = (
        Finding.objects.filter(assessment_id=OuterRef("current_assessment_id"))
        .order_by()
        .values("assessment_id")
        .annotate(rules=StringAgg("rule", delimiter=Value(" ")))
        .values("rules")
    )
    stream = (
        entries.order_by("session_date", "id")
        .annotate(rules_fired=Subquery(rules_fired))
        .values(*_VALUES, "rules_fired")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    tz = timezone.get_current_timezone()

    def local(value: datetime.datetime | None) -> datetime.datetime | None:
        return value.astimezone(tz).replace(tzinfo=None) if value is not None else None

    for r in stream:
        yield {
            "disclosure_id": r["id"],
            "session_date": r["session_date"],
            "clinician": safe_cell(
                _clinician_name(
                    r["clinician__first_name"], r["clinician__last_name"], r["clinician__username"]
                )
            ),
            "clinician_username": safe_cell(r["clinician__username"]),
            "client_code": safe_cell(r["client__code"]),
            "setting": _LABELS["setting"].get(r["setting"], r["setting"]),
            "type": _LABELS["type"].get(r["disclosure_type"], r["disclosure_type"]),
            "intent": _LABELS["intent"].get(r["intent"], r["intent"]),
            "entry_status": _LABELS["status"].get(r["status"], r["status"]),
            "category": _LABELS["category"].get(r["category"], r["category"]),
            "score": r["score"],
            "brevity": r["current_assessment__brevity"],
            "client_focus": r["current_assessment__client_focus"],
            "resolved": r["current_assessment__resolved"],
            "boundary": r["current_assessment__boundary"],
            # Sorted here (SQLite cannot order inside an aggregate); each rule named once.
            "rules_fired": " ".join(sorted(set(r["rules_fired"].split())))
            if r["rules_fired"]
            else "",
            "review_status": _LABELS["review"].get(r["review__status"], r["review__status"] or ""),
            "reviewer": safe_cell(r["review__supervisor__username"] or ""),
            "decision": safe_cell(r["review__decision_note"] or ""),
            "submitted_at": local(r["submitted_at"]),
            "reviewed_at": local(r["review__updated_at"]),
            "closed_at": local(r["review__closed_at"]),
            "ruleset": r["current_assessment__ruleset"] or "",
        }


@dataclass
class Summary:
    total: int
    categories: list[tuple[str, int]]
    rules: list[tuple[str, int]]
    clinicians: list[tuple[str, int, int]]  # name, entries, flagged
    rulesets: list[str] = field(default_factory=list)


def build_summary(entries: QuerySet[Disclosure]) -> Summary:
    """Counts per category, per rule fired and per clinician, by aggregate queries."""
    by_category = dict(entries.order_by().values_list("category").annotate(n=Count("id")))
    categories = [(label, by_category.get(code, 0)) for code, label in Disclosure.Category.choices]
    rules = list(
        Finding.objects.filter(assessment_id__in=entries.order_by().values("current_assessment_id"))
        .order_by()
        .values_list("rule")
        .annotate(n=Count("assessment_id", distinct=True))
        .order_by("-n", "rule")
    )
    clinicians = [
        (_clinician_name(first, last, username), total, flagged)
        for username, first, last, total, flagged in entries.order_by()
        .values_list("clinician__username", "clinician__first_name", "clinician__last_name")
        .annotate(total=Count("id"), flagged=Count("id", filter=Q(flagged=True)))
        .order_by("clinician__last_name", "clinician__first_name", "clinician__username")
    ]
    rulesets = sorted(
        set(entries.order_by().values_list("current_assessment__ruleset", flat=True).distinct())
        - {None}
    )
    return Summary(
        total=sum(n for _, n in categories),
        categories=categories,
        rules=rules,
        clinicians=clinicians,
        rulesets=rulesets,
    )


@dataclass
class ReportMeta:
    clinic: str
    date_from: str
    date_to: str
    generated_at: datetime.datetime
    filters: dict[str, Any]


def report_meta(job: ExportJob) -> ReportMeta:
    return ReportMeta(
        clinic=job.clinic.name,
        date_from=job.filters.get("date_from") or "the first entry",
        date_to=job.filters.get("date_to") or "the latest entry",
        generated_at=timezone.localtime(),
        filters=job.filters,
    )


Progress = Callable[[int], None]


KEYS = [key for key, _ in COLUMNS]
_TIME_COLUMNS = [KEYS.index(key) for key in ("submitted_at", "reviewed_at", "closed_at")]


def csv_values(row: dict[str, Any]) -> list[Any]:
    values = [row[key] for key in KEYS]
    for index in _TIME_COLUMNS:
        if values[index] is not None:
            values[index] = values[index].isoformat(sep=" ", timespec="seconds")
    return values


def write_csv(
    out: IO[bytes], rows: Iterator[dict], summary: Summary, meta: ReportMeta, progress: Progress
) -> int:
    """The entries as one table (header first), then, after a blank line, the summary."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(HEADERS)
    count = 0
    for row in rows:
        writer.writerow(csv_values(row))
        count += 1
        if count % 500 == 0:
            progress(count)
    writer.writerow([])
    writer.writerow(
        [
            "Summary",
            safe_cell(meta.clinic),
            f"{meta.date_from} to {meta.date_to}",
            f"generated {meta.generated_at:%Y-%m-%d %H:%M}",
        ]
    )
    writer.writerow(["Category", "Entries"])
    writer.writerows([safe_cell(name), n] for name, n in summary.categories)
    writer.writerow(["Rule", "Entries"])
    writer.writerows([rule, n] for rule, n in summary.rules)
    writer.writerow(["Clinician", "Entries", "Flagged"])
    writer.writerows([safe_cell(name), n, flagged] for name, n, flagged in summary.clinicians)
    text.flush()
    text.detach()
    return count


def write_xlsx(
    out: IO[bytes], rows: Iterator[dict], summary: Summary, meta: ReportMeta, progress: Progress
) -> int:
    """A workbook with a Summary sheet and an Entries sheet, written in streaming mode."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    sheet = workbook.create_sheet("Summary")

    def heading(*values: Any) -> list:
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=safe_cell(value))
            cell.font = bold
            cells.append(cell)
        return cells

    sheet.append(heading("Disclosure report", meta.clinic))
    sheet.append(["Range", f"{meta.date_from} to {meta.date_to}"])
    sheet.append(["Generated", meta.generated_at.replace(tzinfo=None)])
    sheet.append(["Entries", summary.total])
    sheet.append(["Ruleset versions", ", ".join(summary.rulesets)])
    sheet.append([])
    sheet.append(heading("Category", "Entries"))
    for name, n in summary.categories:
        sheet.append([name, n])
    sheet.append([])
    sheet.append(heading("Rule", "Entries"))
    for rule, n in summary.rules:
        sheet.append([rule, n])
    sheet.append([])
    sheet.append(heading("Clinician", "Entries", "Flagged"))
    for name, n, flagged in summary.clinicians:
        sheet.append([safe_cell(name), n, flagged])

    entries = workbook.create_sheet("Entries")
    entries.freeze_panes = "A2"
    for index, (key, label) in enumerate(COLUMNS, start=1):
        width = {"rules_fired": 48, "decision": 40, "clinician": 22}.get(
            key, max(11, len(label) + 2)
        )
        entries.column_dimensions[get_column_letter(index)].width = width
    entries.append(heading(*HEADERS))
    count = 0
    for row in rows:
        entries.append([row[key] for key in KEYS])
        count += 1
        if count % 500 == 0:
            progress(count)
    workbook.save(out)
    return count


def write_pdf(
    out: IO[bytes], rows: Iterator[dict], summary: Summary, meta: ReportMeta, progress: Progress
) -> int:
    """A printable report: summary with bar charts, then the table; numbered pages."""
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    for name in ("weasyprint", "fontTools"):  # their INFO lines would flood the worker log
        logging.getLogger(name).setLevel(logging.WARNING)

    table = []
    for row in rows:
        table.append(row)
        if len(table) % 500 == 0:
            progress(len(table))
    html = render_to_string(
        "audit/export_pdf.html",
        {
            "meta": meta,
            "summary": summary,
            "headers": [label for key, label in COLUMNS if key in PDF_COLUMNS],
            "rows": [
                [row[key] if row[key] is not None else "" for key in PDF_COLUMNS] for row in table
            ],
            "charts": {
                "categories": charts.report_bars(summary.categories),
                "rules": charts.report_bars(summary.rules[:12]),
                "clinicians": charts.report_bars([(name, n) for name, n, _ in summary.clinicians]),
            },
        },
    )
    stylesheet = CSS(filename=finders.find("css/export-pdf.css"))
    HTML(string=html).write_pdf(out, stylesheets=[stylesheet])
    return len(table)


# The PDF table is landscape A4: the columns that fit and matter most on paper.
PDF_COLUMNS = [
    "session_date",
    "clinician",
    "client_code",
    "type",
    "intent",
    "category",
    "score",
    "rules_fired",
    "review_status",
    "reviewer",
    "ruleset",
]


WRITERS = {
    ExportJob.Format.CSV: write_csv,
    ExportJob.Format.XLSX: write_xlsx,
    ExportJob.Format.PDF: write_pdf,
}

CONTENT_TYPES = {
    ExportJob.Format.CSV: "text/csv; charset=utf-8",
    ExportJob.Format.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportJob.Format.PDF: "application/pdf",
}


def pdf_max_rows() -> int:
    return settings.EXPORT_PDF_MAX_ROWS
