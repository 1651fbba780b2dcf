"""Cases the rules once missed, each beside the near misses that must stay quiet.

A client's request reported with "if" or "whether" and granted by the clinician is the
clinician's act, not a hypothetical; refused or deflected, it is not. "Care", "support"
and "benefits" naming an institution or a hardship ("in care as a kid", "on benefits") do
not make a hard past end on a warm note; care and support that helped still do. An idiom
of blame ("serves her right", "he'd only have himself to blame") said by the clinician is a
moral judgement; in the client's mouth, or denied, it is not. Doing something "together"
in session or in the clinic's own group is therapy, not a dual relationship; what the
client does with other people (a neighbour popping round, a date) is not the clinician's.
"""

from __future__ import annotations

from .cases import (
    CAUTION,
    CLOSE,
    DUAL,
    INTIMATE,
    MILD,
    NEED,
    ONGOING,
    REVERSAL,
    SAFE,
    UNSAFE,
    VALUES,
    case_test,
)

# (text, fields, must, must_not, accept)
CASES = [
    # a reported request, granted
    ("he asked if he could add me on facebook and I said yes of course", {}, [DUAL], [], UNSAFE),
    (
        "She asked whether she could follow me on Instagram. I said that was fine.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    ("Pt wondered if he could text me at weekends and I agreed.", {}, [DUAL], [], UNSAFE),
    ("She checked if it was ok to add me on facebook, I said sure", {}, [DUAL], [], UNSAFE),
    ("He asked whether he could message me on WhatsApp and I accepted", {}, [DUAL], [], UNSAFE),
    ("She asked if she could have my number and I said yes", {}, [DUAL], [], UNSAFE),
    (
        "She asked if we could meet for coffee after she finishes therapy and I said yes",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    # the same requests refused, deflected or only imagined
    (
        "She asked if she could have my number, I said no and gave her the clinic line instead",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    (
        "she asked if she could have my number and I gave her the clinic line instead",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    ("She asked if I had kids; I said I'd rather keep the focus on her", {}, [], [DUAL], SAFE),
    (
        "He asked if he could add me on facebook. I explained I don't do that with clients.",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    ("He asked if he could text me and I said no, that it wasn't ok", {}, [], [DUAL], SAFE),
    ("She asked if she could add me on facebook and I never said yes", {}, [], [DUAL], SAFE),
    (
        "She asked if she could add me on facebook and I agreed with her that it was not a "
        "good idea",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    ("If he ever asked whether he could add me on facebook I would say yes", {}, [], [DUAL], SAFE),
    (
        "Pt asked whether I'd ever been depressed. I said yes, a long time ago, and that "
        "talking to someone was what turned it around for me",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    # a hard past ending on an institution or hardship, not a warm note
    ("I told her I was in care as a kid.", {}, [CLOSE], [], CAUTION),
    (
        "I shared that I grew up in foster care and moved placements a lot.",
        {},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "I told her I struggled with depression as a teenager. I spent years in a care home.",
        {},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "I told her I struggled with depression as a teenager. Back then we lived on benefits.",
        {},
        [CLOSE],
        [],
        CAUTION,
    ),
    # care and support that helped still close warmly
    (
        "I told her I struggled with depression as a teenager. The care I got from my GP was "
        "wonderful and I am well now.",
        {},
        [],
        [CLOSE],
        SAFE,
    ),
    (
        "I told her I struggled with depression as a teenager. I'm so grateful for the support "
        "and care I had.",
        {},
        [],
        [CLOSE],
        SAFE,
    ),
    (
        "I told her I grew up in care and it was hard, but I had good support and I'm in a "
        "really good place now.",
        {},
        [],
        [CLOSE],
        SAFE,
    ),
    # the clinician blaming the client in an idiom
    (
        "I told him if he goes back to drinking he'd only have himself to blame.",
        {},
        [VALUES],
        [],
        CAUTION,
    ),
    ("Told her it serves her right for staying with him so long.", {}, [VALUES], [], CAUTION),
    ("I said she'd made her bed and would have to lie in it.", {}, [VALUES], [], CAUTION),
    (
        "I told him honestly that he brought it on himself by quitting.",
        {},
        [VALUES],
        [],
        CAUTION,
    ),
    ("I reminded her that she reaps what she sows.", {}, [VALUES], [], CAUTION),
    # the same idioms in the client's mouth, denied, or literal
    ("She said she only had herself to blame for the divorce.", {}, [], [VALUES], MILD),
    ("He feels he made his bed and has to lie in it.", {}, [], [VALUES], MILD),
    ("Pt said it serves him right.", {}, [], [VALUES], MILD),
    ("I never said she had it coming.", {}, [], [VALUES], MILD),
    (
        "I didn't tell him he'd only have himself to blame, I said it was hard.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    ("I told her she was not to blame and that nobody deserves that.", {}, [], [VALUES], MILD),
    ("I told her that her daughter made her bed every morning.", {}, [], [VALUES], MILD),
    # meetings that are part of the therapy, and choices that are not pressed
    (
        "I told him we could both practise the breathing exercise together in session.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    ("Invited the client to the clinic's group on Thursday.", {}, [], [DUAL], MILD),
    (
        "I told her I don't know the answer and she needs to decide for herself too.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    # what the client does with other people
    ("Her neighbour popped round and they talked about the garden.", {}, [], [DUAL], SAFE),
    ("She hired him as her lawyer for the divorce.", {}, [], [DUAL], SAFE),
    ("Client spent the session reassuring her sister on the phone.", {}, [], [REVERSAL], SAFE),
    ("She is on Hinge and went on three dates this month.", {}, [], [INTIMATE], SAFE),
    ("The client said the silence felt uncomfortable for her.", {}, [], [NEED], SAFE),
    ("He said his dad had dementia and it was hard to watch.", {}, [], [CLOSE], SAFE),
    # ordinary suggestions, the clinic's door, and everyday losses
    (
        "As a therapist I'd encourage her to keep using the breathing exercise.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    ("She can come by if she needs a form from reception.", {}, [], [DUAL], SAFE),
    ("He told me to go home early because the clinic was closing.", {}, [], [REVERSAL], SAFE),
    (
        "I lost my temper once as a teenager and learned to count to ten, then asked how she "
        "calms down.",
        {},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    ("My client has dark thoughts at night.", {}, [], [ONGOING], SAFE),
]


test_it_catches_the_known_misses = case_test(CASES, "m")
