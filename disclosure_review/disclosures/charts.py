"""Geometry of the small SVG charts on My patterns, computed on the server.

The charts are drawn in a narrow coordinate space (320 units wide) so that their text stays
legible when a phone scales them down; the templates draw the shapes and every chart has a
table of the same figures beside it, so nothing depends on seeing the colours.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

from disclosure_review.disclosures.selectors import WeekCounts

WIDTH = 320
FONT = 12


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    rects: list[Rect] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    gridlines: list[float] = field(default_factory=list)
    empty: bool = False


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


def week_columns(weeks: list[WeekCounts], *, stacked: bool) -> Chart:
    """Columns per week: the total, or stacked by category (safe at the bottom)."""
    height, top, bottom, left, right = 200, 12, 28, 28, 6
    plot_h = height - top - bottom
    plot_w = WIDTH - left - right
    peak = max((w.total for w in weeks), default=0)
    axis_max = nice_ceiling(peak)
    slot = plot_w / max(1, len(weeks))
    bar_w = slot * 0.64
    rects: list[Rect] = []
    labels: list[Label] = []
    for i, week in enumerate(weeks):
        x = left + i * slot + (slot - bar_w) / 2
        base = top + plot_h
        series = week.by_category.items() if stacked else [("total", week.total)]
        for name, count in series:
            if not count:
                continue
            h = plot_h * count / axis_max
            base -= h
            what = name.replace("_", " ") if stacked else "disclosures"
            rects.append(
                Rect(
                    round(x, 1),
                    round(base, 1),
                    round(bar_w, 1),
                    round(h, 1),
                    f"chart-bar--{name}",
                    f"Week of {_short(week.week)}: {count} {what}",
                )
            )
        if i % 3 == 0 or (i == len(weeks) - 1 and len(weeks) % 3 == 1):
            labels.append(Label(round(x + bar_w / 2, 1), height - 8, _short(week.week)))
    gridlines = [round(top + plot_h * (1 - f), 1) for f in (0, 0.5, 1)]
    for y, value in zip(gridlines, (0, axis_max / 2, axis_max), strict=True):
        text = f"{value:g}"
        labels.append(Label(left - 4, y + FONT / 3, text, "end"))
    return Chart(WIDTH, height, rects, labels, gridlines, empty=peak == 0)


def horizontal_bars(items: list[tuple[str, int]], *, css: str = "chart-bar--total") -> Chart:
    """One bar per item with its label above it and the count at its end."""
    row = 36
    height = max(1, len(items)) * row + 4
    peak = max((count for _, count in items), default=0)
    usable = WIDTH - 40
    rects, labels = [], []
    for i, (label, count) in enumerate(items):
        y = i * row
        labels.append(Label(0, y + FONT + 2, label, "start"))
        w = max(2.0, usable * count / peak) if peak else 0
        rects.append(Rect(0, y + FONT + 7, round(w, 1), 12, css, f"{label}: {count}"))
        labels.append(Label(round(w + 6, 1), y + FONT + 17, str(count), "start"))
    return Chart(WIDTH, height, rects, labels, [], empty=not items)
