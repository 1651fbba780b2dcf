"""Resolved experience: share only what is processed, and end on how it was overcome."""

from __future__ import annotations

import re
from typing import Any

from .model import DisclosureInput, Thresholds
from .signals import Signal
from .text import AGO, LAST, LONG_PAST, PRESENT, RECENT_WORDS, Doc, months_ago

STRONG_DIFFICULTY = re.compile(
    r"\b(?:a (?:complete |total |bit of a )?(?:mess|wreck)|falling apart|fall(?:ing)? to pieces|"
    r"in pieces|not coping|barely coping|can'?t cope|cannot cope|struggling|grieving|"
    r"heartbroken|devastated|depressed|suicidal|in crisis|breaking down|broken|"
    r"still (?:finding|find) it (?:\w+ )?(?:hard|difficult|tough)|hard to get through|"
    r"getting through the days|get through the days|"
    r"(?:not|haven'?t been|can'?t|cannot|barely) (?:sleeping|sleep|eating|coping|"
    r"functioning|get out of bed)|going through|dealing with|crying|in a (?:bad|dark) "
    r"(?:place|way)|rock bottom|burn(?:t|ed) out|burning out|overwhelmed|panic attacks?|"
    r"living (?:it|through it)|not over (?:it|him|her|them)|never got over|"
    r"haven'?t got(?:ten)? over|can'?t get over|hurts? so much|raw)\b"
)
WEAK_DIFFICULTY = re.compile(
    r"\b(?:stressed|stressful|anxious|sad|low|down|tired|exhausted|hard|difficult|tough|"
    r"rough|upset|lonely|worried|hurting|unwell|sick|ill|recovering|angry|numb)\b"
)
LIFE_EVENT = re.compile(
    r"\b(?:passed away|passed|died|death|funeral|lost (?:my|our)|loss of|left me|walked out|"
    r"broke up|break-?up|split up|split from|separated|separation|divorce|divorcing|"
    r"divorced|miscarriage|miscarried|stillbirth|diagnosed|diagnosis|cancer|chemo|"
    r"made redundant|redundancy|lost (?:my|the) job|got fired|laid off|evicted|accident|"
    r"assaulted|attacked|dumped me|ended things|cheated on me)\b"
)
PAST_DIFFICULTY = re.compile(
    r"\b(?:used to (?:struggle|suffer|feel|have|get|be)|struggled|suffered|went through|"
    r"had (?:a )?(?:hard|rough|difficult|tough|terrible|awful) (?:time|patch|year|few years)|"
    r"rough patch|had (?:depression|anxiety|panic attacks|an eating disorder|ptsd|ocd|"
    r"bipolar|postnatal depression|a breakdown|trouble \w+ing)|trouble \w+ing|"
    r"was (?:depressed|anxious|suicidal|addicted|struggling|in a bad place)|addiction|"
    r"self-harm\w*|grew up with|abused|bullied|trauma)\b"
)
PRESENT_SUBJECT = re.compile(
    r"\b(?:i'?m|i am|i'?ve been|i have been|i still|i'?m still|i am still|i feel|i'?m feeling|"
    r"i keep|we'?re|we are|i can'?t|i cannot|i still feel|i'?ve not been|i haven'?t been)\b"
)
PAST_VERB_BEFORE = re.compile(r"\b(?:was|were|had been|felt|used to|did|remember)\b")
JUST_EVENT = re.compile(
    r"\b(?:just|only just|recently)\s+(?:passed away|died|lost|left me|broke up|split up|"
    r"separated|been diagnosed|got divorced|had a miscarriage|been made redundant)\b"
)
COPING = re.compile(
    r"\b(?:what helped|helped|helps|helping|learn(?:ed|t)|got better|gets better|get better|"
    r"getting better|made (?:a|all the) (?:\w+ )?difference|makes? (?:it|things) easier|"
    r"made (?:it|things) easier|overc(?:a|o)me|overcoming|recovered|recovery|healed|heal|"
    r"manag(?:e|ed|ing) (?:it|to)|coped|cope with it|coping (?:strategies|skills)|"
    r"got through|came through|worked through|feel better|felt better|easier|stronger|"
    r"confidence|resilien\w+|hopeful|grateful|turned (?:it|things) around|moved on|"
    r"doing (?:well|better|okay|ok|fine)|(?:okay|ok|fine|well|better|good) now|"
    r"in a (?:good|better) place|haven'?t (?:experienced|had|felt) (?:one|it|that|them) since|"
    r"no longer|support group|grounding|breathing|small steps|one day at a time|"
    r"(?:gradually|slowly) (?:got|built|improved)|worth it|realised|realized|found that|"
    r"came out the other side|pulled through)\b"
)

_SENTIMENT: Any = None


