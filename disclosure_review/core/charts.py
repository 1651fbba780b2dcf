"""The app's charts: every coordinate is computed here; the templates only draw the shapes.

No JavaScript and no inline styles (the CSP forbids both): shapes carry CSS classes, and
every chart has its figures beside it in a table or a list, so nothing depends on seeing
the colours.

Charts come in two frames, one per page that draws them:

- `NARROW` (320 units wide), My patterns: its text stays legible when a phone scales the
  chart down. `week_columns` and `horizontal_bars`; drawn by `disclosures/_chart.html`.
- `WIDE` (640 units), a supervisee's trends, read on a desktop or on paper in supervision.
  `bar_chart` and `line_chart`; drawn by `reviews/_chart.html`.

The PDF report draws its summary as table rows with a bar in each (`report_bars`).
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from disclosure_review.disclosures.selectors import WeekCounts

FONT = 12  # the narrow charts' label size, for centring a label on its gridline


@dataclass(frozen=True)
class Frame:
    """A chart's size and the margins around its plot area, in SVG units."""

    width: int
    left: int
    right: int
    height: int = 200
    top: int = 12
    bottom: int = 28

    @property
    def plot_width(self) -> int:
        return self.width - self.left - self.right

    @property
    def plot_height(self) -> int:
        return self.height - self.top - self.bottom

    @property
    def baseline(self) -> int:
        return self.height - self.bottom


NARROW = Frame(width=320, left=28, right=6)
WIDE = Frame(width=640, left=36, right=12)


@dataclass(frozen=True)
class Label:
    """A text placed on the chart: an axis label, a bar's name or count, a tick's value."""

    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Tick:
    """A gridline across the plot at `y`, with its value as a label beside the axis."""

    y: float
    label: Label


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str  # what the bar counts, for its tooltip and screen readers


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: float
    label: str


@dataclass(frozen=True)
class Line:
    """One series: polylines broken where a value is missing, and a point for each value."""

    name: str
    index: int
    segments: list[str]
    points: list[Point]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: float  # the plot area's left and right edges, which the gridlines span
    right: float
    bars: list[Bar] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)


@dataclass(frozen=True)
class ReportBar:
    """A row of the PDF report's summary: its bar is `width` percent of the longest one."""

    label: str
    count: int
    width: float


# My patterns (NARROW) ----------------------------------------------------------------------


def nice_ceiling(value: int) -> int:
    """A round axis maximum at or above `value`: 1, 2, 4, 5, 10, 20, 40, 50, …"""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 4, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _short(day: datetime.date) -> str:
    return f"{day.day} {day:%b}"


def week_columns(weeks: Sequence[WeekCounts], *, stacked: bool) -> Chart:
    """Columns per week on a round axis: the total, or stacked by category (safe at the
    bottom); empty weeks draw nothing. Every third week is labelled."""
    frame = NARROW
    plot_h = frame.plot_height
    axis_max = nice_ceiling(max((w.total for w in weeks), default=0))
    slot = frame.plot_width / max(1, len(weeks))
    bar_w = slot * 0.64
    bars: list[Bar] = []
    labels: list[Label] = []
    for i, week in enumerate(weeks):
        x = frame.left + i * slot + (slot - bar_w) / 2
        base = frame.top + plot_h
        series = week.by_category.items() if stacked else [("total", week.total)]
        for name, count in series:
            if not count:
                continue
            h = plot_h * count / axis_max
            base -= h
            what = name.replace("_", " ") if stacked else "disclosures"
            bars.append(
                Bar(
                    round(x, 1),
                    round(base, 1),
                    round(bar_w, 1),
                    round(h, 1),
                    f"chart-bar--{name}",
                    f"Week of {_short(week.week)}: {count} {what}",
                )
            )
        if i % 3 == 0 or (i == len(weeks) - 1 and len(weeks) % 3 == 1):
            labels.append(Label(round(x + bar_w / 2, 1), frame.height - 8, _short(week.week)))
    ticks = []
    for f, value in ((0, 0), (0.5, axis_max / 2), (1, axis_max)):
        y = round(frame.top + plot_h * (1 - f), 1)
        ticks.append(Tick(y, Label(frame.left - 4, y + FONT / 3, f"{value:g}", "end")))
    return Chart(frame.width, frame.height, frame.left, frame.width, bars, [], ticks, labels)


