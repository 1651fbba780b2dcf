"""Resolved experience: share only what is processed, and end on how it was overcome."""

from __future__ import annotations

import functools
import re
from typing import Any

from .model import DisclosureInput, Thresholds
from .signals import Signal
from .text import FOCUS_RETURNED, LONG_PAST, PRESENT, URGE_RESISTED, URGE_WORDS, Doc

STRONG_DIFFICULTY = re.compile(
    r"\b(?:a (?:complete |total |bit of a )?(?:mess|wreck|nightmare)|falling apart|"
    r"fall(?:ing)? to pieces|"
    r"not in a (?:good|great|right) (?:head ?space|place|way)|runn?(?:ing|in'?) on (?:empty|fumes)|"
    r"terrified|petrified|panicking|panicked|wrecking me|wrecked|at breaking point|"
    r"(?:worst|hardest) (?:few )?(?:days?|weeks?|months?|years?|time) of my life|"
    r"feel(?:ing)? like a failure|can'?t focus on anything else|very worr(?:y|ied)|worried sick|"
    r"(?:might|could|going to|gonna) lose (?:the|our|my) (?:house|home|flat|job)|"
    r"money (?:is|'s|has been) (?:really |so |very )?tight|no money (?:now )?for (?:the )?"
    r"(?:rent|food|bills)|sofa[- ]?surfing|dark thoughts|health scare|felt faint|"
    r"(?:barely|hardly|not) (?:been )?(?:sleeping|eating|coping)|struggl(?:e|es|ing|in)\b|"
    r"experiencing (?:[\w-]+ ){0,3}?(?:distress|difficulties|problems|crisis|grief)|"
    r"marital (?:difficulties|problems)|(?:haven'?t|have not|hasn'?t|not) slept (?:properly |well |"
    r"much )?(?:in|for) (?:days|weeks|months)|don'?t know how i'?m going to (?:manage|cope|get "
    r"through)|still waiting (?:on|for)|(?:has |have )?(?:got|gotten) (?:so much |much |a lot )?"
    r"worse|getting worse|(?:is|are) evicting|(?:drinking|using|smoking|self-harming|bingeing|"
    r"gambling|purging) again|"
    r"in pieces|not coping|barely coping|can'?t cope|cannot cope|struggl(?:e|es|ing)|grieving|"
    r"(?:barely|not|can'?t|cannot) (?:holding|keeping|hold|keep) (?:it|myself|things) together|"
    r"signed off (?:work|sick)|off (?:work )?sick|on (?:sick|stress|medical|compassionate) leave|"
    r"hanging (?:on )?by a thread|having (?:such |a really |a very |a )?(?:hard|rough|"
    r"tough|difficult|horrible|awful|terrible) time|"
    r"heartbroken|devastated|depress?ed|suicidal|hate (?:my body|myself|my life|the way i look)|"
    r"counting calories|bingeing|binging|purging|cutting myself|in crisis|breaking down|broken|"
    r"still (?:finding|find) it (?:\w+ )?(?:hard|difficult|tough)|hard to get through|"
    r"getting through the days|get through the days|"
    r"(?:not|haven'?t been|can'?t|cannot|barely) (?:sleeping|sleep|eating|coping|"
    r"functioning|get out of bed)|going (?:through|thru)|dealing with|crying|in a (?:bad|dark) "
    r"(?:place|way)|rock bottom|burn(?:t|ed) out|burning out|overwhelmed|panic attacks?|"
    r"living (?:it|through it)|hurts? so much|raw|burnout|nightmares|flashbacks|stalk(?:ed|ing)|"
    r"harass(?:ed|ing|ment)|turning up (?:at|outside)|restraining order|blowing up|dark thoughts|"
    r"(?:don'?t|can'?t|cannot) (?:really )?see the point|no point (?:in )?(?:anything|living|"
    r"going on)|want(?:ed)? to die|in bits|"
    r"tear(?:y|ful)|welled up|choked up|broke down|"
    r"(?:not|never) (?:been |got )?back to (?:myself|my old self|my usual self|normal)|"
    r"(?:in the (?:middle|midst|thick) of|knee-deep in|up to (?:my|our) (?:neck|eyes) in) "
    r"(?:(?:a|an|my|our|the)\s+)?(?:(?:messy|nasty|bitter|long|"
    r"horrible|awful|difficult|painful)\s+)?(?:divorce|separation|break-?up|custody|court case|"
    r"chemo\w*|radiotherapy|cancer treatment|treatment|ivf|bereavement|grief|crisis|"
    r"redundancy|tribunal|breakdown|burnout|repossession|eviction))\b"
)
WEAK_DIFFICULTY = re.compile(
    r"\b(?:stressed|stressful|anxious|sad|low|down|tired|exhausted|hard|difficult|tough|dreading|"
    r"rough|upset|lonely|worried|hurting|unwell|sick|ill|recovering|angry|numb|bad|awful|"
    r"terrible|horrible|miserable|scared|afraid|frightened|on edge|not (?:doing )?(?:okay|ok|"
    r"alright|all right|great|good|well|myself))\b"
)
LIFE_EVENT = re.compile(
    r"\b(?:passed away|passed(?! (?:the|a|an|it|on|my|her|his|their|this|that|round|by|out|up|"
    r"over|along|through|down|me|him|them)\b)|died|death|funeral|lost (?:my|our)(?! (?:temper|"
    r"keys?|phone|wallet|"
    r"way|train of thought|voice|patience|cool|rag|head|nerve|place|footing|balance|bearings))|"
    r"loss of|left me|walked out|"
    r"broke up|break-?up|split up|split from|separated|separation|divorce|divorcing|"
    r"divorced|miscarriage|miscarried|stillbirth|diagnosed|diagnosis|cancer|chemo|"
    r"made redundant|redundancy|lost (?:my|the) job|got fired|laid off|evicted|eviction|"
    r"repossess(?:ed|ion)|evicting me|being evicted|bankrupt(?:cy)?|foreclos(?:ed|ure)|accident|"
    r"dementia|alzheimer'?s|"
    r"affair(?!s)|relapsed|relapse|(?:engagement|marriage|relationship|wedding) (?:fell apart|"
    r"was called off|broke down)|called off (?:the|our|my) (?:wedding|engagement)|court case|"
    r"lawsuit|being sued|moved out|kicked me out|overdose|"
    r"(?:(?<='s )|(?<=s' )|(?<=\ba )|(?<=my ))stroke|(?:house |flat )?fire|"
    r"gutted (?:my|our|her|his) (?:flat|house|home)|burn(?:ed|t) down|flooded|"
    r"(?:husband|wife|partner|boyfriend|girlfriend) (?:he |she )?(?:leave|leaves) me|"
    r"in (?:hospital|the hospital|intensive care|icu|a hospice)|terminally ill|"
    r"(?:had|having|after|since|before) (?:my |an? |major )?(?:surgery|operation|stroke|"
    r"heart attack)|"
    r"assaulted|attacked|dumped me|ended things|cheated on me|custody (?:battle|case|fight|"
    r"dispute|hearing))\b"
)
PAST_DIFFICULTY = re.compile(
    r"\b(?:used to (?:struggle|suffer|feel|have|get|be)|struggled|suffered|went (?:through|thru)|"
    r"had (?:a )?(?:hard|rough|difficult|tough|terrible|awful) (?:time|patch|year|few years)|"
    r"rough patch|had (?:depression|anxiety|panic attacks|an eating disorder|ptsd|ocd|"
    r"bipolar|postnatal depression|a breakdown|trouble \w+ing)|trouble \w+ing|"
    r"was (?:depressed|anxious|suicidal|addicted|struggling|in a bad place)|addiction|"
    r"self-harm\w*|grew up with|abused|bullied|trauma|(?:own|my|our) (?:grief|bereavement)|"
    r"burn(?:ed|t) out|"
    r"(?:used to|would) (?:hit|beat|hurt|slap|smack|belt|kick|lock) (?:me|us)|"
    r"(?:was|were|got) (?:beaten|hit|neglected|abandoned)|neglected|abandoned (?:me|us)|"
    r"alcoholic|domestic (?:violence|abuse)|homeless(?:ness)?|sofa-?surfing|"
    r"(?:in|into) (?:foster )?care|expelled|kicked out|drop(?:ped)? out|"
    r"failed(?! to\b)|flunked|parents (?:split|separated|divorced)|"
    r"(?:drank|drinking|drunk|drink) (?:heavily|a lot|too much|all the time|every (?:day|night))|"
    r"heavy drink(?:er|ing)|(?:house|home|household|childhood|upbringing|family life) (?:was|were) "
    r"(?:\w+ )?(?:chaos|chaotic|hell|a nightmare|violent|unstable|miserable|toxic|abusive|"
    r"frightening|scary)|(?:chaotic|violent|unstable|toxic|abusive|troubled|unhappy) (?:home|"
    r"childhood|upbringing|household|family))\b"
)
PRESENT_SUBJECT = re.compile(
    r"\b(?:i'?m|i am|i'?ve been|i have been|i still|i'?m still|i am still|i feel|i'?m feeling|"
    r"i keep|we'?re|we are|i can'?t|i cannot|i still feel|i'?ve not been|i haven'?t been|"
    r"i haven'?t|i struggle|i find|i'?m finding|i get|i cry|i miss|i worry|"
    r"(?:it|that|life|things|work|home|everything)(?:'s| is| are|'s been| has been| have been)|"
    r"(?:my|our) (?:[\w'-]+ ){1,3}(?:is|are|has been|have been|'s been|keeps|feels)|"
    r"(?:she|he)(?:'s| is| has been|'s been)(?: still)?|which is still|i'?ve had|"
    r"the (?:writer|clinician|therapist|counsell?or) is)\b"
)
# Phrases that say by themselves the experience has not been worked through.
UNPROCESSED = re.compile(
    r"\b(?:never (?:really |quite |fully )?got over|(?:haven'?t|have not|hasn'?t|has not|"
    r"still not|not|never|can'?t|cannot|couldn'?t) (?:yet |really |quite |fully |ever )?"
    r"(?:got(?:ten)?|gotten|get|getting) (?:over|past)(?! (?:how|the fact|what|that|myself)\b)|"
    r"still not over|not over (?:it|him|her|them|my|the|losing|what)|(?:haven'?t|have not|"
    r"not|never) (?:yet |really |fully |properly )?(?:come to terms|moved on|processed|dealt with|"
    r"made peace|worked through)|(?:can'?t|cannot|couldn'?t) (?:move on|let (?:it|go))|"
    r"still (?:really |so |very |quite )?(?:processing|raw|hurts?|grieving|reeling|recovering|"
    r"healing|coming to terms|"
    r"trying to come to terms|in shock|shaken|haunted|numb|going on|ongoing|dragging on|"
    r"unfolding|happening|eats (?:me|at me) up|eating (?:me|at me)|haunts me|gets to me|"
    r"upsets me|bothers me)|(?:can'?t|cannot) stop thinking about|keep thinking about|"
    r"(?:can'?t|cannot) get (?:it|this|that|them|him|her) out of my head|"
    r"never (?:really |fully |completely |"
    r"quite )?(?:went|goes|gone) away|(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|"
    r"never) (?:really |fully |completely |quite )?(?:gone away|go away|left me|lifted|healed))\b"
)
# Qualifiers that make a present difficulty manageable rather than acute.
HEDGE = re.compile(
    r"\b(?:sometimes|occasionally|now and (?:then|again)|from time to time|at times|"
    r"on (?:bad|some|the odd) days?|once in a while|a little|a bit|a touch|manageable|"
    r"(?:i'?ve|i have) learned|(?:i'?m|i am) learning|i manage|i cope)\b"
)
# Difficulty about the therapy itself ("a difficult session last week") is immediacy.
ABOUT_SESSION = re.compile(
    r"\b(?:sessions?|appointments?|meeting(?! with my| at work)|conversation|between us|our work|"
    r"with (?:her|him|"
    r"them|the client))\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|myself|we|we're|our|us)\b")
