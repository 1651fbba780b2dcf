"""The feedback panel: what the clinician sees about one scoring run, as template data.

The same panel shows a live preview (an engine `Result`, nothing saved) and a stored
`Assessment`, so both are turned into one shape here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from disclosure_review import rules
from disclosure_review.disclosures.models import Assessment, Disclosure, Finding

FAMILY_LABELS = {
    "brevity": "Brevity and rarity",
    "client_focus": "Client focus",
    "resolved": "Resolved experience",
    "boundary": "Boundary safety",
}
CATEGORY_LABELS = dict(Disclosure.Category.choices)
CATEGORY_SUMMARIES = {
    "safe": "Nothing here asks for a second look. Brief, resolved, and about the client.",
    "caution": "Mostly sound, with something worth a moment's reflection.",
    "unsafe_sharing": "Something here could burden or expose you or the client. Worth talking "
    "through in supervision.",
    "trauma_dumping": "This reads as unprocessed material shared at length. Please take it to "
    "supervision; it is about support for you as much as the client.",
}
SEVERITY_LABELS = dict(Finding.Severity.choices)
SEVERITY_ORDER = {"high": 0, "warn": 1, "info": 2}

# Short texts are shown whole; in long ones each finding shows the passages around its
# evidence, so the panel stays readable on a phone.
WHOLE_TEXT_LIMIT = 400
CONTEXT_CHARS = 90


@dataclass(frozen=True)
class FamilyScore:
    name: str
    label: str
    score: int


@dataclass(frozen=True)
class FindingView:
    rule: str
    title: str
    family: str
    severity: str
    severity_label: str
    message: str
    guideline: str
    marked_text: SafeString
    has_evidence: bool


@dataclass(frozen=True)
class Feedback:
    category: str
    category_label: str
    summary: str
    score: int
    flagged: bool
    families: list[FamilyScore]
    findings: list[FindingView]
    ruleset: str


def evidence_spans(text: str, evidence: Iterable[Any]) -> list[tuple[int, int]]:
    """Valid (start, end) spans, from `Evidence` objects or stored dicts."""
    spans = []
    for item in evidence:
        start, end = (
            (item["start"], item["end"]) if isinstance(item, dict) else (item.start, item.end)
        )
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append((start, end))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def highlight(text: str, spans: list[tuple[int, int]], *, whole: bool | None = None) -> SafeString:
    """The text, escaped, with each span inside <mark>; long texts cut to the passages
    around the spans, with an ellipsis where text is left out."""
    spans = _merge(spans)
    if whole is None:
        whole = len(text) <= WHOLE_TEXT_LIMIT or not spans
    if whole:
        windows = [(0, len(text))]
    else:
        windows = _merge(
            [(max(0, s - CONTEXT_CHARS), min(len(text), e + CONTEXT_CHARS)) for s, e in spans]
        )
    parts = []
    for w_start, w_end in windows:
        if w_start > 0:
            parts.append("… ")
        position = w_start
        for start, end in spans:
            if end <= w_start or start >= w_end:
                continue
            parts.append(escape(text[position:start]))
            parts.append(f"<mark>{escape(text[start:end])}</mark>")
            position = end
        parts.append(escape(text[position:w_end]))
        if w_end < len(text):
            parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def _finding_view(
    text: str,
    *,
    rule: str,
    family: str,
    severity: str,
    message: str,
    guideline: str,
    evidence: Iterable[Any],
) -> FindingView:
    spans = evidence_spans(text, evidence)
    info = rules.RULES.get(rule)
    return FindingView(
        rule=rule,
        title=info.title if info else rule,
        family=family,
        severity=severity,
        severity_label=SEVERITY_LABELS.get(severity, severity),
        message=message,
        guideline=guideline,
        marked_text=highlight(text, spans) if spans else mark_safe(""),
        has_evidence=bool(spans),
    )


def _sorted(findings: list[FindingView]) -> list[FindingView]:
    return sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))


def from_result(text: str, result: rules.Result) -> Feedback:
    """Feedback for a live preview: an engine result over the text as typed."""
    findings = [
        _finding_view(
            text,
            rule=f.rule,
            family=f.family,
            severity=f.severity,
            message=f.message,
            guideline=f.guideline,
            evidence=f.evidence,
        )
        for f in result.findings
    ]
    return Feedback(
        category=result.category,
        category_label=CATEGORY_LABELS[result.category],
        summary=CATEGORY_SUMMARIES[result.category],
        score=result.score,
        flagged=result.flagged,
        families=[FamilyScore(n, FAMILY_LABELS[n], result.families[n]) for n in rules.FAMILIES],
        findings=_sorted(findings),
        ruleset=result.ruleset,
    )


def from_assessment(text: str, assessment: Assessment) -> Feedback:
    """Feedback for a stored assessment (its findings prefetched or loaded here)."""
    findings = [
        _finding_view(
            text,
            rule=f.rule,
            family=f.family,
            severity=f.severity,
            message=f.message,
            guideline=f.guideline,
            evidence=f.evidence,
        )
        for f in assessment.findings.all()
    ]
    families = assessment.families
    return Feedback(
        category=assessment.category,
        category_label=CATEGORY_LABELS[assessment.category],
        summary=CATEGORY_SUMMARIES[assessment.category],
        score=assessment.score,
        flagged=assessment.flagged,
        families=[FamilyScore(n, FAMILY_LABELS[n], families[n]) for n in rules.FAMILIES],
        findings=_sorted(findings),
        ruleset=assessment.ruleset,
    )
