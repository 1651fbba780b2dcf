"""Client focus: the disclosure is for the client's needs, not the clinician's."""

from __future__ import annotations

import bisect
import re

from .model import DisclosureInput, Thresholds
from .resolved import LIFE_EVENT, PAST_DIFFICULTY, STRONG_DIFFICULTY, UNPROCESSED
from .scan import match_at, second_words
from .signals import Signal
from .text import CLINICIAN_NOUNS, FOCUS_RETURNED, URGE_RESISTED, URGE_WORDS, Doc

_EXACTLY = r"(?:exactly|exacly|excatly|exactley|precisely|just|totally|completely|fully|100%)"
_THEIR_EXPERIENCE = (
    r"(?:you|he|she|they|u)(?:'re|'s| are| is| were| was)?\s+(?:really\s+)?(?:feel|feels|"
    r"feeling|felt|going (?:through|thru)|went (?:through|thru)|been (?:through|thru)|"
    r"experiencing|dealing with|"
    r"living with|facing|must feel|must be feeling)"
)
OVERIDENTIFICATION = re.compile(
    rf"\bi\s+(?:know|understand|get|knew|understood|feel)\s+{_EXACTLY}\s+(?:how|what|where|"
    rf"why|the way)\b[^.;!?]{{0,60}}|"
    rf"\bi\s+(?:know|understand|knew)\s+(?:how|what)\s+{_THEIR_EXPERIENCE}\b|"
    rf"\bi\s+(?:understand|know|get)\s+{_EXACTLY}\b|"
    rf"\bi\s+{_EXACTLY}\s+(?:know|understand|get)\s+(?:how|what)\b[^.;!?]{{0,60}}|"
    r"\b(?:(?:in\s+)?the\s+)?same\s+boat\b|"
    r"\bi(?:'ve|\s+have|ve|'d|\s+had)?\s+been\s+(?:there(?!\s+(?:for|on (?:holiday|vacation|"
    r"business|a (?:trip|visit|holiday|break|day out)|my (?:holidays?|honeymoon))|once|twice|"
    r"(?:a few|a couple of) times|to visit)\b)|in your shoes|"
    r"in (?:his|her|their) shoes|"
    r"exactly where (?:you|he|she|they) (?:are|is)|"
    r"(?:through|thru) (?:exactly )?the (?:exact )?same)"
    r"(?:\s+(?:myself|too|as well))?\b|"
    r"\bi\s+(?:went|have gone|'ve gone|go)\s+(?:through|thru)\s+(?:exactly|the exact)\s+"
    r"(?:the\s+)?same\b|"
    r"\b(?:exactly|the exact)\s+same\s+(?:thing|experience)\s+(?:happened\s+to\s+me|as\s+(?:you|"
    r"him|her|them))\b|\bi\s+know\s+the\s+feeling\b|"
    r"\bbeen\s+there,?\s+done\s+that\b|\b(?:she|he)(?:\s+(?:had|has)|'d|'s)\s+['\"]?been\s+there\b|"
    rf"\b(?:she|he)\s+(?:knew|knows|understood|understands)\s+{_EXACTLY}\s+(?:how|what)\b|"
    r"\bi\s+(?:felt|feel)\s+exactly\s+the\s+same\b|\bwe(?:'re|\s+are|\s+were)\s+(?:exactly\s+|"
    r"basically\s+|literally\s+|pretty much\s+|really\s+)?(?:in\s+)?the\s+(?:exact\s+|very\s+)?"
    r"same(?:\s+(?:situation|position|boat|place|thing|person|people|way|state|mess))?"
    r"(?![ \t]+[a-z])|"
    r"\bi(?:'ve|\s+have)?\s+walked\s+(?:a mile\s+)?in\s+(?:your|his|her|their)\s+shoes\b|"
    r"\bi\s+know\s+what\s+it(?:'s|\s+is|\s+was)\s+like\s+(?:for\s+you|to\s+be\s+you)\b"
)

# Words the clinician held back: "I nearly said 'I know exactly how you feel' but didn't".
# Searched back to the start of the sentence, since a quotation opens a clause of its own.
UNSAID = re.compile(
    r"\b(?:nearly|almost|was about to|tempted to|wanted to|thought about|thought of|"
    r"considered|resisted|stopped myself(?: from)?|held back from|refrained from|avoided)\s+"
    r"(?:say|said|saying|tell|told|telling)\b"
)

