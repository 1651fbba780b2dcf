"""Helpers shared by the rules tests: score a text and see which rules fired how."""

from __future__ import annotations

from typing import Any

import pytest

from disclosure_review.rules import DisclosureInput, Thresholds, score


def severities(text: str, thresholds: Thresholds | None = None, **fields: Any) -> dict[str, str]:
    """Rule id -> severity for every finding on this text and these fields."""
    result = score(DisclosureInput.from_mapping({"text": text, **fields}), thresholds)
    for finding in result.findings:
        for ev in finding.evidence:
            assert text[ev.start : ev.end] == ev.text
    return {f.rule: f.severity for f in result.findings}


def concerns(rule: str, text: str, **fields: Any) -> bool:
    """Whether `rule` fires at warn or high, the level the vignettes speak of."""
    return severities(text, **fields).get(rule) in {"warn", "high"}


@pytest.fixture
def category():
    def _category(text: str, **fields: Any) -> str:
        return score(DisclosureInput.from_mapping({"text": text, **fields})).category

    return _category
