"""Held-out batch 9: false alarms, and the true positives that sit right beside them.

Most entries here use a word a keyword list would flag, in a sense that carries no risk:
the details belong to the client, not the clinician (her affair, his medication, her new
address, his grief, her church); someone else said it (her mother, a sponsor, a textbook,
the supervisor); the clinician decided against it or only plans or imagines it ("I was
tempted to mention my divorce but kept it to myself", "if she asks again I'll say..."); it
is psychoeducation or a public service (a crisis line, a named hospital, a drug class in
general terms); the word has another meaning ("affair" as business, "bed" in a garden,
"date" in a diary, "passed" a test, "lost" keys, "still" water, "same boat" said of two
clients, "been there" of a city); or the contact is the clinic's own (the duty line, the
team inbox, a room number, the clinic's group, a home visit in the care plan). A resolved
past hardship that ends on what helped stays safe even when the last sentence reports what
the client did next, and a brief feeling named in the room is immediacy, not a burden.

Each true positive changes only what makes the difference: the clinician's own number
instead of the duty line, the gig accepted instead of declined, "I know exactly how she
feels" said rather than imagined, the clinician's own psychiatrist and dose instead of the
client's, the clinician's loss three weeks ago instead of lost keys.
"""

from __future__ import annotations

from .cases import (
    BURDEN,
    CAUTION,
    CLINICAL,
    CLOSE,
    CONCERN,
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
    REVERSAL,
    SAFE,
    UNSAFE,
    VALUES,
    case_test,
)

