"""Properties that hold for any input: no errors, valid spans, bounded, deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_review.rules import DisclosureInput, score
from disclosure_review.rules.model import (
    CLIENT_RESPONSES,
    DISCLOSURE_TYPES,
    EXPERIENCE_STATUSES,
    INTENTS,
    RELEVANCES,
)

# Real vocabulary mixed into random unicode, so the detectors actually get exercised.
PHRASES = st.sampled_from(
    [
        "I know exactly how you feel. ",
        "my son Jack ",
        "I live on Harcourt Street ",
        "07700 900123 ",
        "add me on Instagram ",
        "sertraline 100mg ",
        "I'm still a mess ",
        "passed away last month ",
        "I never ",
        "If she asked, ",
        "“curly” ’ ",
        "😔🙂 ",
        "İ ",
        "\n",
        ". ",
    ]
)
TEXTS = (
    st.lists(st.one_of(st.text(max_size=200), PHRASES), max_size=40)
    .map("".join)
    .map(lambda s: s[:5000])
)
FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "disclosure_type": st.sampled_from(sorted(DISCLOSURE_TYPES)),
        "intent": st.sampled_from(sorted(INTENTS)),
        "relevance": st.sampled_from(sorted(RELEVANCES)),
        "experience_status": st.sampled_from(sorted(EXPERIENCE_STATUSES)),
        "months_since_experience": st.floats(0, 1000, allow_nan=False),
        "duration_minutes": st.floats(0, 120, allow_nan=False),
        "returned_focus": st.booleans(),
        "client_response": st.sampled_from(sorted(CLIENT_RESPONSES)),
        "prior_disclosures_30d": st.integers(0, 50),
        "intent_note": st.text(max_size=50),
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, fields=FIELDS)
def test_any_text_and_fields_score_within_bounds_with_valid_spans(text, fields):
    disclosure = DisclosureInput.from_mapping({"text": text, **fields})
    result = score(disclosure)
    assert 0 <= result.score <= 100
    assert all(0 <= value <= 100 for value in result.families.values())
    for finding in result.findings:
        for ev in finding.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text
    assert score(disclosure) == result


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=st.text(min_size=1, max_size=400).map(lambda s: (s * (5000 // len(s) + 1))[:5000]))
def test_long_arbitrary_unicode_scores_without_error(text):
    assert 0 <= score(DisclosureInput(text=text)).score <= 100