THERAPIST_NEED = re.compile(
    r"\b(?:the\s+)?silence\s+(?:was|felt|got|had got|became|had become|seemed)\s+"
    r"(?:getting\s+|a\s+bit\s+|really\s+|so\s+|too\s+|quite\s+|very\s+|pretty\s+|kind of\s+)*"
    r"(?:awkward|uncomfortable|unbearable|too long|painful|excruciating)"
    r"(?!\s+(?:for|to)\s+(?:the\s+)?(?:client|her|him|them|pt|patient))|"
    r"\bawkward\s+(?:silence|pause)|\b(?:fill|filled|filling)\s+(?:the|a|an awkward|that)\s+"
    r"(?:silence|gap|pause)|\bto\s+(?:fill|break)\s+the\s+(?:silence|tension)|"
    r"\b(?:needed|need|wanted|want)\s+to\s+(?:vent|offload|off-load|unload|talk\s+to\s+someone|"
    r"tell\s+someone|get\s+it\s+out)|\bget\s+(?:it|this|that|things|something)\s+off\s+my\s+chest|"
    r"\b(?:needed|wanted|need)\s+someone\s+to\s+(?:talk\s+to|hear\s+(?:it|me)|listen|vent\s+to)|"
    r"\bto\s+(?:vent|offload|off-load|unload|rant|moan)\b(?!\s+(?:about|to)\s+(?:her|his|their))|"
    r"\b(?:to|would)\s+(?:make|help)\s+(?:me|myself|herself|himself|themselves)\s+feel\s+"
    r"(?:better|more comfortable|less\s+"
    r"(?:uncomfortable|awkward|anxious|nervous|alone|guilty|exposed|useless|stupid))|"
    r"\bfor\s+my\s+own\s+(?:sake|benefit|relief|comfort)|"
    r"\b(?:needed|wanted|seeking|looking\s+for|fishing\s+for)\s+(?:some\s+|her\s+|his\s+|"
    r"their\s+|a bit of\s+)?(?:validation|reassurance|sympathy|support|comfort|encouragement|"
    r"praise|approval)(?:\s+(?:from\s+(?:her|him|them|the client)|myself))?|"
    r"\b(?:could|can)\s+(?:really\s+|honestly\s+)?do\s+with\s+(?:some|a\s+bit\s+of|a\s+little)\s+"
    r"(?:encouragement|support|reassurance|sympathy|cheering up|kindness|tlc)\s+myself|"
    r"\b(?:wanted|needed|hoped|wanting|needing|hoping)\s+(?:her|him|them|the client|pt)\s+to\s+"
    r"(?:reassure|validate|comfort|praise|approve of|tell\s+me\s+(?:that\s+)?i\b|"
    r"say\s+(?:something\s+nice|i\s+was|i'?m))|"
    r"\b(?:wanted|needed|wanting|needing)\s+to\s+(?:feel|be)\s+(?:understood|heard|seen|"
    r"validated|liked|appreciated|admired|less alone|normal|connected|reassured)\b|"
    r"\bfishing\s+for\s+(?:a\s+bit\s+of\s+|some\s+)?(?:praise|compliments?|approval|sympathy)|"
    r"\bwait(?:ed|ing)\s+for\s+(?:her|him|them|the client|pt)\s+to\s+(?:say something nice|"
    r"reassure me|compliment me|praise me)|"
    r"\bi\s+(?:just\s+)?(?:felt|was|got)\s+(?:so\s+|really\s+|a bit\s+)?(?:uncomfortable|awkward|"
    r"nervous|flustered|anxious)\s+(?:so|and)\s+i\b|\bdidn'?t\s+know\s+what\s+(?:else\s+)?to\s+say|"
    r"\bwonder(?:ed|ing)?\s+(?:if|whether)\s+i'?m\s+(?:any\s+good|good\s+enough|cut\s+out\s+for)|"
    r"\bi\s+had\s+(?:a\s+)?(?:lot|so much)\s+on\s+my\s+mind|\bbecause\s+i\s+was\s+(?:bored|"
    r"having a bad day|upset)|\bwanted\s+(?:her|him|them)\s+to\s+(?:like|admire)\s+me\b|"
    r"\b(?:vented|offloaded|ranted|moaned)\s+(?:re|about|abt|on)\s+(?:my|him|her|them|it)\b|"
    r"\b(?:it|this|that)\s+was\s+(?:really\s+|more\s+)?for\s+me,?\s+not\s+(?:him|her|them|"
    r"the client)\b|"
    r"\b(?:eased|ease|easing|to ease|relieve|relieved)\s+my\s+(?:own\s+)?(?:discomfort|anxiety|"
    r"nerves|awkwardness)\b|"
    r"\b(?:needed|wanted)\s+to\s+(?:talk|vent|offload|speak)\b[^.;!?]{0,30}?\bto\s+(?:someone|"
    r"somebody|anyone)\b|"
    r"\b(?:venting|offloading|off-loading|unloading|unburdening|ranting|moaning)\s+"
    r"(?:(?:a bit|a little|a lot|myself|my feelings)\s+)?(?:about|on|to)\b|"
    r"\b(?:had\s+a\s+(?:bit of a\s+|little\s+|quick\s+|good\s+)?(?:moan|rant|vent|whinge|"
    r"grumble)|moaned|ranted|vented|whinged|offloaded|grumbled)\s+(?:a bit\s+)?(?:to|at)\s+"
    r"(?:the\s+)?(?:pt|client|patient|her|him|them)\b|"
    r"\b(?:couldn'?t|could not|can'?t|cannot)\s+(?:bear|stand|handle|take|tolerate|cope with)\s+"
    r"(?:the|a|that|another|her|his|their)?\s*(?:silence|quiet|pause)|"
    r"\b(?:uncomfortable|awkward)\s+(?:with|in|during)\s+(?:the|a|that|her|his|their)\s+"
    r"(?:silence|quiet|pause)"
)
# Needs and venting are someone's: "she needed to vent" is the client's, not the clinician's.
_OWNED_NEED = re.compile(
    r"(?:need|want|to\s|vent|offload|off-load|unload|unburden|rant|moan|seek|look|fish|"
    r"uncomfortable|awkward\s+(?:with|in|during))"
)
_NEED_NOTE = re.compile(
    r"\b(?:vent|offload|off my chest|my own|myself|silence|awkward|uncomfortable|support for "
    r"me|needed to talk|reassurance|validation)\b"
)