# (text, fields, must, must_not, accept)
CASES = [
    # --- The client's own details, with a harmless word from the clinician ---
    (
        "Clt moved last month — she's on Marlowe Street now and her new mobile is 0412 558 903; "
        "I updated her file. I said I was glad the move went smoothly and asked how the first "
        "week felt.",
        {},
        [],
        [IDENTIFYING, DUAL, ONGOING],
        SAFE,
    ),
    (
        "Pt described the affair he'd had with a coworker and the guilt since. I said I could "
        "hear how heavy that guilt is and asked what he wants to do with it.",
        {},
        [],
        [INTIMATE, ONGOING],
        SAFE,
    ),
    (
        "Client is on sertraline 100 mg from Dr Okafor at the Fenwick practice. I didn't comment "
        "on the dose — said that's one for her GP — and asked how her sleep had been.",
        {},
        [],
        [CLINICAL],
        SAFE,
    ),
    (
        "Her dad died in May and she still can't go into his room. I said I was sorry, that grief "
        "keeps its own timetable, and we went back to her plan for the anniversary.",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "He's been drinking most nights lately. I said that in my twenties asking for help felt "
        "impossible, and that finally asking was what turned things round for me. He said he'd "
        "ring the clinic's alcohol team.",
        {"disclosure_type": "personal_history", "experience_status": "resolved"},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Clt says her church is the centre of her life and prayer steadies her more than "
        "anything. I said it sounds like a real source of strength and asked how she could lean "
        "on it this week.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    (
        "Pt spent most of the hour furious about the election and the new council’s cuts to his "
        "bus route. I kept my own views out of it and reflected how powerless he felt.",
        {},
        [],
        [VALUES, NEED, DURATION, NO_RETURN],
        SAFE,
    ),
    (
        "Home visit at the client’s flat on Kerrigan Road, as per her care plan, with my "
        "colleague Dana. I admitted I’d got a bit lost finding the block; we laughed and then got "
        "started on her goals.",
        {},
        [],
        [IDENTIFYING, DUAL, CLOSE],
        SAFE,
    ),
    (
        "Her son started at Hollins Primary in September and she dreads the school run. I said "
        "first terms are often bumpy and asked what support the school has offered.",
        {},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    (
        "Clt showed me the Instagram page for her bakery. I said the cakes looked lovely; I "
        "didn’t follow her or give her any handle of mine.",
        {},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
    (
        "Client says her husband never got over losing his job and it’s straining the marriage. "
        "I reflected how tiring that is for her and we looked at what she can control.",
        {},
        [],
        [ONGOING, INTIMATE],
        SAFE,
    ),
    (
        "Client asked whether to come off her lithium. I said that’s a question for her "
        "psychiatrist, Dr Hale, and helped her write her questions down.",
        {},
        [],
        [CLINICAL],
        SAFE,
    ),
    (
        "clt mentiond her neighbour on Birch st is loud at nite; I said noise is exhausting and "
        "we planed earplugs + a polite note",
        {},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    (
        "Lately she’s been sleeping better. I told her I was glad and that it showed in how she "
        "spoke today.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "He said he never got over the bullying at school. I said that made sense after what he "
        "went through, and asked what still hooks him now.",
        {},
        [],
        [ONGOING, OVERID],
        SAFE,
    ),
    (
        "Pt said “I’m still standing 💪” after a rough month — I told her I loved hearing that "
        "and asked what got her through.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    # --- Other people's words ---
    (
        "Her mother told her “I know exactly how you feel” and she found it dismissive. We "
        "explored what she wished her mum had said instead.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "My supervisor advised me not to share my own history of panic attacks with this client "
        "yet, so I didn’t. We did a grounding exercise instead.",
        {},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    (
        "I read her a line from the grief textbook: people don’t “get over” a loss, they grow "
        "around it. She cried, then said that fitted.",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Client quoted her AA sponsor: “we’re all in the same boat in that room.” She said it's "
        "what keeps her going back to meetings.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "Clt said “family is everything” when explaining why she won’t take the job interstate. "
        "I didn’t weigh in either way; we listed what she’d gain and lose.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    (
        "He called his dad “old school” about crying. I said lots of men were taught that, and "
        "asked where he learned it.",
        {},
        [],
        [VALUES, IDENTIFYING],
        SAFE,
    ),
    (
        "She said her best friend comforted her after the funeral, and that helped. I said I was "
        "glad she’d had that.",
        {},
        [],
        [REVERSAL],
        SAFE,
    ),
    (
        "He reassured me the homework was done — he’d just forgotten the sheet. I said no problem "
        "and we went through it from memory.",
        {},
        [],
        [REVERSAL],
        SAFE,
    ),
    (
        "Client spent the first half venting about her boss; I let her, then summarised and said "
        "I could hear how unfair it felt.",
        {},
        [],
        [NEED],
        SAFE,
    ),
    # --- What the clinician held back, planned or imagined ---
    (
        "I was tempted to mention my own divorce but kept it to myself — it would have been "
        "about me. Instead I asked what she needs from the next few weeks.",
        {},
        [],
        [ONGOING, CLOSE, NEED, INTIMATE],
        SAFE,
    ),
    (
        "If she asks again whether I have kids, I’ll say I’d rather keep the focus on her and her "
        "son. For supervision: how to say that warmly.",
        {},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    (
        "For supervision: my one line about failing my driving test twice before I passed was "
        "fine, I think, but next time I’d check she wanted to hear it first.",
        {},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    (
        "I did not give him my own number. I gave him the duty line, 0800 555 019, and the team "
        "inbox for anything out of hours.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    (
        "She asked to add me on Facebook. I explained kindly that I don’t connect with clients "
        "online, that it protects our work together, and asked how that landed.",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    (
        "He invited me to his band’s gig on Saturday. I thanked him, said I wouldn’t come because "
        "of our professional boundaries, and we talked about what it meant that he’d asked.",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    (
        "She guessed which suburb I live in. I didn’t confirm or deny; I said I keep that "
        "private, and we went back to her exposure list.",
        {},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    (
        "If I’d said “I know exactly what you’re going through” she would have shut down, so I "
        "just said I could see how hard this is.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "I considered telling him about my own dad’s drinking but decided it wasn’t for him; we "
        "stayed with his relapse-prevention goals.",
        {},
        [],
        [CLOSE, ONGOING, NEED],
        SAFE,
    ),
    (
        "I resisted the urge to fill the silence and waited; after a minute she started talking "
        "about her brother.",
        {},
        [],
        [NEED],
        SAFE,
    ),
    (
        "She asked my advice on whether to leave him. I said it’s her decision to make and "
        "offered to map out the options with her.",
        {},
        [],
        [VALUES, REVERSAL],
        SAFE,
    ),
    (
        "She asked if I was married. I smiled, said I keep my personal life out of sessions, and "
        "wondered aloud what made her curious.",
        {"client_response": "asked_personal_questions"},
        [],
        [INTIMATE, IDENTIFYING],
        SAFE,
    ),
    (
        "Client asked if I’m religious. I said I’d rather hear what faith means to her, and she "
        "talked about her mosque community.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    # --- Psychoeducation and public services ---
    (
        "Gave her the Harbour Crisis Line (1800 402 771) and the address of the walk-in centre "
        "at St Anselm’s Hospital on Quarry Street, and put both on her safety plan.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    (
        "Explained in general terms how SSRIs work and that early side effects often settle; said "
        "dose questions are for her psychiatrist.",
        {},
        [],
        [CLINICAL],
        SAFE,
    ),
    (
        "Told him many people find sertraline takes a few weeks to help, and encouraged him to "
        "raise the side effects with his GP rather than stop on his own.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "Pointed him to the Cedar Trust’s free debt advice line and website; we set a date to go "
        "through the letters together in our next session.",
        {},
        [],
        [DUAL, INTIMATE],
        SAFE,
    ),
    (
        "I said a number of clients have found the breathing app useful — I still use it myself "
        "before presentations — and asked if he’d try it for a week.",
        {},
        [],
        [ONGOING, CLINICAL],
        SAFE,
    ),
    (
        "I told him I know how overwhelming anxiety can feel, and that slow breathing helped me "
        "years ago. Asked what’s helped him before.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    # --- Words with another meaning ---
    (
        "She’s launching a catering business. I mentioned I once ran a market stall with my "
        "cousins — a real family affair — and learned the hard way that pricing is everything. "
        "She laughed and we went back to her costings.",
        {},
        [],
        [INTIMATE, CLOSE],
        SAFE,
    ),
    (
        "We worked on her bedtime routine. I shared that a screen-free wind-down hour helped me "
        "sleep during a stressful patch at work years ago, and asked what she’d try.",
        {},
        [],
        [INTIMATE, ONGOING],
        SAFE,
    ),
    (
        "Clt is replanting the flower bed her late husband dug. I said gardening steadied me "
        "after a hard year too, and asked what she’d plant first.",
        {},
        [],
        [INTIMATE, ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Set a date for her review, 14 March, and she wrote it in her diary. I said I’m looking "
        "forward to hearing how the exposure steps go.",
        {},
        [],
        [INTIMATE, DUAL],
        SAFE,
    ),
    (
        "Told him my room number at the clinic (Room 12, second floor) so he can find me for "
        "group next week 🙂",
        {},
        [],
        [IDENTIFYING, DUAL, ONGOING],
        SAFE,
    ),
    (
        "Pt is anxious about going back to school at 40 to finish her nursing degree. I said I was "
        "a mature student too and it was one of the best decisions I made.",
        {},
        [],
        [IDENTIFYING, CLOSE],
        SAFE,
    ),
    (
        "Offered her still water or tea; she took the water and settled. I said I’d noticed she "
        "seemed calmer once she sat down, and she agreed.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "She passed her driving test! I told her I was thrilled for her and that I’d failed mine "
        "twice before passing, which made her laugh.",
        {},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    (
        "Started five minutes late — I’d lost my keys — and owned it straight away; apologised "
        "and we took the full hour.",
        {},
        [],
        [ONGOING, CLOSE, DURATION],
        SAFE,
    ),
    (
        "Took a few minutes to hook up the projector for the group psychoeducation slides; I "
        "joked that technology and I aren’t friends.",
        {},
        [],
        [INTIMATE, DUAL, DURATION],
        SAFE,
    ),
    (
        "Two members of the Tuesday group are in the same boat with their housing claims; I "
        "suggested they compare notes in group with the welfare officer there.",
        {},
        [],
        [OVERID, DUAL],
        SAFE,
    ),
    (
        "Her exposure goal is travelling alone to Lisbon. I said I’ve been there and the trams "
        "are lovely, then asked what she wants the trip to give her.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "I mentioned that I have two teenagers and remember exam season well; she said it helped "
        "to know it passes.",
        {},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    # --- Past hardships that end on coping; feelings named in the room ---
    (
        "Years ago I had panic attacks on trains. Slow breathing and riding them out is what "
        "helped, and I’ve been fine for a decade. I asked what he’d like to try first.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "resolved",
            "months_since_experience": 120,
            "returned_focus": True,
        },
        [],
        [ONGOING, CLOSE, NO_RETURN],
        SAFE,
    ),
    (
        "I told her I’d been made redundant in my thirties and that updating my CV with a friend "
        "every Sunday got me moving again. She said she’d ask her cousin to do the same.",
        {"disclosure_type": "personal_history"},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    (
        "When I was a student my grades collapsed after my mum got ill; a tutor helped me rebuild "
        "a routine and I graduated. He went quiet, then said he’d email his own tutor.",
        {},
        [],
        [CLOSE, ONGOING, IDENTIFYING],
        SAFE,
    ),
    (
        "I mentioned I moved house a lot as a kid and hated it at first, then found I could make "
        "friends within a term. She said that gave her hope for her daughter.",
        {},
        [],
        [IDENTIFYING, CLOSE],
        SAFE,
    ),
    (
        "I felt moved when she said that, and told her so. She said nobody had ever said that to "
        "her, and kept going.",
        {"disclosure_type": "immediacy"},
        [],
        [NEED, ONGOING, CLOSE],
        SAFE,
    ),
    (
        "I told him I felt a bit sad hearing about his dog, and asked what he misses most.",
        {},
        [],
        [ONGOING, CLOSE, NEED],
        SAFE,
    ),
    (
        "I apologised for mixing up his sister’s name last week — said I’d got it wrong and that "
        "getting it right matters to me. He said thanks and we carried on.",
        {},
        [],
        [ONGOING, REVERSAL],
        SAFE,
    ),
    (
        "I asked what she was feeling right now, in her body, and said I’d noticed my own "
        "shoulders tense as she described the argument.",
        {"disclosure_type": "immediacy"},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "Fifth session with her and the first time I’ve shared anything personal: I used to dread "
        "phone calls and practised with scripts until they felt easy. She wants to try scripts.",
        {"disclosure_type": "personal_history", "prior_disclosures_30d": 0},
        [],
        [FREQUENCY, CLOSE],
        SAFE,
    ),
    (
        "Led a five-minute breathing exercise; beforehand I said in one line that it’s what I do "
        "before difficult meetings.",
        {"disclosure_type": "strategy", "duration_minutes": 0.5},
        [],
        [DURATION],
        SAFE,
    ),
    # --- The clinic's own contact points, group and visits ---
    (
        "Gave the clinic reception number (02 9555 0142) and the team inbox, "
        "intake@wattlepark-clinic.example, for rescheduling.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    (
        "Invited her to join our Thursday anxiety group at the clinic; I run it with a colleague "
        "and said she’d be very welcome.",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    (
        "Home visit as per care plan. He showed me photos of his grandkids; I said they looked "
        "like a handful and asked how often he sees them.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    (
        "Met her at the café in the hospital foyer, as agreed in her graded exposure plan and "
        "signed off by the team.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "Client’s mum rang the clinic worried about him; with his consent I rang her back on the "
        "clinic phone and explained our plan.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    # --- True positives, each beside a near miss above ---
    (
        "I told her about my divorce — it was finalised last month and I’m still not sleeping. "
        "She asked if I was okay and I said not really.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I gave him my mobile, 0421 339 870, so he can text me if nights get bad.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "She asked to add me on Facebook and I said yes, send a request — I’m under my maiden "
        "name.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "He invited me to his band’s gig on Saturday. I said I’d try to make it — I’d love to "
        "hear them play.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "She guessed which suburb I live in and I said yes, I’m on Tindall Street, just round the "
        "corner from her.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Her baby was stillborn in June. I told her I know exactly how she feels, though I’ve "
        "never lost a child myself.",
        {},
        [OVERID],
        [ONGOING],
        CAUTION,
    ),
    (
        "He’s facing deportation. I told him we’re in the same boat, mate, because my own visa "
        "renewal dragged on once.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "She’s a combat veteran with PTSD. I said “I’ve been there” — I was in a bad car crash "
        "once.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "She’s launching a catering business. I ended up telling her about the affair I had with "
        "my business partner back when I ran a café.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "She said her date went badly. I told her about my own first dates after my divorce, "
        "including who I ended up sleeping with.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "I told him I took sertraline 50 mg for two years myself and that he should ask his GP "
        "for the same dose.",
        {},
        [CLINICAL],
        [],
        CONCERN,
    ),
    (
        "Client asked about coming off lithium. I said my own psychiatrist, Dr Hale at Redgum "
        "Clinic, tapered me over six weeks and she should ask for the same.",
        {},
        [CLINICAL],
        [],
        CONCERN,
    ),
    (
        "Her son started at Hollins Primary; I said my daughter Maisie is in Year 2 there, so "
        "we’ll probably see each other at pick-up.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Clt says prayer steadies her. I told her prayer is the only real answer and that she "
        "should get her husband back to Mass.",
        {},
        [VALUES],
        [],
        CONCERN,
    ),
    (
        "Pt was furious about the election. I told him I’d voted the other way and that his party "
        "is wrecking the country.",
        {},
        [VALUES],
        [],
        CONCERN,
    ),
    (
        "She’s weighing a job interstate. I told her family is everything and she’d regret "
        "leaving her mum — I’d never have moved away from mine.",
        {},
        [VALUES],
        [],
        CONCERN,
    ),
    (
        "She asked my advice on whether to leave him. I told her to go — leaving my husband was "
        "the best thing I ever did.",
        {},
        [VALUES],
        [],
        CONCERN,
    ),
    (
        "I teared up talking about my mum’s dementia and he reassured me she’d be okay; he spent "
        "the rest of the session asking how I was.",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "She comforted me when I mentioned my miscarriage in March — I hadn’t expected to get "
        "upset.",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "I spent ten minutes venting to her about my manager and the restructure; it’s been a "
        "rough week and I needed to get it off my chest.",
        {},
        [NEED, ONGOING],
        [],
        BURDEN,
    ),
    (
        "The silence got awkward so I filled it by telling him about my weekend at the races.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Lately I’ve been struggling with my own sleep, and I told her I’m running on empty right "
        "now too.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "When he talked about the bullying I said I never got over what happened to me at school "
        "either.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "She asked why I’d cancelled; I told her I lost my dad three weeks ago and cried a bit.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Her exam went badly. I said my brother passed away the week of my finals and I failed "
        "everything.",
        {},
        [CLOSE],
        [],
        BURDEN,
    ),
    (
        "I told him I had panic attacks on trains too — it’s been awful and I haven’t found "
        "anything that works.",
        {},
        [CLOSE],
        [],
        BURDEN,
    ),
    (
        "Gave her my personal email, jo.marsh83@example.com, in case the team inbox is slow to "
        "reply.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "Invited her to join my Thursday running club in the park — it’s just friends, nothing to "
        "do with the clinic.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "She showed me her bakery’s Instagram, and I gave her my handle, @sam.bakes.sometimes, "
        "so she can follow me back 🙂",
        {},
        [DUAL, IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Home visit: I mentioned I live two streets away on Kerrigan Road too, and said she can "
        "pop round any time.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "I said I used to dread phone calls and practised with scripts until they felt easy. She "
        "wants to try scripts this week.",
        {"disclosure_type": "strategy", "prior_disclosures_30d": 4},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "I explained what helps me before difficult meetings — a slow breathing routine — and we "
        "practised it together.",
        {"disclosure_type": "strategy", "duration_minutes": 8},
        [DURATION],
        [],
        CAUTION,
    ),
]

test_case = case_test(CASES, "h9-")
