"""Inputs, thresholds and the contract's output shape."""

from __future__ import annotations

import pytest

from disclosure_review.rules import (
    RULESET_VERSION,
    DisclosureInput,
    InvalidInput,
    Thresholds,
    score,
    score_many,
    score_mapping,
)


def test_only_text_is_required():
    assert DisclosureInput.from_mapping({"text": "Hello"}).text == "Hello"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "text"),
        ({"text": 3}, "text must be a string"),
        ({"text": "x", "intent": "gossip"}, "intent must be one of"),
        ({"text": "x", "relevance": "DIRECT"}, "relevance"),
        ({"text": "x", "duration_minutes": "long"}, "duration_minutes"),
        ({"text": "x", "duration_minutes": -1}, "duration_minutes"),
        ({"text": "x", "prior_disclosures_30d": 1.5}, "whole number"),
        ({"text": "x", "prior_disclosures_30d": True}, "prior_disclosures_30d"),
        ({"text": "x", "returned_focus": "yes"}, "returned_focus"),
    ],
)
def test_it_rejects_bad_input_with_a_clear_reason(data, message):
    with pytest.raises(InvalidInput, match=message):
        DisclosureInput.from_mapping(data)


def test_thresholds_validate_a_plain_dict_of_overrides():
    thresholds = Thresholds.from_mapping({"flag_score": 50, "phone_region": "au"})
    assert thresholds.flag_score == 50 and thresholds.phone_region == "AU"
    assert Thresholds.from_mapping(thresholds.as_dict()) == thresholds


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"flag_scor": 50}, "unknown threshold"),
        ({"flag_score": "high"}, "flag_score"),
        ({"flag_score": 120}, "flag_score"),
        ({"length_warn_words": 200}, "length_warn_words must not be greater"),
        ({"recent_months": -2}, "recent_months"),
        ({"frequency_warn": 2.5}, "whole number"),
        ({"phone_region": "Britain"}, "phone_region"),
        ({"duration_warn_minutes": True}, "duration_warn_minutes"),
    ],
)
def test_thresholds_reject_unknown_keys_and_bad_values(overrides, message):
    with pytest.raises(InvalidInput, match=message):
        Thresholds.from_mapping(overrides)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"duration_warn_minutes": 0.5}, {"duration_warn_minutes": 0.5}),
        (
            {"duration_warn_minutes": 1.5, "duration_high_minutes": 4.25},
            {"duration_high_minutes": 4.25},
        ),
        ({"recent_months": 1.5}, {"recent_months": 1.5}),
        ({"recent_months": 3}, {"recent_months": 3.0}),
        ({"length_warn_words": 40.0}, {"length_warn_words": 40}),
        ({"flag_score": 0}, {"flag_score": 0}),
    ],
)
def test_thresholds_take_int_or_float_by_the_declared_type(overrides, expected):
    thresholds = Thresholds.from_mapping(overrides)
    for name, value in expected.items():
        got = getattr(thresholds, name)
        assert got == value and type(got) is type(value)


def test_a_fractional_duration_threshold_changes_what_fires():
    strict = Thresholds.from_mapping({"duration_warn_minutes": 0.5})
    result = score(DisclosureInput(text="I mentioned it.", duration_minutes=1), strict)
    assert [(f.rule, f.severity) for f in result.findings] == [("brevity.duration", "warn")]
    assert not score(DisclosureInput(text="I mentioned it.", duration_minutes=1)).findings


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"duration_warn_minutes": "0.5"}, r"^duration_warn_minutes must be a number; got str"),
        ({"duration_warn_minutes": None}, r"^duration_warn_minutes must be a number"),
        ({"recent_months": False}, r"^recent_months must be a number; got bool"),
        ({"recent_months": float("nan")}, r"^recent_months must be a finite number"),
        ({"duration_high_minutes": float("inf")}, r"^duration_high_minutes must be a finite"),
        ({"duration_warn_minutes": -0.5}, r"^duration_warn_minutes must not be negative"),
        ({"flag_score": 59.5}, r"^flag_score must be a whole number; got 59.5"),
        ({"frequency_high": True}, r"^frequency_high must be a whole number; got bool"),
        ({"phone_region": 44}, r"^phone_region must be a two-letter region code"),
        ({"duration_warn_minutes": 6.5}, r"duration_warn_minutes must not be greater"),
    ],
)
def test_threshold_errors_name_the_setting(overrides, message):
    with pytest.raises(InvalidInput, match=message):
        Thresholds.from_mapping(overrides)


