"""Client focus: therapist need, role reversal, return of focus, relevance, claims."""

from __future__ import annotations

import pytest

from .conftest import concerns, severities

NEED = "client_focus.therapist_need"
REVERSAL = "client_focus.role_reversal"
NO_RETURN = "client_focus.no_return"
RELEVANCE = "client_focus.low_relevance"
OVERID = "client_focus.overidentification"


@pytest.mark.parametrize(
    "text",
    [
        "I know exactly how you feel.",
        "Told him I know exactly what he's going through.",
        "I said we're in the same boat, really.",
        "I told her I’ve been there myself.",
        "I understand exactly what it's like to lose everything.",
        "I told him I know exacly how it feels",
        "I said I know how you feel, I went through the same.",
        "I told her I went through exactly the same thing at her age.",
        "I KNOW EXACTLY WHAT IT'S LIKE.",
        "I said I totally understand how she feels 💯",
    ],
)
def test_it_finds_claims_of_identical_experience(text):
    assert concerns(OVERID, text)


@pytest.mark.parametrize(
    "text",
    [
        "I know how overwhelming anxiety can feel.",
        "I can't know exactly how you feel, but I'd like to understand.",
        "I told him I don't know exactly what it's like for him.",
        "I understand that grief can be exhausting.",
        "I know what you mean about the waiting lists.",
        "She said she was in the same boat as her sister.",
    ],
)
def test_it_accepts_empathy_without_a_claim_of_identical_experience(text):
    assert not concerns(OVERID, text)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("I told her about my holiday.", {"intent": "relieve_own_discomfort"}),
        ("I told her about my week.", {"intent": "seek_support"}),
        ("The silence felt really uncomfortable, so I talked about my cat.", {}),
        ("Honestly I needed to vent about my landlord.", {}),
        ("I had to get it off my chest after a hard week.", {}),
        ("I told him about my breakup because I needed someone to talk to.", {}),
        ("There was an awkward pause and I filled it with a story about my dog.", {}),
    ],
)
def test_it_finds_disclosures_that_served_the_clinician(text, fields):
    assert concerns(NEED, text, **fields)


@pytest.mark.parametrize(
    "text",
    [
        "I let the silence sit, then shared that I also find change hard.",
        "I didn't need to vent; I stayed with her story.",
        "She said the silence at home was awkward.",
    ],
)
def test_it_does_not_find_a_need_where_there_is_none(text):
    assert not concerns(NEED, text, intent="normalize")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("I told her I'd also had a miscarriage.", {"client_response": "comforted_therapist"}),
        ("She comforted me after I told her about my dad.", {}),
        ("He hugged me and said it would be ok.", {}),
        ("The client ended up reassuring me.", {}),
        ("She gave me advice about my own divorce.", {}),
        ("He asked if I was okay, which shifted things.", {}),
        ("Tom patted me on the arm and said it would all be fine.", {}),
    ],
)
def test_it_finds_the_client_supporting_the_clinician(text, fields):
    assert concerns(REVERSAL, text, **fields)


def test_role_reversal_after_the_clinicians_own_difficulty_is_trauma_dumping(category):
    text = "My marriage is falling apart at the moment. She comforted me for ten minutes."
    assert category(text) == "trauma_dumping"


@pytest.mark.parametrize(
    "text",
    [
        "I comforted her when she cried.",
        "She didn't have to comfort me; I kept it brief.",
        "I reassured him it would be ok.",
        "She said the group helped her, and she seemed relieved.",
    ],
)
def test_it_ignores_the_clinician_supporting_the_client(text):
    assert not concerns(REVERSAL, text)


def test_it_reads_returned_focus_false_as_no_return():
    assert severities("I mentioned my move.", returned_focus=False)[NO_RETURN] == "warn"


def test_returned_focus_true_silences_no_return_even_with_text():
    text = "I went on to tell her about my move."
    assert NO_RETURN not in severities(text, returned_focus=True)


def test_it_stays_silent_on_no_return_when_the_field_is_absent():
    assert NO_RETURN not in severities("I mentioned that I moved house last year.")


@pytest.mark.parametrize(
    "text",
    [
        "I went on to tell her about my own move and the flat I lost.",
        "We spent the rest of the session on my story.",
        "I kept talking about my trip and we ran out of time.",
    ],
)
def test_it_finds_no_return_in_the_text_when_the_field_is_absent(text):
    assert concerns(NO_RETURN, text)


def test_relevance_none_warns_and_indirect_is_coaching():
    assert severities("I told her about my garden.", relevance="none")[RELEVANCE] == "warn"
    assert severities("I told her about my garden.", relevance="indirect")[RELEVANCE] == "info"
    assert RELEVANCE not in severities("I told her about my garden.", relevance="direct")


def test_it_does_not_guess_relevance_from_text():
    assert RELEVANCE not in severities("I told her about my garden.")
