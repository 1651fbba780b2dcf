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
# "talked about my redundancy for ~10 mins": the story named first, then how long it took.
TOLD_ABOUT_FOR = re.compile(
    r"\b(?:talked|talking|went on|going on|rambled|rambling|chatted|chatting|banged on)\s+"
    r"about\s+(?:my|myself|me|our)\b[^.;!?]{0,60}?\bfor\s+(?:(?:about|around|roughly|nearly|"
    r"almost|over|at least|a good|well over|maybe|probably|easily|some|a solid|like)\s+|~\s*)*"
    r"(?:(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
    r"twenty-five|thirty|forty|forty-five|fifty)\s*(?:minutes?|mins?)|(?P<hour>half an hour|"
    r"an hour))\b"
)
WHOLE_THING_TOOK = re.compile(
    r"\b(?:the whole thing|the disclosure|my disclosure|my story|it all|all of it|"
    r"the whole story)\s+"
    r"(?:took|lasted)\s+(?:(?:about|around|roughly|nearly|almost|over|at least|a good|maybe|"
    r"probably|some)\s+)*(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty|thirty)(?:\s+or\s+\w+)?\s*(?:minutes?|mins?)\b"
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
        # The story is named after the time ("ten minutes telling him about my...") or, for
        # "I must have talked for a good ten minutes", in the sentence before.
        if not _OWN_STORY.search(doc.low, m.end(), min(c_end, m.end() + 60)) and not (
            not m.group().startswith(_SPENDING)
            and _OWN_STORY.search(doc.low, max(0, doc.sentence_at(pos)[0] - 400), pos)
        ):
            continue
        if not doc.clinician_voice(pos) or doc.suppressed(pos):
            continue
        n = m.group("n") or m.group("hour")
        found.append((float(n) if n.isdigit() else _MINUTES[n], m.span()))
    # "The whole thing took about five or six minutes", "the disclosure lasted fifteen".
    for m in doc.scan(WHOLE_THING_TOOK) if doc.has_any(_TIME_WORDS) else ():
        if not doc.suppressed(m.start()):
            n = m.group("n")
            found.append((float(n) if n.isdigit() else _MINUTES[n], m.span()))
    for m in doc.scan(TOLD_ABOUT_FOR):
        if doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
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


# "third time this month I've told him about my anxiety": the count in the clinician's words.
NTH_TIME = re.compile(
    r"\b(?P<nth>third|fourth|fifth|sixth|seventh|3rd|4th|5th|6th|7th) (?:time (?:this |in "
    r"(?:the |a )?(?:last |past )?)(?:month|fortnight|week|few weeks|couple of weeks|30 days|"
    r"two weeks|three weeks|four weeks)|"
    r"(?:time|session|"
    r"appointment|week) (?:in a row|running))\b|"
    r"\b(?P<count>three|four|five|six|seven|[3-9]) times (?:this |in (?:the |a )?(?:last |past )?)"
    r"(?:month|fortnight|week|few weeks)\b"
)
_NTH = {
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
}
_DISCLOSING = re.compile(
    r"\b(?:told|shared|disclosed|mentioned|brought (?:it |this |that )?up|talked about|opened up|"
    r"self-disclosed)\b"
)
_OTHER_ACT = re.compile(
    r"\b(?:reminded|asked|prompted|chased|nagged|rang|called|texted|emailed|warned|told (?:him|"
    r"her|them) to)\b"
)
_TIME_WORD = frozenset(["time", "times", "session", "appointment", "week"])


def _said_nth(doc: Doc) -> list[tuple[int, tuple[int, int]]]:
    """Counts of the clinician's disclosures that the text gives, with the spans."""
    found: list[tuple[int, tuple[int, int]]] = []
    for m in doc.scan(NTH_TIME) if doc.has_any(_TIME_WORD) else ():
        s_start, s_end = doc.sentence_at(m.start())
        verb = _DISCLOSING.search(doc.low, s_start, s_end)
        if verb is None or not doc.clinician_voice(verb.start()) or doc.suppressed(m.start()):
            continue
        # "Reminded Marcus for the third time this month to sign his form" counts reminders.
        c_start, _ = doc.clause_at(m.start())
        if _OTHER_ACT.search(doc.low, c_start, m.start()):
            continue
        nth = m.group("nth") or m.group("count")
        found.append((_NTH.get(nth) or int(nth[0]), m.span()))
    return found


def frequency(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Frequent disclosure to the same client: this one counts with the earlier ones, from
    the recorded count or, without it, the clinician's own ("third time this month")."""
    signal = Signal()
    prior = d.prior_disclosures_30d
    if prior is None:
        for nth, span in _said_nth(doc):
            if nth >= t.frequency_high:
                signal.add("high", span)
            elif nth >= t.frequency_warn:
                signal.add("warn", span)
        return signal
    nth = prior + 1
    if nth >= t.frequency_high:
        signal.add("high", reason=f"it is disclosure number {nth} to this client in 30 days")
    elif nth >= t.frequency_warn:
        signal.add("warn", reason=f"it is disclosure number {nth} to this client in 30 days")
    return signal