PAST_VERB_BEFORE = re.compile(r"\b(?:was|were|had been|felt|used to|did|remember)\b")
# Markers that place a life event in the present by themselves (not "still", which also
# describes a habit kept since: "I still use what helped after my divorce").
NOW = re.compile(
    r"\b(?:right now|at the moment|at the mo|currently|at present|at the minute|these days|"
    r"this week|this month|ongoing|(?:at )?the end of (?:the|this|next) (?:week|month)|"
    r"next (?:week|month)|any day now)\b"
)
# "my divorce - it's not final yet": the event itself is not over, said after it.
NOT_OVER_YET = re.compile(
    r"\bnot (?:yet )?(?:final|finali[sz]ed|settled|sorted|over|through|finished) yet\b"
)
JUST_EVENT = re.compile(
    r"\b(?:just|only just|recently)\s+(?:passed away|died|lost|left me|broke up|split up|"
    r"separated|been diagnosed|got divorced|had a miscarriage|been made redundant)\b|"
    r"\bmy (?:very )?recent (?:break-?up|divorce|separation|loss|bereavement|diagnosis|"
    r"miscarriage|redundancy)\b|\b(?:marriage|relationship|engagement) (?:had |has )?(?:just|"
    r"only just|"
    r"recently) (?:ended|finished|broken down|fallen apart|collapsed)\b"
)
# A feeling of the present told as a whole: "how lonely I've been feeling since the move".
PRESENT_FEELING = re.compile(
    r"\bhow (?:\w+ )?(?:lonely|low|down|anxious|depressed|stressed|overwhelmed|exhausted|"
    r"hopeless|sad|isolated|scared) (?:(?:i'?ve|i have) been(?: feeling)?|i am|i'?m|i feel)\b"
)
# A bad stretch just lived through: "I'd had a horrible week", "having a rough few days".
ROUGH_SPELL = re.compile(
    r"\b(?:had|having|been having)\s+(?:a|such a|the most|a really|a very|a pretty|"
    r"an|one hell of a)\s+(?:(?:really|very|pretty|truly)\s+)?(?:horrible|awful|terrible|rough|"
    r"hard|tough|bad|difficult|shit|shitty|crap|crappy|stressful|miserable|horrendous|"
    r"exhausting|draining|emotional|heavy)\s+(?:week|few days|couple of days|day|weekend|month|"
    r"few weeks|couple of weeks|morning|night|fortnight)\b"
)
COPING = re.compile(
    r"\b(?:what helped|helped|helps|helping|learn(?:ed|t)|got better|gets better|get better|"
    r"getting better|made (?:a|all the) (?:\w+ )?difference|makes? (?:it|things) easier|"
    r"made (?:it|things) easier|overc(?:a|o)me|overcoming|recovered|recovery|healed|heal|"
    r"manag(?:e|ed|ing) (?:it|to)|coped|cope with it|coping (?:strategies|skills)|"
    r"got (?:me )?through|came through|worked through|feel better|felt better|easier|stronger|"
    r"confidence|resilience|resilient|hopeful|grateful|turned (?:it|things) around|moved on|"
    r"doing (?:well|better|okay|ok|fine)|(?:okay|ok|fine|well|better|good) now|"
    r"in a (?:good|better) place|haven'?t (?:experienced|had|felt) (?:one|it|that|them) since|"
    r"no longer|support group|grounding|breathing|small steps|one day at a time|"
    r"(?:gradually|slowly) (?:got|built|improved)|worth it|made the difference|realised|realized|"
    r"found that|"
    r"came out the other side|pulled (?:me )?through|proud|how far i'?ve come|come a long way|"
    r"thriving|kept (?:at it|going|trying|pushing)|persevere|persevered|persevering|"
    r"perseverance|got there|bounced back|"
    r"(?:didn'?t|never|did not) give up|pushed through|not the end of the world|"
    r"(?:it|things|everything) (?:all )?worked out|back on (?:my|our) feet|less alone|grew on me|"
    r"made it (?:feel )?(?:manageable|easier|bearable)|(?:pushed|got|helped) me past it|"
    r"taught me|"
    r"back on track|without (?:a|any) problem|no problem now|turned (?:things|it|"
    r"my life) (?:a)?round|got me (?:moving|going)(?: again)?|"
    r"passed (?:on|at) the (?:\w+ )?(?:go|attempt|try)|(?:third|second) time lucky|"
    r"came to (?:love|like|enjoy)|settled in|found my feet|got used to it|"
    r"(?:it|things) got easier|fell into place|make[s]? me smile|made me smile|fondly|"
    r"happy memories|at peace|made (?:my )?peace|"
    r"wouldn'?t change (?:a thing|it|where i am|anything)|"
    r"(?:years?|months?) (?:sober|clean|in recovery)|what matters is|repair(?:ed|ing)?|"
    r"kept (?:training|practi[sc]ing|working at it|showing up)|made it (?:the next|in the end|"
    r"eventually|through)|"
    r"(?:before|until|till) (?:i|we) (?:finally |"
    r"eventually )?(?:passed|made it|got it|got there|succeeded|recovered|got better)|"
    r"(?:finally|eventually) (?:passed|made it|succeeded|recovered|got better|managed)|"
    r"(?:passed|made it|got there) in the end)\b"
)

