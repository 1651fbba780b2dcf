"""Boundary safety: identifying details, intimate details, clinical specifics, contact
outside the professional relationship, and imposed values."""

from __future__ import annotations

import functools
import re

import phonenumbers

from .medications import DRUG_CLASS, MEDICATION_NAME
from .model import DisclosureInput, Thresholds
from .scan import match_at, max_width, second_words
from .signals import Signal
from .text import Doc

# A phone number, address or e-mail that belongs to a service identifies nobody.
PUBLIC_SERVICE = re.compile(
    r"\b(?:helplines?|help line|crisis (?:line|team|service)|hotlines?|samaritans|lifeline|"
    r"shout|nhs|111|999|911|988|beyond blue|headspace|services?|charity|clinic|clinic's|"
    r"practice|surgery|hospital|centre|center|food ?bank|library|pharmacy|chemist|police|"
    r"council|job ?centre|citizens advice|a&e|support group|switchboard|reception|office|"
    r"hub|drop-in|duty (?:line|number|team|worker|desk)|team inbox|out of hours|out-of-hours|"
    r"(?:ring|call|phone|text|contact) us|the line|our line|24/7|freephone|toll-free|"
    r"on-call)\b"
)

_CHILD = (
    r"(?:kids?|children|child|sons?|daughters?|boys?|girls?|twins|little ones?|stepsons?|"
    r"stepdaughters?|eldest|youngest|oldest|teenagers?|toddlers?|babies|baby|grandsons?|"
    r"granddaughters?|grandkids|grandchildren)"
)
_ADULT = (
    r"(?:wife|husband|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|brother|sister|mum|"
    r"mom|mother|dad|father|mam|nan|gran|granny|grandma|grandmother|grandad|grandpa|"
    r"grandfather|aunt|auntie|uncle|cousin|nephew|niece|stepmum|stepmom|stepdad|ex|"
    r"ex-wife|ex-husband|in-laws|mother-in-law|father-in-law|sister-in-law|brother-in-law)"
)
_RELATIVE = rf"(?:{_CHILD}|{_ADULT})"
CHILD_WORD = re.compile(
    rf"\b(?:my|our)\s+(?:(?:eldest|youngest|little|older|younger|own)\s+)?{_CHILD}\b|"
    r"\b(?:my|our)\s+(?:two|three|four|eldest|youngest|oldest|little ones|littlies|boys|girls|"
    r"lads|twins)\b"
)
# The clinician's child in a third-person note: "Clinician disclosed her son's name".
THIRD_CHILD = re.compile(rf"\b(?:her|his)\s+(?:(?:eldest|youngest|little)\s+)?{_CHILD}\b")

# --- identifying details ---------------------------------------------------------------