def _sentiment() -> Any:
    """VADER's analyser, built on first use: loading its lexicon costs ~50 ms once."""
    global _SENTIMENT
    if _SENTIMENT is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _SENTIMENT = SentimentIntensityAnalyzer()
    return _SENTIMENT


def _recent_months_in_sentence(doc: Doc, pos: int) -> float | None:
    s_start, s_end = doc.sentence_at(pos)
    sentence = doc.low[s_start:s_end]
    found = [
        months_ago(m.group())
        for pattern in (AGO, LAST, RECENT_WORDS)
        for m in pattern.finditer(sentence)
    ]
    values = [v for v in found if v is not None]
    return min(values) if values else None


def _text_ongoing(doc: Doc, t: Thresholds) -> tuple[Signal, bool]:
    """Text evidence of an unprocessed experience; also whether it rests on recency alone."""
    signal = Signal()
    recency_only = True
    low = doc.low
    for m in LIFE_EVENT.finditer(low):
        if doc.suppressed(m.start()) or not doc.clinician_voice(m.start()):
            continue
        months = _recent_months_in_sentence(doc, m.start())
        if months is not None and months < t.recent_months:
            signal.add("high", m.span())
    for m in JUST_EVENT.finditer(low):
        if not doc.suppressed(m.start()) and doc.clinician_voice(m.start()):
            signal.add("high", m.span())
    for pattern, severity in ((STRONG_DIFFICULTY, "high"), (WEAK_DIFFICULTY, "warn")):
        for m in pattern.finditer(low):
            pos = m.start()
            # Cheapest checks first: most difficulty words are not in the present.
            s_start, s_end = doc.sentence_at(pos)
            lead = low[max(s_start, pos - 30) : pos]
            present_marker = PRESENT.search(low, s_start, s_end)
            present_subject = PRESENT_SUBJECT.search(lead)
            if not (present_marker and present_subject) and not (
                severity == "high" and (present_marker or present_subject)
            ):
                continue
            if PAST_VERB_BEFORE.search(lead):
                continue
            c_start, c_end = doc.clause_at(pos)
            if LONG_PAST.search(low, c_start, c_end):
                continue
            if doc.negated(pos) or doc.hypothetical(pos) or not doc.clinician_voice(pos):
                continue
            if severity == "high" and (present_marker or present_subject):
                signal.add(
                    "high",
                    (
                        present_subject.start() + max(s_start, pos - 30)
                        if present_subject
                        else pos,
                        m.end(),
                    ),
                )
                recency_only = False
            elif severity == "warn" and present_marker and present_subject:
                signal.add("warn", (pos, m.end()))
                recency_only = False
    return signal, recency_only


def ongoing(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """An ongoing, recent or unprocessed difficulty of the clinician's.

    The fields decide first: `experience_status` ongoing is high, partly resolved is warn,
    and an experience fewer than `recent_months` ago is warn (high within a third of
    that). Text adds present distress ("I'm still a mess") and recent losses ("passed away
    last month"). A status of resolved lowers what text alone suggests.
    """
    signal, recency_only = _text_ongoing(doc, t)
    months = d.months_since_experience
    if d.experience_status == "resolved":
        if (months is not None and months >= t.recent_months) or recency_only:
            signal.cap("info")
        else:
            signal.cap("warn")
    elif months is not None and months >= t.recent_months and recency_only:
        signal.cap("info")

    if d.experience_status == "ongoing":
        signal.add("high", reason="you recorded the experience as ongoing")
    elif d.experience_status == "partly_resolved":
        signal.add("warn", reason="you recorded the experience as partly resolved")
    if months is not None and months < t.recent_months:
        recent_high = months < t.recent_months / 3 and d.experience_status != "resolved"
        signal.add(
            "high" if recent_high else "warn",
            reason=f"the experience was about {months:g} month(s) ago",
        )
    return signal


def ends_unresolved_history(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """A personal-history disclosure that does not close on coping or overcoming."""
    signal = Signal()
    if d.disclosure_type in {"facts", "immediacy", "strategy"} or not doc.sentences:
        return signal
    low = doc.low
    if d.disclosure_type != "personal_history":
        about_difficulty = False
        for pattern in (STRONG_DIFFICULTY, LIFE_EVENT, PAST_DIFFICULTY):
            for m in pattern.finditer(low):
                if doc.clinician_voice(m.start()) and not doc.negated(m.start()):
                    about_difficulty = True
                    break
            if about_difficulty:
                break
        if not about_difficulty:
            return signal
    ending = doc.sentences[-2:]
    for start, end in ending:
        for m in COPING.finditer(low, start, end):
            if not doc.negated(m.start(), window=30):
                return signal
    last_start, last_end = doc.sentences[-1]
    tone = _sentiment().polarity_scores(doc.text[last_start:last_end])["compound"]
    if tone >= 0.5:
        return signal
    signal.add("info" if tone >= 0.05 else "warn", (last_start, last_end))
    return signal
