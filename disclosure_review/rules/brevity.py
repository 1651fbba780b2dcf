"""Brevity: disclose rarely, and keep it short."""

from __future__ import annotations

import re

from .model import DisclosureInput, Thresholds
from .signals import Signal
from .text import NUMBER_WORDS, Doc


def length(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Long disclosures, by word count."""
    signal = Signal()
    words = doc.word_count()
    if words > t.length_high_words:
        signal.add("high", reason=f"it runs to {words} words")
    elif words > t.length_warn_words:
        signal.add("warn", reason=f"it runs to {words} words")
    return signal


_MINUTES = {**NUMBER_WORDS, "half an hour": 30, "an hour": 60}
# "I spent about fifteen minutes telling him about my redundancy", "talked for 10 mins
# about my trip": the clinician's own account of how long their story took.
TOLD_FOR = re.compile(
    r"\b(?:spent|spend|spending|talked|talking|went on|going on|rambled|rambling|chatted|"
    r"chatting|took|taking)\s+(?:(?:me|us|for|about|around|roughly|nearly|almost|over|at least|"
    r"a good|well over|maybe|probably|easily|some|a solid|like)\s+)*(?:(?P<n>\d{1,3}|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|thirty|forty|"
    r"forty-five|fifty)\s*(?:minutes?|mins?)|(?P<hour>half an hour|an hour))\b"
)
_OWN_STORY = re.compile(r"\b(?:my|myself|mine|own)\b")
# "Spent" and "took" measure any activity ("spent ten minutes each night writing in my
# journal", "took me twenty minutes to calm down"): they count only for talk.
_SPENDING = ("spen", "took", "taking")
_TALKING_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|our|her|his|their)\s+(?:session|hour|time|appointment)\s+)?"
    r"(?:(?:just|basically|mostly|really)\s+)?(?:telling|talking|explaining|describing|"
    r"going on|sharing|discussing|chatting|rambling|venting|recounting|on about|on my)\b"
)
_TIME_WORDS = frozenset({"minute", "minutes", "min", "mins", "hour"})


def _told_for_minutes(doc: Doc) -> list[tuple[float, tuple[int, int]]]:
    """Minutes the text says the clinician spent on their own story, with the spans."""
    found: list[tuple[float, tuple[int, int]]] = []
    if not doc.has_any(_TIME_WORDS):
        return found
    for m in doc.scan(TOLD_FOR):
        pos = m.start()
        if m.group().startswith(_SPENDING) and not _TALKING_AFTER.match(doc.low, m.end()):
            continue
        _, c_end = doc.clause_at(m.end() - 1)
        if not _OWN_STORY.search(doc.low, m.end(), min(c_end, m.end() + 60)):
            continue
        if not doc.clinician_voice(pos) or doc.suppressed(pos):
            continue
        n = m.group("n") or m.group("hour")
        found.append((float(n) if n.isdigit() else _MINUTES[n], m.span()))
    return found


def duration(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Long disclosures, by the recorded time in session or, without it, by the clinician's
    own account in the text ("I spent fifteen minutes telling him about my ...")."""
    signal = Signal()
    minutes = d.duration_minutes
    if minutes is None:
        for said, span in _told_for_minutes(doc):
            if said > t.duration_high_minutes:
                signal.add("high", span)
            elif said > t.duration_warn_minutes:
                signal.add("warn", span)
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