_SENTIMENT: Any = None


def _sentiment() -> Any:
    """VADER's analyser, built on first use: loading its lexicon costs ~50 ms once."""
    global _SENTIMENT
    if _SENTIMENT is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _SENTIMENT = SentimentIntensityAnalyzer()
    return _SENTIMENT


# Verbs a note reports with ("Shared that ...", "admitted my ...") that VADER's lexicon
# reads as positive: as reporting verbs they say nothing about how the story ended.
_REPORTING_VERB = re.compile(
    r"\b(?:shared|share|sharing|admitted)(?=\s+(?:with\s+(?:the\s+|my\s+|her\s+|his\s+)?\w+\s+)?"
    r"(?:that|my|how|i|i'd|i've|"
    r"i'm|about|our|me)\b)",
    re.IGNORECASE,
)


# Words VADER's lexicon reads as warm that here name an institution or a hardship: "in
# care as a kid", "foster care", "a care home", "on income support", "on benefits".
_INSTITUTION = re.compile(
    r"\b(?:(?:in|into|out of|from|leaving|left) (?:(?:foster|residential|kinship|local "
    r"authority|state|council) )?|(?:foster|residential|kinship|social|intensive|respite|"
    r"palliative|state|council|psychiatric|secure|nursing|hospice|children's|child)[\s-])"
    r"(care)\b|\b(care)(?=[\s-](?:homes?|system|leavers?|orders?|proceedings|workers?|"
    r"placements?|units?|facility)\b)|\b(?:income|life|child|on) (support)\b|\bon (benefits)\b",
    re.IGNORECASE,
)


