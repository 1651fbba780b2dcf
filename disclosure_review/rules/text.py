"""Text handling shared by the detectors: normalisation, sentences, clauses, negation,
hypotheticals, who is speaking, and time expressions.

Every derived string has exactly the length of the original text, so an offset found in
the normalised text is an offset into what the clinician wrote.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable

from .model import Evidence
from .scan import WordIndex, candidates, find_all, match_at

# Single character to single character only: offsets must stay aligned.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\r": "\n",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": ".",
    }
)


_NEEDS_FOLD = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
_FOLD_CHAR = {chr(k): v for k, v in _FOLD.items()}


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD_CHAR[m.group()]


def fold(text: str) -> str:
    """Straighten quotes, apostrophes, dashes and odd spaces, keeping the length."""
    # Replacing only the few characters that need it is much faster than `translate`,
    # which looks up every character of the text (and nothing at all needs folding in
    # most texts).
    return _NEEDS_FOLD.sub(_fold_one, text)


def lower_aligned(text: str) -> str:
    """Lower-case without changing the length (a few letters, like 'İ', grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "st", "prof", "e.g", "i.e", "etc", "vs", "no", "approx", "rd"}
)
# Sentence end, [.!?]+["')\]]*(?=\s|$) or \n+, written to begin with a single character
# class, which lets the regex engine skip ahead to candidate characters instead of trying
# every position.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"')\]]*(?=\s|$)|(?<=\n)\n*)")
# A clause breaks after a punctuation mark, or after a space then "- " or one of the
# words of _CLAUSE_WORD. The two kinds never overlap, so they are found apart: the marks by
# skipping ahead to them, the words by trying _CLAUSE_WORD only where a dash or the first
# word of one of its words starts (the way `scan.py` tries patterns).
_CLAUSE_MARK = re.compile(r'[,;:()\[\]"]')
_CLAUSE_WORD = re.compile(
    r"\s(?:-\s|(?:but|although|though|however|whereas|because|while|then|so i|and i|and then|"
    r"which|until|after|before|since|when)\b|(?<!\bnot\s)(?<!\bnever\s)once\b)"
)
_CLAUSE_FIRST_WORDS = frozenset(
    [
        "but",
        "although",
        "though",
        "however",
        "whereas",
        "because",
        "while",
        "then",
        "so",
        "and",
        "which",
        "until",
        "after",
        "before",
        "since",
        "when",
        "once",
    ]
)
_NEGATION_WORD = re.compile(
    r"\b(?:not|never|no|nor|neither|nothing|none|without|cannot|refused?|refusing|declined?|"
    r"declining|avoided?|avoiding|resisted|no longer|rather than|instead of|dont|didnt|"
    r"doesnt|cant|wont|wouldnt|shouldnt|couldnt|havent|hasnt|hadnt|isnt|wasnt|arent|"
    r"werent|aint|mustnt|"
    # What was almost done was not done: "I almost told her where I live, but stopped".
    r"stopped myself (?:before|from)|caught myself before|held back from|"
    r"(?:almost|nearly|came close to|was about to|was going to|were going to|had planned to|"
    r"meant to)(?= (?:told|tell|telling|gave|give|giving|"
    r"said|say|shared|share|mentioned|mention|showed|show|sent|send|texted|offered|blurted)\b))\b"
)
_NEGATION_CONTRACTED = re.compile(r"n't\b")
_LIST_GOES_ON = re.compile(r"\s*(?:or|nor)\b")
_STOPPED_MYSELF = re.compile(r"\b(?:stopped|caught) myself(?: just)?(?: before| from)?\s*$")
_NEGATION = re.compile(f"{_NEGATION_WORD.pattern}|{_NEGATION_CONTRACTED.pattern}")
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|whether|imagine|imagined|imagining|suppose|supposing|hypothetically|"
    r"pretend|pretending|role-?play(?:ed|ing)?|next time|could have|would have|should have|"
    r"might have|could've|would've|should've|(?:pull|urge|temptation|impulse|tempted) to)\b"
)
# Negations that do not deny the act: "I couldn't not tell her" (double), "I didn't mean
# to tell her, but it slipped out" (it happened).
_NEGATION_UNDONE_AFTER = re.compile(r" (?:mean|intend|plan) to\b| not\b")
_NOT_AFTER_NEGATION = re.compile(r"(?:n't|\bnot) $")


def cue_undone(low: str, start: int, end: int) -> bool:
    """Whether the negation cue at low[start:end] takes nothing back: one that is itself
    negated or negates "not" ("couldn't not"), or "didn't mean to" (it happened)."""
    if _NEGATION_UNDONE_AFTER.match(low, end):
        return True
    return low.startswith("not", start) and bool(
        _NOT_AFTER_NEGATION.search(low, max(0, start - 5), start)
    )


