"""Find a pattern's matches by trying it only where it can start.

Most of the engine's patterns begin with a word boundary and a small set of words
("\\b(?:still|right now|lately|...)"). Python's regular-expression engine has no literal
prefix to skip ahead with when a pattern starts with `\\b`, so a plain `finditer` tries
every alternative at every position of the text. Here each pattern is read once, at first
use (from its parse tree), to list the words its match can begin with and, for each, the
words that can come second; a text is indexed once by its words; and the pattern is then
tried with `match` only where such a pair of words starts. The matches are exactly those
`finditer` gives (the same leftmost, non-overlapping scan), found with far fewer
attempts. A pattern the analysis cannot bound (one that does not start with `\\b` and a
word character, starts with any word at all, or uses case-insensitive groups) is scanned
the plain way. tests/rules/test_scan.py checks the equivalence on generated texts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# Atoms a pattern may consume: a concrete word character, any word character, or any
# non-word character (which ends the word, so only "it came first" matters).
_ANY_WORD = "\x01"
_NON_WORD = " "
_IS_WORD = re.compile(r"\w")
_MAX_RANGE = 64


class _Unbounded(Exception):
    """The pattern's possible starts cannot be listed; scan it the plain way."""


def _atoms(op: object, av: object) -> set[str]:
    """The atoms one character-consuming item can match."""
    if op is _c.LITERAL:
        char = chr(av)  # type: ignore[arg-type]
        return {char if _IS_WORD.match(char) else _NON_WORD}
    if op is _c.ANY or op is _c.NOT_LITERAL:
        return {_ANY_WORD, _NON_WORD}
    if op is _c.IN:
        out: set[str] = set()
        for item_op, item_av in av:  # type: ignore[attr-defined]
            if item_op is _c.NEGATE:
                return {_ANY_WORD, _NON_WORD}
            if item_op is _c.LITERAL:
                out |= _atoms(_c.LITERAL, item_av)
            elif item_op is _c.RANGE:
                lo, hi = item_av
                if hi - lo > _MAX_RANGE:
                    return {_ANY_WORD, _NON_WORD}
                for code in range(lo, hi + 1):
                    out |= _atoms(_c.LITERAL, code)
            elif item_op is _c.CATEGORY:
                if item_av in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD):
                    out.add(_NON_WORD)
                elif item_av in (_c.CATEGORY_WORD, _c.CATEGORY_DIGIT):
                    out.add(_ANY_WORD)
                else:
                    out |= {_ANY_WORD, _NON_WORD}
            else:
                raise _Unbounded
        return out
    raise _Unbounded


# A state is (prefix, saw_boundary, closed). The prefix spells what the match consumed so
# far: word characters as themselves, any run of non-word characters as one space, and
# _ANY_WORD where an unknown word character ends what can be known.
_State = tuple[str, bool, bool]


_MAX_STATES = 4000
_MAX_PREFIX = 60


def _consume(states: set[_State], atoms: set[str], words: int) -> set[_State]:
    """Advance every open state by one character; close it once `words` words are read."""
    out: set[_State] = set()
    for prefix, boundary, closed in states:
        if closed:
            out.add((prefix, boundary, closed))
            continue
        for atom in atoms:
            if not prefix:
                # The match must start at the start of a word: `\b` then a word character.
                if not boundary or atom in (_ANY_WORD, _NON_WORD):
                    raise _Unbounded
                out.add((atom, boundary, False))
            elif atom == _NON_WORD:
                if prefix[-1] == _NON_WORD:
                    out.add((prefix, boundary, False))
                else:
                    done = prefix.count(_NON_WORD) + 1 >= words
                    out.add((prefix + _NON_WORD, boundary, done))
            elif atom == _ANY_WORD or len(prefix) >= _MAX_PREFIX:
                out.add((prefix + _ANY_WORD, boundary, True))
            else:
                out.add((prefix + atom, boundary, False))
    if len(out) > _MAX_STATES:
        raise _Unbounded
    return out