def _neutral(m: re.Match[str]) -> str:
    """The match with its warm-sounding word replaced by one VADER does not score."""
    word = next(g for g in range(1, 5) if m.group(g))
    return (
        m.group()[: m.start(word) - m.start()] + "services" + m.group()[m.end(word) - m.start() :]
    )


@functools.lru_cache(maxsize=4096)
def _tone(sentence: str) -> float:
    """VADER's compound score of one sentence (cached: closing lines often recur)."""
    sentence = _REPORTING_VERB.sub("said", sentence)
    low = sentence.lower()
    if "care" in low or "support" in low or "benefits" in low:
        sentence = _INSTITUTION.sub(_neutral, sentence)
    return _sentiment().polarity_scores(sentence)["compound"]


def _owned_by_clinician(doc: Doc, pos: int) -> bool:
    """Stricter than `clinician_voice`: the sentence must speak in the first person or be
    a note in the clinician's shorthand ("Mentioned last week was hard")."""
    if not doc.clinician_voice(pos):
        return False
    s_start, s_end = doc.sentence_at(pos)
    if _FIRST_PERSON.search(doc.low, s_start, s_end):
        return True
    # A note in shorthand ("Mentioned last week was hard") or about the clinician in the
    # third person ("Counsellor told the student she's been so depressed since...").
    return _NOTE_OPENING.match(doc.low, s_start) is not None or doc.clinician_subject(
        pos, acting=True
    )


