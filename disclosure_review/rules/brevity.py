"""Brevity: disclose rarely, and keep it short."""

from __future__ import annotations

from .model import DisclosureInput, Thresholds
from .signals import Signal
from .text import Doc


def length(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Long disclosures, by word count."""
    signal = Signal()
    words = doc.word_count()
    if words > t.length_high_words:
        signal.add("high", reason=f"it runs to {words} words")
    elif words > t.length_warn_words:
        signal.add("warn", reason=f"it runs to {words} words")
    return signal


def duration(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Long disclosures, by the recorded time in session."""
    signal = Signal()
    minutes = d.duration_minutes
    if minutes is None:
        return signal
    if minutes > t.duration_high_minutes:
        signal.add("high", reason=f"it took about {minutes:g} minutes")
    elif minutes > t.duration_warn_minutes:
        signal.add("warn", reason=f"it took about {minutes:g} minutes")
    return signal


def frequency(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Frequent disclosure to the same client: this one counts with the earlier ones."""
    signal = Signal()
    prior = d.prior_disclosures_30d
    if prior is None:
        return signal
    nth = prior + 1
    if nth >= t.frequency_high:
        signal.add("high", reason=f"it is disclosure number {nth} to this client in 30 days")
    elif nth >= t.frequency_warn:
        signal.add("warn", reason=f"it is disclosure number {nth} to this client in 30 days")
    return signal