_match_end = operator.methodcaller("end")
_match_start = operator.methodcaller("start")
_MID_WORD = re.compile(r"(?<=\w)\w")
_OFFER_IF = re.compile(
    r"if\s+(?:she|he|they|you|the client)\s+(?:ever\s+|still\s+)?(?:wants?|wanted|would like|"
    r"'d like|likes?|fancies|fancy|needs?|needed|feels? like)\b"
)
_CONDITIONAL_OPENING = re.compile(r"\s*(?:even )?(?:if|suppose|supposing|imagine|what if)\b")
_SHOULD_I_HAVE = re.compile(r"\s*(?:should i have|was it (?:ok|okay|wrong) (?:to|that i)|did i)\b")
_NOT_DONE = re.compile(
    r"\s*(?:but\s+)?i\s+(?:kept (?:it|that|quiet) to myself|kept quiet|didn'?t|did not|held back|"
    r"stopped myself|decided not|chose not)\b"
)
_MODAL = re.compile(r"\b(?:would|might|could)\b|'d\b")
# A capital at the start of a word (`\b[A-Z]`), written to begin with the character class
# so the regex engine can skip ahead to capitals instead of trying every position.
_CAPITALISED = re.compile(r"[A-Z](?<=\b[A-Z])")
_NAME_START = re.compile(r"[A-Z](?<=\b[A-Z])[a-z]")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_DIGIT = re.compile(r"\d")