_NOTE_OPENING = re.compile(
    r"(?:mentioned|shared|said|told|admitted|explained|disclosed|let (?:her|him|them) know|"
    r"opened up|talked|spoke)\b"
)


def _text_ongoing(doc: Doc, t: Thresholds) -> tuple[Signal, bool]:
    """Text evidence of an unprocessed experience; also whether it rests on recency alone.

    Four kinds of evidence, each checked for negation, hypotheticals and whose experience
    it is: a life event in the recent past ("my dad died last month"); a phrase that says
    it is not worked through ("haven't got over it"); a difficulty framed in the present
    ("I still struggle with this", "things have been rough lately", "told her I'm still
    ..."); and a difficulty placed in the recent past ("last week was hard").
    """
    signal = Signal()
    recency_only = True
    low = doc.low
    for m in doc.scan(LIFE_EVENT):
        if doc.suppressed(m.start()) or not doc.clinician_voice(m.start()):
            continue
        if LONG_PAST.search(low, *doc.clause_at(m.start())):
            continue  # "how I got through my own divorce years ago" (a later "this month"
            # in the sentence dates something else)
        months = doc.months_within(*doc.sentence_at(m.start()))
        if months is not None and months < t.recent_months:
            signal.add("high", m.span())
            continue
        # "a custody battle right now", "my divorce is going through at the moment".
        # Not when the sentence says it is coped with ("these days I rarely think about
        # my divorce; counselling helped").
        c_start, c_end = doc.clause_at(m.start())
        s_start, s_end = doc.sentence_at(m.start())
        now = NOW.search(low, c_start, c_end) or NOT_OVER_YET.search(low, m.end(), s_end)
        if not now or LONG_PAST.search(low, c_start, c_end):
            continue
        if not doc.within(COPING, s_start, s_end) and not doc.within(HEDGE, s_start, s_end):
            signal.add("high", m.span())
    for m in [*doc.scan(ROUGH_SPELL), *doc.scan(PRESENT_FEELING)]:
        pos = m.start()
        c_start, c_end = doc.clause_at(pos)
        if doc.suppressed(pos) or not doc.clinician_voice(pos):
            continue
        if LONG_PAST.search(low, c_start, c_end) or ABOUT_SESSION.search(low, c_start, c_end):
            continue
        signal.add("warn", m.span())
    for m in doc.scan(JUST_EVENT):
        if not doc.suppressed(m.start()) and doc.clinician_voice(m.start()):
            signal.add("high", m.span())
    for m in doc.scan(UNPROCESSED):
        pos = m.start()
        if doc.suppressed(pos) or not doc.clinician_voice(pos):
            continue
        s_start, s_end = doc.sentence_at(pos)
        if _UNTIL.search(low, m.end(), s_end):
            continue  # "never got over my fear of flying until I did a course"
        # A hedge in another clause ("... and sometimes I still can't breathe") is about
        # something else.
        c_start, c_end = doc.clause_at(pos)
        hedged = doc.within(HEDGE, c_start, c_end) or doc.within(COPING, m.end(), s_end)
        signal.add("warn" if hedged else "high", m.span())
        recency_only = False
    markers: dict[int, re.Match[str] | None] = {}  # per sentence start
    clause_months: dict[int, float | None] = {}  # per clause start
    for pattern, strong in ((STRONG_DIFFICULTY, True), (WEAK_DIFFICULTY, False)):
        for m in doc.scan(pattern):
            pos = m.start()
            s_start, s_end = doc.sentence_at(pos)
            c_start, c_end = doc.clause_at(pos)
            lead_start = max(s_start, pos - 30)
            lead = low[lead_start:pos]
            if s_start in markers:
                present_marker = markers[s_start]
            else:
                present_marker = markers[s_start] = PRESENT.search(low, s_start, s_end)
            present_subject = PRESENT_SUBJECT.search(lead)
            present = (present_marker and present_subject) or (
                strong and (present_marker or present_subject)
            )
            if present and not PAST_VERB_BEFORE.search(lead):
                if LONG_PAST.search(low, c_start, c_end) or doc.suppressed(pos):
                    continue
                if not doc.clinician_voice(pos):
                    continue
                span_start = present_subject.start() + lead_start if present_subject else pos
                hedged = doc.within(HEDGE, s_start, s_end) or doc.within(COPING, m.end(), s_end)
                # Hedged or coped-with ("sometimes", "but planning helps") is a notch lower.
                if strong:
                    signal.add("warn" if hedged else "high", (span_start, m.end()))
                else:
                    signal.add("info" if hedged else "warn", (span_start, m.end()))
                recency_only = False
                continue
            # A difficulty placed in the recent past: "last week was hard for me".
            # (Each clause's time expressions are read once; most clauses have none.)
            if c_start not in clause_months:
                clause_months[c_start] = doc.months_within(c_start, c_end)
            months = clause_months[c_start]
            if months is None or months >= t.recent_months:
                continue
            if doc.suppressed(pos) or not _owned_by_clinician(doc, pos):
                continue
            if ABOUT_SESSION.search(low, c_start, c_end) or LONG_PAST.search(low, c_start, c_end):
                continue
            signal.add("high" if strong else "warn", (c_start, m.end()))
    return signal, recency_only


