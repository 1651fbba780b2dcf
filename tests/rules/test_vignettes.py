"""Every labelled vignette from the shared scoring folder, as its own test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_review.rules import score_mapping

VIGNETTES = Path(__file__).resolve().parents[2].parent / "shared" / "scoring" / "vignettes.jsonl"


def _load() -> list:
    if not VIGNETTES.exists():
        return [pytest.param(None, id="missing")]
    lines = VIGNETTES.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    return [pytest.param(case, id=case["id"]) for case in cases]


@pytest.mark.parametrize("vignette", _load())
def test_it_scores_the_vignette_as_a_supervisor_would(vignette):
    if vignette is None:
        pytest.skip(reason=f"vignettes not found at {VIGNETTES.name} beside the repository")
    result = score_mapping(vignette["input"])
    fired = {f["rule"]: f["severity"] for f in result["findings"]}
    assert result["category"] in vignette["accept"], (result["category"], fired)
    for rule in vignette["must"]:
        assert fired.get(rule) in {"warn", "high"}, (rule, fired)
    for rule in vignette["must_not"]:
        assert fired.get(rule) not in {"warn", "high"}, (rule, fired)
