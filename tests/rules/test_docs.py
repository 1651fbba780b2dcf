"""docs/RULES.md is generated from the metadata, and the metadata's examples are true."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosure_review.rules import RULE_IDS, RULES
from disclosure_review.rules.docs import render
from disclosure_review.rules.engine import DETECTORS

from .conftest import severities

REPO = Path(__file__).resolve().parents[2]


def test_rules_md_is_not_stale():
    committed = (REPO / "docs" / "RULES.md").read_text(encoding="utf-8")
    assert committed == render(), "regenerate: python -m disclosure_review.rules.docs"


def test_every_contract_rule_has_metadata_and_a_detector():
    assert len(RULE_IDS) == 15 and set(RULE_IDS) == set(DETECTORS)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_the_documented_examples_behave_as_documented(rule_id):
    info = RULES[rule_id]
    fields = {k: v for k, v in info.example_fires.items() if k != "text"}
    assert severities(info.example_fires["text"], **fields).get(rule_id) in {"warn", "high"}
    fields = {k: v for k, v in info.example_silent.items() if k != "text"}
    assert rule_id not in severities(info.example_silent["text"], **fields)