def horizontal_bars(items: list[tuple[str, int]], *, css: str = "chart-bar--total") -> Chart:
    """One bar per item, the largest at full width, its name above and its count at its end.
    The chart is as tall as its items need."""
    frame = NARROW
    row = 36
    height = max(1, len(items)) * row + 4
    peak = max((count for _, count in items), default=0)
    usable = frame.width - 40
    bars, labels = [], []
    for i, (label, count) in enumerate(items):
        y = i * row
        labels.append(Label(0, y + FONT + 2, label, "start"))
        w = max(2.0, usable * count / peak) if peak else 0
        bars.append(Bar(0, y + FONT + 7, round(w, 1), 12, css, f"{label}: {count}"))
        labels.append(Label(round(w + 6, 1), y + FONT + 17, str(count), "start"))
    return Chart(frame.width, height, frame.left, frame.width, bars, [], [], labels)


# A supervisee's trends (WIDE) --------------------------------------------------------------


def _wide_y(value: float, maximum: float) -> float:
    frame = WIDE
    return round(
        frame.baseline - (value / maximum) * frame.plot_height if maximum else frame.baseline, 1
    )


def _wide_chart(
    labels: list[str],
    maximum: float,
    fmt: Callable[[float], str],
    *,
    bars: list[Bar] | None = None,
    lines: list[Line] | None = None,
) -> Chart:
    """The frame around the shapes: ticks at 0, half and `maximum`, at most about eight
    week labels."""
    frame = WIDE
    slot = frame.plot_width / max(len(labels), 1)
    every = max(1, len(labels) // 8)
    ticks = []
    for f in (0, 0.5, 1):
        y = _wide_y(maximum * f, maximum)
        ticks.append(Tick(y, Label(frame.left - 6, y, fmt(maximum * f), "end")))
    return Chart(
        frame.width,
        frame.height,
        frame.left,
        frame.width - frame.right,
        bars=bars or [],
        lines=lines or [],
        ticks=ticks,
        labels=[
            Label(round(frame.left + slot * (i + 0.5), 1), frame.height - 8, label)
            for i, label in enumerate(labels)
            if i % every == 0
        ],
    )


def bar_chart(values: list[int], labels: list[str]) -> Chart:
    """One column per week, on an axis up to the largest value."""
    frame = WIDE
    maximum = max([*values, 1])
    slot = frame.plot_width / max(len(values), 1)
    bars = []
    for i, value in enumerate(values):
        y = _wide_y(value, maximum)
        bars.append(
            Bar(
                round(frame.left + slot * i + slot * 0.15, 1),
                y,
                round(slot * 0.7, 1),
                round(frame.baseline - y, 1),
                "chart__bar",
                f"{labels[i]}: {value}",
            )
        )
    return _wide_chart(labels, maximum, lambda v: f"{v:.0f}", bars=bars)


def line_chart(
    series: dict[str, list[float | None]],
    labels: list[str],
    *,
    maximum: float,
    percent: bool = False,
) -> Chart:
    """One line per series; a gap (None) breaks the line, and each value gets a point.
    Values above `maximum` are drawn at it."""
    frame = WIDE
    slot = frame.plot_width / max(len(labels), 1)
    lines = []
    for index, (name, values) in enumerate(series.items()):
        segments: list[list[str]] = [[]]
        points = []
        for i, value in enumerate(values):
            if value is None:
                if segments[-1]:
                    segments.append([])
                continue
            x = round(frame.left + slot * (i + 0.5), 1)
            y = _wide_y(min(value, maximum), maximum)
            segments[-1].append(f"{x},{y}")
            points.append(Point(x, y, value, labels[i]))
        lines.append(Line(name, index, [" ".join(each) for each in segments if each], points))
    fmt = (lambda v: f"{v * 100:.0f}%") if percent else (lambda v: f"{v:.0f}")
    return _wide_chart(labels, maximum, fmt, lines=lines)


# The PDF report ----------------------------------------------------------------------------


def report_bars(pairs: list[tuple[str, int]]) -> list[ReportBar]:
    """The report summary's rows, each bar in proportion to the largest count."""
    most = max((n for _, n in pairs), default=0) or 1
    return [ReportBar(label, n, round(n * 100 / most, 1)) for label, n in pairs]
