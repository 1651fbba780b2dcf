"""Brevity: length in words, time in session, frequency with the same client."""

from __future__ import annotations

from disclosure_review.rules import Thresholds

from .conftest import severities


def _words(n: int) -> str:
    return " ".join(["word"] * n)


def test_it_warns_on_a_long_disclosure_and_goes_high_on_a_very_long_one():
    assert "brevity.length" not in severities(_words(60))
    assert severities(_words(61))["brevity.length"] == "warn"
    assert severities(_words(121))["brevity.length"] == "high"


def test_clinic_thresholds_move_the_length_limits():
    thresholds = Thresholds(length_warn_words=10, length_high_words=20)
    assert severities(_words(15), thresholds=thresholds)["brevity.length"] == "warn"


def test_it_counts_words_not_emoji_or_punctuation():
    assert "brevity.length" not in severities("🙂 " * 80 + "Short, really.")


def test_duration_uses_the_field_only():
    assert "brevity.duration" not in severities("Brief.", duration_minutes=2)
    assert severities("Brief.", duration_minutes=3)["brevity.duration"] == "warn"
    assert severities("Brief.", duration_minutes=9)["brevity.duration"] == "high"
    assert "brevity.duration" not in severities("It took ten minutes.")


def test_frequency_warns_from_the_third_and_goes_high_from_the_fifth():
    assert "brevity.frequency" not in severities("Again.", prior_disclosures_30d=1)
    assert severities("Again.", prior_disclosures_30d=2)["brevity.frequency"] == "warn"
    assert severities("Again.", prior_disclosures_30d=4)["brevity.frequency"] == "high"


def test_brevity_alone_is_caution_not_harm(category):
    assert category("I like hiking too.", prior_disclosures_30d=6) == "caution"


def test_the_clinicians_own_account_of_the_time_counts_without_the_field():
    told = "I spent about fifteen minutes telling him about my redundancy."
    assert severities(told)["brevity.duration"] == "high"
    talked = "Talked for a good 4 mins about my own divorce."
    assert severities(talked)["brevity.duration"] == "warn"
    spent = "Spent 20 minutes of the session explaining my own recovery to her."
    assert severities(spent)["brevity.duration"] == "high"
    # The field outranks the text.
    assert "brevity.duration" not in severities(told, duration_minutes=1)


def test_time_spent_on_anything_but_talk_is_not_the_disclosures_length():
    for text in [
        "I told her I spent ten minutes each night writing in my journal, and it helped.",
        "It took me twenty minutes to calm down after my dad's funeral, years ago.",
        "We spent twenty minutes on her sleep diary; I said I keep one too.",
    ]:
        assert "brevity.duration" not in severities(text), text