_PRONOUN = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|mine|myself|we|we're|we've|our|ours|us|"
    r"she|she's|he|he's|her|hers|his|him|they|they're|their|them|you|you're|your|"
    r"client|client's|patient|patient's|pt)\b"
)
_FIRST_PERSON = frozenset(
    {
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "im",
        "ive",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "we're",
        "we've",
        "our",
        "ours",
        "us",
    }
)
# Object pronouns after a verb of telling name the listener, not the owner of what follows.
_NEUTRAL_PRONOUNS = frozenset({"him", "them"})
# The words _PRONOUN finds, less the neutral ones. Its forms with an apostrophe never match
# whole ("she" matches first, and the apostrophe ends the word), so each match is one word.
_OWNER_PRONOUNS = frozenset(
    [
        "i",
        "im",
        "ive",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "our",
        "ours",
        "us",
        "she",
        "he",
        "her",
        "hers",
        "his",
        "they",
        "their",
        "you",
        "your",
        "client",
        "patient",
        "pt",
    ]
)
# An urge the clinician noticed and did not act on is good practice, not a disclosure.
URGE_RESISTED = re.compile(
    r"\b(?:urge|temptation|tempted|impulse|pull|itch)\b[^.;!?]*?\b(?:but|and|so)\s+(?:i\s+)?"
    r"(?:didn'?t|did not|never|resisted|held back|stopped myself|caught myself|decided not|"
    r"chose not|let it pass|sat with it|kept it to myself|kept quiet)"
)
# A sentence about someone named, not the clinician: a capitalised name (with an age)
# followed by anything but a verb of telling ("Dr Rao disclosed ..." stays the clinician's).
_CLIENT_BY_NAME = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?(?!(?:I|We|My|Our|The|This|That|Then|It|There|Clinician|"
    r"Counsell?or|Therapist|Worker|Nurse|Supervisee|Trainee)\b)[A-Z][a-z]+(?:,\s*\d{1,3},\s+[a-z]|"
    r"\s+(?:is|was|has|had|takes|took|seems|seemed|feels|felt|reported|reports|described|worried|"
    r"came|comes|says)\b)"
)
# The client introducing words in quotation marks.
_CLIENT_QUOTES = re.compile(
    r"\b(?!(?:i|we)\b)[a-z]+"
    r"\s+(?:(?!(?:i|we)\b)\w+\s+)?(?:said|says|quoted|told me|replied|wrote|put it|described it as|"
    r"called it)"
    r"(?:\s+(?:her|his|their)(?:\s+\w+){1,3})?\s*[:,]?\s*$"
)
URGE_WORDS = frozenset(["urge", "temptation", "tempted", "impulse", "pull", "itch"])
# The words a third-person note names the clinician by ("Clinician disclosed...").
CLINICIAN_NOUNS = frozenset(
    [
        "clinician",
        "counsellor",
        "counselor",
        "therapist",
        "worker",
        "keyworker",
        "writer",
        "nurse",
        "rn",
        "psychologist",
        "practitioner",
        "technician",
        "tech",
        "provider",
        "manager",
        "peer",
        "staff",
        "mht",
        "mhp",
        "volunteer",
        "chaplain",
        "mentor",
        "counselor",
        "cousnelor",
    ]
)
_TITLED_WORDS = frozenset(
    [
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "supervisee",
        "trainee",
        "locum",
        "intern",
        "student",
        "registrar",
    ]
)
_SPEAKER_WORDS = frozenset(["i", "im", "ive", "me", "my", "we", "us", "myself"])
# The clinician turning the conversation back to the client ("then I asked how she copes").
FOCUS_RETURNED = re.compile(
    r"\b(?:then|and|before)\s+(?:i\s+)?(?:asked|turned|brought|invited|wondered|checked)\b|"
    r"\b(?:asked|wondered) (?:her|him|them|what|how|whether|if)\b"
)
_THIRD_PERSON_OWNERS = frozenset({"she", "he", "her", "hers", "his"})
# A third-person note in which the clinician tells of their own life: "Clinician disclosed
# that she...", "Counsellor admitted to the client that he...". Only verbs of telling
# about oneself: after "told" or "advised" the pronoun is as often the client.
_CLINICIAN = (
    r"(?<!my )(?<!her )(?<!his )(?<!their )\b(?:clinician|cou(?:n?se|sne)ll?or|therapist|worker|"
    r"volunteer|chaplain|mentor|"
    r"keyworker|key worker|writer|nurse|rn|psychologist|practitioner|technician|tech|provider|"
    r"case manager|social worker|peer (?:worker|supporter|specialist)|staff member|mht|mhp)"
)
# The clinician as the subject of any verb, at the start of a sentence: "Clinician gave pt
# her personal number" (what the clinician hands over is theirs).
# In a note with no "I" anywhere, a supervisor's or a colleague's account, the clinician is
# often named: "Dr Okafor told the client he ...", "Ms Lee described her ...", "Our locum
# said he ...". (With "I" in the note, a titled name is more often the client.)
_TITLED = (
    r"(?:(?:dr|doctor|mr|mrs|ms|miss|mx)\.?\s+[a-z][\w'-]+|(?:the\s+|our\s+)?(?:supervisee|"
    r"trainee|locum|intern|student|registrar)(?:,?\s+(?:(?:dr|mr|mrs|ms|miss|mx)\.?\s+)?"
    r"(?:[a-z]\.\s*)?[a-z][\w'-]+,?)?)"
)
_TITLED_ACTING = re.compile(rf"\s*{_TITLED}(?:'s)?\s+[a-z]+\b")
_TITLED_SUBJECT = re.compile(rf"\b{_TITLED}\b")
_CLINICIAN_ACTING = re.compile(rf"(?:the\s+)?(?:[a-z]+\s+)?{_CLINICIAN}\s+[a-z]+\b")
_CLINICIAN_SUBJECT = re.compile(
    rf"{_CLINICIAN}\s+(?:[\w.,]+\s+){{0,3}}?(?:admitted|admits|disclosed|discloses|self-disclosed|revealed|"
    r"reveals|shared|shares|confided|confides|confessed|confesses|mentioned|mentions|opened up|"
    r"talked|talks|talking|spoke|speaks|speaking|sharing|disclosing|admitting|said|says|cried|"
    r"cries|crying|wept|broke down|became tearful|got tearful|became upset|got upset)\b"
)
# The client speaking in a sentence, after which "she" or "he" is the client again.
_CLIENT_SUBJECT = re.compile(
    r"\b(?:client|pt|patient|service user|consumer|member|young person|resident)\s+"
    r"(?:\w+\s+)?(?:said|says|replied|responded|told|asked|explained|shared|mentioned|"
    r"admitted|disclosed|reported|described|talked|spoke|added|agreed)\b"
)
# Words that name the listener rather than an owner right after a verb of telling ("told
# her my...", "told pt I...").
_LISTENERS = frozenset({"her", "pt", "client", "patient"})
_SPEECH_VERB_BEFORE = re.compile(
    r"\b(?:told|tell|telling|tells|asked|ask|reminded|showed|show|gave|give|giving|promised|"
    r"assured|reassured|to|with|for|let|helped|offered|sent|texted|emailed|rang|rung|called|"
    r"phoned|messaged|informed|notified|updated|advised)\s+(?:the\s+|my\s+)?$"
)


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append text[start:end] without its surrounding whitespace, unless it is all space."""
    piece = text[start:end]
    stripped = piece.lstrip()
    if stripped:
        spans.append((end - len(stripped), end - (len(stripped) - len(stripped.rstrip()))))


_match_start = operator.methodcaller("start")


class Doc:
    """A disclosure text prepared once for all detectors."""

    __slots__ = (
        "_capitals",
        "_carried_negation",
        "_clause_starts",
        "_cues",
        "_digits",
        "_index",
        "_matches",
        "_names",
        "_sentence_starts",
        "_suppressed",
        "_times",
        "_voice",
        "cased",
        "low",
        "sentences",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.cased = fold(text)
        self.low = lower_aligned(self.cased)
        self.sentences = self._split_sentences()
        self._sentence_starts = [s for s, _ in self.sentences]
        # Where each word starts, built on first use: it gates detectors whose trigger
        # words are absent and tells `scan` where a pattern can start.
        self._index: WordIndex | None = None
        starts = set(self._sentence_starts)
        starts.update(self._clause_breaks())
        self._clause_starts = sorted(starts)
        self._capitals: list[int] | None = None
        # Whether a negation can reach past its clause (see `negated`): rare, so checked
        # once per text.
        low = self.low
        self._carried_negation = (
            " or " in low or " nor " in low or "stopped myself" in low or "caught myself" in low
        )
        self._names: list[int] | None = None
        self._suppressed: dict[int, bool] = {}
        self._digits: int | None = None
        self._times: tuple[list[int], list[tuple[int, int, float | None]]] | None = None
        self._voice: dict[int, bool] = {}
        self._matches: dict[int, list[re.Match[str]]] = {}
        # Negation and hypothetical cues of the whole text, found once on first use.
        self._cues: dict[str, tuple[list[int], list[int], list[bool]]] = {}

    def _split_sentences(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        low = self.low
        start = 0
        for m in _SENTENCE_END.finditer(low):
            if m.group().startswith(".") and m.end() - m.start() == 1:
                word = low[max(start, m.start() - 5) : m.start()].rsplit(" ", 1)[-1]
                # An initial ("Supervisee J. Brennan") ends no sentence either.
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and word != "i"):
                    continue
            end = m.end()
            _add_trimmed(spans, low, start, end)
            start = end
        _add_trimmed(spans, low, start, len(low))
        return spans

    def _clause_breaks(self) -> list[int]:
        """Where a clause starts after a break (see _CLAUSE_MARK and _CLAUSE_WORD)."""
        low = self.low
        breaks = [m.end() for m in _CLAUSE_MARK.finditer(low)]
        index = self.word_index()
        starts, ordinals = index.starts, index.ordinals
        # A word's index is 0 only when it opens the text, with no space before it.
        tries = [
            starts[i] - 1 for word in _CLAUSE_FIRST_WORDS & index.keys for i in ordinals[word] if i
        ]
        dash = low.find("-", 1)
        while dash != -1:
            tries.append(dash - 1)
            dash = low.find("-", dash + 1)
        tries.sort()
        breaks += [m.end() for m in match_at(_CLAUSE_WORD, low, tries)]
        return breaks

    # --- positions -------------------------------------------------------------------

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `pos`."""
        if not self.sentences:
            return 0, len(self.text)
        i = max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)
        return self.sentences[i]

    def clause_start(self, pos: int) -> int:
        i = bisect.bisect_right(self._clause_starts, pos) - 1
        return self._clause_starts[i] if i >= 0 else 0

    def clause_at(self, pos: int) -> tuple[int, int]:
        start = self.clause_start(pos)
        i = bisect.bisect_right(self._clause_starts, pos)
        end = self._clause_starts[i] if i < len(self._clause_starts) else len(self.text)
        return start, end

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence quoting the original text, trimmed of surrounding spaces."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(start, end, self.text[start:end])

    # --- linguistic checks --------------------------------------------------------------

    def negated(self, pos: int, window: int = 60, *, sentence_wide: bool = False) -> bool:
        if not sentence_wide and self._carried_negation:
            start = self.clause_start(pos)
            low = self.low
            # A list carried on past a comma ("I didn't go into my divorce, or the affair
            # that ended it") stays under the negation of its first item.
            carried = start > 1 and _LIST_GOES_ON.match(low, start)
            if carried and self._negated(start - 2, window, sentence_wide=False):
                return True
            # "I stopped myself before telling her where I live".
            if _STOPPED_MYSELF.search(low, max(0, start - 30), start):
                return True
        return self._negated(pos, window, sentence_wide=sentence_wide)

    def _negated(self, pos: int, window: int = 60, *, sentence_wide: bool = False) -> bool:
        """Whether a negation cue governs `pos`: earlier in the same clause, close by.

        Covers "I never gave him my number", "I didn't tell her where I live" and
        "I would never ...". `sentence_wide` lets the cue reach across commas, for items
        such as a phone number quoted after the verb ("I never gave him my number, 07...").
        """
        start = self.sentence_at(pos)[0] if sentence_wide else self.clause_start(pos)
        lo = max(start, pos - window)
        if _MID_WORD.match(self.low, pos):
            low = self.low
            return any(
                not cue_undone(low, m.start(), m.end()) for m in _NEGATION.finditer(low, lo, pos)
            )
        starts, ends, _ = self._cue_list("negation")
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and ends[i] <= pos

    def hypothetical(self, pos: int) -> bool:
        """Whether `pos` sits inside a conditional or imagined situation.

        "If she asked, I'd give her my number" is hypothetical; "I'd give her my number if
        she needed it" is an actual offer, so a trailing "if" does not count, and neither
        does an "if" that only leaves the choice to the client ("if she wants to train
        together", "if you ever need me").
        """
        lo = self.clause_start(pos)
        if _MID_WORD.match(self.low, pos):
            for cue in _HYPOTHETICAL.finditer(self.low, lo, pos):
                if cue.group() != "if" or not _OFFER_IF.match(self.low, cue.start()):
                    return True
        else:
            starts, ends, counts = self._cue_list("hypothetical")
            i = bisect.bisect_left(starts, lo)
            while i < len(starts) and ends[i] <= pos:
                if counts[i]:
                    return True
                i += 1
        s_start, s_end = self.sentence_at(pos)
        if _CONDITIONAL_OPENING.match(self.low, s_start):
            return _MODAL.search(self.low, s_start, pos) is not None
        # "Should I have told Petra I'm on sertraline too? I kept it to myself."
        if _SHOULD_I_HAVE.match(self.low, s_start) and s_end < len(self.low):
            following = self.sentence_at(s_end + 1)[0]
            return _NOT_DONE.match(self.low, following) is not None
        return False

    def _cue_list(self, kind: str) -> tuple[list[int], list[int], list[bool]]:
        """Starts and ends of the text's negation or hypothetical cues, in order, and
        whether each counts (an "if" that leaves the choice to the client does not).

        A search for a cue between a clause start and `pos` finds one exactly when a cue
        of the whole text starts there and ends by `pos`, as long as `pos` does not cut a
        word (callers search the plain way then): no cue begins inside another cue.
        """
        found = self._cues.get(kind)
        if found is None:
            low = self.low
            if kind == "negation":
                cues = [*self.scan(_NEGATION_WORD), *_NEGATION_CONTRACTED.finditer(low)]
                cues.sort(key=_match_start)
                cues = [c for c in cues if not cue_undone(low, c.start(), c.end())]
                counts = [True] * len(cues)
            else:
                cues = self.scan(_HYPOTHETICAL)
                counts = [
                    cue.group() != "if" or not _OFFER_IF.match(low, cue.start()) for cue in cues
                ]
            found = self._cues[kind] = (
                [cue.start() for cue in cues],
                [cue.end() for cue in cues],
                counts,
            )
        return found

    def suppressed(self, pos: int) -> bool:
        """Negated or hypothetical (remembered per position: several rules ask)."""
        found = self._suppressed.get(pos)
        if found is None:
            found = self._suppressed[pos] = self.negated(pos) or self.hypothetical(pos)
        return found

    def clinician_voice(self, pos: int) -> bool:
        """Whether what follows `pos` belongs to the clinician rather than the client.

        The nearest preceding pronoun in the sentence decides ("my affair" vs "her
        affair"); listeners after a verb of telling ("told him I...") do not count. With
        no pronoun at all, a note such as "Mentioned having..." is the clinician's.
        """
        found = self._voice.get(pos)
        if found is None:
            found = self._voice[pos] = self._clinician_voice(pos)
        return found

    def _clinician_voice(self, pos: int) -> bool:
        """Whether what follows `pos` belongs to the clinician rather than the client.

        The nearest preceding pronoun in the sentence decides ("my affair" vs "her
        affair"); listeners after a verb of telling ("told him I...") do not count. With
        no pronoun at all, a note such as "Mentioned having..." is the clinician's.
        """
        s_start, _ = self.sentence_at(pos)
        lo = max(s_start, pos - 160)
        low = self.low
        # Inside a quotation the client (or someone they quote) is speaking: 'Pt said
        # "I'm still standing"', 'Client quoted her sponsor: "we're all in the same boat"'.
        if self._quoted(s_start, pos):
            return False
        if _MID_WORD.match(low, pos):
            owners = [
                (m.start(), m.group())
                for m in _PRONOUN.finditer(low, lo, pos)
                if m.group() not in _NEUTRAL_PRONOUNS
            ]
        else:
            # What the search between `lo` and `pos` would find: the pronoun words that
            # start there (a word starting before `pos` ends by it when `pos` cuts no word).
            index = self.word_index()
            starts, sequence = index.starts, index.sequence
            first = bisect.bisect_left(starts, lo)
            last = bisect.bisect_left(starts, pos)
            owners = [
                (starts[i], sequence[i])
                for i in range(first, last)
                if sequence[i] in _OWNER_PRONOUNS
            ]
        # The nearest one decides, leaving out words quoted from the client.
        if '"' in low[lo:pos]:
            owners = [(start, word) for start, word in owners if not self._quoted(s_start, start)]
        for start, word in reversed(owners):
            if word in _LISTENERS and _SPEECH_VERB_BEFORE.search(low, max(lo, start - 20), start):
                continue
            if word in _THIRD_PERSON_OWNERS:
                if low.startswith(" own", start + len(word)) and _CLINICIAN_ACTING.match(
                    low, s_start
                ):
                    return True  # "Clinician told client about her own health scare"
                # In a note opening on the clinician ("MHT told pts she's been depressed"),
                # "she" is the clinician until the client is said to speak: what is logged
                # here is the clinician's own disclosure.
                if self._opens_on_clinician(s_start):
                    return not _CLIENT_SUBJECT.search(low, s_start, start)
                return self._clinician_subject(s_start, start)
            return word in _FIRST_PERSON
        # No pronoun: a note in the clinician's shorthand, unless the sentence is about the
        # client by name ("Ana is on 20 mg of fluoxetine", "Patricia, 54, recently diagnosed").
        return not _CLIENT_BY_NAME.match(self.cased, s_start)

    def quoted(self, pos: int) -> bool:
        """Whether `pos` lies inside words the client is quoted as saying."""
        return self._quoted(self.sentence_at(pos)[0], pos)

    def _quoted(self, s_start: int, pos: int) -> bool:
        """Whether `pos` lies inside words the client is quoted as saying."""
        low = self.low
        if not low.count('"', s_start, pos) % 2:
            return False
        opening = low.rfind('"', s_start, pos)
        return _CLIENT_QUOTES.search(low, max(s_start, opening - 40), opening) is not None

    def clinicians(self, pos: int) -> bool:
        """Whether what is at `pos` (a number, an address) is the clinician's: in their
        voice, or handed over in a note about them ("Clinician gave pt her number")."""
        return self.clinician_voice(pos) or self.clinician_subject(pos, acting=True)

    def clinician_subject(self, pos: int, *, acting: bool = False) -> bool:
        """Whether "her" or "him" at `pos` is the clinician of a third-person note. With
        `acting`, a sentence opening on the clinician doing anything ("Clinician gave pt
        her...") counts too, for what only the actor can hand over."""
        s_start = self.sentence_at(pos)[0]
        if acting and self._opens_on_clinician(s_start):
            return True
        return self._clinician_subject(s_start, pos)

    def _opens_on_clinician(self, s_start: int) -> bool:
        if _CLINICIAN_ACTING.match(self.low, s_start):
            return True
        return self._named_clinician() and _TITLED_ACTING.match(self.low, s_start) is not None

    def _named_clinician(self) -> bool:
        """Whether the note is about a clinician by name: no "I" or "we" anywhere in it."""
        return self.has_any(_TITLED_WORDS) and not self.has_any(_SPEAKER_WORDS)

    def _clinician_subject(self, s_start: int, pos: int) -> bool:
        """Whether "he" or "she" at `pos` is the clinician of a third-person note: the
        sentence opens with the clinician disclosing ("Counsellor admitted to the client
        that he...") and no client speaks up in between ("...; client said she...")."""
        low = self.low
        subject = _CLINICIAN_SUBJECT.search(low, s_start, pos)
        if subject is None and self._named_clinician():
            subject = _TITLED_SUBJECT.search(low, s_start, pos)
        return subject is not None and not _CLIENT_SUBJECT.search(low, subject.end(), pos)

    def word_index(self) -> WordIndex:
        """Start offsets of each word (run of word characters) of the lower-cased text."""
        if self._index is None:
            self._index = WordIndex(self.low)
        return self._index

    def has_any(self, triggers: frozenset[str]) -> bool:
        """Whether any trigger word occurs as a word (run of word characters) in the text."""
        return not triggers.isdisjoint(self.word_index().keys)

    # --- iteration helpers ---------------------------------------------------------------

    def scan(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Every match of `pattern` in the lower-cased text, as `finditer` finds them.

        Computed once per pattern and text, however many detectors ask, and found by
        trying the pattern only at the words it can start with (see `scan.py`).
        """
        # By id(): hashing a compiled pattern hashes its whole program (see scan.py).
        found = self._matches.get(id(pattern))
        if found is None:
            found = find_all(pattern, self.low, self.word_index())
            self._matches[id(pattern)] = found
        return found

    def within(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """The matches of `scan` that lie between `start` and `end`: for a pattern asked
        about sentence after sentence, one scan of the text instead of a search of each."""
        found = self.scan(pattern)
        i = bisect.bisect_left(found, start, key=_match_start)
        inside = []
        while i < len(found) and found[i].start() < end:
            if found[i].end() <= end:
                inside.append(found[i])
            i += 1
        return inside

    def scan_near(self, pattern: re.Pattern[str], word: str, reach: int) -> list[re.Match[str]]:
        """`scan`, for a pattern each match of which holds `word` (a whole word) starting
        at most `reach` characters after the match starts: tried only where one does."""
        found = self._matches.get(id(pattern))
        if found is None:
            index = self.word_index()
            starts = candidates(pattern, index)
            if starts is None:
                found = list(pattern.finditer(self.low))
            else:
                near = [index.starts[i] for i in index.ordinals.get(word, ())]
                kept = []
                for pos in starts:
                    i = bisect.bisect_left(near, pos)
                    if i < len(near) and near[i] - pos <= reach:
                        kept.append(pos)
                found = match_at(pattern, self.low, kept)
            self._matches[id(pattern)] = found
        return found

    def scan_cased(
        self,
        pattern: re.Pattern[str],
        *,
        starts: Iterable[str],
        then: frozenset[str] | None = None,
    ) -> list[re.Match[str]]:
        """Matches in the case-kept text of a pattern that can only begin with one of the
        words `starts` (in any case) followed, when `then` is given, by one of the words
        `then` (in any case), as `finditer` finds them."""
        index = self.word_index()
        nexts = index.nexts
        ordinals = sorted(
            i
            for word in starts
            for i in index.ordinals.get(word, ())
            if then is None or nexts[i] in then
        )
        positions = [index.starts[i] for i in ordinals]
        return match_at(pattern, self.cased, positions)

    def scan_capitalised(
        self, pattern: re.Pattern[str], *, name: bool = False
    ) -> list[re.Match[str]]:
        """Matches in the case-kept text of a pattern that can only begin with a capital
        A-Z at the start of a word (a school), or with `name`, a capital followed by a
        small letter a-z (a name), as `finditer` finds them."""
        return match_at(pattern, self.cased, self.capitalised(name=name))

    def capitalised(self, *, name: bool = False) -> list[int]:
        """Where a word starts with a capital A-Z (with `name`, followed by a-z)."""
        if name:
            if self._names is None:
                self._names = [m.start() for m in _NAME_START.finditer(self.cased)]
            return self._names
        if self._capitals is None:
            self._capitals = [m.start() for m in _CAPITALISED.finditer(self.cased)]
        return self._capitals

    def months_within(self, start: int, end: int) -> float | None:
        """The fewest months ago that a time expression lying within [start, end) implies
        ("two weeks ago", "last month", "recently"), or None when there is none.

        What AGO, LAST and RECENT_WORDS find in that stretch on its own: the callers ask of
        sentences and clauses, and no match of the three crosses into one from outside
        and hides a match inside it. The text is scanned once, not once per stretch.
        """
        if self._times is None:
            low = self.low
            found = [
                *self.scan(_AGO_IN_WORDS),
                *(_AGO_IN_DIGITS.finditer(low) if self.digit_count() else ()),
                *self.scan(LAST),
                *self.scan(RECENT_WORDS),
            ]
            times = sorted((m.start(), m.end(), months_ago(m.group())) for m in found)
            self._times = ([t[0] for t in times], times)
        starts, times = self._times
        fewest = None
        i = bisect.bisect_left(starts, start)
        while i < len(times) and times[i][0] < end:
            _, stop, months = times[i]
            if stop <= end and months is not None and (fewest is None or months < fewest):
                fewest = months
            i += 1
        return fewest

    def digit_count(self) -> int:
        """How many digits (of any script) the text holds, counted once."""
        if self._digits is None:
            self._digits = len(_DIGIT.findall(self.text))
        return self._digits

    def word_count(self) -> int:
        """Words as `_WORD` finds them in the original text: runs of letters and digits,
        joined by a single apostrophe or hyphen ("don't", "well-being")."""
        text = self.text
        if "_" in text or "\u02bc" in text:
            return len(_WORD.findall(text))
        # With no underscore, the words of the index are exactly the runs of letters and
        # digits (folding swaps one non-word character for another, except the modifier
        # apostrophe "\u02bc", a letter, which is counted the plain way above), and a separator
        # that is one apostrophe or one hyphen between two of them joins them into one
        # word, unless folding made it one (a curly apostrophe joins nothing in `_WORD`).
        index = self.word_index()
        sequence, separators, starts = index.sequence, index.separators, index.starts
        runs = len(sequence) - sequence.count("")
        if not separators:
            return runs
        if self.cased == text:
            joiners = None  # every "'" and "-" separator was written so
            joins = separators.count("'") + separators.count("-")
        else:
            # Separator i ends where word i + 1 starts.
            joiners = {
                i
                for i, sep in enumerate(separators)
                if (sep == "'" or sep == "-") and text[starts[i + 1] - 1] == sep
            }
            joins = len(joiners)
        # A joiner at the very start or end of the text joins nothing.
        edges = {0} if sequence[0] == "" else set()
        if sequence[-1] == "":
            edges.add(len(separators) - 1)
        for i in edges:
            if separators[i] in ("'", "-") and (joiners is None or i in joiners):
                joins -= 1
        return runs - joins


# --- time and recency -------------------------------------------------------------------

# Numbers written as words, in time expressions ("two weeks ago", "fifteen minutes").
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "few": 3,
    "couple": 2,
    "several": 4,
    "a few": 3,
    "a couple": 2,
    "a couple of": 2,
}
_UNIT_MONTHS = {
    "day": 1 / 30,
    "week": 0.25,
    "wk": 0.25,
    "fortnight": 0.5,
    "month": 1.0,
    "mth": 1.0,
    "mo": 1.0,
    "year": 12.0,
    "yr": 12.0,
}

_AGO_NUMBER_WORDS = (
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:a )?few|(?:a )?couple(?: of)?|several"
)
_AGO_UNIT = (
    r"\s*(?P<unit>day|week|wk|fortnight|month|mth|mo|year|yr)s?\s+(?:ago|back|before now|earlier)\b"
)
AGO = re.compile(rf"\b(?P<n>\d+|{_AGO_NUMBER_WORDS}){_AGO_UNIT}")
# AGO in two parts for scanning a whole text: the number words are looked up by word, and
# the digits (`\b\d+`, written to begin with a digit) skipped to. Their matches never
# overlap, so together they find what AGO finds.
_AGO_IN_WORDS = re.compile(rf"\b(?P<n>{_AGO_NUMBER_WORDS}){_AGO_UNIT}")
_AGO_IN_DIGITS = re.compile(rf"(?P<n>\d(?<!\w\d)\d*){_AGO_UNIT}")
LAST = re.compile(
    r"\b(?:last|this past|this|earlier this|over the last|over the past|in the last|"
    r"in the past)\s+(?P<unit>night|day|weekend|week|fortnight|month|year|"
    r"spring|summer|autumn|fall|winter|christmas|easter|term)\b"
)
RECENT_WORDS = re.compile(
    r"\b(?:yesterday|recently|just (?:last|this)|only just|the other day|days ago|"
    r"weeks ago|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))\b"
)
LONG_PAST = re.compile(
    r"\b(?:years ago|many years|decades? ago|long (?:time )?ago|a long time|back then|"
    r"back in the day|when i was (?:a |an )?(?:kid|child|little|young|younger|teen|"
    r"teenager|student|\d+|in (?:school|college|university|my (?:teens|twenties|"
    r"thirties))|at (?:school|college|university|uni)|studying|growing up|pregnant)|"
    r"as a (?:child|kid|teen|teenager|young (?:adult|man|woman|person)|student)|"
    r"growing up|in my (?:teens|twenties|thirties|youth|early|late)|used to|"
    r"(?:up )?until (?:the age of|i was) \d+|at the age of \d+|in (?:19|200)\d\b|"
    r"at (?:school|uni|university|college))\b"
)
# Markers of something still going on: "still", "right now", "these days", "lately",
# "for weeks now", "the past few weeks", "a rough few days", "(not) ... yet".
PRESENT = re.compile(
    r"\b(?:still|right now|just now|at the moment|at the mo|atm|rn|currently|at present|these days|"
    r"all week|everything (?:that'?s |that is )?going on|(?:started|starting|flared up|kicked off) "
    r"again|(?:came|come|are|is) back|again (?:lately|recently|since)|"
    r"lately|of late|this week|this month|nowadays|ongoing|at the minute|for now|every day|"
    r"(?:it|things|life|everything)(?:'s| has| have) been|"
    r"each day|most days|anymore|any more|yet|so far|today|tonight|ever since|"
    r"for (?:days|weeks|months) now|"
    r"(?:the|these|over the|in the|for the) (?:past|last) (?:few |couple of |two |three |"
    r"several |\d+ )?(?:days|weeks|months)|"
    r"(?:a|an) (?:\w+ )?(?:few|couple of) (?:days|weeks|months)(?= (?:now|for me|i|"
    r"if i'?m honest|to be honest)|[,.;!?]|$))"
)


def months_ago(phrase: str) -> float | None:
    """Months implied by a time expression such as "two weeks ago" or "last month"."""
    m = AGO.search(phrase)
    if m:
        n_raw = m.group("n")
        n = int(n_raw) if n_raw.isdigit() else NUMBER_WORDS.get(n_raw, 1)
        return n * _UNIT_MONTHS[m.group("unit")]
    m = LAST.search(phrase)
    if m:
        unit = m.group("unit")
        if unit in {"night", "day", "weekend", "week", "fortnight", "term"}:
            return 0.5
        if unit == "month":
            return 1.0
        if unit == "year":
            return 12.0
        return 6.0  # a named season or holiday: somewhere within the past year
    if RECENT_WORDS.search(phrase):
        return 0.5
    return None
