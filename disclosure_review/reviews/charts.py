"""Server-side SVG charts: coordinates computed here, drawn by the supervisee template.

No JavaScript and no inline styles (the CSP forbids them): shapes carry classes styled in
review.css, and every chart has a data table beside it for screen readers and print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WIDTH = 640
HEIGHT = 200
PAD_LEFT = 36
PAD_RIGHT = 12
PAD_TOP = 12
PAD_BOTTOM = 28


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[dict] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    x_labels: list[dict] = field(default_factory=list)
    y_ticks: list[dict] = field(default_factory=list)
    baseline: float = HEIGHT - PAD_BOTTOM
    left: float = PAD_LEFT
    right: float = WIDTH - PAD_RIGHT


def _x_slots(count: int) -> tuple[float, float]:
    slot = (WIDTH - PAD_LEFT - PAD_RIGHT) / max(count, 1)
    return slot, PAD_LEFT


def _y(value: float, maximum: float) -> float:
    plot = HEIGHT - PAD_TOP - PAD_BOTTOM
    return round(
        HEIGHT - PAD_BOTTOM - (value / maximum) * plot if maximum else HEIGHT - PAD_BOTTOM, 1
    )


def _ticks(maximum: float, fmt) -> list[dict]:
    return [{"y": _y(maximum * f, maximum), "label": fmt(maximum * f)} for f in (0, 0.5, 1)]


def _labels(labels: list[str], slot: float, left: float) -> list[dict]:
    every = max(1, len(labels) // 8)  # at most about eight labels fit
    return [
        {"x": round(left + slot * (i + 0.5), 1), "label": label}
        for i, label in enumerate(labels)
        if i % every == 0
    ]


def bar_chart(values: list[int], labels: list[str]) -> Chart:
    maximum = max([*values, 1])
    slot, left = _x_slots(len(values))
    bars = []
    for i, value in enumerate(values):
        y = _y(value, maximum)
        bars.append(
            {
                "x": round(left + slot * i + slot * 0.15, 1),
                "y": y,
                "w": round(slot * 0.7, 1),
                "h": round(HEIGHT - PAD_BOTTOM - y, 1),
                "value": value,
                "label": labels[i],
            }
        )
    return Chart(
        bars=bars,
        x_labels=_labels(labels, slot, left),
        y_ticks=_ticks(maximum, lambda v: f"{v:.0f}"),
    )


def line_chart(
    series: dict[str, list[float | None]],
    labels: list[str],
    *,
    maximum: float,
    percent: bool = False,
) -> Chart:
    """One polyline per series; a gap (None) breaks the line, each point also gets a dot."""
    slot, left = _x_slots(len(labels))
    lines = []
    for index, (name, values) in enumerate(series.items()):
        segments: list[list[str]] = [[]]
        dots = []
        for i, value in enumerate(values):
            if value is None:
                if segments[-1]:
                    segments.append([])
                continue
            x = round(left + slot * (i + 0.5), 1)
            y = _y(min(value, maximum), maximum)
            segments[-1].append(f"{x},{y}")
            dots.append({"x": x, "y": y, "value": value, "label": labels[i]})
        lines.append(
            {
                "name": name,
                "index": index,
                "segments": [" ".join(points) for points in segments if points],
                "dots": dots,
            }
        )
    fmt = (lambda v: f"{v * 100:.0f}%") if percent else (lambda v: f"{v:.0f}")
    return Chart(lines=lines, x_labels=_labels(labels, slot, left), y_ticks=_ticks(maximum, fmt))