# "pt" and "clt" are how many notes write patient and client.
_CLIENT = (
    r"(?:she|he|they|the client|client|my client|the patient|patient|pt|the pt|clt|"
    r"service user|the service user|[A-Z][a-z]+)"
)
# "She said it would all be okay": the client, up to ten words, then a verb of saying.
_SAID_IT_WOULD_BE_FINE = (
    rf"\b{_CLIENT}\s+(?:[\w',]+\s+){{0,10}}?(?:said|saying|told me|telling me|promised me|"
    rf"promising me|assured me|assuring me|reassured me|reassuring me)\s+(?:that\s+)?"
    r"(?:it|things|everything|i)\s+(?:would|will|'ll|was going to|is going to|'d)\s+(?:all\s+)?"
    r"(?:be\s+)?(?:ok|okay|alright|all right|fine|better|get better)\b"
)
# Forms with a free run of words after the client, kept apart like the one above so that
# the words that can follow a client's name stay listable.
# Forms told from their own distinctive words, with the client found before them in the
# sentence where the words alone do not say who acted ("... rang the clinic afterwards to
# ask if I was alright"). Kept out of ROLE_REVERSAL so that its first words stay listable.
ROLE_REVERSAL_TAIL = re.compile(
    r"\b(?:offer(?:ed|ing) to|said (?:she|he|they)(?:'d| would)) pray for (?:me|us)\b|"
    r"\bspent\s+(?:[\w-]+\s+){1,6}?(?:coaching|advising|reassuring|comforting|consoling|"
    r"counselling|counseling|cheering up|looking after|supporting|trying to comfort) me\b|"
    r"(?<!\bi )\b(?:held|squeezed|patted|stroked)\s+my\s+(?:hand|arm|shoulder)\b|"
    r"\b(?:said|told me)\s+(?:that\s+)?(?:she|he|they)\s+hoped\s+(?:things|it|everything)\s+"
    r"(?:would\s+|will\s+)?gets?\s+better\s+for\s+me\b|"
    r"\basked\s+(?:me\s+)?(?:if|whether)\s+(?:there\s+was\s+)?anything\s+(?:she|he|they)\s+could\s+"
    r"do\b|"
    r"\b(?:saying|said|wrote)\s+(?:that\s+)?(?:she|he|they)\s+hoped\s+i\s+(?:was|'d be|would be|"
    r"am)\s+"
    r"(?:feeling\s+)?(?:better|ok|okay|alright)\b|"
    r"\boffered\s+(?:reassurance|comfort|support|sympathy)\s+to\s+(?:me|the (?:writer|clinician|"
    r"therapist|counsell?or|worker))\b|"
    r"(?P<asker>\b(?:to\s+)?(?:asking|asked|ask|checking|checked|check)\s+(?:me\s+)?(?:if|whether|how)\s+"
    r"i\s+(?:(?:was|am|'m|were)\s+(?:ok|okay|alright|all right|doing|coping|holding up|feeling)|"
    r"(?:needed|need|wanted)\s+(?:a minute|a moment|a break|some water|a tissue|to stop))\b)"
)
_TAIL_WORDS = frozenset(
    [
        *("pray", "spent", "held", "squeezed", "patted", "stroked", "hoped", "anything"),
        *("offered", "ok", "okay", "alright", "right", "coping", "holding", "minute"),
        *("moment", "break"),
    ]
)


def _asked_by_client(doc: Doc, s_start: int, pos: int) -> bool:
    """Whether the client (a word for them, or a name) comes before `pos` in the sentence."""
    if _CLIENT_ASKER.search(doc.low, s_start, pos):
        return True
    names = doc.capitalised(name=True)
    i = bisect.bisect_left(names, s_start)
    return i < len(names) and names[i] < pos and doc.cased[names[i] : names[i] + 2] != "I "


