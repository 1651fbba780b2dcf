"""Mark the quoted evidence of findings in a disclosure's text, safely escaped."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def highlight(text: str, spans: Iterable[tuple[int, int]]) -> SafeString:
    """The text as HTML with each evidence span in <mark>; overlapping spans are merged
    and spans outside the text ignored."""
    cleaned = sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s and s < len(text))
    merged: list[list[int]] = []
    for start, end in cleaned:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, position = [], 0
    for start, end in merged:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above
