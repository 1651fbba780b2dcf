"""Held-out batch 12: minimal pairs that turn on grammar rather than vocabulary.

Each group is two or three entries a few words apart whose outcome flips. The flip comes
from negation in its many forms ("never", "did not", "refused to", "chose not to", "held
back from", "no way I'd", "not once", "neither ... nor", "I stopped myself before",
"rather than"), from a double negative that means the thing happened ("I couldn't not
tell her", "it's not that I didn't"), from modality (a plan, a habit, an "if", "in case",
"I might", "I was going to but", "I'd never", "next time I'll", a supervision question
about something that did happen), from time ("two weeks ago" against "twenty years ago",
"still" as a habit against "still not over it", "since Easter" against "since 2009"), from
who it is about (I against she, "told him I" against "he told me he", the client's quoted
words, a friend's affair), from the reach of a negation ("I didn't give her my number, but
I did add her on Facebook"), from counts ("a second time this month" against "a fourth"),
and from misspelt key words ("adress", "facebok", "numbr", "divorse", "sertaline").
Structured fields appear only where they are the thing that differs.
"""

from __future__ import annotations

from .cases import (
    BURDEN,
    CAUTION,
    CLINICAL,
    DUAL,
    DUMPING,
    DURATION,
    FREQUENCY,
    IDENTIFYING,
    INTIMATE,
    MILD,
    NEED,
    NO_RETURN,
    ONGOING,
    OVERID,
    RELEVANCE,
    REVERSAL,
    UNSAFE,
    VALUES,
    case_test,
)

# A boundary finding a supervisor may rate either as a concern or as unsafe sharing.
BOUNDARY = CAUTION + UNSAFE
# Intimate details that may also be the clinician's current trouble.
EXPOSED = UNSAFE + DUMPING

