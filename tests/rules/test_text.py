"""Text handling: offsets survive normalisation, sentences, negation, voice."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_review.rules.text import (
    _CONDITIONAL_OPENING,
    _FIRST_PERSON,
    _HYPOTHETICAL,
    _MODAL,
    _NEGATION,
    _NEUTRAL_PRONOUNS,
    _OFFER_IF,
    _PRONOUN,
    _SPEECH_VERB_BEFORE,
    _WORD,
    AGO,
    LAST,
    RECENT_WORDS,
    Doc,
    cue_undone,
    months_ago,
)

from .strategies import SEPARATORS, word_texts


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


def test_a_modifier_apostrophe_is_a_letter_to_the_word_count():
    for raw in ["ʼ", "donʼt go", "I didnʼt tell her"]:
        assert Doc(raw).word_count() == len(_WORD.findall(raw))


def test_what_was_almost_said_was_not_said():
    doc = Doc("I almost told her where I live, but stopped myself.")
    assert doc.negated(doc.low.index("where I live".lower()))
    usual = Doc("I almost always take my tablets at night.")
    assert not usual.negated(usual.low.index("take"))


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


# The plain definitions the prepared lookups of `Doc` must agree with.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\"\s](?:(?<=[,;:()\[\]\"])|(?<=\s)(?:-\s|(?:but|although|though|however|"
    r"whereas|because|while|then|so i|and i|and then|which|until|after|before|since|when|"
    r"(?<!\bnot\s)(?<!\bnever\s)once)\b))"
)


def _negation_by_search(doc: Doc, lo: int, pos: int) -> bool:
    return any(
        not cue_undone(doc.low, m.start(), m.end()) for m in _NEGATION.finditer(doc.low, lo, pos)
    )


def _hypothetical_by_search(doc: Doc, pos: int) -> bool:
    for cue in _HYPOTHETICAL.finditer(doc.low, doc.clause_start(pos), pos):
        if cue.group() != "if" or not _OFFER_IF.match(doc.low, cue.start()):
            return True
    s_start, _ = doc.sentence_at(pos)
    if _CONDITIONAL_OPENING.match(doc.low, s_start):
        return _MODAL.search(doc.low, s_start, pos) is not None
    return False


def _clinician_voice_by_search(doc: Doc, pos: int) -> bool:
    s_start, _ = doc.sentence_at(pos)
    lo = max(s_start, pos - 160)
    last = None
    for m in _PRONOUN.finditer(doc.low, lo, pos):
        word = m.group()
        if word in _NEUTRAL_PRONOUNS:
            continue
        if word == "her" and _SPEECH_VERB_BEFORE.search(
            doc.low, max(lo, m.start() - 20), m.start()
        ):
            continue
        last = word
    return last is None or last in _FIRST_PERSON


# Cues, pronouns and breaks, with words that cut or extend them ("nobody", "roleplaying").
_CUES = """not never no nothing nobody didn't don't n't cannot rather than no longer if If if she
    wants unless imagine role-play roleplaying would I I'm my me she her told her him we you
    client's but and then so i - then once although , ; ( " . ! ? couldn't mean to never
    stopped myself before or nor"""
_CUE_WORDS = st.sampled_from([*_CUES.split(), " ", " - ", "\n", "’", "😊", "é", "\t", "x", "’t"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_CUE_WORDS, st.text(max_size=3)), max_size=40).map(" ".join))
def test_prepared_lookups_agree_with_searching_the_text(raw):
    doc = Doc(raw)
    breaks = {m.end() for m in _CLAUSE_BREAK.finditer(doc.low)}
    assert doc._clause_starts == sorted(breaks | {start for start, _ in doc.sentences})
    for pos in range(len(raw) + 1):
        lo = max(doc.clause_start(pos), pos - 60)
        assert doc._negated(pos) == _negation_by_search(doc, lo, pos)
        lo = max(doc.sentence_at(pos)[0], pos - 80)
        wide = _negation_by_search(doc, lo, pos)
        assert doc.negated(pos, window=80, sentence_wide=True) == wide
        assert doc.hypothetical(pos) == _hypothetical_by_search(doc, pos)
        assert doc.clinician_voice(pos) == _clinician_voice_by_search(doc, pos)


def _months_in(stretch: str) -> float | None:
    """The fewest months the time expressions of `stretch`, searched on its own, imply."""
    found = [
        months_ago(m.group())
        for pattern in (AGO, LAST, RECENT_WORDS)
        for m in pattern.finditer(stretch)
    ]
    values = [v for v in found if v is not None]
    return min(values) if values else None


_TIME_VOCABULARY = """I it was hard two 3 12 a few couple of weeks week months days ago back
    before now last this past over the in recently yesterday just only other day morning on
    monday since then but when after and so"""
_TIME_PHRASES = ["3 weeks ago", "a few months back", "two days before now", "last\nweek"]
_TIME_TEXTS = word_texts(
    _TIME_VOCABULARY.split() + _TIME_PHRASES, separators=(*SEPARATORS, "x"), max_words=40
)


@settings(max_examples=300, deadline=None)
@given(_TIME_TEXTS)
def test_months_within_a_sentence_or_clause_is_what_a_search_of_it_finds(raw):
    doc = Doc(raw)
    stretches = {*doc.sentences, *(doc.clause_at(pos) for pos in range(len(raw)))}
    for start, end in stretches:
        assert doc.months_within(start, end) == _months_in(doc.low[start:end]), (start, end)


def test_months_within_reads_each_kind_of_time_expression():
    doc = Doc("My dad died two weeks ago. Last year was hard. I moved recently, 3 months back.")
    first, second, third = doc.sentences
    assert doc.months_within(*first) == 0.5
    assert doc.months_within(*second) == 12.0
    assert doc.months_within(*third) == 0.5  # "recently" is nearer than "3 months back"
    assert doc.months_within(0, len(doc.text)) == 0.5
    assert Doc("It was 3 months ago.").months_within(0, 20) == 3.0