# A client named or referred to before "asked if I was okay".
_CLIENT_ASKER = re.compile(rf"\b{_CLIENT.replace('|[A-Z][a-z]+)', ')')}\b")
ROLE_REVERSAL = re.compile(
    rf"\b{_CLIENT}\s+(?:then\s+|ended up\s+(?:being the one\s+)?|started\s+|began\s+|"
    rf"kept\s+|tried to\s+|"
    rf"(?:was|were) the one\s+|was\s+|"
    rf"had to\s+|even\s+|actually\s+|gently\s+|spent\s+(?:[\w-]+\s+){{1,5}}?)?"
    rf"(?:comfort(?:ed|ing|s)?|reassur(?:ed|ing|es|e)|"
    rf"consol(?:ed|ing|es|e)|hug(?:ged|ging|s)?|support(?:ed|ing|s)?|look(?:ed|ing)? after|"
    rf"check(?:ed|ing)? (?:on|in on)|cheer(?:ed|ing)? up|calm(?:ed|ing)? down|held|patted|"
    rf"took care of|taking care of|advis(?:ed|ing)|counsell?(?:ed|ing)|prayed for|"
    rf"apologi[sz](?:ed|ing) to)\s+me\b|"
    rf"\b{_CLIENT}\s+(?:(?:then|ended up|started|began|kept|even|actually|gently|was)\s+|"
    rf"spent\s+(?:[\w-]+\s+){{1,5}}?)?"
    rf"(?:gave|give|giving|offered|offering|handed|handing|passed|passing|brought|bringing|"
    rf"made|making)\s+me\s+(?:some\s+|a\s+|the\s+|her\s+|his\s+|their\s+|good\s+)?(?:advice|advise|"
    rf"a hug|"
    rf"hugs|tissues?|reassurance|support|comfort|tips|pep talk|cup of tea|tea|compliments?|soup|"
    rf"food|a get well card|a meal)\b|"
    rf"\b{_CLIENT}\s+(?:(?:then|ended up|started|kept|even|actually)\s+)?(?:asked|asking|checked|"
    rf"checking)\s+(?:me\s+|on me\s+)?(?:if|whether|how)\s+i\s+(?:was|am|'m|were)\s+"
    r"(?:ok|okay|alright|all right|doing|coping|holding up|feeling|recovering|managing|"
    r"getting on|sleeping)\b|"
    rf"{_SAID_IT_WOULD_BE_FINE}|"
    rf"\b{_CLIENT}\s+(?:then\s+|even\s+|gently\s+)?told\s+me\s+to\s+(?:go home and "
    r"(?:rest|sleep|look after myself|take care of myself)|look after myself|"
    r"take care of myself|rest|take (?:some )?time off|be kind to myself|get some (?:rest|sleep|"
    r"help)|mind myself)\b|"
    rf"\b{_CLIENT}\s+(?:then\s+|even\s+|kindly\s+)?(?:suggested|recommended|advised)\s+(?:that\s+)?"
    r"i\s+(?:try|should|could|might|get|see|take|use)\b|"
    rf"\b{_CLIENT}\s+(?:then\s+|even\s+)?apologi[sz](?:ed|ing)\s+for\s+(?:adding|bringing|burdening|"
    r"making|taking up|putting)\b|"
    rf"\b{_CLIENT}\s+(?:spent\s+(?:[\w-]+\s+){{1,5}}?)?(?:telling|told)\s+me\s+(?:that\s+)?"
    r"i'?m\s+(?:brilliant|great|amazing|a good|good at|the best|doing (?:a )?(?:great|good|"
    r"brilliant))|"
    r"\bended\s+up\s+(?:comforting|reassuring|supporting|looking after|consoling|"
    r"taking care of)\s+me\b|"
    rf"\b{_CLIENT}\s+(?:felt|seemed|was)\s+(?:sorry for|worried about|responsible for)\s+me\b|"
    rf"\b{_CLIENT}\s+(?:(?:then|ended up|even|gently|just)\s+)?(?:held|holding|squeezed|"
    rf"squeezing|took|taking|patted|patting|stroked|stroking)\s+my\s+(?:hand|arm|shoulder)\b"
)
# "The client was the one cheering me up": tried only where one of its verbs occurs.
CHEERED_ME_UP = re.compile(
    rf"\b{_CLIENT.replace('|[A-Z][a-z]+)', ')')}\s+(?:(?:then|ended up|was the one|were the one|"
    r"even|actually|kept|started)\s+)?(?:cheer(?:ed|ing|s)?|calm(?:ed|ing|s)?|perk(?:ed|ing|s)?|"
    r"buck(?:ed|ing|s)?)\s+me\s+(?:up|down)\b"
)
_CHEER_WORDS = frozenset(
    [
        "cheer",
        "cheered",
        "cheering",
        "cheers",
        "calm",
        "calmed",
        "calming",
        "calms",
        "perk",
        "perked",
        "perking",
        "perks",
        "buck",
        "bucked",
        "bucking",
        "bucks",
    ]
)
# Lower-cased text has no capitals, so the name alternative can never match there;
# without it the pattern's first words can be listed, which makes scanning much cheaper.
ROLE_REVERSAL_LOW = re.compile(ROLE_REVERSAL.pattern.replace("|[A-Z][a-z]+)", ")"))
# And the capitalised-name form, tried only at capitalised words of the case-kept text.
ROLE_REVERSAL_NAMED = re.compile(ROLE_REVERSAL.pattern.replace(_CLIENT, "(?:[A-Z][a-z]+)"))
# Every form of ROLE_REVERSAL needs "me" or "my" or, for "asked if I was okay" and "said
# it would be fine", one of the other words: without any of them there is nothing to find.
_ROLE_REVERSAL_NEEDS = frozenset(
    {"me", "my", "ok", "okay", "alright", "all", "fine", "better", "doing", "coping", "holding"}
    | {"feeling", "recovering", "managing", "getting", "sleeping", "i", "writer", "clinician"}
    | {"therapist", "counsellor", "counselor", "worker", "anything"}
)
_NOT_CLIENT_NAME = frozenset({"I", "We", "My", "Our", "It", "This", "That", "Then", "And"})
# The words that can follow the client in every form but "said it would be fine".
_AFTER_CLIENT = second_words(
    re.compile(
        ROLE_REVERSAL.pattern.replace(f"{_SAID_IT_WOULD_BE_FINE}|", "").replace(_CLIENT, "(?:she)")
    )
)
# The verbs that form begins with, and what cannot stand between the client and them.
_SAYING = frozenset(
    [
        "said",
        "saying",
        "told",
        "telling",
        "promised",
        "promising",
        "assured",
        "assuring",
        "reassured",
        "reassuring",
    ]
)
_NOT_IN_WORD_RUN = re.compile(r"[^\w',\s]")


