"""Held-out batch 14: more entries of the same kind as the labelled examples.

Written as a supervisor adding to the labelled set would write them: the same mix of
categories (about a third safe, the rest spread over caution, unsafe sharing and trauma
dumping, with a share that a supervisor could rate two ways), the same kinds of
clinicians (psychologists, counsellors, nurses, ward technicians, peer and youth workers,
occupational therapists, school counsellors), the same length range (a clause to a long
paragraph), first-person and third-person notes, and the structured fields only as often
as the examples carry them. Every situation, name, number and place is invented.
"""

from __future__ import annotations

from .cases import (
    BURDEN,
    CAUTION,
    CLINICAL,
    CLOSE,
    DUAL,
    DUMPING,
    DURATION,
    FREQUENCY,
    IDENTIFYING,
    INTIMATE,
    LENGTH,
    NEED,
    NO_RETURN,
    ONGOING,
    OVERID,
    RELEVANCE,
    REVERSAL,
    SAFE,
    UNSAFE,
    VALUES,
    case_test,
)

# A boundary finding a supervisor may rate either as a concern or as unsafe sharing.
BOUNDARY = CAUTION + UNSAFE

CASES = [
    # Safe: brief, for the client, past and coped with, or low-intimacy facts and immediacy.
    (
        "When he said he felt like the only person who freezes in job interviews, I "
        "mentioned that my first interview out of university went badly and that "
        "practising answers out loud with a friend helped me a lot the next time.",
        {"intent": "normalize"},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    (
        "She asked whether I had kids. I said yes, two, and then asked what made her "
        "curious about that.",
        {"disclosure_type": "facts", "intent": "answer_question", "returned_focus": True},
        [],
        [IDENTIFYING, NO_RETURN],
        SAFE,
    ),
    (
        "I told her I've worked in eating disorder services for about eleven years, so "
        "very little she could say would shock me.",
        {"disclosure_type": "facts", "intent": "build_rapport"},
        [],
        [],
        SAFE,
    ),
    (
        "I noticed I felt a bit protective of him while he described the meeting with "
        "his manager, and I said so, then asked whether other people in his life respond "
        "to him that way.",
        {"disclosure_type": "immediacy", "returned_focus": True},
        [],
        [],
        SAFE,
    ),
    (
        "Told her I had the date of her court hearing wrong last session and that I'm "
        "sorry; it matters and I should have checked my notes.",
        {"disclosure_type": "immediacy", "intent": "repair_rupture"},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "Shared that what helped me stop scrolling at night was leaving my phone to "
        "charge in the kitchen. Asked what might work for him.",
        {"disclosure_type": "strategy", "returned_focus": True},
        [],
        [],
        SAFE,
    ),
    (
        "I told the group that I was terrified of speaking up in meetings in my "
        "twenties, and that joining a small public speaking club slowly made it feel "
        "manageable.",
        {},
        [],
        [CLOSE],
        SAFE,
    ),
    (
        "A patient on the ward said nobody here knows what it's like to be stuck in your "
        "head. I said I remember nights years ago when my thoughts raced, and that "
        "writing them down before bed took some of the power out of them.",
        {"intent": "normalize"},
        [],
        [OVERID, ONGOING],
        SAFE,
    ),
    (
        "Told him I failed maths at school too and had to resit it, and that getting a "
        "tutor who explained things slowly made the difference. He laughed and said "
        "maybe he'd ask for one.",
        {"client_response": "engaged"},
        [],
        [CLOSE],
        SAFE,
    ),
    (
        "Mentioned that I run as well when she brought up training for her first 10k, "
        "and asked what got her started.",
        {"intent": "build_rapport", "returned_focus": True},
        [],
        [],
        SAFE,
    ),
    (
        "I lost my grandmother when I was fifteen. I shared that it took a long time, "
        "but talking about her with my cousins helped me carry the memories rather than "
        "be crushed by them.",
        {
            "intent": "normalize",
            "experience_status": "resolved",
            "months_since_experience": 240,
        },
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "As a counsellor in long-term recovery myself, I told him the first months "
        "sober were the hardest, but meetings and a daily routine got me through.",
        {"experience_status": "resolved", "months_since_experience": 150},
        [],
        [ONGOING, CLINICAL],
        SAFE,
    ),
    (
        "I said I can imagine how exhausting it is to keep explaining your diagnosis to "
        "every new doctor.",
        {"disclosure_type": "feelings"},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "I know how draining night shifts can be; I did them for years as a nurse before "
        "retraining, and protecting my sleep on days off was what helped.",
        {"relevance": "direct"},
        [],
        [OVERID, CLOSE],
        SAFE,
    ),
    (
        "He asked if I'd ever been to therapy myself. I told him yes, it was one of the "
        "most useful things I've done, and wondered aloud what he hoped to get from ours.",
        {"intent": "answer_question", "returned_focus": True},
        [],
        [NEED],
        SAFE,
    ),
    (
        "Told the client I also moved countries at nineteen and felt lonely at first; "
        "finding a weekly language exchange helped me build friendships.",
        {"intent": "normalize", "relevance": "direct"},
        [],
        [],
        SAFE,
    ),
    (
        "I told him I felt hopeful hearing how he handled the argument with his daughter "
        "differently this week.",
        {"disclosure_type": "immediacy"},
        [],
        [ONGOING, IDENTIFYING],
        SAFE,
    ),
    (
        "Clinician disclosed that she had also found exam season stressful as a student "
        "and that breaking revision into short blocks helped her. Returned to the "
        "client's study plan.",
        {"returned_focus": True},
        [],
        [NO_RETURN],
        SAFE,
    ),
    (
        "While we practised the stairs I mentioned I'd had a knee reconstruction years "
        "ago and remember how slow the rehab felt, but sticking with the exercises paid "
        "off.",
        {"intent": "model_coping"},
        [],
        [CLINICAL],
        SAFE,
    ),
    (
        "A Year 9 student was sure she was the only one ever left out of a group chat. I "
        "said something like that happened to me at her age and it hurt, and that "
        "finding one good friend outside that group changed things.",
        {"intent": "normalize"},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "I shared that adjusting after my first baby was harder than I expected, and "
        "that accepting help from family and a parents' group helped me feel like myself "
        "again.",
        {"experience_status": "resolved", "months_since_experience": 96},
        [],
        [ONGOING, INTIMATE],
        SAFE,
    ),
    (
        "Said I'm not a parent myself, so I can't know exactly what it's like for her, "
        "but I'd really like to understand.",
        {"intent": "answer_question"},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "When she apologised for crying, I said I tear up at sad films myself and that "
        "tears are welcome in here.",
        {"intent": "normalize"},
        [],
        [],
        SAFE,
    ),
    (
        "I showed him a breathing pattern I use before presentations, in for four and "
        "out for six, and we tried it together.",
        {"disclosure_type": "strategy", "returned_focus": True},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "As a peer worker I shared that I was once an inpatient on a ward like this one, "
        "and that recovery wasn't a straight line but I got there with help.",
        {"intent": "instill_hope", "relevance": "direct"},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "She wanted to know where I trained. I told her I did my clinical degree "
        "interstate and have worked here for six years.",
        {"disclosure_type": "facts", "intent": "answer_question"},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    (
        "Shared that I'm left-handed too when he joked about smudged writing. Small "
        "moment, then we went back to his homework plan.",
        {"intent": "build_rapport"},
        [],
        [NO_RETURN],
        SAFE,
    ),
    (
        "Told her I used to be scared of dogs too 🙂 and that meeting calm ones slowly, "
        "with a friend beside me, helped. She smiled and we planned her first step.",
        {"returned_focus": True, "client_response": "engaged"},
        [],
        [],
        SAFE,
    ),
    (
        "I admitted I had drifted for a moment and asked him to repeat what he said "
        "about his brother, because I wanted to hear it properly.",
        {"disclosure_type": "immediacy", "intent": "repair_rupture"},
        [],
        [NEED],
        SAFE,
    ),
    (
        "When he said therapists have perfect lives, I said nobody does, me included, "
        "and asked what it would mean to him if I'd had struggles too.",
        {"disclosure_type": "insight", "returned_focus": True},
        [],
        [],
        SAFE,
    ),
    (
        "I mentioned that I went through a divorce a long time ago and that what got me "
        "through was keeping a routine and leaning on good friends. Then I asked who she "
        "can lean on.",
        {"experience_status": "resolved", "returned_focus": True},
        [],
        [INTIMATE, ONGOING, CLOSE],
        SAFE,
    ),
    (
        "I said, “I’ve felt nervous before big medical appointments too, and writing my "
        "questions down beforehand helped me feel more in control.”",
        {"intent": "model_coping"},
        [],
        [CLINICAL],
        SAFE,
    ),
    (
        "Told him I grew up in a small farming town too and it took me a while to find "
        "my people at uni, but joining a couple of clubs helped.",
        {"relevance": "direct"},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    (
        "Told him my dog died a few years back and that making a small photo album "
        "helped me; asked if something like that might fit for him.",
        {"months_since_experience": 40, "returned_focus": True},
        [],
        [OVERID, ONGOING],
        SAFE,
    ),
    (
        "I told her I've learned in my own life that saying no gets easier with "
        "practice, and asked where she'd like to start.",
        {"disclosure_type": "insight", "returned_focus": True},
        [],
        [],
        SAFE,
    ),
    (
        "Mentioned I'd also found benefit forms confusing when I was younger and had to "
        "ask for help with them; we then went through his form line by line.",
        {"relevance": "direct"},
        [],
        [NO_RETURN],
        SAFE,
    ),
    (
        "Therapist briefly mentioned having had panic attacks in her early twenties and "
        "that learning about the body's alarm response helped them fade. Client asked "
        "more about the alarm response.",
        {"experience_status": "resolved", "client_response": "engaged"},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "I told him I was bullied in highschool too and that joining the drama club "
        "gave me somewhere to feel safe and confident agian.",
        {},
        [],
        [CLOSE],
        SAFE,
    ),
    (
        "I didn't give him my number; I reminded him of the after-hours crisis line "
        "instead and said I'd see him Thursday.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    (
        "I kept my own religious views out of it and asked what her faith means to her "
        "in this decision.",
        {"returned_focus": True},
        [],
        [VALUES],
        SAFE,
    ),
    (
        "Mentioned that I also get the Sunday-night dread sometimes and that planning "
        "one small nice thing for Monday helps. Back to her week.",
        {"returned_focus": True},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "Said I also used to procrastinate badly in my first job, and that setting a "
        "timer for twenty minutes is what finally broke the cycle.",
        {"prior_disclosures_30d": 1},
        [],
        [FREQUENCY],
        SAFE,
    ),
    (
        "Shared that learning to cook simple meals in batches got me through my first "
        "year living alone.",
        {"duration_minutes": 2},
        [],
        [DURATION],
        SAFE,
    ),
    # Caution: brevity.
    (
        "I told her about learning to surf in my thirties: the cold mornings, the "
        "borrowed wetsuit that never fit, the instructor who kept shouting at me, how "
        "many times I got dumped by waves, how I nearly gave up in the second month, "
        "the day I finally stood up, the people I met in the car park, the board I "
        "bought second-hand, the trip up the coast we took together, the shoulder "
        "injury that put me out for a season, and how it ended up being the thing that "
        "got me out of bed on weekends for years.",
        {"intent": "build_rapport", "relevance": "indirect"},
        [LENGTH],
        [ONGOING],
        CAUTION,
    ),
    (
        "When he said he was thinking of moving to the city, I told him all about my own "
        "move after school, the share houses I lived in, the flatmate who never paid the "
        "power bill, the café job I hated, the course I dropped and the one I picked up "
        "instead, how long it took to make friends, the weekends I went home to see my "
        "parents, and in the end how glad I was that I went.",
        {"relevance": "indirect"},
        [LENGTH],
        [],
        CAUTION,
    ),
    (
        "Clinician spoke at length about her own experience of renovating an old house "
        "with her partner, starting with how they found it, the problems with the roof "
        "and the plumbing, the builder who disappeared halfway through, the months "
        "living with no kitchen, the arguments about paint colours, the budget that "
        "doubled, the weekend the ceiling came down, the neighbours who complained about "
        "the noise, the dog that kept escaping through the broken fence, the relief when "
        "the last tradesman finally left, the housewarming party, and the lessons she "
        "took from the whole thing about patience and asking for help, before the client "
        "was able to get back to talking about his own plans for moving out of his "
        "parents' place next year.",
        {"intent": "build_rapport"},
        [LENGTH],
        [],
        CAUTION,
    ),
    (
        "I shared that I also used to get stage fright before piano recitals and that "
        "slow breathing helped.",
        {"duration_minutes": 7},
        [DURATION],
        [],
        CAUTION,
    ),
    (
        "Talked about my own experience of starting at a new school as a teenager and "
        "how I eventually found my feet.",
        {"duration_minutes": 4, "returned_focus": True},
        [DURATION],
        [],
        CAUTION,
    ),
    (
        "Spent most of the session telling her about my own divorce twenty years ago and "
        "what I learned from it.",
        {"duration_minutes": 15, "experience_status": "resolved"},
        [DURATION],
        [ONGOING],
        CAUTION,
    ),
    (
        "Mentioned I support the same football team as him.",
        {"prior_disclosures_30d": 3},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "Told him I'd also tried journalling and found it useful.",
        {"prior_disclosures_30d": 6},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "I shared again that I was painfully shy as a teenager and that drama classes helped.",
        {"prior_disclosures_30d": 2},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "Shared once more that mindfulness apps have been useful for me.",
        {"prior_disclosures_30d": 4, "intent": "model_coping"},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    # Caution: client focus.
    (
        "He went quiet after talking about the funeral and I filled the gap by telling "
        "him about my own grandfather's funeral years ago.",
        {"intent": "relieve_own_discomfort"},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "I wanted her to like me, so I told her I'd been a bit of a rebel at school as well.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "I was uncomfortable with the silence so I talked for a bit about the "
        "renovations at my place.",
        {"intent": "relieve_own_discomfort", "relevance": "none"},
        [NEED, RELEVANCE],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "Told him about the concert I went to on the weekend.",
        {"relevance": "none"},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "I mentioned my holiday in Japan and the food there; it had nothing to do with "
        "his goals but he seemed interested.",
        {"relevance": "none", "client_response": "engaged"},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "Counsellor chatted about her new puppy while the client was trying to talk "
        "about his court date.",
        {"relevance": "none"},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "Shared that I had also been a carer for my mum when she was unwell and that "
        "respite help got me through. Didn't ask her anything after; the session moved "
        "on to scheduling.",
        {"returned_focus": False},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "I told him my own father was strict too and that therapy in my thirties helped "
        "me understand him.",
        {"returned_focus": False},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "I started talking about my own coming out to my parents and then kept talking "
        "about my family until the end of the session without asking her anything.",
        {},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "Told him about my own year of unemployment after uni and how scary it felt, "
        "then we ran out of time.",
        {"disclosure_type": "personal_history", "returned_focus": False},
        [NO_RETURN, CLOSE],
        [],
        CAUTION,
    ),
    (
        "I told her I know exactly what it feels like to be a refugee because I moved "
        "interstate for work.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Said we're in the same boat about his cancer diagnosis, because I had a health "
        "scare of my own years ago that turned out to be nothing.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Clinician told the client she had 'been there' with psychosis, although she has "
        "never experienced it; she meant she had been very stressed at university.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "i said “trust me, we’re all in the same boat” when she told me about her "
        "deportation hearing",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    # Caution: a personal history that does not end on how it was coped with.
    (
        "I told him my parents split when I was eight and that it was the worst time of "
        "my childhood.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [ONGOING],
        CAUTION,
    ),
    (
        "Shared with the group that I was in foster care for a few years as a kid.",
        {"disclosure_type": "personal_history", "experience_status": "resolved"},
        [CLOSE],
        [ONGOING],
        CAUTION,
    ),
    (
        "When she talked about her accident I told her I was in a serious car crash at "
        "twenty-two and spent months in hospital.",
        {},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "Told her that my brother was in prison when I was a teenager and that we never "
        "really talked about it as a family.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [],
        BURDEN,
    ),
    # Boundary: values and clinical specifics a supervisor may rate either way.
    (
        "I told her I personally would never put my mother in a nursing home and that "
        "she should think hard before doing that to hers.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "I said abortion is morally wrong in my view and that she might regret it for "
        "the rest of her life.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "Told him anyone who votes for that lot is an idiot and that he shouldn't let "
        "his dad talk him into it.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "I told her I gave up my corporate job to stay home with my kids and never "
        "regretted it, so she should do the same instead of going back full-time.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "Told the client that prayer is the only real answer to addiction and that she "
        "needs to come back to church.",
        {"intent": "instill_hope"},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "Suggested she ask her GP about switching to escitalopram because it worked "
        "better for me than fluoxetine.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "Told her I take 50 mg of quetiapine at night for sleep and it knocks me out, "
        "so maybe she could ask for it.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "I told him he could probably halve his lithium himself since he's been stable, "
        "because that's what my cousin did.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "Nurse mentioned her own psychiatrist, Dr Pellow at the Ravensmere clinic, and "
        "recommended the client switch to him.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "I mentioned I was on 20mg of citalopram for a couple of years and came off it "
        "gradually with my doctor's help.",
        {"experience_status": "resolved"},
        [CLINICAL],
        [ONGOING],
        BOUNDARY,
    ),
    (
        "Shared that my wife and I had some trouble in the bedroom after my prostate surgery.",
        {},
        [INTIMATE],
        [],
        BOUNDARY,
    ),
    (
        "Told the couple that my partner and I schedule sex for Sunday mornings and it "
        "saved our relationship.",
        {"intent": "model_coping"},
        [INTIMATE],
        [],
        BOUNDARY,
    ),
    (
        "I mentioned my girlfriend and I have an open relationship because monogamy "
        "never worked for me sexually.",
        {},
        [INTIMATE],
        [],
        BOUNDARY,
    ),
    (
        "Mentioned I live in Ashcombe too, near the lake.",
        {},
        [IDENTIFYING],
        [],
        BOUNDARY,
    ),
    # Unsafe sharing: identifying details, contact outside therapy, intimate secrets.
    (
        "Told him I live two streets over from him on Kelby Road, so I see his bus go "
        "past every morning.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I said my daughter Mirabel is in the same year at St Aldric's as her son.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I gave her my personal email, t.voss.home@mailbox.org, so she could send me her "
        "poems between sessions.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "Said we should grab a coffee sometime once she finishes therapy, as friends.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Invited him to my son's birthday barbecue on Saturday since he's new in town "
        "and doesn't know anyone yet.",
        {"intent": "build_rapport"},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "told her to follow me on TikTok, my handle is @jules_bakes_bread 🍞",
        {},
        [DUAL, IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I told him I'd had an affair early in my marriage and that my wife never found out.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "Told her my husband Declan is the pharmacist at Greenvale Pharmacy on the main "
        "street, so she could ask for him by name.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Wrote my number on the back of an appointment card, 0433 218 760, and said "
        "text me if things get bad tonight.",
        {"intent": "other"},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "Offered to meet him at my gym on Sunday so we could train together.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Worker told the young person the names of her own children, Toby and Marlowe, "
        "and which primary school they go to.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I accepted her Facebook friend request and told her in session that I'm fine "
        "with us being friends on there.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    # Trauma dumping: the clinician's present trouble, or the client left supporting them.
    (
        "I told him my mum was diagnosed with dementia a few weeks ago and that I'm "
        "barely holding it together.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "My divorce is being finalised this month and I admitted to her that I cried in "
        "the car before our session.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Shared that I'm dealing with a similar situation with my own teenager.",
        {"experience_status": "ongoing", "months_since_experience": 0},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "I broke down talking about my miscarriage last month and she ended up holding "
        "my hand and telling me it wasn't my fault.",
        {"client_response": "comforted_therapist"},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Told her I've been having panic attacks again lately and don't know how I'm "
        "going to keep working.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Therapist disclosed that her partner moved out last week and she hasn't been "
        "sleeping; the client spent the rest of the session asking if she was okay.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "I never got over my brother's suicide and I told her that sometimes I still "
        "can't breathe when I think about it.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "I asked him what he would do in my place, since my landlord is evicting me at "
        "the end of the month.",
        {"intent": "seek_support"},
        [NEED, ONGOING],
        [],
        DUMPING,
    ),
    (
        "When she mentioned her sister's wedding I ended up telling her how my own "
        "engagement fell apart a few weeks ago, how my fiancé told me over the phone, "
        "how I've had to cancel the venue and the flowers and tell everyone, how I keep "
        "checking his messages, how I can't eat, how I'm dreading the date coming round, "
        "and how I honestly don't know how I'm going to face my family at Christmas.",
        {},
        [ONGOING, LENGTH],
        [],
        DUMPING,
    ),
    (
        "Right now I'm going through chemo, I told her, and some days I can't even face "
        "the drive in.",
        {"experience_status": "ongoing"},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "My husband's drinking has got worse since Christmas and I told the client I'm "
        "living with the same thing at home at the moment.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "told him my dad passed 3 wks ago and im honestly not coping, then i couldnt stop crying",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Since the redundancy I've been drinking more than I should, and I mentioned that "
        "to him when he talked about his own drinking.",
        {"experience_status": "ongoing", "months_since_experience": 2},
        [ONGOING],
        [],
        DUMPING,
    ),
    # A burden a supervisor may rate as a concern or as trauma dumping.
    (
        "Mentioned that my own father has been unwell, and the client spent a few "
        "minutes reassuring me he'd be fine.",
        {"client_response": "comforted_therapist"},
        [REVERSAL],
        [],
        BURDEN,
    ),
    (
        "I vented to her about how understaffed the clinic is and how sick I am of the rosters.",
        {"intent": "relieve_own_discomfort"},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "After I mentioned my breakup from a year ago, he spent ten minutes giving me "
        "advice about dating apps.",
        {"months_since_experience": 12},
        [REVERSAL],
        [],
        BURDEN,
    ),
    (
        "I said that lately I've been feeling a bit flat too, but that I'm looking after myself.",
        {"experience_status": "partly_resolved"},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Shared that I'm still working through some grief after my aunt died in the "
        "spring, and that walking helps.",
        {"experience_status": "partly_resolved", "months_since_experience": 5},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I asked her whether she thought I'd made the right call moving my mum into care.",
        {"intent": "seek_support"},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "I said my dog died when I was a kid and got a bit teary; she passed me the "
        "tissues and said sorry.",
        {"client_response": "comforted_therapist"},
        [REVERSAL],
        [],
        BURDEN,
    ),
]

test_case = case_test(CASES, "h14-")