def _walk(items: Iterable[tuple[object, object]], states: set[_State], words: int) -> set[_State]:
    for op, av in items:
        if all(closed for _, _, closed in states):
            return states
        if op is _c.AT:
            if av is _c.AT_BOUNDARY:
                # Before any character it anchors the start; after a word character it
                # ends the word, as a non-word character would.
                starting = {(p, True, c) for p, b, c in states if not p}
                states = starting | _consume({st for st in states if st[0]}, {_NON_WORD}, words)
            # other anchors consume nothing; ignoring them only widens the candidates
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            pass  # lookarounds consume nothing; ignoring them only widens the candidates
        elif op is _c.BRANCH:
            _, alternatives = av  # type: ignore[misc]
            states = set().union(*(_walk(alt, states, words) for alt in alternatives))
        elif op is _c.SUBPATTERN:
            _, add_flags, _, sub = av  # type: ignore[misc]
            if add_flags & re.IGNORECASE:
                raise _Unbounded
            states = _walk(sub, states, words)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            states = _walk(av, states, words)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, hi, body = av  # type: ignore[misc]
            for _ in range(lo):
                nxt = _walk(body, states, words)
                if nxt == states:
                    break
                states = nxt
            if hi != lo:
                # Further repetitions: each count up to a small bound, else the closure
                # over the finite state space (a superset, which is safe).
                extra = hi - lo if hi <= lo + 4 else None
                reached = states
                while extra is None or extra > 0:
                    reached = _walk(body, reached, words)
                    nxt = states | reached
                    if nxt == states:
                        break
                    states = nxt
                    if extra is not None:
                        extra -= 1
        else:
            states = _consume(states, _atoms(op, av), words)
    return states


def _final_states(pattern: re.Pattern[str], words: int) -> set[_State] | None:
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        states = _walk(list(parsed), {("", False, False)}, words)
    except _Unbounded:
        return None
    except Exception:  # the parser is CPython's private API: if it changes, scan plainly
        return None
    if any(not prefix for prefix, _, _ in states):
        return None  # the pattern can match without consuming a word character
    return states


def first_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The whole first words a match can begin with, and the prefixes of first words that
    cannot be listed in full, or None when the pattern's start cannot be bounded."""
    states = _final_states(pattern, 1)
    if states is None:
        return None
    whole: set[str] = set()
    prefixes: set[str] = set()
    for prefix, _, _ in states:
        first, space, _ = prefix.partition(_NON_WORD)
        if space and _ANY_WORD not in first:
            whole.add(first)
        else:
            prefixes.add(first.rstrip(_ANY_WORD))
    return frozenset(whole), frozenset(prefixes)


def max_width(fragment: str) -> int:
    """The most characters a match of the regular expression `fragment` can span."""
    return _p.parse(fragment).getwidth()[1]


def first_pairs(pattern: re.Pattern[str]) -> dict[str, frozenset[str] | None] | None:
    """For each first word a match can begin with, the words that can follow it (None when
    any word can), or None when the first words cannot be listed in full."""
    states = _final_states(pattern, 2)
    if states is None:
        return None
    pairs: dict[str, set[str] | None] = {}
    for prefix, _, _ in states:
        first, space, rest = prefix.partition(_NON_WORD)
        if not space or _ANY_WORD in first:
            return None  # the first word itself is open-ended
        second, space, _ = rest.partition(_NON_WORD)
        if not space or not second or _ANY_WORD in second:
            pairs[first] = None  # any second word (or one only partly known)
        elif first not in pairs:
            pairs[first] = {second}
        elif pairs[first] is not None:
            pairs[first].add(second)  # type: ignore[union-attr]
    return {w: None if nxt is None else frozenset(nxt) for w, nxt in pairs.items()}


_SPECS: dict[int, tuple[re.Pattern[str], frozenset[str] | None, dict | None]] = {}


def _spec(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, dict | None]:
    # Keyed by id(): hashing a compiled pattern hashes its whole compiled program, which
    # for the large word lists costs more than the scan it is meant to save. The pattern
    # is kept in the value so that its id cannot be reused while the entry exists.
    entry = _SPECS.get(id(pattern))
    if entry is None:
        pairs = first_pairs(pattern)
        if pairs is None and (found := first_words(pattern)) is not None and not found[1]:
            # Too many word pairs to list: look up by the first word alone.
            pairs = dict.fromkeys(found[0])
        words = None if pairs is None else frozenset(pairs)
        entry = _SPECS[id(pattern)] = (pattern, words, pairs)
    return entry[1], entry[2]