def named_role_reversals(doc: Doc) -> list[re.Match[str]]:
    """Matches of ROLE_REVERSAL_NAMED in the case-kept text, as `finditer` finds them.

    The pattern is tried only at a capitalised name followed by a word that one of its
    forms continues with, or by a verb of saying with only words between: trying it at
    every capitalised word was the costliest scan of a long entry, since its "said it
    would be fine" form reads up to ten words after each name.
    """
    index = doc.word_index()
    starts, nexts, cased = index.starts, index.nexts, doc.cased
    saying = sorted(i for word in _SAYING & index.keys for i in index.ordinals[word])
    found = []
    for pos in doc.capitalised(name=True):
        i = bisect.bisect_left(starts, pos)
        if i == len(starts) or starts[i] != pos or nexts[i] in _AFTER_CLIENT:
            found.append(pos)
            continue
        j = bisect.bisect_right(saying, i)
        if j < len(saying) and not _NOT_IN_WORD_RUN.search(cased, pos, starts[saying[j]]):
            found.append(pos)
    return match_at(ROLE_REVERSAL_NAMED, cased, found)


CONTINUED_ON = re.compile(
    r"\b(?:went on (?:to tell|to talk|talking|telling|about)|kept (?:on )?(?:talking|going on|"
    r"telling)|carried on (?:talking|telling|about)|spent (?:the rest of|most of|half|much of|"
    r"a lot of|the whole|the remaining) (?:the )?(?:session|hour|time)|talked about (?:myself|"
    r"me) for|ended up talking about (?:me|myself|my)|never (?:got|came) back to (?:her|him|"
    r"his|them|their|the client|pt|what)|ran out of time|(?:didn'?t|didnt|did not) (?:get|come) "
    r"back to (?:her|him|his|them|their|the client|pt|what)|"
    r"forgot to (?:ask|come back)|rest of the session (?:was )?(?:about|on) (?:me|my)|"
    r"(?:didn'?t|didnt|did not|never|forgot to|failed to)\s+(?:turn|bring|steer|hand|get)\s+"
    r"(?:it|things|the (?:focus|conversation|session|attention))\s+back|(?:focus|attention|"
    r"conversation)\s+(?:was\s+)?(?:not|never|wasn'?t)\s+(?:returned|brought back|turned back)|"
    r"(?:session|hour|time)\s+ran\s+out\s+(?:on|during|while|in the middle of)\s+(?:my|his|her)\s+"
    r"(?:story|disclosure|anecdote|account)|monologu(?:e|ed|ing)\s+(?:about|on)|"
    r"\b(?:ended|finished|ran out)\s+without\s+(?:her|him|me|them)\s+(?:bringing|turning|"
    r"getting)\s+"
    r"(?:it|things|the focus|the conversation)\s+back\b|"
    r"(?:had not|hadn'?t|never|didn'?t|did not)\s+(?:really\s+)?(?:gone|got|get|"
    r"come)\s+back\s+to\s+"
    r"(?:her|his|their|the client)|"
    r"(?:couldn'?t|could not|didn'?t|did not)\s+stop\s+talking|(?:she|he|they|the client|pt|"
    r"client)\s+"
    r"(?:had|needed)\s+to\s+(?:steer|bring|pull|get)\s+(?:us|me|things|the session|it)\s+back)\b"
)
# Talk about oneself that ran to the end of the session; kept apart so that it is tried
# only in texts that speak of an end.
TALKED_TO_THE_END = re.compile(
    r"\b(?:talk|talking|talked|chat|chatting|chatted|rambl(?:e|ed|ing)(?: on)?|going on|went on|"
    r"banging on|banged on) about (?:my|myself|me)\b[^.;!?]{0,60}?\b(?:(?:for|until|till|"
    r"through|to) the (?:rest|end|remainder) of the (?:session|hour|appointment|time)|until "
    r"(?:the )?(?:session|time|hour) (?:ran out|was up|ended|finished))\b"
)
# "Never got round to her question", apart so it is tried only in texts with "round".
NEVER_GOT_ROUND = re.compile(
    r"\b(?:never|didn'?t|did not) (?:get|got) (?:round|around) to (?:her|his|their|what|asking)\b"
)
_ROUND_WORDS = frozenset(["round", "around"])
_END_WORDS = frozenset(["rest", "end", "remainder", "ran", "up", "ended", "finished"])
# The clinician's own note that what they shared had no bearing on the client's work.
# "It had nothing to do with you" is reassurance, so that phrase needs the client's goals.
OFF_TOPIC = re.compile(
    r"\b(?:off[- ]topic|(?:off )?on a tangent|tangential|(?:nothing|little) to do with "
    r"(?:what (?:she|he|they|the client) (?:came|come|was|were|is|are|had|wanted|brought)|"
    r"why (?:she|he|they|the client)|(?:her|his|their|the client'?s) (?:goals?|treatment|therapy|"
    r"presenting|reasons? for)|the (?:session|work|goals?|treatment)|anything)|(?:unrelated|"
    r"irrelevant|(?:not|wasn'?t|isn'?t|weren'?t) (?:really |very |at all )?(?:relevant|related)) "
    r"to (?:her|his|their|what|why|anything (?:she|he|they|we)|our (?:work|goals?|sessions?)|"
    r"the (?:client|session|work|goals?|treatment))|(?:totally|completely|entirely|wholly|"
    r"utterly) (?:unrelated|irrelevant)|apropos of nothing|rather than serving\b|"
    r"irrelevant (?:story|anecdote|aside|"
    r"tangent|comment|remark|detail|chat)|no (?:real |obvious |clear )?bearing on|"
    r"no (?:real |obvious |clear )?(?:link|"
    r"connection|relevance) to (?:her|his|their|what|the (?:client|session|work|goals?|"
    r"treatment)))\b"
)

