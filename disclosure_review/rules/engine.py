"""Scoring one disclosure: run every rule, weigh the findings, choose the category."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from . import boundary, brevity, client_focus, resolved
from .metadata import RULES
from .model import FAMILIES, DisclosureInput, Evidence, Finding, Result, Thresholds
from .signals import SEVERITY_RANK, Signal
from .text import Doc

Detector = Callable[[Doc, DisclosureInput, Thresholds], Signal]

# Order is the order findings are reported in: brevity, client focus, resolved, boundary.
DETECTORS: dict[str, Detector] = {
    "brevity.length": brevity.length,
    "brevity.duration": brevity.duration,
    "brevity.frequency": brevity.frequency,
    "client_focus.therapist_need": client_focus.therapist_need,
    "client_focus.role_reversal": client_focus.role_reversal,
    "client_focus.no_return": client_focus.no_return,
    "client_focus.low_relevance": client_focus.low_relevance,
    "client_focus.overidentification": client_focus.overidentification,
    "resolved.ongoing": resolved.ongoing,
    "resolved.no_positive_close": resolved.ends_unresolved_history,
    "boundary.identifying_details": boundary.identifying_details,
    "boundary.intimate_details": boundary.intimate_details,
    "boundary.clinical_specifics": boundary.clinical_specifics,
    "boundary.dual_relationship": boundary.dual_relationship,
    "boundary.personal_values": boundary.personal_values,
}

# Points a finding takes off its family's 100.
PENALTY = {"info": 5, "warn": 20, "high": 40}
# Exponents in the weighted product of family scores: brevity counts half as much as
# content, because a long or frequent disclosure is a concern but rarely a harm by itself.
FAMILY_WEIGHT = {"brevity": 0.5, "client_focus": 1.0, "resolved": 1.0, "boundary": 1.0}

_QUOTE_LIMIT = 90


def _quote(finding_text: str) -> str:
    if len(finding_text) <= _QUOTE_LIMIT:
        return finding_text
    return finding_text[: _QUOTE_LIMIT - 1].rstrip() + "…"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the whitespace around it (what `Doc.evidence` quotes)."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # nearly every span: a match begins and ends on a word
    piece = text[start:end]
    stripped = piece.lstrip()
    return end - len(stripped), end - (len(stripped) - len(stripped.rstrip()))


def _finding(rule_id: str, signal: Signal, doc: Doc) -> Finding:
    info = RULES[rule_id]
    text = doc.text
    spans = sorted(_trimmed(text, s, e) for s, e in signal.spans)
    evidence = tuple(Evidence(s, e, text[s:e]) for s, e in spans if e > s)
    parts = [f'"{_quote(ev.text)}"' for ev in evidence[:2]] + signal.reasons[:2]
    detail = "; ".join(parts) if parts else "from the recorded fields"
    return Finding(
        rule=rule_id,
        family=info.family,
        severity=signal.severity or "info",
        message=info.message.replace("{evidence}", detail),
        evidence=evidence,
        guideline=info.guideline,
    )


def family_scores(findings: tuple[Finding, ...]) -> dict[str, int]:
    """Each family starts at 100 and loses `PENALTY[severity]` per finding, floor 0."""
    scores = dict.fromkeys(FAMILIES, 100)
    for f in findings:
        scores[f.family] = max(0, scores[f.family] - PENALTY[f.severity])
    return scores


def overall_score(families: Mapping[str, int]) -> int:
    """Weighted product of the family scores (each as a fraction), as 0..100.

    A product rather than a mean, so that one serious concern in any family pulls the
    whole score down instead of being averaged away by three clean families.
    """
    product = 1.0
    for name, value in families.items():
        product *= (value / 100) ** FAMILY_WEIGHT[name]
    return max(0, min(100, round(product * 100)))


def categorise(findings: tuple[Finding, ...]) -> str:
    """Contract precedence: trauma_dumping > unsafe_sharing > caution > safe."""
    high = {f.rule for f in findings if f.severity == "high"}
    if "resolved.ongoing" in high or "client_focus.role_reversal" in high:
        return "trauma_dumping"
    if any(rule.startswith("boundary.") for rule in high):
        return "unsafe_sharing"
    if any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warn"] for f in findings):
        return "caution"
    return "safe"


_DEFAULTS = Thresholds()


@functools.lru_cache(maxsize=256)
def _ruleset(thresholds: Thresholds) -> str:
    return thresholds.ruleset()


def score(disclosure: DisclosureInput, thresholds: Thresholds | None = None) -> Result:
    """Score one disclosure against the guidelines.

    Pure: the same disclosure and thresholds always give the same result; nothing reads a
    clock, a file or the network.
    """
    thresholds = thresholds or _DEFAULTS
    doc = Doc(disclosure.text)
    findings: list[Finding] = []
    for rule_id, detect in DETECTORS.items():
        signal = detect(doc, disclosure, thresholds)
        if signal:
            findings.append(_finding(rule_id, signal, doc))
    found = tuple(findings)
    families = family_scores(found)
    total = overall_score(families)
    category = categorise(found)
    flagged = category in {"trauma_dumping", "unsafe_sharing"} or total < thresholds.flag_score
    return Result(
        id=disclosure.id,
        ruleset=_ruleset(thresholds),
        score=total,
        category=category,
        flagged=flagged,
        families=families,
        findings=found,
    )


def score_many(
    disclosures: Iterable[DisclosureInput], thresholds: Thresholds | None = None
) -> Iterator[Result]:
    """Score disclosures one after another with the same thresholds, lazily.

    For re-scoring a clinic's entries in bulk: the results are exactly what `score` gives
    for each; the thresholds are checked once, and nothing is held in memory beyond the
    entry being scored, so a generator of 100,000 entries streams through.
    """
    thresholds = thresholds or _DEFAULTS
    for disclosure in disclosures:
        yield score(disclosure, thresholds)


def score_mapping(data: Mapping[str, Any], thresholds: Thresholds | None = None) -> dict:
    """Score a decoded JSON object and return the contract's JSON object.

    Raises `InvalidInput` when `text` is missing or a field has a wrong value.
    """
    return score(DisclosureInput.from_mapping(data), thresholds).to_dict()