def second_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every word that can follow the first word of a match, or None when any can.

    For a pattern with case-insensitive parts, pass a lower-cased copy without the
    `(?i:` flags (see `boundary.py`): the words then compare with the lower-cased text.
    """
    pairs = first_pairs(pattern)
    if pairs is None or any(following is None for following in pairs.values()):
        return None
    return frozenset().union(*pairs.values())


def start_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The first words a match of `pattern` can begin with, cached; None when unbounded."""
    return _spec(pattern)[0]


_SPLIT = re.compile(r"(\W+)")
# Every ASCII byte that is not a word character (`\w`: letters, digits, "_") as a space.
_ASCII_WORDS_ONLY = bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(128))
_ASCII_WORDS_ONLY += b" " * 128


def _split_ascii(text: str) -> tuple[list[str], list[str], list[int]]:
    r"""What splitting on `(\W+)` gives for an ASCII text, as (words, separators, starts):
    the words with "" before a leading and after a trailing separator, and the offset of
    each. Two to three times faster than the regular expression, which tests every
    character's class in turn: `bytes.translate` and `split` run in C."""
    flat = text.encode("ascii").translate(_ASCII_WORDS_ONLY).decode("ascii")
    words = flat.split()
    starts: list[int] = []
    find = flat.find
    pos = 0
    for word in words:
        pos = find(word, pos)  # separators are spaces now, so the next word starts there
        starts.append(pos)
        pos += len(word)
    if not words:  # no word at all: one empty part, or a separator between two
        return ([""], [], [0]) if not text else (["", ""], [text], [0, len(text)])
    if starts[0] > 0:
        words.insert(0, "")
        starts.insert(0, 0)
    if pos < len(text):
        words.append("")
        starts.append(len(text))
    separators = [
        text[start + len(word) : following]
        for word, start, following in zip(words, starts, starts[1:], strict=False)
    ]
    return words, separators, starts


class WordIndex:
    """The words (maximal runs of word characters) of a text, in order, with where each
    starts and, for each distinct word, its positions in that order."""

    __slots__ = ("keys", "nexts", "ordinals", "separators", "sequence", "starts")

    def __init__(self, text: str) -> None:
        if text.isascii():
            self.sequence, self.separators, self.starts = _split_ascii(text)
        else:
            parts = _SPLIT.split(text)
            # Even parts are words (the first and last may be empty), odd parts separators.
            self.sequence = parts[::2]
            self.separators = parts[1::2]
            self.starts = list(itertools.accumulate(map(len, parts), initial=0))[::2]
        self.nexts = [*self.sequence[1:], ""]  # the word after each word ("" at the end)
        ordinals: dict[str, list[int]] = {}
        get = ordinals.get
        for i, word in enumerate(self.sequence):
            found = get(word)
            if found is None:
                ordinals[word] = [i]
            else:
                found.append(i)
        ordinals.pop("", None)
        self.ordinals = ordinals
        self.keys = frozenset(ordinals)


def find_all(pattern: re.Pattern[str], text: str, index: WordIndex) -> list[re.Match[str]]:
    """What `list(pattern.finditer(text))` gives, trying the pattern only where its first
    word, followed by a word that can come second, starts. `index` is `WordIndex(text)`."""
    found = candidates(pattern, index)
    if found is None:
        return list(pattern.finditer(text))
    return match_at(pattern, text, found)


def candidates(pattern: re.Pattern[str], index: WordIndex) -> list[int] | None:
    """Where a match of `pattern` can start, ascending: at its first words followed by a
    word that can come second. None when its first words cannot be listed."""
    words, pairs = _spec(pattern)
    if words is None or pairs is None:
        return None
    present = words & index.keys  # iterates the smaller of the two sets
    if not present:
        return []
    nexts, starts, ordinals = index.nexts, index.starts, index.ordinals
    found: list[int] = []
    for word in present:
        following = pairs[word]
        if following is None:
            found += map(starts.__getitem__, ordinals[word])
        else:
            found += [starts[i] for i in ordinals[word] if nexts[i] in following]
    if len(present) > 1:
        found.sort()
    return found


def match_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """Matches of `pattern` tried at `starts` (ascending), skipping any start inside an
    earlier match: what `finditer` gives when no match can begin anywhere else."""
    found: list[re.Match[str]] = []
    resume = 0
    match = pattern.match
    for pos in starts:
        if pos < resume:
            continue
        m = match(text, pos)
        if m is not None:
            found.append(m)
            resume = m.end() if m.end() > pos else pos + 1
    return found