def ongoing(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """An ongoing, recent or unprocessed difficulty of the clinician's.

    The fields decide first: `experience_status` ongoing is high, partly resolved is warn,
    and an experience fewer than `recent_months` ago is warn (high within a third of
    that). Text adds present distress ("I'm still a mess") and recent losses ("passed away
    last month"). A status of resolved lowers what text alone suggests.
    """
    signal, recency_only = _text_ongoing(doc, t)
    months = d.months_since_experience
    if d.experience_status == "resolved":
        if (months is not None and months >= t.recent_months) or recency_only:
            signal.cap("info")
        else:
            signal.cap("warn")
    elif months is not None and months >= t.recent_months and recency_only:
        signal.cap("info")

    if d.experience_status == "ongoing":
        signal.add("high", reason="you recorded the experience as ongoing")
    elif d.experience_status == "partly_resolved":
        signal.add("warn", reason="you recorded the experience as partly resolved")
    if months is not None and months < t.recent_months:
        recent_high = months < t.recent_months / 3 and d.experience_status != "resolved"
        signal.add(
            "high" if recent_high else "warn",
            reason=f"the experience was about {months:g} month(s) ago",
        )
    return signal


_CLIENT_OPENING = re.compile(
    r"(?:he|she|they|pt|clt|client|the client|patient|the patient|yp|su|the young person)\s"
)
NO_DISCLOSURE = re.compile(
    r"\bno disclosure (?:was )?made\b|\bi (?:didn'?t|did not) (?:disclose|share) anything\b|"
    r"\bi (?:didn'?t|did not) (?:end up )?(?:disclosing|sharing) (?:it|anything)\b"
)
_UNTIL = re.compile(r"\b(?:until|till|til)\b")
_AFTERWORD = re.compile(
    r"(?:we (?:then |later )?(?:went back|returned|spent|talked|looked|moved|worked|explored|"
    r"stayed|used)|on reflection|looking back|in hindsight|i'?d do it again|i would do it again|"
    r"i think (?:it|the|that)|i'?m glad|i'?m not sure|i wonder|next time|writing (?:it|this) up|"
    r"no disclosure|i'?m noting|i'?d like to|if i had|had i|reflection|if (?:she|he|they|the "
    r"client) |afterwards i (?:noticed|realised|realized|felt|thought))\b"
)
# A heading of a written-up note ("Response and reflection"): a few words, no full stop.
_HEADING = re.compile(r"[\w ,&'-]{1,40}")


def _story_ending(doc: Doc) -> list[tuple[int, int]]:
    """The last two sentences of the clinician's story, without the turn back to the client
    that often closes a note ("... Then I asked how she copes."): that is not how the story
    ended, so it says nothing about whether it ended on coping."""
    sentences = doc.sentences
    # What the client did next ("He came to group in the afternoon."), the work that
    # followed ("We went back to planning his quiz night.") and the clinician's reflection
    # for supervision ("I'd do it again, but...", "No disclosure was made") are not the story.
    while len(sentences) > 1 and (
        _CLIENT_OPENING.match(doc.low, sentences[-1][0])
        or _AFTERWORD.match(doc.low, sentences[-1][0])
        or _HEADING.fullmatch(doc.low, *sentences[-1])
    ):
        sentences = sentences[:-1]
    last_start, last_end = sentences[-1]
    turn = FOCUS_RETURNED.search(doc.low, last_start, last_end)
    if turn is None:
        return sentences[-2:]
    # Up to the turn, with what joins it (", then", "and") trimmed from the end; a few
    # words before it ("At the end I asked...") are part of the turn.
    before = doc.low[last_start : turn.start()].rstrip(" ,;:-–—")
    if len(before.split()) > 3:
        return [*sentences[-2:-1], (last_start, last_start + len(before))]
    return sentences[-3:-1] or sentences[-1:]


def ends_unresolved_history(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """A personal-history disclosure that does not close on coping or overcoming."""
    signal = Signal()
    if doc.scan(NO_DISCLOSURE):
        return signal  # "No disclosure was made in this session": a reflection, no story
    if d.disclosure_type in {"facts", "immediacy", "strategy"} or not doc.sentences:
        return signal
    low = doc.low
    if d.disclosure_type != "personal_history":
        about_difficulty = False
        for pattern in (STRONG_DIFFICULTY, UNPROCESSED, LIFE_EVENT, PAST_DIFFICULTY):
            for m in doc.scan(pattern):
                if not doc.clinician_voice(m.start()) or doc.negated(m.start()):
                    continue
                s_start, s_end = doc.sentence_at(m.start())
                urge = doc.has_any(URGE_WORDS) and URGE_RESISTED.search(doc.low, s_start, s_end)
                if not urge:  # "tempted to mention my divorce but kept it to myself"
                    about_difficulty = True
                    break
            if about_difficulty:
                break
        if not about_difficulty:
            return signal
    ending = _story_ending(doc)
    if not ending:
        return signal
    undone = False
    for start, end in ending:
        for m in doc.within(COPING, start, end):
            # "therapy helped a bit, but it never really went away" is not a close.
            if UNPROCESSED.search(low, m.end(), end):
                undone = True
            elif not doc.negated(m.start(), window=30):
                return signal
    last_start, last_end = ending[-1]
    tone = _tone(doc.text[last_start:last_end])
    if tone >= 0.5 and not undone:
        return signal
    signal.add("info" if tone >= 0.05 and not undone else "warn", (last_start, last_end))
    return signal
