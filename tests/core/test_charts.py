"""The trend charts, pinned: each chart as its page draws it, from fixed figures.

The expected SVG of every case is stored in tests/core/charts/; a change to the chart
geometry or its templates must change those files on purpose.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from django.template.loader import render_to_string

from disclosure_review.core import charts
from disclosure_review.disclosures.selectors import WeekCounts

EXPECTED = Path(__file__).parent / "charts"
MONDAY = datetime.date(2026, 9, 7)
CATEGORIES = ("safe", "caution", "unsafe_sharing", "trauma_dumping")


def weeks(totals: list[int]) -> list[WeekCounts]:
    """Weeks from MONDAY with these totals, spread over the categories safe first."""
    result = []
    for i, total in enumerate(totals):
        by_category = {category: 0 for category in CATEGORIES}
        for n in range(total):
            by_category[CATEGORIES[(n * 7 + i) % 4]] += 1
        result.append(
            WeekCounts(MONDAY + datetime.timedelta(weeks=i), total, by_category=by_category)
        )
    return result


def trend_labels(count: int) -> list[str]:
    # As the supervisee page labels its weeks.
    return [f"{MONDAY + datetime.timedelta(weeks=i):%d %b}" for i in range(count)]


def pattern(chart) -> str:
    return render_to_string(
        "disclosures/_chart.html",
        {"chart": chart, "id": "pinned", "title": "Pinned chart", "desc": "Fixed figures."},
    )


def trend(chart) -> str:
    return render_to_string(
        "reviews/_chart.html",
        {"chart": chart, "chart_id": "pinned", "title": "Pinned chart", "desc": "Fixed figures."},
    )


TWELVE = [0, 1, 3, 0, 7, 2, 5, 0, 0, 4, 6, 1]
RULES = [
    ("Identifying details", 9),
    ("Client's focus & role reversal", 5),
    ("Recent, unresolved experience", 2),
    ("Length", 1),
]
CLIENTS = [("C-014", 4), ("AB-20", 3), ("X-99", 1)]
FLAG_RATES = [0.5, None, 1 / 3, 0.0, 1.0, None, None, 0.25, 0.6667, 0.1, None, 0.75]
FAMILIES = {
    "Brevity and rarity": [80.0, None, 72.5, 100.0, 64.25, 90, None, 55.5, 70.0, 88.8, 93.0, 60],
    "Client focus": [100, None, 95.0, 88.0, 70.0, 60.5, None, 100, 99.9, 42.0, 50.0, 75.0],
    "Resolved experience": [None] * 12,
    "Boundary safety": [40.0, None, 30.0, 120.0, 20.0, 0.0, None, 10.0, 33.3, 66.6, 100, 5.0],
}

CASES: dict[str, Callable[[], str]] = {
    # My patterns, as disclosures.views.patterns draws them.
    "patterns-weekly": lambda: pattern(charts.week_columns(weeks(TWELVE), stacked=False)),
    "patterns-weekly-peak-5": lambda: pattern(
        charts.week_columns(weeks([5, 0, 2, 1]), stacked=False)
    ),
    "patterns-weekly-peak-23": lambda: pattern(
        charts.week_columns(weeks([23, 11, 0, 17, 2, 9, 1, 0, 4, 20, 13, 6]), stacked=False)
    ),
    "patterns-weekly-empty": lambda: pattern(charts.week_columns(weeks([0] * 12), stacked=False)),
    "patterns-categories": lambda: pattern(charts.week_columns(weeks(TWELVE), stacked=True)),
    "patterns-categories-13-weeks": lambda: pattern(
        charts.week_columns(weeks([*TWELVE, 3]), stacked=True)
    ),
    "patterns-rules": lambda: pattern(charts.horizontal_bars(RULES)),
    "patterns-clients": lambda: pattern(charts.horizontal_bars(CLIENTS, css="chart-bar--client")),
    "patterns-one-client": lambda: pattern(
        charts.horizontal_bars([("C-014", 1)], css="chart-bar--client")
    ),
    "patterns-no-bars": lambda: pattern(charts.horizontal_bars([])),
    # A supervisee's trends, as reviews.views.supervisee draws them, for each period.
    **{
        f"trends-entries-{count}-weeks": (
            lambda count=count: trend(
                charts.bar_chart(
                    [(i * 5 + 3) % 9 if i % 4 else 0 for i in range(count)], trend_labels(count)
                )
            )
        )
        for count in (4, 12, 26, 52)
    },
    "trends-entries-none": lambda: trend(charts.bar_chart([0] * 12, trend_labels(12))),
    "trends-flag-rate": lambda: trend(
        charts.line_chart({"Flag rate": FLAG_RATES}, trend_labels(12), maximum=1, percent=True)
    ),
    "trends-flag-rate-empty": lambda: trend(
        charts.line_chart({"Flag rate": [None] * 4}, trend_labels(4), maximum=1, percent=True)
    ),
    "trends-families": lambda: trend(charts.line_chart(FAMILIES, trend_labels(12), maximum=100)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_chart_renders_as_pinned(name):
    assert CASES[name]() == (EXPECTED / f"{name}.svg").read_text()


def test_every_pinned_chart_has_its_case():
    assert {path.stem for path in EXPECTED.glob("*.svg")} == set(CASES)


# The PDF report's summary bars, as audit.exports.write_pdf draws them.


def report_charts() -> str:
    bars = {
        "categories": charts.report_bars(
            [("Safe sharing", 12), ("Caution", 7), ("Trauma dumping", 0)]
        ),
        "rules": charts.report_bars([("boundary.identifying_details", 3), ("brevity.length", 1)]),
        "clinicians": charts.report_bars([("Alice A & Co", 0)]),
    }
    html = render_to_string("audit/export_pdf.html", {"charts": bars})
    return html[html.index('<div class="charts">') : html.index('<h2 class="table-heading">')]


def test_the_report_bars_render_as_pinned():
    assert report_charts() == (EXPECTED / "report.html").read_text()
    empty = render_to_string("audit/export_pdf.html", {"charts": {"rules": charts.report_bars([])}})
    assert "<h3>Entries per rule fired</h3>\n      <p>None.</p>" in empty
