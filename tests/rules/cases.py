"""The check every labelled case goes through: the held-out batches share it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from disclosure_review.rules import DisclosureInput, score

SERIOUS = {"warn", "high"}

# The rule ids, named once for every batch.
LENGTH = "brevity.length"
DURATION = "brevity.duration"
FREQUENCY = "brevity.frequency"
NEED = "client_focus.therapist_need"
REVERSAL = "client_focus.role_reversal"
NO_RETURN = "client_focus.no_return"
RELEVANCE = "client_focus.low_relevance"
OVERID = "client_focus.overidentification"
ONGOING = "resolved.ongoing"
CLOSE = "resolved.no_positive_close"
IDENTIFYING = "boundary.identifying_details"
INTIMATE = "boundary.intimate_details"
CLINICAL = "boundary.clinical_specifics"
DUAL = "boundary.dual_relationship"
VALUES = "boundary.personal_values"

# The categories a case accepts.
SAFE = ("safe",)
MILD = ("safe", "caution")
CAUTION = ("caution",)
UNSAFE = ("unsafe_sharing",)
DUMPING = ("trauma_dumping",)
BURDEN = ("caution", "trauma_dumping")
CONCERN = ("caution", "unsafe_sharing", "trauma_dumping")


def assert_case(
    data: Mapping[str, Any], must: list[str], must_not: list[str], accept: Sequence[str]
) -> None:
    """Scoring the input `data` puts every `must` rule at warn or high, no `must_not` rule
    there, and the entry in a category of `accept`."""
    result = score(DisclosureInput.from_mapping(data))
    fired = {f.rule: f.severity for f in result.findings}
    for rule in must:
        assert fired.get(rule) in SERIOUS, (rule, fired)
    for rule in must_not:
        assert fired.get(rule) not in SERIOUS, (rule, fired)
    assert result.category in accept, (result.category, fired)


def case_test(cases: list[tuple], prefix: str):
    """A test of every (text, fields, must, must_not, accept) case, each with its own id."""

    @pytest.mark.parametrize(
        ("text", "fields", "must", "must_not", "accept"),
        cases,
        ids=[f"{prefix}{i:03d}" for i in range(len(cases))],
    )
    def test(text, fields, must, must_not, accept):
        assert_case({"text": text, **fields}, must, must_not, accept)

    return test