def test_equal_int_and_float_settings_share_a_ruleset():
    as_int = Thresholds.from_mapping({"duration_warn_minutes": 3}).ruleset()
    assert as_int == Thresholds.from_mapping({"duration_warn_minutes": 3.0}).ruleset()
    assert as_int == Thresholds(duration_warn_minutes=3).ruleset()
    assert as_int != Thresholds.from_mapping({"duration_warn_minutes": 3.5}).ruleset()
    assert Thresholds.from_mapping({"duration_warn_minutes": 2.0}).ruleset() == RULESET_VERSION


def test_the_ruleset_names_non_default_thresholds():
    assert Thresholds().ruleset() == RULESET_VERSION
    changed = Thresholds(flag_score=50).ruleset()
    assert changed.startswith(RULESET_VERSION + "+") and len(changed) == len(RULESET_VERSION) + 9
    assert changed == Thresholds(flag_score=50).ruleset()
    assert changed != Thresholds(flag_score=55).ruleset()


def test_to_dict_has_exactly_the_contract_shape():
    result = score_mapping({"id": "v-1", "text": "I told him I know exactly how he feels."})
    assert list(result) == ["id", "ruleset", "score", "category", "flagged", "families", "findings"]
    assert result["id"] == "v-1" and result["ruleset"] == RULESET_VERSION
    assert set(result["families"]) == {"brevity", "client_focus", "resolved", "boundary"}
    finding = result["findings"][0]
    assert list(finding) == ["rule", "family", "severity", "message", "evidence", "guideline"]
    assert finding["rule"] == "client_focus.overidentification"
    assert finding["evidence"] == [{"start": 11, "end": 38, "text": "I know exactly how he feels"}]
    assert "I know exactly how he feels" in finding["message"]


def test_field_findings_carry_no_evidence_and_say_which_field():
    result = score(DisclosureInput(text="I mentioned it.", relevance="none"))
    (finding,) = result.findings
    assert finding.evidence == () and "no link" in finding.message


def test_flagged_follows_category_and_the_clinic_score_threshold():
    harmful = score(DisclosureInput(text="Told her to add me on Instagram."))
    assert harmful.category == "unsafe_sharing" and harmful.flagged
    mild = DisclosureInput(text="I mentioned it.", relevance="none", returned_focus=False)
    assert score(mild).score == 60 and not score(mild).flagged
    assert score(mild, Thresholds(flag_score=70)).flagged


def test_a_clean_disclosure_scores_100_and_is_safe():
    result = score(DisclosureInput(text="I also found exams stressful; planning helped me."))
    assert (result.score, result.category, result.flagged) == (100, "safe", False)


def test_score_many_gives_what_score_gives_one_by_one():
    thresholds = Thresholds.from_mapping({"flag_score": 70, "duration_warn_minutes": 0.5})
    inputs = [
        DisclosureInput(text="I know exactly how you feel.", id="a"),
        DisclosureInput(text="I mentioned it.", id="b", duration_minutes=1),
        DisclosureInput(text="Told her to add me on Instagram.", id="c"),
    ]
    many = score_many(iter(inputs), thresholds)
    assert not isinstance(many, list)  # lazy, so a large batch streams through
    assert list(many) == [score(d, thresholds) for d in inputs]
    assert [r.ruleset for r in score_many(inputs)] == [RULESET_VERSION] * 3