CASES = [
    # --- Negation: the same request, refused or granted.
    (
        "When Tomasz asked where I live, I never told him; I said that stays outside our "
        "sessions and asked what made him curious.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "When Tomasz asked where I live, I told him: Larkspur Road, just past the bakery, and "
        "asked what made him curious.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Marta asked for my mobile number and I didn't give it to her; I gave her the "
        "clinic's booking line.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "Marta asked for my mobile number and I gave it to her, along with the clinic's "
        "booking line.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Jonah sent me a friend request on Instagram and I did not accept it; we talked "
        "about it at the next session.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "Jonah sent me a friend request on Instagram and I accepted it; we talked about it "
        "at the next session.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Priti asked if we could meet for coffee once therapy ends; I told her I wouldn't, "
        "and we explored what ending means to her.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "Priti asked if we could meet for coffee once therapy ends; I told her I would, and "
        "we explored what ending means to her.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Callum kept pressing for my children's names and I refused to say.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "Callum kept pressing for my children's names and I told him: Ruby and Finn.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I chose not to mention which school my daughter goes to when Agnes said her son is "
        "starting there.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I mentioned that my daughter goes to Hollybank Primary when Agnes said her son is "
        "starting there.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "When Lena asked about intimacy in my own marriage, I avoided giving any details and "
        "brought it back to her.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "When Lena asked about intimacy in my own marriage, I gave her details of our sex "
        "life and then brought it back to her.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "I held back from telling Ossie which antidepressant I take or the dose.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "I told Ossie which antidepressant I take and the dose: 150 mg of sertraline.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "Bea asked for my personal email so she could send me her poems; no way I'd hand "
        "that out, so I suggested she bring them to session.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "Bea asked for my personal email so she could send me her poems, so I wrote it on a "
        "card for her.",
        {},
        [IDENTIFYING],
        [],
        BOUNDARY,
    ),
    (
        "Not once have I met Rowan outside the clinic, though he often suggests the pub.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "Once I met Rowan outside the clinic, at the pub he kept suggesting.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    ("I gave Idris neither my number nor my address.", {}, [], [IDENTIFYING], MILD),
    ("I gave Idris both my number and my address.", {}, [IDENTIFYING], [], UNSAFE),
    (
        "I stopped myself before telling Noor which street I live on.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I told Noor which street I live on before I could stop myself.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Rather than giving Hana my personal number, I gave her the after-hours crisis line.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "As well as the after-hours crisis line, I gave Hana my personal number.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I didn't tell Saoirse my home address, though she asked twice.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I didn't mean to tell Saoirse my home address, but it slipped out when she asked twice.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    # --- Double negatives that mean it was said.
    (
        "I could have told Esme about my miscarriage last month, but I didn't; we stayed "
        "with her grief.",
        {},
        [],
        [ONGOING, NEED],
        MILD,
    ),
    (
        "I couldn't not tell Esme about my miscarriage last month; I cried through most of "
        "her session.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "It's not that I told Gus where I live; I only said I'm not from round here.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "It's not that I didn't tell Gus where I live; I did: the flats above the Co-op on "
        "Mercer Street.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    # --- Who turned down whom: an offer of a personal number is itself the invitation.
    (
        "Bram offered me his mobile number, but I refused to take it.",
        {},
        [],
        [DUAL, IDENTIFYING],
        MILD,
    ),
    (
        "I offered Bram my mobile number, but he refused to take it.",
        {},
        [DUAL],
        [],
        BOUNDARY,
    ),
    # --- Hypotheticals, plans, habits and supervision questions.
    (
        "If Ines asks for my number again, I'll give her the clinic line instead.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "Ines asked for my number again, so I gave it to her instead of the clinic line.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "When clients ask for my number, I give them the clinic's.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "When Ansel asked for my number, I gave him mine rather than the clinic's.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I gave Teodor the crisis line in case he needs someone over the weekend.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "I gave Teodor my mobile in case he needs me over the weekend.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "I might tell Oskar about my own panic attacks next time, if it seems useful.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I told Oskar about my own panic attacks, which started again last week.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I was going to give Wren my home address for the thank-you card, but I gave her the "
        "clinic's instead.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I was going to give Wren the clinic's address for the thank-you card, but I gave "
        "her my home address instead.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    ("I'd never tell Leonie about my affair.", {}, [], [INTIMATE], MILD),
    ("I told Leonie about my affair.", {}, [INTIMATE], [], EXPOSED),
    (
        "Was it OK that I didn't tell Yusuf my wife's name when he asked?",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "Was it OK that I told Yusuf my wife's name is Clemence when he asked?",
        {},
        [IDENTIFYING],
        [],
        BOUNDARY,
    ),
    (
        "Next time I'll mention to Gideon that my father died last month too.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "Today I mentioned to Gideon that my father died last month too.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Should I have told Petra I'm on sertraline too? I kept it to myself.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "Should I have told Petra I'm on sertraline too? Because I did.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    # --- Time: how long ago, "still", "since", "lately".
    (
        "I told Harriet my wife left me twenty years ago and that, with time and good "
        "friends, I found my feet again.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I told Harriet my wife left me two weeks ago and that I'm barely sleeping.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "My dog died last year; I told Cass that walking our old routes helped me.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "My dog died last week; I told Cass that walking our old routes helps me.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I told Desmond I still run three mornings a week; it's what got me through my own "
        "low patch at university.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I told Desmond I'm still not over my own low patch from university; some mornings I "
        "can't get out of bed.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I told Freya I still use the breathing exercise I learned years ago whenever panic "
        "shows up, and it works.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I told Freya I still get panic attacks most days and nothing I've tried works.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I told Milo I've been sober since 2009, and what helped me stop.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I told Milo I've been drinking again since Easter, and that I understand the pull.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Years ago I struggled with anxiety myself, and I told Zora what helped me.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "Lately I've been struggling with anxiety myself, and I told Zora that.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I told Anouk I went through chemo eleven years ago and have been well since.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I told Anouk I'm going through chemo at the moment and have been unwell since.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    # --- Who it is about: the clinician, the client, or someone the clinician knows.
    ("I told Basil I live on Garnet Street.", {}, [IDENTIFYING], [], UNSAFE),
    ("Basil told me he lives on Garnet Street.", {}, [], [IDENTIFYING], MILD),
    (
        "Vera said her husband had an affair and she can't stop thinking about what they did "
        "in bed.",
        {},
        [],
        [INTIMATE, ONGOING],
        MILD,
    ),
    (
        "I said my husband had an affair and I can't stop thinking about what they did in bed.",
        {},
        [INTIMATE, ONGOING],
        [],
        EXPOSED,
    ),
    (
        'When Elif talked about her sister, she said "I know exactly how she feels", and I '
        "asked what that was like.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        'When Elif talked about her stillbirth, I said "I know exactly how you feel", though '
        "I have never lost a baby.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "I told Hamish about my friend's affair: who she slept with and where.",
        {},
        [INTIMATE],
        [],
        BOUNDARY,
    ),
    (
        "Hamish told me about his friend's affair: who she slept with and where.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "I told Hamish about my own affair: who I slept with and where.",
        {},
        [INTIMATE],
        [],
        EXPOSED,
    ),
    ("I told Gwen I've been sleeping with my ex again.", {}, [INTIMATE], [], EXPOSED),
    ("Gwen told me she's been sleeping with her ex again.", {}, [], [INTIMATE], MILD),
    (
        "Sam told me their partner's name is Ode and that she works at Calder Street pharmacy.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I told Sam my partner's name is Ode and that she works at Calder Street pharmacy.",
        {},
        [IDENTIFYING],
        [],
        BOUNDARY,
    ),
    (
        'Juno said, "Here\'s my number, 07700 900412, in case you need to reschedule."',
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        'Juno said, "Can I have your number?" and I said, "Sure, it\'s 07700 900412."',
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I mentioned that my late mother had dementia, and Ayo ended up comforting me for "
        "ten minutes.",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Ayo mentioned that her late mother had dementia, and I ended up comforting her for "
        "ten minutes.",
        {},
        [],
        [REVERSAL],
        MILD,
    ),
    (
        "I mentioned in one line that my late mother had dementia; Ayo didn't have to "
        "comfort me, and we went back to her week.",
        {},
        [],
        [REVERSAL],
        MILD,
    ),
    (
        "I told Rhea that if I were her I'd leave the church, as I did.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "Rhea said that if she were me she'd leave the church; I asked what leaving would "
        "mean for her.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    # --- Claims of identical experience, empathy, and what the clinician really lived.
    (
        "I told Kofi I know how lonely a new city can feel, and asked what he misses most.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "I told Kofi I know exactly what he's going through in a new city, that we're in the "
        "same boat.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "I told Ulla I've been there: I was made redundant in 2015, and a job club helped me "
        "find my feet within the year.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "I told Ulla I've been there, though I've never actually been made redundant.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "I didn't say I know exactly how Pavel feels; I said I can't know, but I want to "
        "understand.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "I said I know exactly how Pavel feels, though honestly I can't know.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    # --- Whose need it served.
    (
        "To fill the silence, I told Dara about my old burnout.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "To fill the silence, I asked Dara about her week rather than telling her about my "
        "old burnout.",
        {},
        [],
        [NEED],
        MILD,
    ),
    (
        "I didn't tell Noemi abortion is wrong; I said the decision is hers, and we looked at "
        "what matters to her.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    (
        "I told Noemi abortion is wrong, and that I'd never have one myself.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    # --- Scope: a negation that covers one clause and not the next.
    (
        "I didn't give Aoife my number, but I did add her on Facebook.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "I didn't give Aoife my number, and I didn't add her on Facebook either.",
        {},
        [],
        [DUAL, IDENTIFYING],
        MILD,
    ),
    (
        "I didn't tell Cormac my address, though I did say I live two streets from him.",
        {},
        [IDENTIFYING],
        [],
        BOUNDARY,
    ),
    (
        "I didn't tell Cormac my address, or even which part of town I live in.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I never talk about my kids in session, but today I told Greta that Mila starts at "
        "Brookfield Primary in September.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I never talk about my kids in session, and today was no different when Greta asked "
        "where they go to school.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I didn't go into my divorce with Imran, but I did describe the affair that ended "
        "it, in some detail.",
        {},
        [INTIMATE],
        [],
        EXPOSED,
    ),
    (
        "I didn't go into my divorce with Imran, or the affair that ended it; I said "
        "separations can be very hard.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "No medication names came up; I just told Tariq a psychiatrist and regular exercise "
        "helped me.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "No psychiatrist came up; I just told Tariq that 20 mg of citalopram helped me.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    # --- Counts and frequency words.
    (
        "I mentioned my own exam nerves to Corin once this month, briefly, and asked how she "
        "prepares.",
        {},
        [],
        [FREQUENCY],
        MILD,
    ),
    (
        "I mentioned my own exam nerves to Corin again, for the third time this month, and "
        "asked how she prepares.",
        {},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "I told Hollis, a second time this month, how I got through my own divorce years ago.",
        {},
        [],
        [FREQUENCY],
        MILD,
    ),
    (
        "I told Hollis, a fourth time this month, how I got through my own divorce years ago.",
        {},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "I've shared my own story of leaving home with Anya four times this week.",
        {},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "I've shared my own story of leaving home with Anya four times this year.",
        {},
        [],
        [FREQUENCY],
        MILD,
    ),
    (
        "I told Clem I also found my first year of teaching exhausting, and that a mentor "
        "helped me.",
        {"prior_disclosures_30d": 0},
        [],
        [FREQUENCY],
        MILD,
    ),
    (
        "I told Clem I also found my first year of teaching exhausting, and that a mentor "
        "helped me.",
        {"prior_disclosures_30d": 4},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    # --- Misspelt key words.
    ("I gave Enzo my adress so he could post the card.", {}, [IDENTIFYING], [], UNSAFE),
    ("I gave Enzo the clinic adress so he could post the card.", {}, [], [IDENTIFYING], MILD),
    ("I added Tamsin on facebok after the session.", {}, [DUAL], [], UNSAFE),
    (
        "Tamsin asked to add me on facebok after the session and I said no.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    ("I wrote my numbr on Alfie's appointment card.", {}, [IDENTIFYING], [], UNSAFE),
    ("I wrote the clinic numbr on Alfie's appointment card.", {}, [], [IDENTIFYING], MILD),
    (
        "I told Maren my divorse is going through right now and I'm a wreck.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I told Maren my divorse went through twelve years ago and that I'm happier now.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    ("I told Fenna I take 100mg of sertaline every morning.", {}, [CLINICAL], [], BOUNDARY),
    (
        "I told Fenna I found talking to my GP about medication helpful.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    # --- Turning back to the client, in the text or in the field.
    (
        "I told Orla about my own trip to Lisbon, then asked how her week had been.",
        {},
        [],
        [NO_RETURN],
        MILD,
    ),
    (
        "I told Orla about my own trip to Lisbon, then kept talking about it for the rest of "
        "the session.",
        {},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "I told Orla I also moved here from abroad and found the first winter hard.",
        {"returned_focus": True},
        [],
        [NO_RETURN],
        MILD,
    ),
    (
        "I told Orla I also moved here from abroad and found the first winter hard.",
        {"returned_focus": False},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    # --- Other fields, each the only difference in its pair.
    (
        "I shared how I handled my own fear of flying.",
        {"duration_minutes": 1},
        [],
        [DURATION],
        MILD,
    ),
    (
        "I shared how I handled my own fear of flying.",
        {"duration_minutes": 7},
        [DURATION],
        [],
        CAUTION,
    ),
    (
        "I told Quinn I also took up woodwork to manage stress.",
        {"relevance": "direct"},
        [],
        [RELEVANCE],
        MILD,
    ),
    (
        "I told Quinn I also took up woodwork to manage stress.",
        {"relevance": "none"},
        [RELEVANCE],
        [],
        CAUTION,
    ),
]

test_case = case_test(CASES, "h12-")
