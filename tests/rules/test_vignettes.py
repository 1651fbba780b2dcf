"""Every labelled vignette of the scoring contract, as its own test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_review.rules import score_mapping

VIGNETTES = Path(__file__).with_name("vignettes.jsonl")


def _load() -> list:
    lines = VIGNETTES.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    return [pytest.param(case, id=case["id"]) for case in cases]


@pytest.mark.parametrize("vignette", _load())
def test_it_scores_the_vignette_as_a_supervisor_would(vignette):
    result = score_mapping(vignette["input"])
    fired = {f["rule"]: f["severity"] for f in result["findings"]}
    assert result["category"] in vignette["accept"], (result["category"], fired)
    for rule in vignette["must"]:
        assert fired.get(rule) in {"warn", "high"}, (rule, fired)
    for rule in vignette["must_not"]:
        assert fired.get(rule) not in {"warn", "high"}, (rule, fired)
