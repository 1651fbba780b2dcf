"""Find a pattern's matches by trying it only where it can start.

Most of the engine's patterns begin with a word boundary and a small set of words
("\\b(?:still|right now|lately|...)"). Python's regular-expression engine has no literal
prefix to skip ahead with when a pattern starts with `\\b`, so a plain `finditer` tries
every alternative at every position of the text. Here each pattern is read once, at first
use, to work out the first two characters its match can start with; a text is indexed
once by the first two characters of each of its words; and the pattern is then tried with
`match` only at the starts of the words that fit. The matches are exactly those
`finditer` gives (the same leftmost, non-overlapping scan), only found with far fewer
attempts. A pattern the analysis cannot bound (one that does not start with `\\b` and a
word character, or uses case-insensitive groups) is scanned the plain way.
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


# A state is (prefix, saw_boundary, closed). The prefix holds at most two atoms.
_State = tuple[str, bool, bool]


_MAX_STATES = 4000


def _consume(states: set[_State], atoms: set[str], limit: int) -> set[_State]:
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
                out.add((atom, boundary, limit == 1))
            elif atom in (_ANY_WORD, _NON_WORD):
                out.add((prefix + atom, boundary, True))
            else:
                out.add((prefix + atom, boundary, len(prefix) + 1 >= limit))
    if len(out) > _MAX_STATES:
        raise _Unbounded
    return out


def _walk(items: Iterable[tuple[object, object]], states: set[_State], limit: int) -> set[_State]:
    for op, av in items:
        if all(closed for _, _, closed in states):
            return states
        if op is _c.AT:
            if av is _c.AT_BOUNDARY:
                # Before any character it anchors the start; after a word character it
                # ends the word.
                states = {
                    (p, True, c) if not p else (p + _NON_WORD, b, True) if not c else (p, b, c)
                    for p, b, c in states
                }
            # other anchors consume nothing; ignoring them only widens the candidates
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            pass  # lookarounds consume nothing; ignoring them only widens the candidates
        elif op is _c.BRANCH:
            _, alternatives = av  # type: ignore[misc]
            states = set().union(*(_walk(alt, states, limit) for alt in alternatives))
        elif op is _c.SUBPATTERN:
            _, add_flags, _, sub = av  # type: ignore[misc]
            if add_flags & re.IGNORECASE:
                raise _Unbounded
            states = _walk(sub, states, limit)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            states = _walk(av, states, limit)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, hi, body = av  # type: ignore[misc]
            for _ in range(lo):
                nxt = _walk(body, states, limit)
                if nxt == states:
                    break
                states = nxt
            if hi != lo:
                # Further repetitions: each count up to a small bound, else the closure
                # over the finite state space (a superset, which is safe).
                extra = hi - lo if hi <= lo + 4 else None
                reached = states
                while extra is None or extra > 0:
                    reached = _walk(body, reached, limit)
                    nxt = states | reached
                    if nxt == states:
                        break
                    states = nxt
                    if extra is not None:
                        extra -= 1
        else:
            states = _consume(states, _atoms(op, av), limit)
    return states


def first_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The whole first words a match can begin with, and the prefixes of first words that
    cannot be listed in full, or None when the pattern's start cannot be bounded."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        states = _walk(list(parsed), {("", False, False)}, 40)
    except (_Unbounded, RecursionError, TypeError, ValueError):
        return None
    words: set[str] = set()
    prefixes: set[str] = set()
    for prefix, _, closed in states:
        if not prefix:
            return None
        if closed and prefix[-1] == _NON_WORD:
            words.add(prefix[:-1])
        else:
            prefixes.add(prefix.rstrip(_ANY_WORD))
    return frozenset(words), frozenset(prefixes)


# Keyed by id(): hashing a compiled pattern hashes its whole compiled program, which for
# the large word lists costs more than the scan it is meant to save. The pattern is kept
# in the value so that its id cannot be reused while the entry exists.
_STARTS: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}


def start_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The first words a match of `pattern` can begin with, cached; None when unbounded."""
    entry = _STARTS.get(id(pattern))
    if entry is None:
        found = first_words(pattern)
        words = found[0] if found is not None and not found[1] else None
        entry = _STARTS[id(pattern)] = (pattern, words)
    return entry[1]


_SPLIT = re.compile(r"(\W+)")


def word_index(text: str) -> dict[str, list[int]]:
    """Start offsets of each word (maximal run of word characters) of `text`."""
    parts = _SPLIT.split(text)
    offsets = list(itertools.accumulate(map(len, parts), initial=0))
    index: dict[str, list[int]] = {}
    get = index.get
    for word, start in zip(parts[::2], offsets[::2], strict=False):
        positions = get(word)
        if positions is None:
            index[word] = [start]
        else:
            positions.append(start)
    index.pop("", None)
    return index


def find_all(
    pattern: re.Pattern[str],
    text: str,
    index: dict[str, list[int]],
    words_in_text: frozenset[str],
) -> list[re.Match[str]]:
    """What `list(pattern.finditer(text))` gives, trying the pattern only where it can start.

    `index` is `word_index(text)` and `words_in_text` its keys as a frozenset.
    """
    words = start_words(pattern)
    if words is None:
        return list(pattern.finditer(text))
    present = words & words_in_text  # iterates the smaller of the two sets
    if not present:
        return []
    if len(present) == 1:
        starts = index[next(iter(present))]
    else:
        starts = sorted(itertools.chain.from_iterable(index[w] for w in present))
    return match_at(pattern, text, starts)


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
