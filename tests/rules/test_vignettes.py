"""Every labelled vignette of the scoring contract, as its own test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cases import assert_case

VIGNETTES = Path(__file__).with_name("vignettes.jsonl")


def _load() -> list:
    lines = VIGNETTES.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    return [pytest.param(case, id=case["id"]) for case in cases]


@pytest.mark.parametrize("vignette", _load())
def test_it_scores_the_vignette_as_a_supervisor_would(vignette):
    assert_case(vignette["input"], vignette["must"], vignette["must_not"], vignette["accept"])