_STREET_TYPES = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|close|court|crescent|cres|way|place|"
    r"terrace|grove|boulevard|blvd|parade|gardens|mews|row|square|walk|highway|hwy)"
)
_NOT_A_STREET_WORD = (
    r"(?!(?:the|a|an|down|up|along|across|minutes?|mins?|miles?|km|hours?|yards?|metres?|"
    r"meters?|blocks?|doors?|steps?|of|my|your|this|that|long|same|wrong|right|other)\b)"
)
# \b\d{1,5}..., written to begin with a digit so the scan skips straight to digits.
NUMBERED_ADDRESS = re.compile(
    rf"\d(?<!\w\d)\d{{0,4}}[a-z]?,?\s+(?:{_NOT_A_STREET_WORD}[a-z][a-z'-]+\s+){{1,3}}{_STREET_TYPES}\b"
)
RESIDENCE = re.compile(
    r"\b(?:(?:i|we)(?:'m|'re| am| are)?\s+(?:live|lived|living|stay|staying|reside|"
    r"moved|grew up)|(?P<third>she|he)\s+(?:lives|lived|is living|stays|resides|moved)|"
    r"(?:my|our)\s+(?:house|home|flat|apartment|place|unit|family)\s+(?:is|was|'s)"
    r")\s+(?:just\s+|right\s+|only\s+)?(?:on|in|at|off|near|by|around|round|next to|"
    r"opposite|behind|close to|down|up|across from|to)\s+"
)
# "I'm on Elmwood Road", "we're just off Mill Lane": only with a street named in capitals,
# since "I'm on the road a lot" names nothing. Matched on the case-kept text.
ON_STREET = re.compile(
    r"\b(?i:i|we)(?:'m|'re| am| are)\s+(?:just\s+|right\s+|now\s+|also\s+)?(?:on|off)\s+"
    r"(?:[A-Z][a-z'-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Court|Crescent|"
    r"Way|Place|Terrace|Grove|Boulevard|Parade|Gardens|Mews|Row|Square|Walk)\b"
)
_I_AM = ("i", "we")
_AM_WORDS = frozenset(["m", "re", "am", "are"])
_STREET_AFTER = re.compile(rf"(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?{_STREET_TYPES}\b")
_NEAR_CLIENT_AFTER = re.compile(
    r"(?:the\s+same\s+(?:street|road|area|suburb|neighbou?rhood|town|estate|building|block|"
    r"village|part of town|postcode)|your\s+(?:street|road|area|suburb|neighbou?rhood|estate|"
    r"building|block)|this\s+(?:street|road|suburb|neighbou?rhood|estate)|(?:just\s+)?"
    r"(?:a)?round the corner|the corner|the road|the street|you|here)\b"
)
_PLACE_NAME = re.compile(r"(?:the\s+)?([A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})")
_NOT_PLACE = frozenset(
    {
        "I",
        "Hope",
        "Fear",
        "Denial",
        "The",
        "A",
        "My",
        "Our",
        "Therapy",
        "Recovery",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Anxiety",
        "Depression",
        "Pain",
    }
)
NEARBY = re.compile(
    r"\b(?:a few|a couple of|one|two|three|four|five)\s+(?:streets?|roads?|doors?|blocks?|"
    r"houses?)\s+(?:away\s+)?from\s+(?:you|your|him|her|them|the client)\b|"
    r"\b(?:(?:just|right|only)\s+)?(?:down the road|up the road|(?:a)?round the corner|"
    r"down the street|across the road|across the street|a few doors (?:down|away)|"
    r"next door to (?:you|him|her|them|the client)|walking distance)\b"
)
# Kept apart because "(\w+ )?minutes" cannot be looked up by its first word.
NEARBY_MINUTES = re.compile(
    r"\b(?:(?:just|right|only)\s+)?(?:\w+ )?(?:minutes?|mins?) (?:walk |drive )?"
    r"(?:away )?from (?:you|your|here|him|her|the clinic)\b"
)
_MINUTE_WORDS = frozenset(["minute", "minutes", "min", "mins"])
_HOME_CONTEXT = re.compile(
    r"\b(?:live|lives|living|house|home|flat|apartment|place|school|kids?|children|son|"
    r"daughter|family|neighbou?rs?)\b"
)
# "we're on the same estate", "I'm in block C": the clinician's home placed for the client.
SAME_PLACE = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|i live|we live|i'?m living)\s+(?:also\s+|actually\s+|just\s+)?"
    r"(?:on|in)\s+the\s+same\s+(?:estate|street|road|block|building|complex|close|avenue|"
    r"suburb|village|neighbou?rhood|cul-de-sac)\b|"
    r"\bi'?m\s+in\s+(?:block|flat|unit|apartment|tower|house|number)\s+[a-z0-9]{1,4}\b"
)
# "clt asked where i live, told her dunmore rd by the park": a street told in reply.
TOLD_STREET = re.compile(
    r"\btold\s+(?:her|him|them|pt|the client|the pt)\s+(?:(?:it'?s|i'?m\s+(?:on|in))\s+)?"
    r"[a-z'-]+\s+(?:rd|st|road|street|lane|ln|ave|avenue|close|crescent|drive|dr|way|court|"
    r"terrace|grove)\b"
)
_SAME_PLACE_WORDS = frozenset(["same", "block", "flat", "unit", "apartment", "tower", "number"])
# A named street in a sentence about the clinician's home: "the green house at the end
# of Larch Lane", "which street I moved to (Carrow Road)". On the case-kept text.
HOME_STREET = re.compile(
    r"\b(?:[A-Z][a-z'-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|"
    r"Court|Crescent|Cres|Way|Terrace|Grove|Parade|Gardens|Mews|Row|Square|street|st|road|rd|"
    r"avenue|ave|lane|ln|drive|dr|close|court|crescent|cres|terrace|grove|parade)\b"
)
_WHERE_I_LIVE = re.compile(r"\bwhere (?:i|you) (?:live|lived|stay)\b")
_HOME_PLACE = re.compile(
    r"\b(?:i|we)\s+(?:live|lived|moved|'ve moved|have moved|stay)\b|\b(?:my|our)\s+(?:place|house|"
    r"home|flat|apartment|front door|driveway|street|road)\b|\b(?:parked|weatherboard|bungalow|"
    r"cottage|semi-detached|terraced house|which street|what street)\b"
)
LIVE_NEARBY = re.compile(
    r"\b(?:i|we)(?:'m|'re| am| are)?\s+(?:also\s+|actually\s+)?(?:live|living|stay|staying|"
    r"reside)\s+(?:really\s+|quite\s+|very\s+|just\s+)?(?:nearby|close by|close to (?:you|"
    r"her|him|them|here)|near (?:you|her|him|them|here)|locally|(?:a)?round here|in the area|"
    r"in (?:your|her|his|their|the same) (?:area|suburb|town|neighbou?rhood|street|village)|"
    r"not far (?:from (?:you|her|him|them|here)|away))\b"
)
# Where the clinician's children spend their week: clubs and teams identify them too.
CHILD_ACTIVITY = re.compile(
    rf"\b(?i:my|our)\s+(?:(?:eldest|youngest|little|older|younger)\s+)?{_CHILD}\s+"
    r"(?:\w+\s+)?(?:plays?|trains?|swims?|dances?|rides?|goes|go|is|are)\s+(?:football\s+|"
    r"rugby\s+|netball\s+|cricket\s+|hockey\s+|tennis\s+)?(?:for|at|with|in)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)
TOLD_WHERE = re.compile(
    r"\b(?:told|tell|telling|showed|show|gave|give|giving|shared|share|sharing|mentioned|"
    r"sent|send|sending|wrote down|texted|emailed|e-mailed|messaged|dm'?d|dmed|whatsapped|"
    r"handed|passed on|forwarded|provided|jotted down|scribbled down|wrote)\s+"
    r"(?:him|her|them|the client|my client|the patient|[a-z]+(?= my | which | what | where ))?\s*"
    r"(?:where (?:i|we) (?:live|lived|stay)|my (?:home |house |full |new |postal )?ad+res+|"
    r"my postcode|my zip code|what street i live on|(?:which|what) (?:street|road|suburb|estate|"
    r"area|building) (?:i|we) (?:live|lived|moved|stay)(?: (?:on|in|to))?)\b"
)
MY_ADDRESS_IS = re.compile(r"\bmy (?:home |house )?(?:address|postcode|zip code) is\b")

_SHARING_VERB = (
    r"(?:gave|give|giving|given|shared|share|sharing|passed on|sent|send|sending|texted|"
    r"emailed|e-mailed|messaged|dm'?d|dmed|forwarded|provided|jotted down|wrote down|left|"
    r"handed|told|tell|offered|swapped|exchanged|wrote|written|scribbled)"
)
SHARED_CONTACT = re.compile(
    rf"\b{_SHARING_VERB}\b[^.;!?]{{0,25}}?\bmy\s+"
    r"(?P<kind>(?:(?:personal|private|own|home|mobile|cell|work|direct|other)\s+){0,3}"
    r"(?:phone\s+)?(?:number|numbr|mobile|cell|digits|landline|e-?mail(?: address)?|whatsapp|"
    r"snapchat|instagram|insta|facebook|handle|username|socials|(?:gmail|hotmail|yahoo|outlook|"
    r"icloud)(?: address| account)?))\b"
)
# Every match of SHARED_CONTACT has "my" starting within this many characters of its start.
_SHARED_CONTACT_REACH = max_width(_SHARING_VERB) + 25
HERE_IS_MY_NUMBER = re.compile(
    r"\b(?:here is|here's|this is)\s+my\s+(?:personal\s+|private\s+|mobile\s+)*(?:number|mobile)|"
    r"\bmy\s+(?:personal\s+|private\s+|mobile\s+|cell\s+)*(?:number|mobile|cell|phone number)"
    r"\s+(?:is|was)\b"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PERSONAL = re.compile(r"\b(?:personal|private|own|mobile|cell|home)\b")
_ROLE_MAILBOX = re.compile(
    r"(?:info|admin|reception|office|contact|enquiries|inquiries|appointments|bookings|"
    r"hello|team|support|clinic)@"
)
HANDLE = re.compile(r"(?<![\w.@])@[a-z0-9_](?:[a-z0-9_.]{1,29})\b")
LENIENT_PHONE = re.compile(
    r"(?<![\w./-])(?:[+0]\d{8,14}|(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,6}"
    r"(?:[\s.-]\d{2,6}){0,4})"
    r"(?![\w/]|[.-]\d)"
)
_PHONE_CONTEXT = re.compile(
    r"\b(?:number|mobile|phone|cell|call|text|ring|whatsapp|contact|reach|landline|digits)\b"
)

SCHOOL_NAME = re.compile(
    r"\b(?:[A-Z][\w'-]+\s+){1,3}(?:Primary|Secondary|High|Elementary|Middle|Junior|Infants?|"
    r"Grammar|Academy|Prep|Preparatory|College|School|Montessori|Kindergarten|Nursery|"
    r"Preschool|Pre-school)\b(?:\s+School)?"
)
# SCHOOL_NAME and SCHOOL_LOWER both end on one of these words ("Pre-school" gives "pre").
_SCHOOL_WORD_LIST = """primary secondary high elementary middle junior infant infants grammar
    academy prep preparatory college school montessori kindergarten nursery preschool pre"""
_SCHOOL_WORDS = frozenset(_SCHOOL_WORD_LIST.split())
SCHOOL_LOWER = re.compile(
    r"\b(?:go|goes|went|going|attend|attends|attended|attending|started|start|starts|is at|"
    r"are at|at)\s+(?:to\s+)?(?!(?:to|the|a|an|local|same|his|her|their|my|our|your|primary|"
    r"secondary|high|school|nursery|college|uni|university)\b)(?:[a-z][\w'-]+\s+){1,3}"
    r"(?:primary|secondary|high|elementary|grammar|academy|school|nursery|kindergarten|"
    r"preschool|montessori)\b"
)
SAME_SCHOOL = re.compile(
    rf"\b(?:the )?same (?:school|nursery|class|college) as (?:your|his|her|their) {_CHILD}\b"
)

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
FAMILY_NAME = re.compile(
    rf"\b(?i:my|our)\s+(?i:(?:eldest|youngest|oldest|little|baby|older|younger|twin|step|own)\s+)?"
    rf"(?P<rel>(?i:{_RELATIVE})),?\s+(?:(?i:called|named|is called)\s+)?"
    rf"(?P<name>{_NAME})(?:(?:,\s*|\s+)(?i:and)\s+(?P<name2>{_NAME}))?\b"
)
FAMILY_NAME_IS = re.compile(
    rf"\b(?i:my|our)\s+(?P<rel>(?i:{_RELATIVE}))(?:'s|s')\s+(?i:names?)\s+(?i:is|are)\s+"
    rf"(?P<name>{_NAME})\b"
)
_NOT_NAME = frozenset(
    {
        "I",
        "And",
        "But",
        "The",
        "A",
        "When",
        "Who",
        "Was",
        "Is",
        "Has",
        "Had",
        "Went",
        "Said",
        "Told",
        "Because",
        "So",
        "Then",
        "Also",
        "Too",
        "Just",
        "Once",
        "After",
        "Before",
        "In",
        "On",
        "At",
        "Were",
        "Who's",
        "Now",
        "Still",
        "Recently",
        "Last",
        "This",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Christmas",
        "Easter",
        "God",
        "Mum",
        "Mom",
        "Dad",
        "If",
        "It",
        "We",
        "They",
        "He",
        "She",
        "You",
        "Did",
        "Does",
        "Do",
        "Can",
        "Could",
        "Would",
        "Will",
        "Should",
        "Never",
        "Always",
        "Often",
        "Died",
        "Left",
        "Passed",
    }
)
_MY_OUR = ("my", "our")
_CHILD_REL = re.compile(rf"^{_CHILD}$", re.IGNORECASE)

WORKPLACE = re.compile(
    rf"\b(?:my|our)\s+(?:{_RELATIVE})(?:\s+[a-z]+(?=\s+(?:works|worked|is|'s)\b))?(?:\s+(?:works|"
    rf"worked|is working|has worked|teaches|"
    rf"taught|is employed|is based|manages|runs|owns|is (?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?|"
    rf"(?:runs|owns|manages)\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)|"
    rf"'s (?:a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    rf"(?:as\s+an?\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:(?P<prep>at|for|in|on)\s+|(?P<there>there|"
    r"at the same place)\b)"
)
_WORKPLACE_HERE = re.compile(
    r"(?:this|your|the same|our)\s+(?:hospital|clinic|service|practice|school|ward|unit|"
    r"surgery|company|firm|office|building|centre|center)|here\b"
)
_WORKPLACE_GENERIC = re.compile(r"the\s+[a-z]+")
_NAMED_STREET = re.compile(
    r"\b(?:on|in|off|at)\s+(?:[A-Z][a-z'-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|"
    r"Close|Court|Crescent|Way|Place|Terrace|Grove|Boulevard|Parade|Gardens|Mews|Row|Square|"
    r"Walk|Highway|High Street)\b"
)


def _words_after_my_or_our(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words that can follow "my"/"our" in a pattern whose case-insensitive parts are
    written `(?i:...)` in lower case: read from a case-sensitive copy of the pattern."""
    return second_words(re.compile(pattern.pattern.replace("(?i:", "(?:")))


_SECOND_WORDS = {
    id(p): _words_after_my_or_our(p) for p in (FAMILY_NAME, FAMILY_NAME_IS, CHILD_ACTIVITY)
}


_DIGIT = re.compile(r"\d")
_PHONE_START = re.compile(r"[+(\d]")
# [+(]?\d[\d\s().-]{5,}\d, written to begin with one character class so it scans fast.
_DIGIT_RUN = re.compile(r"[+(\d](?:(?<=[+(])\d|(?<=\d))[\d\s().-]{5,}\d")


@functools.lru_cache(maxsize=4096)
def _numbers_in(window: str, region: str) -> tuple[tuple[int, int], ...]:
    """Phone numbers `phonenumbers` finds in a short window around a run of digits.

    The matcher is thorough but slow (a millisecond or more per window), and the same
    numbers (a clinic's switchboard, a crisis line) recur across entries, so results are
    cached by window text and region.
    """
    try:
        return tuple((m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(window, region))
    except Exception:  # a library bug must never stop scoring
        return ()


def _phone_spans(doc: Doc, region: str) -> list[tuple[int, int]]:
    if doc.digit_count() < 7:
        return []
    spans: list[tuple[int, int]] = []
    # The matcher is thorough but slow on long texts, so it reads only a window around
    # each run of digits that could be a phone number.
    for run in _DIGIT_RUN.finditer(doc.cased):
        if len(_DIGIT.findall(run.group())) < 7:
            continue
        lo = max(0, run.start() - 2)
        window = doc.cased[lo : run.end() + 2]
        spans.extend((lo + start, lo + end) for start, end in _numbers_in(window, region))
    # A match can only start at a +, ( or digit; LENIENT_PHONE begins with a lookbehind,
    # which would make a plain scan try every position, so it is tried only there.
    starts = [m.start() for m in _PHONE_START.finditer(doc.low)]
    for m in match_at(LENIENT_PHONE, doc.low, starts):
        digits = len(_DIGIT.findall(m.group()))
        if not 8 <= digits <= 15 or any(s <= m.start() < e for s, e in spans):
            continue
        grouped = m.group()[0] in "+(0" or " " in m.group() or "-" in m.group()
        s_start, s_end = doc.sentence_at(m.start())
        if grouped and (m.group()[0] in "+(0" or _PHONE_CONTEXT.search(doc.low, s_start, s_end)):
            spans.append((m.start(), m.end()))
    return spans


_STREET_WORDS = frozenset(_STREET_TYPES.strip("(?:)").split("|"))
_NEARBY_WORDS = frozenset(
    [
        "road",
        "corner",
        "street",
        "doors",
        "door",
        "minutes",
        "mins",
        "minute",
        "min",
        "walking",
        "next",
        "streets",
        "roads",
        "block",
        "blocks",
        "house",
        "houses",
    ]
)
_WORK_WORDS = frozenset(
    [
        "works",
        "worked",
        "working",
        "teaches",
        "taught",
        "employed",
        "based",
        "manages",
        "runs",
        "owns",
        "is",
        "s",
    ]
)
_CONTACT_WORDS = frozenset(
    [
        "number",
        "numbr",
        "mobile",
        "cell",
        "digits",
        "landline",
        "email",
        "e-mail",
        "mail",
        "whatsapp",
        "snapchat",
        "instagram",
        "insta",
        "facebook",
        "handle",
        "username",
        "socials",
        "gmail",
        "hotmail",
        "yahoo",
        "outlook",
        "icloud",
    ]
)
_MEETING_WORDS = frozenset(
    [
        "coffee",
        "coffees",
        "drink",
        "drinks",
        "beer",
        "pint",
        "lunch",
        "dinner",
        "brunch",
        "breakfast",
        "meal",
        "tea",
        "walk",
        "hang",
        "hung",
        "hanging",
        "hangout",
        "friends",
        "house",
        "place",
        "home",
        "flat",
        "party",
        "wedding",
        "church",
        "barbecue",
        "bbq",
        "birthday",
        "gym",
        "club",
        "invited",
        "invite",
        "inviting",
        "outside",
        "together",
        "lift",
        "ride",
        "drive",
        "pick",
        "drop",
        "dropped",
        "dropping",
        "pop",
        "popped",
        "popping",
        "swing",
        "stop",
        "ours",
        "swipe",
        "match",
        "matched",
        "class",
        "group",
        "pub",
        "join",
    ]
)
# RESIDENCE and LIVE_NEARBY need one of these words.
_RESIDENCE_WORDS = frozenset(
    [
        "live",
        "lived",
        "living",
        "stay",
        "staying",
        "reside",
        "moved",
        "grew",
        "house",
        "home",
        "flat",
        "apartment",
        "place",
        "unit",
        "family",
    ]
)
_DOSE_WORDS = frozenset(
    ["dose", "dosage", "meds", "medication", "prescription", "tablets", "tablet", "pills", "pill"]
)


def _in_public_service_context(doc: Doc, pos: int) -> bool:
    s_start, s_end = doc.sentence_at(pos)
    return PUBLIC_SERVICE.search(doc.low, s_start, s_end) is not None


_I_AM_NEAR = re.compile(
    r"\b(?:i'?m|i am|i live|we'?re|we are|we live)\s+(?:(?:only|just|literally|actually|"
    r"right)\s+)*$"
)
_NEGATED_OBJECT = re.compile(r"\b(?:neither|not|never|no)\b")
_NAMES = frozenset(["names", "name"])
CHILD_NAMES_TOLD = re.compile(
    r"(?:My|my|Our|our)\s+(?:kids|children|son|daughter|sons|daughters|boys|girls|twins)'?s?\s+"
    r"names?\b[^.;!?]{0,60}?\b(?:told|gave|said)\b[^.;!?]{0,15}?[:,]\s*[A-Z][a-z]+|"
    r"\bnames? of (?:my|our|(?P<third>her|his)) (?:own )?(?:kids|children|sons|daughters|boys|"
    r"girls|twins),?\s+[A-Z][a-z]+"
)


def _third_child(doc: Doc, start: int = 0, end: int | None = None) -> bool:
    """Whether "her son", "his daughter" between `start` and `end` is the clinician's."""
    return any(
        doc.clinician_subject(m.start())
        for m in THIRD_CHILD.finditer(doc.low, start, len(doc.low) if end is None else end)
    )


def identifying_details(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Where the clinician lives, contact details, family names, schools, workplaces."""
    signal = Signal()
    low, cased = doc.low, doc.cased

    def quoted_contact_withheld(pos: int) -> bool:
        return doc.negated(pos, window=80, sentence_wide=True) or doc.hypothetical(pos)

    # A number, address or handle is the clinician's unless the sentence gives it to the
    # client ("checked her mobile (07700 900777) is right on the file").
    for start, end in _phone_spans(doc, t.phone_region):
        if quoted_contact_withheld(start) or _in_public_service_context(doc, start):
            continue
        if doc.clinicians(start):
            signal.add("high", (start, end))
    for m in doc.scan(EMAIL) if "@" in low else ():
        if _ROLE_MAILBOX.match(m.group()) or _in_public_service_context(doc, m.start()):
            continue
        if not quoted_contact_withheld(m.start()) and doc.clinicians(m.start()):
            signal.add("high", m.span())
    for m in doc.scan(HANDLE) if "@" in low else ():
        # "follow the @MindCharity page" is an organisation's account.
        if low.endswith("the ", 0, m.start()) or _in_public_service_context(doc, m.start()):
            continue
        if not quoted_contact_withheld(m.start()) and doc.clinicians(m.start()):
            signal.add("high", m.span())
    shared = doc.has_any(_CONTACT_WORDS)
    for m in doc.scan_near(SHARED_CONTACT, "my", _SHARED_CONTACT_REACH) if shared else ():
        if "work" in m.group("kind") or doc.suppressed(m.start()):
            continue
        if _NEGATED_OBJECT.search(m.group()):
            continue  # "I gave Idris neither my number nor my address"
        signal.add("high", m.span())
    # The clinician's number or account given when the client asked for it.
    for m in doc.scan(PERSONAL_NUMBER) if doc.has_any(_CONTACT_WORDS) else ():
        if not m.group("third") and _granted_contact(doc, m.start(), m.end()):
            signal.add("high", m.span())
    # "kept pressing for my children's names and I told him: Ruby and Finn."
    for m in CHILD_NAMES_TOLD.finditer(cased) if doc.has_any(_NAMES) else ():
        if m.group("third") and not doc.clinician_subject(m.start(), acting=True):
            continue
        if not doc.suppressed(m.start()):
            signal.add("high", m.span())
    for pattern in (HERE_IS_MY_NUMBER, TOLD_WHERE, MY_ADDRESS_IS):
        for m in doc.scan(pattern):
            if doc.suppressed(m.start()):
                continue
            if doc.quoted(m.start()):
                continue  # 'Juno said, "Here's my number"'
            # "my number is on the clinic website" is the work line, unless called personal.
            if (
                pattern is HERE_IS_MY_NUMBER
                and not _PERSONAL.search(m.group())
                and _in_public_service_context(doc, m.start())
            ):
                continue
            signal.add("high", m.span())

    numbered = doc.has_any(_STREET_WORDS) and doc.digit_count()
    for m in doc.scan(NUMBERED_ADDRESS) if numbered else ():
        if doc.suppressed(m.start()) or _in_public_service_context(doc, m.start()):
            continue
        if doc.clinicians(m.start()):
            signal.add("high", m.span())
    for m in doc.scan(RESIDENCE) if doc.has_any(_RESIDENCE_WORDS) else ():
        if doc.suppressed(m.start()):
            continue
        if m.group("third") and not doc.clinician_subject(m.start()):
            continue  # "she lives in ..." is the clinician only in a note about them
        after = m.end()
        street = _STREET_AFTER.match(low, after)
        if street and "\n" not in street.group():
            signal.add("high", (m.start(), street.end()))
            continue
        near = _NEAR_CLIENT_AFTER.match(low, after)
        if near:
            signal.add("high", (m.start(), near.end()))
            continue
        # A town one grew up in identifies nobody; where one lives now narrows it down.
        place = _PLACE_NAME.match(cased, after)
        if place and place.group(1).split()[0] not in _NOT_PLACE and "grew" not in m.group():
            signal.add("warn", (m.start(), place.end()))
    for m in (
        doc.scan_cased(ON_STREET, starts=_I_AM, then=_AM_WORDS)
        if doc.has_any(_STREET_WORDS)
        else ()
    ):
        if not doc.suppressed(m.start()):
            signal.add("high", m.span())
    for m in doc.scan(LIVE_NEARBY) if doc.has_any(_RESIDENCE_WORDS) else ():  # starts with I/we
        if not doc.suppressed(m.start()):
            signal.add("high", m.span())
    for m in doc.scan(TOLD_STREET) if doc.has_any(_STREET_WORDS) else ():
        s_start, s_end = doc.sentence_at(m.start())
        home = _HOME_PLACE.search(low, s_start, s_end) or _WHERE_I_LIVE.search(low, s_start, s_end)
        if home and not doc.suppressed(m.start()):
            signal.add("high", m.span())
    for m in doc.scan(SAME_PLACE) if doc.has_any(_SAME_PLACE_WORDS) else ():
        if not doc.suppressed(m.start()):
            signal.add("high", m.span())
    if doc.has_any(_STREET_WORDS):
        for m in doc.scan_capitalised(HOME_STREET, name=True):
            s_start, s_end = doc.sentence_at(m.start())
            if not _HOME_PLACE.search(low, s_start, s_end) or m.group().split()[0] in _NOT_PLACE:
                continue
            if doc.suppressed(m.start()) or _in_public_service_context(doc, m.start()):
                continue
            if doc.clinicians(m.start()):
                signal.add("high", m.span())
    for m in doc.scan_cased(CHILD_ACTIVITY, starts=_MY_OUR, then=_SECOND_WORDS[id(CHILD_ACTIVITY)]):
        place = _PLACE_NAME.match(cased, m.end())
        if not place or place.group(1).split()[0] in _NOT_PLACE:
            continue
        if not doc.suppressed(m.start()) and not _in_public_service_context(doc, m.start()):
            signal.add("high", (m.start(), place.end()))
    nearby = [
        *doc.scan(NEARBY),
        *(doc.scan(NEARBY_MINUTES) if doc.has_any(_MINUTE_WORDS) else ()),
    ]
    for m in nearby if doc.has_any(_NEARBY_WORDS) else ():
        s_start, s_end = doc.sentence_at(m.start())
        # "I'm only two streets away from you, near the post office": the clinician's home,
        # with a landmark; "the clinic is round the corner from you" is the service.
        i_am_there = _I_AM_NEAR.search(low, max(s_start, m.start() - 30), m.start())
        if (
            _HOME_CONTEXT.search(low, s_start, s_end)
            and doc.clinician_voice(m.start())
            and not doc.suppressed(m.start())
            and (i_am_there or not _in_public_service_context(doc, m.start()))
        ):
            signal.add("high", m.span())

    # A named school counts only in a sentence about the clinician's own children.
    schools = (
        [*doc.scan_capitalised(SCHOOL_NAME), *doc.scan(SCHOOL_LOWER)]
        if doc.scan(CHILD_WORD) and doc.has_any(_SCHOOL_WORDS)
        else []
    )
    if not schools and doc.has_any(_SCHOOL_WORDS) and _third_child(doc):
        schools = [*doc.scan_capitalised(SCHOOL_NAME), *doc.scan(SCHOOL_LOWER)]
    for m in [*schools, *doc.scan(SAME_SCHOOL)]:
        s_start, s_end = doc.sentence_at(m.start())
        if m.re is not SAME_SCHOOL and not (
            CHILD_WORD.search(low, s_start, s_end) or _third_child(doc, s_start, s_end)
        ):
            continue
        if not doc.suppressed(m.start()):
            signal.add("high", m.span())

    for pattern in (FAMILY_NAME, FAMILY_NAME_IS):
        for m in doc.scan_cased(pattern, starts=_MY_OUR, then=_SECOND_WORDS[id(pattern)]):
            name = m.group("name")
            if name in _NOT_NAME or doc.suppressed(m.start()):
                continue
            child = _CHILD_REL.match(m.group("rel")) is not None
            signal.add("high" if child else "warn", m.span())

    for m in doc.scan(WORKPLACE) if doc.has_any(_WORK_WORDS) else ():
        if doc.suppressed(m.start()):
            continue
        after = m.end()
        if m.group("there"):
            # "Client works at Harlow General. ... my husband's a porter there."
            signal.add("high", m.span())
            continue
        here = _WORKPLACE_HERE.match(low, after)
        named = _PLACE_NAME.match(cased, after)
        if here:
            signal.add("high", (m.start(), here.end()))
        elif named and named.group(1).split()[0] not in _NOT_PLACE:
            signal.add("high", (m.start(), named.end()))
        elif m.group("prep") in {"at", "for"} and (generic := _WORKPLACE_GENERIC.match(low, after)):
            # "at the surgery on Mill Lane": a street named in the sentence pins it down.
            _, s_end = doc.sentence_at(m.start())
            street = _NAMED_STREET.search(cased, generic.end(), s_end)
            if street:
                signal.add("high", (m.start(), street.end()))
            else:
                signal.add("warn", (m.start(), generic.end()))
    return signal


# --- intimate details ------------------------------------------------------------------

INTIMATE_EXPLICIT = re.compile(
    r"\b(?:sex ?li(?:fe|ves)|our sex|sexual (?:relationship|problems?|issues?|difficult(?:y|ies)|"
    r"frustrations?|experiences?|partners?|history|life|needs|preferences|fantas(?:y|ies)|"
    r"dysfunction|encounters?|chemistry|performance)|sexually (?:frustrated|active|involved|"
    r"incompatible)|(?:had|have|having|has) (?:had )?sex|slept with|sleeping with|"
    r"sleeping together|slept together|making love|made love|one[- ]night stands?|"
    r"hook(?:ed|ing)? up with|libido|sex drive|erectile|impotence|impotent|orgasms?|"
    r"foreplay|porn(?:ography)?|threesomes?|hook-?ups?|(?:schedule|scheduled|scheduling|plan|"
    r"planned) sex|kinks?|kinky|open relationship|swingers?|"
    r"swinging|in bed (?:with|together)|good in bed|(?:problems?|issues?|trouble|struggles?|"
    r"struggled|things|difficulties|going on|happening|rough patch) in (?:the )?bed(?:room)?|"
    r"bedroom (?:problems?|issues?|life)|(?:without|no) sex|sexless|(?:tried|try|trying|do|did|"
    r"like|liked|into) in (?:the )?bed(?:room)?)\b"
)
INFIDELITY = re.compile(
    r"\b(?:affairs?|cheated on|cheating on|cheated|cheats|unfaithful|infidelity|"
    r"extramarital|adultery|the other woman|the other man|two-timed|two-timing)\b"
)
_NOT_INFIDELITY = re.compile(
    r"(?:current|financial|foreign|public|legal|business|internal|state of|money|family|"
    r"personal|veterans|consumer|student|world|home|own)\s+$"
)
INTIMACY = re.compile(
    r"\b(?:intimacy|intimate (?:life|relationship|moments?|details?|"
    r"problems?|issues?|side|partner)|(?:on|using|joined|downloaded|back on) (?:hinge|tinder|"
    r"bumble|grindr|okcupid|feeld|plenty of fish|the apps|dating apps?|a dating app)|"
    r"(?:went|been|going) on (?:\w+ )?(?:dates|a date|first dates)|(?:my )?dating life|"
    r"(?:been|started|i'?m|i am) dating)\b"
)
# A negation right before the act is what was shared ("we haven't had sex in months"), not
# a disclosure withheld ("I didn't tell her about my sex life").
_NEGATED_ACT = re.compile(
    r"(?:n'?t|\bnot|\bnever|\bno longer|\bstopped)\s+(?:(?:been|really|even)\s+)?$"
)
_FIRST_PERSON_NEAR = re.compile(r"\b(?:i|i'm|i've|i'd|my|our|we|we're|us|me)\b")


def intimate_details(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Sexual or intimate relationship details and affairs, of the clinician's own life.

    Orientation and pregnancy stated as facts ("I'm gay", "when I was pregnant") are not
    intimate details and are not in these patterns.
    """
    signal = Signal()
    low = doc.low
    for m in doc.scan(INTIMATE_EXPLICIT):
        pos = m.start()
        if not doc.clinician_voice(pos) or doc.hypothetical(pos):
            continue
        if doc.negated(pos) and not _NEGATED_ACT.search(low, max(0, pos - 20), pos):
            continue
        signal.add("high", m.span())
    for m in doc.scan(INFIDELITY):
        word = m.group()
        # "my affair" is infidelity; "my financial affairs" is not.
        if word.startswith("affair") and _NOT_INFIDELITY.search(
            low, max(0, m.start() - 20), m.start()
        ):
            continue
        if word == "cheated" and re.match(
            r"\s+(?:at|in|on (?:a|the|my|an) (?:test|exam))", low[m.end() : m.end() + 20]
        ):
            continue
        if doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
            signal.add("high", m.span())
    for m in doc.scan(INTIMACY):
        s_start, _ = doc.sentence_at(m.start())
        near = _FIRST_PERSON_NEAR.search(low, max(s_start, m.start() - 40), m.start())
        if near and doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    return signal


# --- clinical specifics ----------------------------------------------------------------

# Doses come in two patterns so that each scans fast: the numeric one starts with a digit
# at the start of a word (written so the regex engine can skip straight to digits), the
# other with one of a list of words.
DOSE_NUMBER = re.compile(
    r"\d(?<!\w\d)\d*(?:(?:\.\d+)?\s?(?:mg|mgs|mcg|µg|ug|ml|milligrams?|micrograms?)\b|"
    r"\s+(?:tablets?|pills?|capsules?)\s+(?:a|per|every)\s+(?:day|night|morning)\b)"
)
DOSE = re.compile(
    r"\b(?:double|doubled|doubling|halve|halved|up|upped|upping|increase|increased|"
    r"increasing|raise|raised|reduce|reduced|reducing|lower|lowered|cut|taper|tapered|"
    r"tapering|adjust|adjusted|titrate|titrated)\s+(?:the|my|a|his|her)\s+(?:dose|dosage|"
    r"meds|medication|prescription)\b|\b(?:max(?:imum)?|higher|lower|starting|full|half|"
    r"double|high|low|maintenance)\s+dose\b|\b(?:one|two|three|four)\s+(?:tablets?|"
    r"pills?|capsules?)\s+(?:a|per|every)\s+(?:day|night|morning)\b"
)
PRESCRIBER = re.compile(
    r"\b(?:my|(?P<third>her|his))\s+(?:own\s+)?(?:psychiatrist|gp|doctor|doc|prescriber|consultant|"
    r"psychiatric nurse|"
    r"nurse practitioner|pharmacist|specialist)\b"
)
_PRESCRIBING = re.compile(
    r"\b(?:prescribed|prescribes|put me on|started me on|took me off|switched|changed my|"
    r"upped|increased|doubled|double|reduced|adjusted|titrated|dose|dosage)\b"
)
_DOCTOR_NAME = re.compile(r"\bDr\.?\s+[A-Z][a-z]+")
_MED_TERM = re.compile(
    rf"(?:{MEDICATION_NAME.pattern}|{DRUG_CLASS.pattern}|\b(?:meds|medication|medications|"
    r"medicine|pills|tablets|dose|dosage|prescription)\b)"
)
ADVICE = re.compile(
    r"\b(?:you|he|she|they)\s+(?:should|could|might want to|may want to|need to|needs to|"
    r"ought to|must|have to|has to|can)\s+(?:really\s+|definitely\s+|just\s+|probably\s+|"
    r"also\s+)?(?:try|take|start|stop|quit|come off|get off|go on|get on|switch|swap|"
    r"increase|decrease|reduce|double|halve|up|lower|cut down|ask (?:for|about))\b|"
    r"\b(?:try|trying)\s+(?:taking|some|a bit of)\b|"
    r"\b(?:told|advised|suggested|recommended|encouraged|urged)\s+(?:to\s+)?"
    r"(?:him|her|them|he|she|they|the client|my client)?\s*(?:to\s+|should\s+)?(?:try|take|"
    r"taking|start|starting|stop|stopping|come off|coming off|switch|switching|ask for|get|"
    r"(?:halve|halving|double|doubling|increase|increasing|reduce|reducing|cut|cutting|lower|"
    r"lowering|skip|skipping|drop|dropping|up|change|changing)\s+(?:(?:her|his|their|the)\s+)?"
    r"(?:dose|dosage|doses|meds|medication|medicine|tablets|pills|antidepressants?|"
    r"prescription))\b"
)
_ADVISING = re.compile(
    r"\b(?:you|he|she|they)\s+(?:should|could|might|must|need to|needs to|ought to|may want to|"
    r"might want to)\b|\b(?:suggested|recommended|advised|encouraged|urged|told (?:him|her|"
    r"them) to)\b"
)
COME_OFF = re.compile(
    r"\b(?:come|coming|came|get|getting|go|going)\s+off\s+(?:your|his|her|their|the|those|"
    r"these)\s+(?:meds|medication|medicine|tablets|pills|antidepressants)\b|"
    r"\bstop\s+taking\s+(?:your|his|her|their|the)\b|"
    r"\b(?:you|he|she|they)\s+(?:don't|doesn't|do not|does not|didn't)\s+(?:really\s+)?need\s+"
    r"(?:your|his|her|the|any|to be on)?\s*(?:meds|medication|tablets|pills|antidepressants)\b"
)


_GENERAL_INFO = re.compile(
    r"\b(?:many|most|some|lots of|a lot of) (?:people|clients|patients|folk)\b|"
    r"\b(?:often|usually|typically|commonly|generally|normally)\b|\bit'?s (?:common|normal|usual)\b"
)
# The clinician's own medicine offered as the client's: "she can take the same".
MED_SAME = re.compile(
    r"\b(?:you|he|she|they)\s+(?:can|could|should|might|may)\s+(?:also\s+|just\s+)?(?:do|take|"
    r"try|use|go on)\s+the\s+same\b|\b(?:take|try)\s+(?:some\s+of\s+)?(?:mine|what i take)\b"
)
# "taking Nexito 10 for anxiety": a drug the list does not know, with a dose and a use.
_TAKING_DRUG = re.compile(
    r"\b(?:i'?m|i am|i'?ve been|i was)\s+(?:also\s+|still\s+)?(?:taking|on)\s+[a-z][\w-]+\s+"
    r"\d+(?:\.\d+)?\s*(?:mg\s+)?(?:for|a day|daily|every|at night)\b|"
    r"\b(?:stopped|came off|quit|tapered off)\s+(?:my|the)\s+(?:meds|medication|antidepressants|"
    r"tablets|pills)\b"
)


def clinical_specifics(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Named medications, doses, the clinician's prescriber, and medical advice.

    General support talk ("working with a psychiatrist helped") does not fire; a drug
    class ("antidepressants") is coaching only.
    """
    signal = Signal()
    low, cased = doc.low, doc.cased
    for m in doc.scan(ADVICE):
        s_start, s_end = doc.sentence_at(m.start())
        if _MED_TERM.search(low, m.start(), s_end) and not doc.suppressed(m.start()):
            signal.add("high", (m.start(), s_end))
    for m in doc.scan(MED_SAME):
        s_start, s_end = doc.sentence_at(m.start())
        own = _MED_TERM.search(low, s_start, m.start()) or _TAKING_DRUG.search(low, s_start, s_end)
        if own and doc.clinician_voice(own.start()) and not doc.suppressed(m.start()):
            signal.add("high", (own.start(), m.end()))
    for m in doc.scan(COME_OFF):
        # The pattern carries its own polarity ("doesn't need meds"), so only a
        # hypothetical, not a negation, can take it back.
        if not doc.hypothetical(m.start()) and not doc.negated(m.start(), window=25):
            signal.add("high", m.span())
    for m in doc.scan(MEDICATION_NAME):
        if doc.suppressed(m.start()):
            continue
        c_start, _ = doc.clause_at(m.start())
        if _GENERAL_INFO.search(low, max(c_start, m.start() - 40), m.start()):
            continue  # "many people find sertraline takes a few weeks": psychoeducation
        if doc.clinician_voice(m.start()):
            # Their own drug, then put to the client ("...and he should ask for the same").
            _, s_end = doc.sentence_at(m.start())
            signal.add("high" if _ADVISING.search(low, m.end(), s_end) else "warn", m.span())
            continue
        # A named drug put to the client ("she should ask her GP about sertraline") is
        # medical advice outside the role.
        s_start, _ = doc.sentence_at(m.start())
        if _ADVISING.search(low, s_start, m.start()):
            signal.add("high", (s_start, m.end()))
    doses = [*doc.scan(DOSE), *(doc.scan(DOSE_NUMBER) if doc.digit_count() else ())]
    for m in doses if doc.has_any(_DOSE_WORDS) or doc.digit_count() else ():
        if doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(PRESCRIBER):
        s_start, s_end = doc.sentence_at(m.start())
        if doc.suppressed(m.start()):
            continue
        if m.group("third") and not doc.clinician_subject(m.start(), acting=True):
            continue  # "her psychiatrist" is the clinician's only in a note about them
        if _PRESCRIBING.search(low, m.end(), s_end):
            signal.add("warn", m.span())
        elif name := _DOCTOR_NAME.search(cased, s_start, s_end):
            signal.add("warn", name.span())
    if not signal:
        for m in doc.scan(DRUG_CLASS):
            if doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
                signal.add("info", m.span())
    return signal


# --- dual relationship -----------------------------------------------------------------

_PLATFORM = (
    r"(?:instagram|insta|ig|facebook|fb|tiktok|tik tok|twitter|x|snapchat|snap|linkedin|"
    r"whatsapp|discord|telegram|signal|youtube|onlyfans|bluesky|threads|messenger|hinge|tinder|"
    r"facebok|facbook|instagam|instgram|whatsap|"
    r"bumble|grindr)"
)
CONTACT_ME = re.compile(
    r"\b(?:add|follow|friend|dm|pm|message|msg|text|txt|whatsapp|snap|snapchat|ring|email|"
    r"e-mail|find|look|facetime|call)\s+me\b(?:\s+up)?"
)
_WORK_CHANNEL = re.compile(
    r"\b(?:clinic|office|reception|service|through the|work (?:phone|number|email)|"
    r"duty line|switchboard|portal)\b"
)
PLATFORM_INVITE = re.compile(
    rf"\b(?:add|added|adding|follow|followed|following|connect|connected|friend|friended|"
    rf"find|look|search|dm|message|subscribe|check out)\b[^.;!?]{{0,30}}?\b(?:on|my)\s+"
    rf"(?:personal\s+|private\s+|own\s+)?"
    rf"{_PLATFORM}\b|\bmy\s+{_PLATFORM}\s+(?:handle|account|page|profile|name|is)\b|"
    r"\bmy\s+(?:own\s+|personal\s+)?(?:account|handle|page|profile|username)(?:\s+is|'s)?\s*@|"
    rf"\b(?:i'?m|i am|we'?re|we are)\s+(?:also\s+|easy to find\s+)?on\s+{_PLATFORM}\s+"
    r"(?:as|under|@)\b"
)
FRIEND_REQUEST = re.compile(
    rf"\b(?:accept|accepted|accepting|sent|send|sending)\s+(?:her|his|their|the client's|a|"
    rf"him a|her a|them a)\s+(?:{_PLATFORM}\s+)?(?:friend|follow|connection)\s+requests?\b"
)
PERSONAL_NUMBER = re.compile(
    r"\bmy\s+(?:(?:personal|private|own|mobile|cell|home|whatsapp|signal|viber)\s+){0,3}"
    r"(?:phone\s+)?(?:number|mobile|cell)\b|\bmy\s+(?:personal|private|own)\s+phone\b|"
    r"\bmy\s+(?:personal|private|own|home)\s+(?:e-?mail|gmail|hotmail)(?:\s+address)?\b|"
    r"\bmy\s+(?:personal\s+|private\s+|own\s+)?(?:whatsapp|snapchat|snap|instagram|insta|tiktok|"
    r"facebook|signal|telegram)(?:\s+(?:account|handle|page|profile))?\b|"
    r"\b(?P<third>her|his)\s+(?:own\s+)?(?:personal|private)\s+(?:(?:mobile|cell|home)\s+)?"
    r"(?:phone\s+)?(?:number|mobile|cell|phone|whatsapp|snapchat|snap|instagram|insta|tiktok|"
    r"facebook|account|handle|e-?mail)\b"
)
_CONTACT_PURPOSE = re.compile(
    r"\b(?:in case|any ?time|whenever|if (?:he|she|they) (?:need|needs|needed|want|wants)|"
    r"call|text|ring|message|reach|weekend|evening|night|out of hours|after hours|"
    r"outside (?:of )?(?:sessions?|hours|work|therapy)|needed me|need me|gave|give|giving|"
    r"shared|offered)\b"
)
MEETING = re.compile(
    r"\b(?:meet|meeting|met|catch up|catching up|grab|get|go for|going for|went for|have|"
    r"had|join me for|come for)\s+(?:up\s+)?(?:for\s+)?(?:a\s+|some\s+)?(?:coffee|coffees|"
    r"drink|drinks|beer|pint|lunch|dinner|brunch|breakfast|meal|tea|walk together)\b|"
    r"\b(?:hang out|hung out|hanging out|hangout)\b|"
    r"\b(?:train|training|work out|working out|exercise|run|running|swim|swimming|practise|"
    r"practice|pray|praying|meet up|lift|lifting|climb|climbing)\s+together\b|"
    r"\b(?:come|coming|came|join me|joined me)\s+(?:and\s+)?(?:train|training|work out|lift|swim|"
    r"run|pray|worship|play|sing|dance|eat|drink|hang out|watch|along|over|round)?\s*"
    r"(?:at|to)\s+(?:my|our)\s+"
    r"(?:[a-z]+\s+)?(?:gym|church|club|class|group|house|place|home|party|barbecue|bbq|pub)\b|"
    r"\b(?:pop|popped|popping|drop|dropped|dropping|swing|stop)\s+(?:round|over|by|in)\b|"
    r"\b(?:at|round|to)\s+ours\b|\bswipe right\b|"
    r"\b(?:welcome to|could|can|should|invited (?:him|her|them) to) join (?:me|us)\b|"
    r"\bbring (?:his|her|their) (?:\w+ )?(?:kids|children|boys|girls|family|partner|wife|husband) "
    r"(?:along|round|over)\b|\b(?:could|can|would|should) all play together\b|"
    r"\b(?:match|matched) with me\b|"
    r"\b(?:be|become|stay|being|are|were|as|could be|can be|becoming)\s+(?:good\s+|real\s+)?"
    r"friends\b|\bfriends\s+outside\b|"
    r"\b(?:come|came|coming)\s+(?:round|over|along)?\s*(?:to\s+)?(?:my|our)\s+(?:[a-z]+\s+)?"
    r"(?:house|place|home|flat|party|wedding|church|barbecue|bbq|birthday|gym|club|group|class)\b|"
    r"\b(?:invited|invite|inviting)\s+(?:him|her|them|the client|the pt|pt|the patient|the member|"
    r"the young person|the service user|my client)\s+(?!to\s+(?:reflect|think|consider|share|talk|"
    r"say|describe|notice|try|practi[sc]e|complete|write|explore|name|rate|identify|look|bring|"
    r"use|keep|review|discuss|tell|ask|take part)\b)(?:along\s+|round\s+|"
    r"over\s+)?(?:to|round|over|along)\b|"
    r"\b(?:see|saw|meet|met|meeting|contact|talk to|speak to|text|call|message)\s+(?:each other|"
    r"you|"
    r"him|her|them|me|[a-z]+)\s+outside\s+(?:of\s+)?(?:sessions?|therapy|work|the clinic|"
    r"the session)"
    r"\b|\boutside\s+(?:of\s+)?(?:sessions?|therapy|work hours)\b|"
    r"\b(?:offer(?:ed|ing)?|promised|agreed|said i(?:'d| would| could| can))\s+(?:to\s+)?"
    r"(?:drive|give|giving|take|taking|pick|picking|drop|dropping|run|running)\s+(?:her|him|them|"
    r"the client)\s+(?:a\s+lift|a\s+ride|home|back|up|off|to)\b"
)
_OFFER_TO = re.compile(r"\b(?:offer(?:ed|ing|s)?|ask(?:ed|ing|s)?|want(?:ed|ing|s)?)\s+to\s+$")
_ABOUT_CLIENT = re.compile(r"\s*(?:he|she|they|pt|clt|client|the client|patient|yp)\s")
_I_OR_WE_OR_ME = re.compile(r"\b(?:i|we|me|us|my|our|i'm|i've|i'd)\b")
_CLIENT_NOUN = re.compile(r"\b(?:client|pt|patient|service user|young person|member)\b")
_I_OR_WE = re.compile(r"\b(?:i|we)\b")


def _clients_offer(doc: Doc, s_start: int, start: int) -> bool:
    """Whether the meeting is the client's offer ("client ... offering to drop round"),
    which is theirs to make; the clinician's answer to it is what counts."""
    low = doc.low
    if not _OFFER_TO.search(low, max(s_start, start - 20), start):
        return False
    clients = [m.start() for m in _CLIENT_NOUN.finditer(low, s_start, start)]
    selves = [m.start() for m in _I_OR_WE.finditer(low, s_start, start)]
    return bool(clients) and (not selves or clients[-1] > selves[-1])


# The meeting is part of the therapy: a session, the clinic's own group, the ward.
_IN_THERAPY = re.compile(
    r"\b(?:in (?:the |our |this |next |today'?s )?sessions?|in therapy|(?:at|to) the clinic|"
    r"for (?:the |our |his |her |their )?(?:group|session|appointment)|"
    r"the clinic'?s|clinic (?:group|session|room)|group therapy|therapy group|the service'?s|"
    r"(?:on|to) the ward|the centre'?s|the practice'?s)\b"
)
_CO_PRESENCE = re.compile(
    r"\b(?:we|us|together|let's|lets|you|with (?:him|her|them|the client)|invit\w*|offer\w*|"
    r"suggest\w*|arrang\w*|asked (?:him|her|them)|could|should|dm|text|message|call|talk|"
    r"told (?:him|her|them) to|see (?:him|her|them) there|would be (?:nice|good|great|lovely)|"
    r"welcome to)\b"
)
# "to knock if he's ever stuck": the clinician's door opened to the client.
DROP_IN = re.compile(
    r"\b(?:knock|knock on (?:my|our) door|call round|come round|come by|drop by|drop in|swing by|"
    r"pop round|pop over|pop in)\s+(?:if|when|whenever|any ?time)\b"
)
_DROP_IN_WORDS = frozenset(["knock", "call", "come", "drop", "swing", "pop"])
_I_SAID = re.compile(r"\b(?:i|and)\s+(?:\w+\s+)?(?:said|told (?:him|her|them)|offered|mentioned)\b")
# The client's invitation accepted: "He invited me to his gig. I said I'd try to make it."
_CLIENT_INVITED = re.compile(r"\b(?:invited me|asked me (?:to come|along)|asked if i'?d come)\b")
_BUSINESS_WORDS = frozenset(
    [
        "job",
        "jobs",
        "shift",
        "shifts",
        "gig",
        "hire",
        "hired",
        "hiring",
        "employ",
        "employed",
        "employing",
    ]
)
ACCEPTED_INVITE = re.compile(
    r"\b(?:i said|i told (?:him|her|them)|said)\s+(?:that\s+)?(?:i'?d|i would|i'?ll|i will)\s+"
    r"(?:try to |love to |be happy to |definitely )?(?:make it|come|be there|go|pop in|pop along|"
    r"come along|see (?:him|her|them) there)\b"
)


# The client asked and the clinician said no: "pt asked to follow me on insta, I said no".
_CLIENT_ASKED = re.compile(
    r"\b(?:(?!(?:i|we)\b)[a-z]+|young person|service user) "
    r"(?:asked|wanted|tried|requested|offered|invited me|sent me(?: a)?)"
    r"(?: me)?(?: if| whether| to| for| could)?(?: (?:she|he|they|i) (?:could|can|might))?\s*$"
)
_DECLINED = re.compile(
    r"\b(?:i )?(?:said no|say no|declined|refused|turned (?:it|that|this|her|him|them|the "
    r"request) down|(?:did not|didn'?t|didnt) accept|explained (?:why not|the boundary|"
    r"(?:our |the )?boundaries)|(?:explained|said|told (?:her|him|them)|reminded (?:her|him|"
    r"them))(?: \w+ly)?(?: that)? (?:i|she|he|we) (?:don'?t|doesn'?t|do not|does not|can'?t|"
    r"cannot|won'?t|wouldn'?t|couldn'?t|keep contact|keeps? (?:her|his|my|their) (?:accounts?|"
    r"profiles?|social media|socials) private))\b"
)


_ASKED_FOR = re.compile(
    r"\b(?!(?:i|we)\b)[a-z]+\s+(?:kept\s+)?(?:asked|asking|begged|pushed|pressing|pressed|wanted)\s+"
    r"(?:me\s+)?(?:for\s+)?$"
)
_GAVE_IT = re.compile(
    r"\b(?:gave|give|giving|sent|texted|shared|wrote down|handed over)\s+"
    r"(?:it|(?:her|him|them)\s+(?:it|mine))\b|\bwrote it (?:down|on)\b|\b(?:said yes|i agreed)\b"
)


def _granted_contact(doc: Doc, start: int, end: int) -> bool | None:
    """For "my number" asked for by the client: whether the clinician gave it ("she asked for
    my number and I gave it to her"); None when it was not asked for."""
    low = doc.low
    s_start, s_end = doc.sentence_at(start)
    if not _ASKED_FOR.search(low, max(s_start, start - 30), start):
        return None
    grant = _GAVE_IT.search(low, end, s_end)
    return grant is not None and not doc.negated(grant.start()) and not doc.hypothetical(start)


_CLIENT_ASKED_BEFORE = re.compile(
    r"\b(?:she|he|they|pt|clt|client|patient|young person|service user)\s+(?:asked|wanted|"
    r"wondered)\b"
)
_REFUSAL = re.compile(
    r"\bi (?:don'?t|do not|won'?t|can'?t|cannot|wouldn'?t) (?:connect|add|follow|friend|accept|"
    r"do social media|use social media|give out|stay in touch)\b|\b(?:said no|declined|refused)\b"
)
_CLIENT_SENT = re.compile(
    r"\b(?:she|he|they|pt|client|patient|young person|service user|member)\s+(?:then\s+|also\s+|"
    r"even\s+)?$"
)
_ACCEPTED = re.compile(r"\b(?:i|she|he) (?:accepted|approved|added (?:her|him|them) back)\b")
# Work or business with the client: "offered the pt a paid side job", "hired him".
BUSINESS_TIE = re.compile(
    r"\b(?:offer(?:ed|ing)?|gave|give|giving|promised)\s+(?:him|her|them|the client|the pt|pt|"
    r"the patient|my client)\s+(?:a\s+)?(?:(?:paid|part-time|weekend|casual|side|little|summer|"
    r"cash)\s+)*(?:job|shifts?|gig)\b|"
    r"\b(?:hire|hired|hiring|employ|employed|employing)\s+(?:him|her|them|the client|the pt|pt|"
    r"my client)\b(?!\s+(?:a|an)\s+(?:lawyer|solicitor|attorney))"
)


def _declined_request(doc: Doc, start: int, end: int) -> bool:
    """Whether the match is the client's request that the clinician refused."""
    s_start, s_end = doc.sentence_at(start)
    if not _CLIENT_ASKED.search(doc.low, max(s_start, start - 40), start):
        # "She asked if we could stay in touch, maybe follow each other on Instagram. I said
        # ... I don't connect with clients on social media."
        if not _CLIENT_ASKED_BEFORE.search(doc.low, s_start, start):
            return False
        _, next_end = doc.sentence_at(s_end + 1) if s_end + 1 < len(doc.low) else (0, s_end)
        return bool(_REFUSAL.search(doc.low, end, max(s_end, next_end)))
    # The answer may come in the next sentence: "Pt asked to add me. I explained I don't."
    _, next_end = doc.sentence_at(s_end + 1) if s_end + 1 < len(doc.low) else (0, s_end)
    return bool(_DECLINED.search(doc.low, end, max(s_end, next_end)))


# A reported question is not a hypothetical: in "he asked if he could add me" the "if"
# carries the client's request, and the clinician's yes after it makes it the act.
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|asking|asks|wondered|wondering|checked|checking|enquired|inquired|wanted to "
    r"know)(?: me)? (?:if|whether)\b"
)
_GRANTED = re.compile(
    r"\b(?:said|say|told (?:her|him|them)|replied|answered)(?: that)? (?:yes|yeah|yep|sure|"
    r"ok|okay|of course|fine|no problem|go ahead|i would|i'?d love to|i will|i'?d be happy to|"
    r"(?:that|it) (?:was|is|would be|'s) "
    r"(?:fine|ok|okay|alright|all right))\b|\bi (?:agreed|accepted)\b(?! with| that)"
)


def _granted_request(doc: Doc, start: int, end: int) -> bool:
    """Whether the match is the client's reported question that the clinician granted, in
    the same or the next sentence: "he asked if he could add me and I said yes"."""
    low = doc.low
    s_start, s_end = doc.sentence_at(start)
    asked = [*_REPORTED_QUESTION.finditer(low, max(s_start, start - 60), start)]
    if not asked or doc.hypothetical(asked[-1].start()) or doc.negated(start):
        return False
    _, next_end = doc.sentence_at(s_end + 1) if s_end + 1 < len(low) else (0, s_end)
    grant = _GRANTED.search(low, end, max(s_end, next_end))
    return (
        grant is not None
        and not doc.negated(grant.start())
        and not _DECLINED.search(low, end, grant.start())
    )


def _held_back(doc: Doc, start: int, end: int) -> bool:
    """Negated or hypothetical, unless it is a request the clinician granted."""
    return doc.suppressed(start) and not _granted_request(doc, start, end)


def dual_relationship(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Invitations to contact or meet outside the professional relationship."""
    signal = Signal()
    low = doc.low
    for m in doc.scan(CONTACT_ME):
        c_start, c_end = doc.clause_at(m.start())
        if _WORK_CHANNEL.search(low, c_start, c_end) or _held_back(doc, m.start(), m.end()):
            continue
        if _IN_THERAPY.search(low, *doc.sentence_at(m.start())):
            continue  # "my room number at the clinic, so he can find me for group"
        if _declined_request(doc, m.start(), m.end()):
            continue
        signal.add("high", m.span())
    for pattern in (PLATFORM_INVITE, FRIEND_REQUEST):
        for m in doc.scan(pattern):
            if _held_back(doc, m.start(), m.end()) or _declined_request(doc, m.start(), m.end()):
                continue
            # "the pt sent her a friend request": the client's request, a finding only once
            # the clinician accepts it.
            if _CLIENT_SENT.search(doc.low, max(0, m.start() - 30), m.start()) and not (
                _ACCEPTED.search(doc.low, m.end(), doc.sentence_at(m.start())[1])
                or _ACCEPTED.search(doc.low, doc.sentence_at(m.start())[0], m.start())
            ):
                continue
            signal.add("high", m.span())
    for m in doc.scan(DROP_IN) if doc.has_any(_DROP_IN_WORDS) else ():
        c_start, c_end = doc.sentence_at(m.start())
        if _WORK_CHANNEL.search(low, c_start, c_end) or _IN_THERAPY.search(low, c_start, c_end):
            continue  # "she can come by if she needs a form from reception"
        invited = doc.clinician_voice(m.start()) or _I_SAID.search(low, c_start, m.start())
        if invited and not _held_back(doc, m.start(), m.end()):
            signal.add("high", m.span())
    for m in doc.scan(ACCEPTED_INVITE) if doc.scan(_CLIENT_INVITED) else ():
        s_start, _ = doc.sentence_at(m.start())
        asked = _CLIENT_INVITED.search(low, max(0, s_start - 120), m.start())
        if asked and not _held_back(doc, m.start(), m.end()):
            signal.add("high", m.span())
    for m in doc.scan(BUSINESS_TIE) if doc.has_any(_BUSINESS_WORDS) else ():
        if not _held_back(doc, m.start(), m.end()) and doc.clinician_voice(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(PERSONAL_NUMBER):
        if m.group("third") and not doc.clinician_subject(m.start(), acting=True):
            continue  # "her personal number" is the clinician's only in a note about them
        s_start, s_end = doc.sentence_at(m.start())
        # "She asked for my personal email; I gave her the team inbox": a request, which
        # counts only when granted.
        granted = _granted_contact(doc, m.start(), m.end())
        if granted is not None:
            if granted:
                signal.add("high", m.span())
            continue
        if doc.quoted(m.start()):
            continue  # 'Juno said, "Here's my number"' is the client's
        if doc.suppressed(m.start()):
            # A number the client asked for and was given needs no other stated purpose.
            given = _granted_request(doc, m.start(), m.end())
        else:
            given = _CONTACT_PURPOSE.search(low, s_start, s_end) is not None
        personal = _PERSONAL.search(m.group())  # "my personal email" is never the team's
        if given and (personal or not _in_public_service_context(doc, m.start())):
            signal.add("high", m.span())
    for m in doc.scan(MEETING) if doc.has_any(_MEETING_WORDS) else ():
        s_start, s_end = doc.sentence_at(m.start())
        if _IN_THERAPY.search(low, s_start, s_end) or _clients_offer(doc, s_start, m.start()):
            continue  # "practise the exercise together in session", "the clinic's group"
        if _ABOUT_CLIENT.match(low, s_start) and not _I_OR_WE_OR_ME.search(low, s_start, s_end):
            continue  # "He ... named a colleague he could have lunch with"
        if _CO_PRESENCE.search(low, s_start, s_end) and not _held_back(doc, m.start(), m.end()):
            signal.add("high", m.span())
    return signal


# --- personal values -------------------------------------------------------------------

BELIEF = re.compile(
    r"\bas an?\s+(?:christian|catholic|muslim|jew|jewish (?:person|woman|man)|hindu|"
    r"buddhist|sikh|mormon|believer|person of faith|religious (?:person|woman|man)|atheist|"
    r"vegan|feminist|conservative|liberal|socialist|republican|democrat|tory|labour voter|"
    r"pro-lifer|traditionalist|man of faith|woman of faith)\b|"
    r"\b(?:my|our)\s+(?:faith|religion|church|beliefs?|values|morals|politics|political "
    r"views|religious views|god|convictions)\b|\b(?:god|jesus|the bible|scripture|allah|"
    r"the church|the lord|the quran|the torah)\b|\bin my (?:view|opinion|book|experience as "
    r"a (?:parent|mother|father))\b|\bbecause i (?:believe|think|feel)\b|\bi (?:believe|"
    r"strongly believe|firmly believe|personally believe|think|feel strongly)\b"
)
STRONG_BELIEF = re.compile(
    r"\b(?:family|marriage|blood|children|kids) (?:is|are|comes?) (?:everything|sacred|"
    r"for life|first|thicker)\b|\bis sacred\b|"
    r"\bas an?\s+\w+|\b(?:my|our)\s+(?:faith|religion|church|beliefs?|values|morals|"
    r"politics|convictions)\b|\b(?:god|jesus|the bible|scripture|allah|the church|the lord|"
    r"the quran|the torah)\b|\bbecause i (?:believe|think|feel)\b|\bin (?:my|his|her) (?:view|"
    r"opinion)\b"
)
_JUDGED = (
    r"\s+(?:morally\s+|always\s+|just\s+|simply\s+|"
    r"completely\s+|totally\s+|plain\s+)?(?:wrong(?!\s+(?:with|about|number|turn|way|"
    r"person|place|time))|a sin|sinful|immoral|unnatural|shameful|evil|selfish|disgusting|"
    r"wicked|cowardly|not natural|against god|against (?:my|our) (?:values|faith|religion)|"
    r"never the answer|never okay|never ok|unforgivable|a cop-out|the easy way out)\b"
)
JUDGEMENT = re.compile(rf"\b(?:is|are|was|were|would be|be){_JUDGED}")
# "it's wrong": the apostrophe form, written to start with a literal so it scans fast.
JUDGEMENT_S = re.compile(rf"'(?<=\w')s{_JUDGED}")
# Judgements that are moral by their own words ("morally wrong", "a sin"), whatever the topic.
_MORAL_WORD = re.compile(r"\b(?:morally|a sin|sinful|immoral|unnatural|against god|wicked|evil)\b")
_MISTAKE_OWNED = re.compile(r"\b(?:i|i'm|i've|i was|i am|i had been|i got it|i'd)\s*(?:been\s+)?$")
LIFE_TOPIC = re.compile(
    r"\b(?:divorce|divorcing|abortion|sex before marriage|living in sin|living together|"
    r"cohabit\w*|homosexuality|being gay|same-sex|contraception|ivf|euthanasia|gambling|"
    r"leaving (?:him|her|your|his|my|the marriage)|separating|ending (?:a|the|your|her|his) "
    r"(?:marriage|pregnancy|relationship)|having kids|having children|marrying|marriage|"
    r"religion|church|vote|voting|immigra\w*|politics)\b"
)
DIRECTIVE = re.compile(
    r"\b(?:nobody|no one|everyone|everybody)\s+(?:should|must|ought to)\b|"
    r"\b(?:you|he|she|they)\s+(?:really\s+)?(?:should|must|ought to|need to|needs to|has to|"
    r"have to|shouldn't|shouldnt|should not|mustn't|mustnt|must not|had better|'d better)\b|"
    r"\btold\s+(?:her|him|them)\s+to\s+(?:go|leave|stay|quit|end it|do it|get out)\b"
)
# "my faith teaches marriage is for life and I'd encourage her to stick it out": a
# suggestion, which is ordinary, made the vehicle of a faith or a moral rule.
ENCOURAGE = re.compile(
    r"\b(?:i'?d|i would|i)\s+(?:strongly\s+)?(?:encourage|encouraged|urge|urged|advise|advised)\s+"
    r"(?:her|him|them|you)\s+(?:to|not to)\b"
)
_FAITH_OR_RULE = re.compile(
    r"\b(?:my|our)\s+(?:faith|religion|church|beliefs?|values|morals|politics|convictions)\b|"
    r"\b(?:god|jesus|the bible|scripture|allah|the lord|the quran|the torah)\b|"
    r"\bis (?:for life|sacred|a sin|sinful|wrong|immoral)\b"
)
# A moral verdict the clinician puts to the client's own situation: "personally I think
# fossil fuel companies are wrecking the planet" said to a man who works for one.
VIEW_PRESSED = re.compile(
    r"\bpersonally,?\s+i\s+(?:think|believe|feel)\s+(?:that\s+)?[^.;!?]{3,50}?\b(?:are|is)\s+"
    r"(?:\w+\s+)?(?:wrecking|ruining|destroying|evil|immoral|unethical|wrong|a disgrace)\b"
)
# Contempt for a side in politics: "the other lot are idiots".
POLITICAL_CONTEMPT = re.compile(
    r"\b(?:the other (?:lot|side|party|mob)|tories|labour|democrats|republicans|liberals|"
    r"conservatives|greens|lefties|libs|maga|brexiteers|remainers|remoaners|trump voters|"
    r"(?:that|this|the) government|(?:his|her|their|your|that) party|(?:anyone|anybody|people|"
    r"those) "
    r"who votes? (?:for )?(?:that lot|them|\w+))\s+(?:are|is)\s+(?:\w+\s+)?"
    r"(?:idiots?|morons?|stupid|evil|scum|clowns?|a joke|useless|dangerous|crooks?|liars?|"
    r"a disgrace|"
    r"destroying|wrecking|ruining)\b"
)
OWN_CHOICE = re.compile(
    r"\bif (?:i were|i was) (?:you|him|her|them)\b|\bif it (?:were|was) me\b|"
    r"\b(?:you|he|she|they)\s+(?:really\s+)?(?:should|must|needs? to|ought to|has to|have to)\b"
    r"[^.;!?]{0,40}?\blike (?:me|i did|i do)\b|\bthe only (?:ethical|moral|right|decent|proper) "
    r"(?:way|choice|thing)\b|"
    r"\bin (?:your|his|her|their) (?:shoes|position|"
    r"place),? i(?:'d| would)\b|\b(?:you|he|she|they) should (?:do )?(?:the same|what i did|"
    r"like i did)\b|\bdo what i did\b|\bwhat i would do\b"
)
# Faith offered as the remedy: "prayer would help her more than therapy".
FAITH_REMEDY = re.compile(
    r"\b(?:prayer|praying|pray|faith|god|jesus|allah|church|church-?going|the bible|scripture|"
    r"religion|mass|the mosque|"
    r"the temple|the lord)\s+(?:is|are)\s+(?:the\s+)?(?:only\s+)?(?:real\s+|true\s+)?answer\b|"
    r"\b(?:get|take|bring)\s+(?:\w+\s+){0,2}(?:back\s+)?to\s+(?:church|mass|the mosque|"
    r"the temple)\b|"
    r"\b(?:prayer|praying|pray|faith|god|jesus|allah|church|church-?going|the bible|scripture|"
    r"religion|mass|the mosque|"
    r"the temple|the lord)\s+(?:is|was|would|will|could|can|might|should)\s+(?:really\s+|"
    r"definitely\s+|surely\s+)?(?:help|heal|fix|save|cure|sort|guide|be the answer|"
    r"get (?:you|her|him|them) through|do (?:you|her|him|them) (?:the world of |a lot of |some )?"
    r"good|be good for (?:you|her|him|them))\b|"
    r"\b(?:you|he|she|they)\s+(?:should|must|need to|needs to|ought to)\s+(?:try\s+)?(?:pray|"
    r"praying|go(?:ing)? (?:back )?to (?:church|mass|the mosque|the temple)|turn to (?:god|jesus|"
    r"faith|the lord|allah)|read the bible|find (?:god|jesus|faith))\b"
)
# The clinician's own choice held up as the model: "leave him, it's what I did".
OWN_LIFE_MODEL = re.compile(
    r"\b(?:it'?s|that'?s|this is|which is|it is|that is)\s+(?:exactly\s+)?what i did\b|"
    r"\bthe best (?:decision|thing|choice) (?:of (?:my|our) li(?:fe|ves)|(?:i|we) (?:ever )?"
    r"(?:made|did))\b|"
    r"\bi (?:did|made) (?:the same|that|it) and (?:never|don'?t|do not) regret\b|"
    r"\bworked for me\b|\bas i did\b|\blike i did\b"
)
DECISION = re.compile(
    r"\b(?:leave|stay|quit|move|marry|divorce|split|break up|end|have|get|keep|go back|give up|"
    r"tell|forgive|cut off|report|retire|change|go for|going for|try for|trying for|"
    r"think (?:\w+ )?hard|stick it out)\b"
)
REGRET = re.compile(
    r"\b(?:you|he|she|they)(?:'ll|'d| will| would|'re going to|'s going to| are going to|"
    r" is going to)\s+(?:\w+\s+)?regret\b"
)
_REGRET_WORDS = frozenset(["regret"])
# The clinician's own habit made the client's rule: "I don't drink so he shouldn't either".
OWN_HABIT_RULE = re.compile(
    r"\b(?:so|and)(?: that)? (?:you|he|she|they) (?:should|must|ought to) (?:think (?:\w+ )?hard|"
    r"think twice|reconsider)\b|"
    r"\b(?:so|and) (?:you|he|she|they) (?:should(?:n'?t|nt| not)?|must(?:n'?t|nt| not)?|ought to|"
    r"has to|have to|"
    r"(?:need|needs) to)\b[^.;,!?]{0,30}?\b(?:either|too|as well|also|the same|neither)\b|"
    r"\bso should (?:you|he|she|they)\b"
)
_OWN_HABIT = re.compile(
    r"\bi(?: personally| really| honestly)?(?:'d| would)? (?:(?:don'?t|dont|do not|"
    r"never)(?! (?:know|"
    r"mind|think|understand|"
    r"remember|care|see|get)\b)|always|only|gave up|stopped|quit|avoid|chose|choose|decided|left|"
    r"moved|married|divorced|went|got|stayed|kept)\b"
)
_SO = frozenset(["either", "too", "well", "also", "same", "neither", "should"])
# The clinician's way held up as what the client must do: "prayer got me through my
# divorce and that's what he needs to do too".
SAME_FOR_CLIENT = re.compile(
    r"\b(?:that'?s|that is|this is|which is)\s+(?:exactly\s+)?what\s+(?:you|he|she|they)\s+"
    r"(?:really\s+)?(?:needs?|should|has to|have to|ought to|must)\s+(?:to\s+)?(?:do|try)\b"
)
VOTE_ADVICE = re.compile(r"\b(?:you|he|she|they)\s+(?:should|must|ought to)\s+vote\b")
# Idioms that blame the client for what befell them: "he'd only have himself to blame",
# "serves her right", "she made her bed".
BLAME_IDIOM = re.compile(
    r"\b(?:himself|herself|themselves|themself|yourself)\s+to\s+blame\b|"
    r"\bserves?\s+(?:him|her|them|you)\s+right\b|"
    r"\b(?:made|make|makes|making)\s+(?:his|her|their|your)\s+(?:own\s+)?bed"
    r"(?=[^.;!?]{0,30}\blie in it\b|\s*(?:[.,;!?]|$))|"
    r"\bbrought\s+(?:it|this|that)\s+on\s+(?:himself|herself|themselves|yourself)\b|"
    r"\b(?:got|get|gets|getting)\s+what\s+(?:he|she|they|you)\s+deserved?\b|"
    r"\bhad\s+it\s+coming\b|"
    r"\breap(?:s|ed|ing)?\s+what\s+(?:he|she|they|you)\s+(?:sow|sows|sowed|sown)\b"
)
_BLAME_WORDS = frozenset(
    [
        "blame",
        "right",
        "bed",
        "brought",
        "deserved",
        "deserve",
        "coming",
        "sow",
        "sows",
        "sowed",
        "sown",
    ]
)
# Who says it: the last verb of saying before the idiom, and its subject if there is one.
_SAYS = re.compile(
    r"\b(?:(i|she|he|they|pt|client|patient|the client|the patient)\s+)?(?:(?:just|then|even|"
    r"also|basically|more or less|gently|bluntly|honestly)\s+)?(?:told|said|says|say|"
    r"pointed out|reminded|remarked|commented|replied|added|warned|admitted)\b"
)


def _blame_is_clinicians(doc: Doc, start: int) -> bool:
    """Whether the clinician says the idiom at `start`: "I told him he'd only have himself
    to blame" or the note's shorthand "Said it serves her right", not "she said ..."."""
    s_start, _ = doc.sentence_at(start)
    said = [*_SAYS.finditer(doc.low, s_start, start)]
    if not said:
        return False
    speaker = said[-1]
    if speaker.group(1) is None and speaker.start() != s_start:
        return False
    if speaker.group(1) not in (None, "i"):
        return False
    # "I never said she had it coming": the negation sits between the speaker and the idiom.
    return not doc.negated(start, window=start - speaker.start(), sentence_wide=True)


def personal_values(doc: Doc, d: DisclosureInput, t: Thresholds) -> Signal:
    """Political, religious or moral views, or the clinician's own choices, imposed on the
    client's decisions. Holding a view is not a finding; pressing it on the client is."""
    signal = Signal()
    low = doc.low
    for m in [*doc.scan(JUDGEMENT), *doc.scan(JUDGEMENT_S)]:
        if _MISTAKE_OWNED.search(low, max(0, m.start() - 16), m.start()):
            continue
        s_start, s_end = doc.sentence_at(m.start())
        context = (
            _MORAL_WORD.search(m.group())
            or BELIEF.search(low, s_start, s_end)
            or LIFE_TOPIC.search(low, s_start, s_end)
            # "eating meat is wrong and she ought to stop": the verdict made her rule
            or DIRECTIVE.search(low, m.end(), s_end)
        )
        if context and doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(DIRECTIVE):
        s_start, s_end = doc.sentence_at(m.start())
        if STRONG_BELIEF.search(low, s_start, s_end) and not doc.suppressed(m.start()):
            signal.add("warn", (m.start(), min(s_end, m.end() + 40)))
    for m in doc.scan(OWN_CHOICE):
        if not doc.negated(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(FAITH_REMEDY):
        if doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    # A model choice counts only beside a directive, so without one there is nothing to find.
    for m in doc.scan(OWN_LIFE_MODEL) if doc.scan(DIRECTIVE) else ():
        s_start, s_end = doc.sentence_at(m.start())
        if doc.suppressed(m.start()):
            continue
        directive = DIRECTIVE.search(low, s_start, s_end)
        if directive and (
            LIFE_TOPIC.search(low, s_start, s_end) or DECISION.search(low, directive.end(), s_end)
        ):
            signal.add("warn", (directive.start(), max(m.end(), directive.end())))
    for m in doc.scan(REGRET) if doc.has_any(_REGRET_WORDS) else ():
        s_start, s_end = doc.sentence_at(m.start())
        # "He worried he'd regret having kids" is the client's own worry.
        if not LIFE_TOPIC.search(low, s_start, s_end) or not doc.clinician_voice(m.start()):
            continue
        if not doc.suppressed(m.start()):
            signal.add("warn", (m.start(), s_end))
    for m in doc.scan(OWN_HABIT_RULE) if doc.has_any(_SO) else ():
        c_start = doc.sentence_at(m.start())[0]
        if _OWN_HABIT.search(low, max(c_start, m.start() - 80), m.start()) and not doc.hypothetical(
            m.start()
        ):
            signal.add("warn", (m.start(), m.end()))
    for m in doc.scan(SAME_FOR_CLIENT):
        said = doc.clinician_voice(m.start()) or doc.clinician_subject(m.start(), acting=True)
        if said and not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(ENCOURAGE):
        s_start, s_end = doc.sentence_at(m.start())
        if _FAITH_OR_RULE.search(low, s_start, s_end) and not doc.suppressed(m.start()):
            signal.add("warn", (m.start(), min(s_end, m.end() + 40)))
    for m in doc.scan(VIEW_PRESSED):
        if doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(POLITICAL_CONTEMPT):
        if doc.clinician_voice(m.start()) and not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(VOTE_ADVICE):
        if not doc.suppressed(m.start()):
            signal.add("warn", m.span())
    for m in doc.scan(BLAME_IDIOM) if doc.has_any(_BLAME_WORDS) else ():
        if _blame_is_clinicians(doc, m.start()):
            signal.add("warn", m.span())
    return signal
