"""Hypothesis strategies for texts made of words a pattern cares about."""

from __future__ import annotations

from hypothesis import strategies as st

SEPARATORS = (" ", " ", " ", "  ", ", ", ". ", "; ", " - ", "-", "\n")


def word_texts(words: list[str], *, separators=SEPARATORS, max_words: int = 30):
    """Texts of `words`, each followed by one of `separators` (spaces weigh the most)."""
    pairs = st.tuples(st.sampled_from(words), st.sampled_from(separators))
    return st.lists(pairs, max_size=max_words).map(
        lambda chosen: "".join(word + sep for word, sep in chosen)
    )
