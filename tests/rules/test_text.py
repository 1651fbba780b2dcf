"""Text handling: offsets survive normalisation, sentences, negation, voice."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_review.rules.text import _WORD, Doc, months_ago


def test_normalisation_keeps_offsets_aligned_with_the_original():
    text = "İ told her “I’ve been there” — twice."
    doc = Doc(text)
    assert len(doc.low) == len(doc.cased) == len(text)
    assert "i've been there" in doc.low


def test_sentences_split_on_stops_but_not_on_titles():
    doc = Doc("I saw Dr. Patel. It helped! Then I asked her.")
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "I saw Dr. Patel.",
        "It helped!",
        "Then I asked her.",
    ]


def test_negation_governs_its_own_clause_only():
    doc = Doc("I never gave him my number, but I gave her my email.")
    assert doc.negated(doc.low.index("my number"))
    assert not doc.negated(doc.low.index("my email"))


def test_a_leading_conditional_makes_the_main_clause_hypothetical():
    doc = Doc("If she asked, I'd give her my number.")
    assert doc.hypothetical(doc.low.index("give"))
    offer = Doc("I'd give her my number if she needed it.")
    assert not offer.hypothetical(offer.low.index("give"))


def test_the_nearest_pronoun_decides_whose_experience_it_is():
    assert Doc("I told her about my affair.").clinician_voice(22)
    assert not Doc("She told me about her affair.").clinician_voice(23)
    assert Doc("Mentioned having an affair.").clinician_voice(17)


def test_time_expressions_map_to_months():
    assert months_ago("two weeks ago") == 0.5
    assert months_ago("last month") == 1.0
    assert months_ago("3 years ago") == 36
    assert months_ago("a while back then") is None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["don't", "well-being", "I", "’", "'", "-", "--", "''", " ", "_", "\t"]
            ),
            st.text(max_size=5),
        ),
        max_size=30,
    ).map("".join)
)
def test_the_word_count_is_the_count_of_words_in_the_original_text(raw):
    assert Doc(raw).word_count() == len(_WORD.findall(raw))


def test_an_if_that_leaves_the_choice_to_the_client_is_an_offer_not_a_hypothetical():
    offer = Doc("If she wants, she can text me any time.")
    assert not offer.hypothetical(offer.low.index("text me"))
    also = Doc("I said that if you ever need me you can call me.")
    assert not also.hypothetical(also.low.index("call me"))
    imagined = Doc("If she asked, I'd give her my number.")
    assert imagined.hypothetical(imagined.low.index("give"))
