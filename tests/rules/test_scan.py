"""The fast pattern scan finds exactly what a plain `finditer` finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_review.rules import boundary, brevity, client_focus, resolved, text
from disclosure_review.rules.scan import _split_ascii, first_words, start_words
from disclosure_review.rules.text import Doc

from .strategies import word_texts

PATTERNS = sorted(
    {
        value
        for module in (boundary, brevity, client_focus, resolved, text)
        for value in vars(module).values()
        if isinstance(value, re.Pattern)
    },
    key=lambda p: p.pattern,
)

# Words the patterns start with and continue with, so random texts actually match.
_WORDS = """I i I'm we my My our she He they the a to know exactly how you feel still struggling
    right now live on Harcourt Street son Jack goes Westfield Primary add me Instagram
    sertraline 100mg 2 tablets day it's wrong is sin minutes from down road comforted Anna
    told it would be okay never got over haven't two weeks ago last week silence awkward
    Our daughter's name is Lily twins eldest step-son ex-wife in-laws called named
    same boat been there 07700 900123 +44 (0) @ jo_x Sam said reassured me fine will then
    hugged held my hand I'm we're am are on off Elm Road"""
VOCABULARY = st.sampled_from(_WORDS.split())
SEPARATORS = st.sampled_from([" ", "  ", ", ", ". ", "\n", "'", "-", "’", "", "_", "1", "é"])
TEXTS = st.lists(st.one_of(VOCABULARY, SEPARATORS, st.text(max_size=6)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_scan_matches_finditer_for_every_pattern(raw):
    doc = Doc(raw)
    for pattern in PATTERNS:
        expected = [m.span() for m in pattern.finditer(doc.low)]
        assert [m.span() for m in doc.scan(pattern)] == expected, pattern.pattern


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_case_kept_scans_match_finditer(raw):
    doc = Doc(raw)
    school = [m.span() for m in boundary.SCHOOL_NAME.finditer(doc.cased)]
    assert [m.span() for m in doc.scan_capitalised(boundary.SCHOOL_NAME)] == school
    named = [m.span() for m in client_focus.ROLE_REVERSAL_NAMED.finditer(doc.cased)]
    assert [m.span() for m in client_focus.named_role_reversals(doc)] == named
    for pattern in (boundary.FAMILY_NAME, boundary.FAMILY_NAME_IS, boundary.CHILD_ACTIVITY):
        expected = [m.span() for m in pattern.finditer(doc.cased)]
        assert [m.span() for m in doc.scan_cased(pattern, starts=("my", "our"))] == expected
        then = boundary._SECOND_WORDS[id(pattern)]
        assert then  # the words after "my"/"our" could be listed
        found = doc.scan_cased(pattern, starts=("my", "our"), then=then)
        assert [m.span() for m in found] == expected
    on_street = [m.span() for m in boundary.ON_STREET.finditer(doc.cased)]
    found = doc.scan_cased(boundary.ON_STREET, starts=boundary._I_AM, then=boundary._AM_WORDS)
    assert [m.span() for m in found] == on_street


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:still|right now|at the moment)\b", {"still", "right", "at"}),
        (r"\bi(?:'m| am)?\s+(?:sad|low)\b", {"i"}),
        (r"\b(?:(?:just|right)\s+)?down the road\b", {"just", "right", "down"}),
        (r"\bstruggl(?:e|es|ing)\b", {"struggle", "struggles", "struggling"}),
    ],
)
def test_start_words_lists_every_first_word(pattern, words):
    assert start_words(re.compile(pattern)) == words


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b\d+mg\b",  # starts with any digit run
        r"(?<!\w)still",  # no word boundary to anchor on
        r"\b(?i:my)\s+son",  # case-insensitive
        r"\b(?:\w+ )?minutes",  # any word first
        r"\b(?:still|'s)\b",  # one alternative starts inside a word
    ],
)
def test_patterns_without_listable_first_words_are_scanned_plainly(pattern):
    assert start_words(re.compile(pattern)) is None


def test_first_words_reports_prefixes_for_open_ended_words():
    words, prefixes = first_words(re.compile(r"\b(?:at\b|struggl\w*|in)"))
    # "in" may begin "inside" as well, since nothing ends the word after it.
    assert words == {"at"} and prefixes == {"struggl", "in"}


_ROLE_REVERSAL_VOCABULARY = """Sam Anna She I My said saying told telling me it things would
    will 'll be all fine okay better then kept hugged comforted held my hand sorry for was
    that, and"""
_ROLE_REVERSAL_TEXTS = word_texts(_ROLE_REVERSAL_VOCABULARY.split())


@settings(max_examples=300, deadline=None)
@given(_ROLE_REVERSAL_TEXTS)
def test_named_role_reversals_match_finditer(raw):
    doc = Doc(raw)
    expected = [m.span() for m in client_focus.ROLE_REVERSAL_NAMED.finditer(doc.cased)]
    assert [m.span() for m in client_focus.named_role_reversals(doc)] == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Sam said it would be fine.",
        "Then Anna kept telling me things will get better",
        "Anna held my hand and Sam said that it would all be okay",
        "Anna, crying, said it would be fine",  # the name is followed by a comma: no match
        "Sam comforted me.",
    ],
)
def test_named_role_reversals_on_examples(raw):
    doc = Doc(raw)
    expected = [m.span() for m in client_focus.ROLE_REVERSAL_NAMED.finditer(doc.cased)]
    assert [m.span() for m in client_focus.named_role_reversals(doc)] == expected


_CONTACT_VOCABULARY = """I gave told passed on jotted down wrote him her my personal work
    number mobile email e-mail instagram a the note with which was on it card and then"""
_CONTACT_TEXTS = word_texts(_CONTACT_VOCABULARY.split())


@settings(max_examples=300, deadline=None)
@given(_CONTACT_TEXTS)
def test_scan_near_matches_finditer(raw):
    doc = Doc(raw)
    expected = [m.span() for m in boundary.SHARED_CONTACT.finditer(doc.low)]
    found = doc.scan_near(boundary.SHARED_CONTACT, "my", boundary._SHARED_CONTACT_REACH)
    assert [m.span() for m in found] == expected


def test_scan_near_at_the_edge_of_its_reach():
    # The longest verb, then fillers up to and past the 25 characters the pattern allows.
    texts = [f"Jotted down {'a ' * n}my number" for n in range(10, 16)]
    found = []
    for raw in texts:
        doc = Doc(raw)
        expected = [m.span() for m in boundary.SHARED_CONTACT.finditer(doc.low)]
        near = doc.scan_near(boundary.SHARED_CONTACT, "my", boundary._SHARED_CONTACT_REACH)
        assert [m.span() for m in near] == expected
        found.append(bool(expected))
    assert found[0] and not found[-1]  # the edge lies inside the range tried


def _split_by_regex(text):
    parts = re.split(r"(\W+)", text)
    starts = [sum(map(len, parts[:i])) for i in range(0, len(parts), 2)]
    return parts[::2], parts[1::2], starts


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_texts_split_into_words_as_the_regular_expression_does(raw):
    assert _split_ascii(raw) == _split_by_regex(raw)


@pytest.mark.parametrize("raw", ["", " ", "a", "a ", " a", "_x_ y,", "...", "\n\nhi\n"])
def test_ascii_split_edges(raw):
    assert _split_ascii(raw) == _split_by_regex(raw)


# Patterns that begin with a character class or a digit, which `re` skips ahead to by
# itself: the only ones a detector may scan without listing their first words.
_SKIPPED_TO = {
    "DOSE_NUMBER",
    "EMAIL",
    "HANDLE",
    "JUDGEMENT_S",
    "NEARBY_MINUTES",
    "NUMBERED_ADDRESS",
}
# Scanned through a loop over several patterns rather than by name.
_SCANNED_IN_LOOPS = {
    "STRONG_DIFFICULTY",
    "WEAK_DIFFICULTY",
    "PAST_DIFFICULTY",
    "LIFE_EVENT",
    "UNPROCESSED",
    "PLATFORM_INVITE",
    "FRIEND_REQUEST",
    "HERE_IS_MY_NUMBER",
    "TOLD_WHERE",
    "MY_ADDRESS_IS",
    "LIVED_RECOVERY",
}


def test_every_scanned_pattern_is_tried_only_at_the_words_it_can_start_with():
    """A pattern whose first words cannot be listed is tried at every position of every
    text; one such rule ("'s got worse") once made a whole detector several times slower."""
    modules = (boundary, brevity, client_focus, resolved, text)
    source = "".join(Path(m.__file__).read_text() for m in modules)
    names = set(re.findall(r"doc\.(?:scan|scan_near|within)\(([A-Z_][A-Z_0-9]*)", source))
    names |= _SCANNED_IN_LOOPS
    unbounded = []
    for name in sorted(names - _SKIPPED_TO):
        pattern = next(getattr(m, name) for m in modules if hasattr(m, name))
        if start_words(pattern) is None:
            unbounded.append(name)
    assert unbounded == []