# OFF_TOPIC needs one of these words.
_OFF_TOPIC_WORDS = frozenset(
    [
        "topic",
        "tangent",
        "tangential",
        "nothing",
        "little",
        "unrelated",
        "irrelevant",
        "relevant",
        "related",
        "apropos",
        "bearing",
        "serving",
        "link",
        "connection",
        "relevance",
    ]
)


def therapist_need(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """The disclosure served the clinician: filling a silence, venting, seeking support."""
    signal = Signal()
    if d.intent == "relieve_own_discomfort":
        signal.add("warn", reason="the recorded intent was to relieve your own discomfort")
    elif d.intent == "seek_support":
        signal.add("warn", reason="the recorded intent was to seek support for yourself")
    if d.intent_note:
        note = d.intent_note.lower()
        if _NEED_NOTE.search(note) or THERAPIST_NEED.search(note):
            signal.add("warn", reason="the intent note describes a need of your own")
    for m in doc.scan(THERAPIST_NEED):
        pos = m.start()
        owned = _OWNED_NEED.match(m.group()) or _SELF_IN_NOTE.search(m.group())
        if owned and not doc.clinician_voice(pos):
            continue
        s_start, s_end = doc.sentence_at(pos)
        # "I noticed an urge to fill the silence, but didn't act on it".
        if doc.has_any(URGE_WORDS) and URGE_RESISTED.search(doc.low, s_start, s_end):
            continue
        if _INSTEAD.search(doc.low, s_start, s_end):
            continue  # "To fill the silence, I asked about her week rather than telling her..."
        if not doc.negated(pos) and not doc.hypothetical(pos):
            signal.add("warn", m.span())
    return signal


_INSTEAD = re.compile(
    r"\b(?:rather than|instead of)\s+(?:telling|sharing|mentioning|talking about|bringing up|"
    r"going into)\b"
)
_I_SPENT = re.compile(r"\bi\s+(?:then\s+|just\s+|probably\s+)?$")
_ON_ME = re.compile(r"\s+(?:on|talking about|discussing|going over)\s+(?:my|me|myself|mine)\b")
_SELF_IN_NOTE = re.compile(r"\b(?:herself|himself|themselves)\b")


def _clinician_difficulty(doc: Doc) -> bool:
    return any(
        doc.clinician_voice(m.start()) and not doc.negated(m.start())
        for pattern in (STRONG_DIFFICULTY, UNPROCESSED, LIFE_EVENT, PAST_DIFFICULTY)
        for m in doc.scan(pattern)
    )


def role_reversal(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """The client ended up comforting, reassuring or advising the clinician."""
    signal = Signal()
    if d.client_response == "comforted_therapist":
        signal.add("high", reason="you recorded that the client comforted you")
    text_signal = Signal()
    if doc.has_any(_ROLE_REVERSAL_NEEDS):
        cheered = doc.scan(CHEERED_ME_UP) if doc.has_any(_CHEER_WORDS) else []
        for m in doc.scan(ROLE_REVERSAL_TAIL) if doc.has_any(_TAIL_WORDS) else ():
            s_start = doc.sentence_at(m.start())[0]
            if m.group("asker") and not _asked_by_client(doc, s_start, m.start()):
                continue
            if doc.suppressed(m.start()):
                continue
            if m.group().startswith("spent"):
                signal.add("high", m.span())  # the client carried the clinician for a while
            text_signal.add("warn", m.span())
        for m in [*doc.scan(ROLE_REVERSAL_LOW), *cheered]:
            if doc.suppressed(m.start()) or _REASSURED_OF_A_FACT.match(doc.low, m.end()):
                continue
            text_signal.add("warn", m.span())
        # Capitalised client names only make sense on the cased text.
        for m in named_role_reversals(doc):
            first = m.group().split()[0]
            if _REASSURED_OF_A_FACT.match(doc.low, m.end()):
                continue
            if first not in _NOT_CLIENT_NAME and not doc.suppressed(m.start()):
                text_signal.add("warn", m.span())
    # A third-person note: "Clinician became tearful ... and the pt comforted her".
    for m in doc.scan(ROLE_REVERSAL_THIRD) if doc.has_any(CLINICIAN_NOUNS) else ():
        who = next(g for g in ("listener", "owner", "subject") if m.group(g))
        if doc.clinician_subject(m.start(who)) and not doc.suppressed(m.start()):
            text_signal.add("warn", m.span())
    if text_signal:
        severity = "high" if _clinician_difficulty(doc) else "warn"
        for span in text_signal.spans:
            signal.add(severity, span)
    if d.outcome_note and not signal:
        note = Doc(d.outcome_note)
        tails = [
            m
            for m in note.scan(ROLE_REVERSAL_TAIL)
            if not m.group("asker")
            or _asked_by_client(note, note.sentence_at(m.start())[0], m.start())
        ]
        if any(not note.suppressed(m.start()) for m in [*note.scan(ROLE_REVERSAL_LOW), *tails]):
            hard = _clinician_difficulty(doc) or _clinician_difficulty(note)
            signal.add(
                "high" if hard else "warn",
                reason="your outcome note says the client looked after you",
            )
    return signal


# "He reassured me the homework was done": news about his own things, not comfort.
_REASSURED_OF_A_FACT = re.compile(
    r"\s+(?:that\s+)?(?:the|his|her|their)\s+(?!(?:worst|pain|hurt|grief)\b)[\w'-]+\s+"
    r"(?:was|were|is|are|had|has|would be|will be)\b"
)
ROLE_REVERSAL_THIRD = re.compile(
    r"\b(?:the\s+)?(?:client|pt|patient|service user|young person|member|consumer)\s+"
    r"(?:[\w',]+\s+){0,8}?(?:(?:comfort(?:ed|ing)|reassur(?:ed|ing)|consol(?:ed|ing)|"
    r"hugg(?:ed|ing)|look(?:ed|ing) after|took care of|taking care of|cheer(?:ed|ing) up)\s+"
    r"(?P<listener>her|him)|(?:held|holding|squeezed|squeezing|patted|patting)\s+"
    r"(?P<owner>her|his)\s+(?:hand|arm|shoulder)|(?:asking|asked|checking|checked)\s+(?:how|if|"
    r"whether)\s+(?P<subject>she|he)\s+(?:was|is|felt|feels))\b"
)


def no_return(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """The clinician did not turn the conversation back to the client."""
    signal = Signal()
    if d.returned_focus is True:
        return signal
    if d.returned_focus is False:
        signal.add("warn", reason="you recorded that the focus did not return to the client")
    ends = doc.scan(TALKED_TO_THE_END) if doc.has_any(_END_WORDS) else []
    # "She never got round to her homework" is the client's.
    missed = [
        m
        for m in (doc.scan(NEVER_GOT_ROUND) if doc.has_any(_ROUND_WORDS) else ())
        if doc.clinician_voice(m.start())
    ]
    for m in [*doc.scan(CONTINUED_ON), *ends, *missed]:
        if doc.hypothetical(m.start()) or not doc.clinician_voice(m.start()):
            continue  # "Pt spent most of the hour furious about..." is the client's hour
        spent = m.group().startswith("spent")
        if (
            spent
            and not _I_SPENT.search(doc.low, max(0, m.start() - 12), m.start())
            and not _ON_ME.match(doc.low, m.end())
        ):
            continue  # "We spent the rest of the session on pacing" is the client's work
        later = FOCUS_RETURNED.search(doc.low, m.end())
        if later is None:
            signal.add("warn", m.span())
    return signal


def low_relevance(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """No link to the client's goals: the relevance field, or the clinician's own words
    ("totally off topic", "nothing to do with what he came in for") when it is absent."""
    signal = Signal()
    if d.relevance == "none":
        signal.add("warn", reason="you recorded no link to the client's treatment goals")
    elif d.relevance == "indirect":
        signal.add("info", reason="you recorded only an indirect link to the client's goals")
    if d.relevance is not None:
        return signal
    for m in doc.scan(OFF_TOPIC) if doc.has_any(_OFF_TOPIC_WORDS) else ():
        pos = m.start()
        if doc.clinician_voice(pos) and not doc.suppressed(pos):
            signal.add("warn", m.span())
    return signal


def overidentification(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Claims of identical experience or understanding, as opposed to empathy."""
    signal = Signal()
    for m in doc.scan(OVERIDENTIFICATION):
        pos = m.start()
        if not doc.clinician_voice(pos) or doc.negated(pos) or doc.hypothetical(pos):
            continue
        s_start, _ = doc.sentence_at(pos)
        if UNSAID.search(doc.low, s_start, pos):
            continue
        # "I've been there" is genuine from someone who has lived it ("sober eleven years
        # myself"); claims of an identical present ("same boat") or feeling are not.
        if _BEEN_THERE.search(m.group()) and (_lived(doc) or _travel_near(doc, pos)):
            continue
        # "Two members of the group are in the same boat" compares clients.
        if "boat" in m.group() and (
            not _SAME_BOAT_CLAIM.search(doc.low, s_start, m.end())
            or _ALL_OF_US.search(doc.low, s_start, m.end() + 20)
        ):
            continue
        signal.add("warn", m.span())
    return signal


_BEEN_THERE = re.compile(r"\bbeen\s+(?:there|in (?:your|his|her|their) shoes)")
# "same boat" said of the clinician and the client.
_SAME_BOAT_CLAIM = re.compile(
    r"\b(?:we|we'?re|us|i|i'?m|me|you|both|said|told|says)\b[^.;!?]*\bsame\s+boat\b"
)
# "We're all in the same boat of being human": everyone's lot, not an identical experience.
_ALL_OF_US = re.compile(r"\bsame\s+boat\s+(?:of\s+being|as\s+(?:everyone|everybody|all of us))\b")
# Travel: "I've been there" about a city is a visit, not a claim of the same experience.
_TRAVEL = re.compile(
    r"\b(?:travel\w*|trips?|holidays?|vacations?|visit\w*|flights?|abroad|city|country|trams?|"
    r"beach\w*|museums?|sightseeing|touris\w*|the food|lovely|beautiful|gorgeous)\b"
)


def _travel_near(doc: Doc, pos: int) -> bool:
    """Whether the sentence of `pos`, or the one before it, is about a trip or a place."""
    s_start, s_end = doc.sentence_at(pos)
    before = doc.sentence_at(s_start - 2)[0] if s_start > 1 else s_start
    return _TRAVEL.search(doc.low, before, s_end) is not None and not doc.has_any(_HARDSHIP)


_HARDSHIP = frozenset(
    ["grief", "loss", "died", "divorce", "cancer", "addiction", "prison", "abuse", "depression"]
)
# Recovery told as the clinician's own: "sober eleven years", "I'm in recovery myself".
LIVED_RECOVERY = re.compile(
    r"\b(?:sober|clean|in recovery|abstinent|dry|drug-free|alcohol-free)\s+(?:for\s+)?"
    r"(?:over\s+|nearly\s+|almost\s+|about\s+)?(?:[\w-]+\s+)?(?:years?|months?)\b|"
    r"\b(?:i'?m|i am|i'?ve been|i have been)\s+(?:\w+\s+)?(?:sober|clean|in recovery)\b"
)


# "tho honestly I've never had cancer": the clinician says they have not lived it.
NOT_LIVED = re.compile(
    r"\b(?:i'?ve|ive|i have|i had|i'd|i)\s+never\s+(?:actually\s+|really\s+|personally\s+)?"
    r"(?:had|been|lived|experienced|gone through|went through|done|faced|suffered)\b"
)


def _lived(doc: Doc) -> bool:
    """Whether the clinician tells of having lived a difficulty of their own (and does not
    say they never have)."""
    if doc.scan(NOT_LIVED):
        return False
    return any(
        doc.clinician_voice(m.start()) and not doc.negated(m.start())
        for pattern in (PAST_DIFFICULTY, LIFE_EVENT, LIVED_RECOVERY)
        for m in doc.scan(pattern)
    )
