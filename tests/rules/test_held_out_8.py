"""Held-out batch 8: realistic entries, written from the clinical guidance alone.

Each entry reads the way a clinician logs a disclosure in under a minute after a session:
one to six sentences, often terse, from a CBT therapist, a school counsellor, a ward nurse,
a peer support worker (for whom sharing recovery is part of the role, under the same
guidance), a drug and alcohol worker, a mental health technician, a couples therapist, a
trainee on placement, a telehealth counsellor and a youth worker. The form's fields are
filled the way people fill them: a realistic subset on most entries, none on some.

Four kinds are mixed:

- good disclosures that are safe: brief, for the client, resolved, ending on how it was
  coped with and turned back to the client, including ones that touch sensitive ground (a
  loss long ago, recovery years back, "I'm a parent too", "I've found that hard too" and a
  question back), with the rules a careless engine might fire named as must-not (a client's
  "last month" or "right now" read as the clinician's, empathy read as a claim of identical
  experience, a town or "my GP" read as identifying or clinical, a story ending on coping
  read as ending on the hard part);
- ordinary concerns at caution: long, slow, frequent, no way back to the client, no link to
  the goals, a claim of identical experience, a need of the clinician's, a story that stops
  at the hard part, a medication or a view pressed on the client;
- unsafe sharing: a child's name and school, a personal number, a social handle, a street,
  a partner's workplace, meeting as friends, details of a sex life or an affair;
- trauma dumping: a recent or present crisis shared so that the client ends up comforting
  the clinician, or at length.

Names, numbers and places are invented. Spelling is US and UK; shorthand (pt, clt, SU, w/,
b/c, abt, yrs), typos, curly quotes and emoji appear on purpose.
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
    MILD,
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

# A boundary crossed that the guidance names but does not list among the risks to safety
# (a medication, a view pressed on the client): a supervisor may call it either.
STEPPED = ("caution", "unsafe_sharing")

# (text, fields, must, must_not, accept)
CASES = [
    # --- Good disclosures: safe -----------------------------------------------------
    # CBT therapist, panic before presentations.
    (
        "Told him I used to get panicky before presentations too, and that writing the worst "
        "case down and testing it helped me a lot. Asked what he thinks his worst case is "
        "for Thursday.",
        {
            "disclosure_type": "strategy",
            "intent": "normalize",
            "relevance": "direct",
            "experience_status": "resolved",
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [ONGOING, CLOSE, NO_RETURN, OVERID],
        SAFE,
    ),
    # School counsellor, exam nerves.
    (
        "Student worried she's the only one who finds exams scary. I said I found exams "
        "really hard at school as well and breaking revision into small chunks got me "
        "through. Then asked what's worked for her so far.",
        {"relevance": "direct", "returned_focus": True, "duration_minutes": 1},
        [],
        [CLOSE, ONGOING, RELEVANCE, DURATION],
        SAFE,
    ),
    # Peer support worker, own admission years ago.
    (
        "Shared that I was in hospital myself abt 9 yrs ago and it was the start of getting "
        "better for me, not the end. Asked him what he'd want from this admission.",
        {
            "disclosure_type": "personal_history",
            "intent": "instill_hope",
            "experience_status": "resolved",
            "months_since_experience": 108,
            "returned_focus": True,
        },
        [],
        [ONGOING, CLOSE, CLINICAL],
        SAFE,
    ),
    # Drug and alcohol worker, asked directly about own use.
    (
        "Clt asked if I'd ever used. Said yes, I've been in recovery from alcohol for over 12 "
        "years and it took a few goes before it stuck, so a slip doesn't mean failure. "
        "Brought it back to his plan for the weekend.",
        {
            "disclosure_type": "personal_history",
            "intent": "answer_question",
            "experience_status": "resolved",
            "months_since_experience": 150,
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [ONGOING, CLOSE, NEED],
        SAFE,
    ),
    # Couples therapist, asked if married.
    (
        "When they asked whether I'm married I said yes, and that every couple I know, mine "
        "included, has had to learn how to argue well. Then back to the exercise.",
        {"disclosure_type": "facts", "intent": "answer_question", "returned_focus": True},
        [],
        [INTIMATE, OVERID, VALUES],
        SAFE,
    ),
    # Ward nurse, father's death long ago; the client's loss is the recent one.
    (
        "Pt said nobody on the ward gets what it's like to lose a parent. I told her my dad "
        "died when I was in my twenties, the first year was the hardest, and talking about "
        "him eventually got easier. Asked her what she misses most about her mum.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "resolved",
            "months_since_experience": 180,
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [ONGOING, CLOSE, IDENTIFYING, OVERID],
        SAFE,
    ),
    # Telehealth counsellor, "I have two kids too".
    (
        "I have two kids too, so I get how chaotic mornings can be. Asked what the hardest "
        "ten minutes of her morning look like.",
        {
            "disclosure_type": "facts",
            "intent": "build_rapport",
            "relevance": "direct",
            "returned_focus": True,
        },
        [],
        [IDENTIFYING, OVERID, ONGOING],
        SAFE,
    ),
    # Mental health technician, nervous about group (no return field; he went).
    (
        "Pt nervous about group. I told him I was nervous the first time I sat in a group too, "
        "but hearing other people's stories made me feel less alone. He came to group in "
        "the afternoon.",
        {
            "disclosure_type": "personal_history",
            "intent": "normalize",
            "relevance": "direct",
            "client_response": "engaged",
        },
        [],
        [CLOSE, NO_RETURN, OVERID],
        SAFE,
    ),
    # CBT therapist, owning a mistake in the room.
    (
        "I noticed I was talking over her and said so - told her I'd got that wrong and "
        "wanted to hear the rest of what she was saying.",
        {
            "disclosure_type": "immediacy",
            "intent": "repair_rupture",
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [NEED, CLOSE, RELEVANCE],
        SAFE,
    ),
    # Drug and alcohol worker, experience and setting.
    (
        "Clt asked how long I've been doing this. Told him about 8 years, mostly with young "
        "men coming out of prison, then asked what made him ask.",
        {"disclosure_type": "facts", "intent": "answer_question", "returned_focus": True},
        [],
        [IDENTIFYING, CLOSE, OVERID],
        SAFE,
    ),
    # Peer support worker, depression years ago, a psychiatrist in general terms.
    (
        "Shared I've lived w/ depression and haven't had a bad episode in about 6 yrs; what "
        "helped me was a good psychiatrist and learning to spot early warning signs. Asked "
        "what her early signs look like.",
        {
            "disclosure_type": "strategy",
            "intent": "instill_hope",
            "experience_status": "resolved",
            "months_since_experience": 72,
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [CLINICAL, ONGOING, CLOSE],
        SAFE,
    ),
    # School counsellor, changing schools at 11.
    (
        "Pupil worried about moving up to secondary. Mentioned I moved schools at 11 and felt "
        "lonely for the first term, but joining the chess club helped me make friends. Asked "
        "which clubs she fancied.",
        {"relevance": "direct", "returned_focus": True},
        [],
        [IDENTIFYING, CLOSE, ONGOING],
        SAFE,
    ),
    # Telehealth counsellor, a town named in passing (lived there as a student).
    (
        "Client mentioned she'd just moved to Tarrowby. Said I lived there for a couple of "
        "years as a student and found it hard to settle at first but it grew on me, then "
        "asked how she's finding it.",
        {"disclosure_type": "personal_history", "returned_focus": True},
        [],
        [IDENTIFYING, CLOSE, ONGOING],
        SAFE,
    ),
    # Drug and alcohol worker, "my GP".
    (
        "Pt anxious about telling his GP about his drinking. I said I've had awkward "
        "conversations with my GP too and it's usually less scary once it's said. Asked "
        "what he'd want to say first.",
        {"intent": "normalize", "relevance": "direct", "returned_focus": True},
        [],
        [CLINICAL, IDENTIFYING, OVERID],
        SAFE,
    ),
    # Drug and alcohol worker, brother's death long ago; "last month" is the client's.
    (
        "Client's brother died last month. I said I lost my brother a long time ago, and grief "
        "came in waves for me but got gentler with time. Asked how the waves have been for "
        "her this week.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "resolved",
            "months_since_experience": 240,
            "returned_focus": True,
        },
        [],
        [ONGOING, CLOSE, OVERID],
        SAFE,
    ),
    # CBT therapist, "I've found that hard too" and a question back.
    (
        "She said she hates asking for help. I said I've found that hard too at times. What "
        "do you think makes it so hard for you?",
        {"disclosure_type": "feelings", "intent": "normalize", "returned_focus": True},
        [],
        [OVERID, CLOSE, NO_RETURN, ONGOING],
        SAFE,
    ),
    # Youth worker with a parent, "I'm a parent too".
    (
        "Mum was worried she's a bad parent for losing her temper. I said I'm a parent too "
        "and I've lost my temper with my kids more than once, what matters is the repair "
        "afterwards. Asked how she repairs with her son.",
        {
            "disclosure_type": "feelings",
            "intent": "normalize",
            "relevance": "direct",
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [IDENTIFYING, OVERID, VALUES, CLOSE],
        SAFE,
    ),
    # Telehealth counsellor, a worrier who uses worry time; no fields.
    (
        "Told her I'm a bit of a worrier myself and the 'worry time' trick really helps me. "
        "Asked if she'd like to try it this week.",
        {},
        [],
        [NO_RETURN, CLINICAL, REVERSAL],
        MILD,
    ),
    # Ward nurse, own operation years ago.
    (
        "Told pt I had my appendix out years ago and was scared before the op too; the "
        "anaesthetist talking me through it really helped. Pt settled and we went through "
        "his questions for the surgeon.",
        {
            "disclosure_type": "personal_history",
            "intent": "normalize",
            "experience_status": "resolved",
            "relevance": "direct",
        },
        [],
        [CLINICAL, CLOSE, ONGOING],
        SAFE,
    ),
    # Telehealth counsellor, burnout years back, lower case and a typo.
    (
        "clt said she feels lazy for needing naps. i mentioned i went through a stretch of "
        "burnout a few yrs back and rest was part of how i recovered, not lazyness. asked "
        "what rest looks like for her now",
        {"experience_status": "resolved", "months_since_experience": 40, "returned_focus": True},
        [],
        [ONGOING, CLOSE, NO_RETURN],
        SAFE,
    ),
    # Peer support worker, sober since 2011; "right now" is the client's.
    (
        "Told the group member I've been sober since 2011 and the first 90 days were the "
        "hardest, but meetings and a sponsor got me through. Asked him who's in his corner "
        "right now.",
        {
            "intent": "instill_hope",
            "experience_status": "resolved",
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [ONGOING, CLOSE, DUAL],
        SAFE,
    ),
    # Youth worker, cut from the team at 14.
    (
        "Young person gutted about not making the team. Told him I got cut from my school "
        "team at 14, kept training anyway and made it the next year. Asked what he wants to "
        "do now.",
        {
            "disclosure_type": "personal_history",
            "intent": "model_coping",
            "relevance": "direct",
            "returned_focus": True,
        },
        [],
        [CLOSE, ONGOING, IDENTIFYING],
        SAFE,
    ),
    # Ward nurse, grandad long ago; "still" of a fond memory.
    (
        "I said I still think of my grandad sometimes, he died when I was 12, and those "
        "memories mostly make me smile now. Asked what she remembers about her grandma.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "resolved",
            "returned_focus": True,
        },
        [],
        [ONGOING, CLOSE, IDENTIFYING],
        SAFE,
    ),
    # CBT therapist, every field filled the way a careful clinician would.
    (
        "Shared that a 'done list' instead of a to-do list helped me when I was burnt out "
        "years ago. She wants to try it.",
        {
            "disclosure_type": "strategy",
            "intent": "model_coping",
            "relevance": "direct",
            "experience_status": "resolved",
            "months_since_experience": 60,
            "duration_minutes": 1,
            "returned_focus": True,
            "client_response": "engaged",
            "prior_disclosures_30d": 0,
        },
        [],
        [ONGOING, FREQUENCY, DURATION, CLOSE],
        SAFE,
    ),
    # Telehealth counsellor, curly quotes.
    (
        "She asked “have you ever felt like this?” I said “yes, a long time ago, and it did "
        "pass, with a lot of support.” Then asked what support she has now.",
        {"returned_focus": True},
        [],
        [ONGOING, NO_RETURN, CLOSE],
        SAFE,
    ),
    # School counselor (US), counseling in college.
    (
        "Mentioned I went to counseling myself in college and it helped me a lot; asked how "
        "he's feeling about starting with us.",
        {"intent": "normalize", "relevance": "direct", "returned_focus": True},
        [],
        [CLINICAL, CLOSE, ONGOING],
        SAFE,
    ),
    # Ward nurse, asked about religion and answered without steering.
    (
        "Pt asked if I'm religious. Said I'm not, but lots of people find faith a real support "
        "and I'm glad hers helps her. Asked how it's been helping her through this.",
        {"disclosure_type": "facts", "intent": "answer_question", "returned_focus": True},
        [],
        [VALUES, RELEVANCE],
        SAFE,
    ),
    # Telehealth counsellor, a dog and an evening walk, emoji.
    (
        "Told her I've got a dog too 🐶 and walks are my reset button after work; asked what "
        "her reset is.",
        {"intent": "build_rapport", "returned_focus": True},
        [],
        [IDENTIFYING, ONGOING, CLOSE],
        SAFE,
    ),
    # Youth worker, the clinic's own drop-in is not a meeting outside the role.
    (
        "SU anxious about coming to the drop-in on her own. Told her I'll be at the service's "
        "Tuesday drop-in too, so she'll see a familiar face there.",
        {"relevance": "direct", "returned_focus": True},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
    # Drug and alcohol worker, the client's medication named and referred on.
    (
        "Pt worried about side effects of her quetiapine. Said I'm not the right person for "
        "med questions, but writing questions down before seeing a doctor has always helped "
        "me, and we wrote a list for her psychiatrist.",
        {"intent": "model_coping", "relevance": "direct", "returned_focus": True},
        [],
        [CLINICAL, VALUES],
        SAFE,
    ),
    # Telehealth counsellor, declining to give a view on the client's choice.
    (
        "Client asked what I'd do about the pregnancy. I said it's not my place to tell her and "
        "my own views don't matter here, what matters is what she wants. We looked at her "
        "options.",
        {"intent": "answer_question", "returned_focus": True},
        [],
        [VALUES, INTIMATE],
        SAFE,
    ),
    # Couples therapist, a partner mentioned plainly.
    (
        "Said my partner and I use a 'pause' word when arguments get heated and it's helped "
        "us a lot. Asked if they'd like to try one.",
        {"disclosure_type": "strategy", "intent": "model_coping", "returned_focus": True},
        [],
        [INTIMATE, IDENTIFYING, ONGOING],
        SAFE,
    ),
    # Peer support worker, homeless years ago.
    (
        "Told him I was homeless for a bit in my early twenties and a hostel key worker helped "
        "me get my first flat. Asked what help he'd want.",
        {
            "disclosure_type": "personal_history",
            "intent": "instill_hope",
            "experience_status": "resolved",
            "returned_focus": True,
        },
        [],
        [IDENTIFYING, CLOSE, ONGOING],
        SAFE,
    ),
    # Mental health technician, night shifts, empathy without a claim.
    (
        "I said I know how exhausting night shifts can be, I did them for years before this "
        "job, and asked how she's protecting her sleep.",
        {"relevance": "direct", "returned_focus": True},
        [],
        [OVERID, ONGOING],
        SAFE,
    ),
    # Safe text, second disclosure this month: not yet frequent.
    (
        "Mentioned I also found the first week back at work after leave really tiring and "
        "short days helped. Asked how his first week went.",
        {"returned_focus": True, "prior_disclosures_30d": 1, "duration_minutes": 2},
        [],
        [FREQUENCY, DURATION],
        SAFE,
    ),
    # --- Ordinary concerns: caution ---------------------------------------------------
    # CBT therapist, a good story told at length.
    (
        "Client was beating himself up for procrastinating on his dissertation. I told him "
        "that when I was writing up my own thesis I avoided it for weeks on end, cleaned and "
        "reorganised my whole flat instead, rang friends I hadn't spoken to in years, and "
        "felt awful about myself every evening. What finally helped was setting a timer for "
        "twenty minutes and only committing to that, then stopping if I wanted to. Most days "
        "I kept going well past the timer. I asked him what a twenty-minute version of his "
        "next step might be.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "resolved",
            "returned_focus": True,
        },
        [LENGTH],
        [ONGOING, CLOSE, IDENTIFYING],
        CAUTION,
    ),
    # Couples therapist, own divorce long ago, took a while in session.
    (
        "Talked about my own divorce years ago and how mediation helped us co-parent well in "
        "the end. Asked how they want to handle the school holidays.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "resolved",
            "months_since_experience": 120,
            "duration_minutes": 4,
            "returned_focus": True,
        },
        [DURATION],
        [ONGOING, INTIMATE],
        CAUTION,
    ),
    # Drug and alcohol worker, third disclosure to the same client this month.
    (
        "Told him again that the first month sober was the hardest for me and it does get "
        "easier. Asked what's been hardest for him this week.",
        {
            "experience_status": "resolved",
            "returned_focus": True,
            "prior_disclosures_30d": 2,
        },
        [FREQUENCY],
        [ONGOING, CLOSE],
        CAUTION,
    ),
    # Peer support worker, discloses most sessions.
    (
        "Shared a bit more of my recovery story, how peer groups got me back on my feet. Asked "
        "her what she took from group yesterday.",
        {
            "intent": "instill_hope",
            "experience_status": "resolved",
            "returned_focus": True,
            "prior_disclosures_30d": 6,
        },
        [FREQUENCY],
        [ONGOING, CLOSE],
        CAUTION,
    ),
    # Ward nurse, never brought it back.
    (
        "Told her I also struggled to sleep after my surgery a few years back and listening "
        "to podcasts helped.",
        {"experience_status": "resolved", "returned_focus": False},
        [NO_RETURN],
        [ONGOING, CLINICAL],
        CAUTION,
    ),
    # Mental health technician, holiday chat with no link to goals.
    (
        "Pt asked about my tan, told him about my holiday in Portugal and the beach we went to.",
        {"intent": "answer_question", "relevance": "none", "returned_focus": True},
        [RELEVANCE],
        [IDENTIFYING, ONGOING],
        CAUTION,
    ),
    # Ward nurse, "I know exactly how she feels" about an assault not lived.
    (
        "Pt described her flashbacks after the assault. I told her I know exactly how she "
        "feels and asked what helps her when they come.",
        {"returned_focus": True},
        [OVERID],
        [NO_RETURN, INTIMATE],
        CAUTION,
    ),
    # School counsellor, "same boat".
    (
        "Told the lad we're all in the same boat with exam stress, I was exactly the same as "
        "him at his age, then we looked at his revision plan.",
        {"relevance": "direct", "returned_focus": True},
        [OVERID],
        [NO_RETURN, ONGOING],
        CAUTION,
    ),
    # Telehealth counsellor, "I've been there" when they have not.
    (
        "Client talked about her son being sent to prison. I said \"I've been there, I know "
        "exactly what that's like\" - I haven't, to be honest, I just wanted her to feel less "
        "alone.",
        {"intent": "build_rapport"},
        [OVERID],
        [IDENTIFYING],
        CAUTION,
    ),
    # CBT therapist, filled a silence with a hike.
    (
        "Long silence so I filled it by telling him about my hike at the weekend.",
        {"intent": "relieve_own_discomfort", "relevance": "none"},
        [NEED, RELEVANCE],
        [IDENTIFYING, ONGOING],
        CAUTION,
    ),
    # Youth worker, filled a silence, no fields.
    (
        "Felt awkward when she went quiet, so I told her a funny story about my cat to fill "
        "the silence.",
        {},
        [NEED],
        [IDENTIFYING, INTIMATE],
        CAUTION,
    ),
    # Trainee, fishing for reassurance.
    (
        "I mentioned I sometimes wonder if I'm any good at this job and asked her if she finds "
        "our sessions useful.",
        {"disclosure_type": "feelings"},
        [NEED],
        [IDENTIFYING, CLINICAL],
        BURDEN,
    ),
    # Peer support worker, named medication and dose.
    (
        "Clt worried about starting meds. Told him sertraline 50mg worked well for me for a "
        "couple of years and the side effects settled after a fortnight.",
        {"disclosure_type": "personal_history", "intent": "normalize", "relevance": "direct"},
        [CLINICAL],
        [DUAL, INTIMATE],
        STEPPED,
    ),
    # Mental health technician, medical advice outside the role.
    (
        "Pt asked about her lithium making her shaky, told her I'd just halve the dose for a "
        "few days, that's what my aunt did.",
        {"intent": "answer_question"},
        [CLINICAL],
        [DUAL, INTIMATE],
        STEPPED,
    ),
    # Telehealth counsellor, religious view pressed on the client's decision.
    (
        "Client unsure whether to leave her husband. I told her my faith teaches marriage is "
        "for life and I'd encourage her to stick it out.",
        {"intent": "other", "returned_focus": True},
        [VALUES],
        [INTIMATE, IDENTIFYING],
        STEPPED,
    ),
    # Ward nurse, political agreement.
    (
        "pt ranting abt the election, I told him I voted the same way and the other lot are "
        "idiots tbh",
        {"relevance": "none"},
        [VALUES],
        [IDENTIFYING, INTIMATE],
        STEPPED,
    ),
    # Couples therapist, own choice pressed on theirs.
    (
        "They're debating a second child. I said honestly we stopped at one and it was the "
        "best decision we ever made, they should think really hard before going for another.",
        {"disclosure_type": "personal_history", "intent": "other"},
        [VALUES],
        [IDENTIFYING],
        STEPPED,
    ),
    # Telehealth counsellor, a house move under way.
    (
        "Mentioned I'm also in the middle of a house move at the moment so I understand the "
        "stress. Asked how hers is going.",
        {
            "experience_status": "ongoing",
            "months_since_experience": 1,
            "returned_focus": True,
        },
        [ONGOING],
        [IDENTIFYING, DUAL],
        BURDEN,
    ),
    # Youth worker, bullied, stops at the hard part.
    (
        "Told him I was bullied all through school too.",
        {"disclosure_type": "personal_history", "intent": "normalize", "returned_focus": True},
        [CLOSE],
        [IDENTIFYING, NO_RETURN],
        CAUTION,
    ),
    # Ward nurse, miscarriage, partly resolved, no close.
    (
        "Shared with pt that I also had a miscarriage a few years ago. She cried and we sat "
        "with it for a bit.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "partly_resolved",
            "months_since_experience": 36,
        },
        [CLOSE],
        [IDENTIFYING, DUAL],
        BURDEN,
    ),
    # Peer support worker, whole recovery story, resolved but very long and slow.
    (
        "As a peer worker I shared my story with him today. I told him about the years I was "
        "drinking every day, losing my job at the warehouse, my marriage ending, sleeping on "
        "my brother's sofa for most of a winter, the two detoxes that didn't work, the night "
        "I ended up in A&E, and the counsellor at the community team who finally got through "
        "to me. Then I went through the first year sober month by month, the cravings, the "
        "meetings, learning to cook again, getting back in touch with my kids, finding "
        "volunteering, and how that turned into this job. It's been eleven years now and I "
        "wouldn't change where I am. At the end I asked him which bits sounded familiar.",
        {
            "disclosure_type": "personal_history",
            "intent": "instill_hope",
            "experience_status": "resolved",
            "months_since_experience": 132,
            "duration_minutes": 6,
            "returned_focus": True,
        },
        [LENGTH, DURATION],
        [ONGOING, CLOSE, IDENTIFYING],
        CAUTION,
    ),
    # Mental health technician, client took over asking about the trip.
    (
        "Mentioned I'd been to Japan. She asked loads about my trip and we spent a good while "
        "on it.",
        {
            "relevance": "none",
            "returned_focus": False,
            "client_response": "asked_personal_questions",
        },
        [NO_RETURN, RELEVANCE],
        [IDENTIFYING, REVERSAL],
        CAUTION,
    ),
    # Drug and alcohol worker, good words, own comfort the reason.
    (
        "Told her I've struggled with anxiety too and breathing exercises helped me.",
        {"intent": "relieve_own_discomfort", "experience_status": "resolved"},
        [NEED],
        [ONGOING, CLINICAL],
        CAUTION,
    ),
    # Ward nurse, sleep trouble lately.
    (
        "Told pt I've been struggling w/ sleep lately too, then asked about his routine.",
        {"returned_focus": True},
        [ONGOING],
        [NO_RETURN, CLINICAL],
        BURDEN,
    ),
    # CBT therapist, breakup ticked resolved but two months old.
    (
        "Said I went through a breakup recently too and it does get easier with time. Asked "
        "how she's looking after herself.",
        {
            "disclosure_type": "personal_history",
            "experience_status": "resolved",
            "months_since_experience": 2,
            "returned_focus": True,
        },
        [ONGOING],
        [INTIMATE, IDENTIFYING],
        BURDEN,
    ),
    # Trainee, "you wouldn't understand": declined the claim.
    (
        "Pt said 'you wouldn't understand'. I didn't claim I'd been there, said I hadn't lived "
        "it but wanted to understand, and asked her to tell me more.",
        {"disclosure_type": "immediacy", "returned_focus": True},
        [],
        [OVERID, CLOSE, NO_RETURN],
        SAFE,
    ),
    # Telehealth counsellor, panic attacks partly resolved: either way.
    (
        "Shared I've had panic attacks too, still get the odd one but slow breathing helps. "
        "Asked about hers.",
        {"experience_status": "partly_resolved", "returned_focus": True},
        [],
        [REVERSAL, CLINICAL, NO_RETURN],
        MILD,
    ),
    # Youth worker, frequent and with no return.
    (
        "Told the YP another story abt when I was his age, getting in trouble w/ the police. "
        "Didnt really get back to his stuff b/c the session ran out.",
        {"prior_disclosures_30d": 3, "returned_focus": False},
        [FREQUENCY, NO_RETURN],
        [IDENTIFYING, INTIMATE],
        CAUTION,
    ),
    # --- Unsafe sharing ----------------------------------------------------------------
    # School counsellor, daughter's name and school.
    (
        "Told her my daughter Ella goes to Brookfield Primary as well so I know the teachers "
        "there.",
        {"intent": "build_rapport"},
        [IDENTIFYING],
        [INTIMATE],
        UNSAFE,
    ),
    # Telehealth counsellor, personal mobile for weekend chats.
    (
        "Client said she was lonely so I gave her my personal mobile, 07700 900412, in case "
        "she wants to chat at weekends.",
        {"intent": "build_rapport"},
        [IDENTIFYING, DUAL],
        [INTIMATE],
        UNSAFE,
    ),
    # Peer support worker, social handle, emoji.
    (
        "Said she should add me on insta, @kez_recovers, I post loads of recovery stuff there 🙂",
        {"intent": "instill_hope"},
        [DUAL, IDENTIFYING],
        [INTIMATE],
        UNSAFE,
    ),
    # Youth worker, same street, door number, "knock if stuck".
    (
        "YP lives round the corner from me, told him I'm on Fenwick Street too, number 14, "
        "and to knock if he's ever stuck.",
        {},
        [IDENTIFYING, DUAL],
        [INTIMATE],
        UNSAFE,
    ),
    # Drug and alcohol worker, coffee as mates after the programme.
    (
        "Suggested we grab a coffee sometime after he finishes the programme, as mates.",
        {"intent": "build_rapport"},
        [DUAL],
        [INTIMATE, CLINICAL],
        UNSAFE,
    ),
    # Couples therapist, own sex life.
    (
        "To normalise their mismatch in libido I told them my husband and I went months "
        "without sex after our second was born, and what we tried in bed to get back on "
        "track.",
        {"intent": "normalize", "relevance": "direct", "returned_focus": True},
        [INTIMATE],
        [DUAL],
        UNSAFE,
    ),
    # Drug and alcohol worker, own affair.
    (
        "Pt confessed to cheating on his wife. Told him I had an affair in my first marriage, "
        "so no judgement from me.",
        {"disclosure_type": "personal_history", "intent": "build_rapport"},
        [INTIMATE],
        [DUAL],
        UNSAFE,
    ),
    # Ward nurse, husband's job at the client's workplace.
    (
        "Client works at Harlow General. Mentioned my husband's a porter there, on the night team.",
        {"intent": "build_rapport", "relevance": "none"},
        [IDENTIFYING],
        [INTIMATE],
        UNSAFE,
    ),
    # Trainee, personal e-mail for diaries.
    (
        "Gave clt my gmail (sam.okafor88@gmail.com) so she can send me her mood diary between "
        "sessions.",
        {"intent": "other"},
        [IDENTIFYING],
        [INTIMATE],
        UNSAFE,
    ),
    # Ward nurse, how near the client lives.
    (
        "Told pt I live about five minutes from her flat, just past the Co-op on Mill Lane.",
        {"intent": "build_rapport"},
        [IDENTIFYING],
        [INTIMATE],
        UNSAFE,
    ),
    # Mental health technician, invitation to church after discharge.
    (
        "Pt discharged Friday, told him to come along to my church on Sundays, would be nice "
        "to see him there.",
        {"intent": "build_rapport"},
        [DUAL],
        [INTIMATE],
        UNSAFE,
    ),
    # Drug and alcohol worker, sons' names with photos.
    (
        "Showed him photos of my boys, Finn and Rory, at their football match on Saturday.",
        {"intent": "build_rapport", "relevance": "none"},
        [IDENTIFYING],
        [INTIMATE],
        UNSAFE,
    ),
    # Telehealth counsellor, own street and door, lower case.
    (
        "clt asked where i live, told her dunmore rd by the park, the one with the blue door",
        {"intent": "answer_question"},
        [IDENTIFYING],
        [INTIMATE],
        UNSAFE,
    ),
    # --- Trauma dumping ----------------------------------------------------------------
    # CBT therapist, partner left three weeks ago; client comforted.
    (
        "Pt talking abt her breakup and I ended up telling her my partner left me three weeks "
        "ago and I've barely slept, got teary. She said she was sorry and asked if I was ok.",
        {
            "experience_status": "ongoing",
            "months_since_experience": 1,
            "client_response": "comforted_therapist",
            "returned_focus": False,
        },
        [ONGOING, REVERSAL],
        [DUAL],
        DUMPING,
    ),
    # Ward nurse, mother in ICU right now; the patient sent her home.
    (
        "Told pt my mum is in ICU right now and I don't know if she'll make it, I'm in bits. "
        "He told me to go home and look after myself.",
        {},
        [ONGOING, REVERSAL],
        [CLINICAL],
        DUMPING,
    ),
    # Peer support worker, present relapse at length.
    (
        "I ended up telling her everything that's going on for me at the moment. I relapsed "
        "two weeks ago after eight years clean and I haven't told anyone at work, I've been "
        "using most nights since and I'm terrified of losing this job. My partner doesn't "
        "know either, I've been hiding it and lying about where the money's going. I told her "
        "I don't know how to stop this time, that I feel like a fraud sitting in front of "
        "people telling them recovery is possible, and that some mornings I can barely get "
        "myself out of the car to come in. I said she's the first person I've said any of "
        "this to. She listened and didn't say much, and we ran out of time for her plan.",
        {
            "experience_status": "ongoing",
            "duration_minutes": 12,
            "returned_focus": False,
        },
        [ONGOING, LENGTH, DURATION],
        [DUAL, CLINICAL],
        DUMPING,
    ),
    # Couples therapist, own marriage falling apart, needed to say it.
    (
        "Shared that my own marriage is falling apart at the moment, we're in counselling "
        "ourselves, I just needed to say it out loud to someone.",
        {"intent": "seek_support", "experience_status": "ongoing"},
        [NEED, ONGOING],
        [DUAL, CLINICAL],
        DUMPING,
    ),
    # Youth worker, dog died last weekend; a hug from the client.
    (
        "I told her I'd lost my dog last weekend and started crying, she ended up hugging me "
        "and saying it would be ok.",
        {"client_response": "comforted_therapist"},
        [ONGOING, REVERSAL],
        [DUAL],
        DUMPING,
    ),
    # Telehealth counsellor, never got over an abortion.
    (
        "Client mentioned her abortion. I told her about mine 2 years ago and said I've never "
        "got over it and still cry about it most weeks.",
        {"disclosure_type": "personal_history"},
        [ONGOING],
        [DUAL],
        DUMPING,
    ),
    # Ward nurse, own dark thoughts these past weeks; patient distressed.
    (
        "Pt talked about feeling hopeless. I admitted I've been having dark thoughts myself the "
        "past few weeks and don't really see the point some days.",
        {"client_response": "distressed"},
        [ONGOING],
        [DUAL, OVERID],
        DUMPING,
    ),
    # Trainee, custody fight, client gave advice.
    (
        "Told clt about my custody fight w/ my ex for abt 15 mins, incl what the judge said "
        "last week. Clt ended up giving me advice about solicitors.",
        {
            "experience_status": "ongoing",
            "duration_minutes": 15,
            "client_response": "comforted_therapist",
        },
        [ONGOING, DURATION, REVERSAL],
        [DUAL],
        DUMPING,
    ),
    # Drug and alcohol worker, slipped last weekend and struggling now.
    (
        "Told him I slipped last weekend too and I'm struggling to stay off it right now, so "
        "I really get it.",
        {"disclosure_type": "personal_history"},
        [ONGOING],
        [DUAL, CLINICAL],
        BURDEN,
    ),
    # Youth worker, nan died Tuesday, the group made a brew, emoji.
    (
        "Had a rough one, told the lads in group my nan died on tuesday and I'm not coping at "
        "all 😢 they all said sorry and one of them made me a brew.",
        {"client_response": "comforted_therapist"},
        [ONGOING, REVERSAL],
        [IDENTIFYING],
        DUMPING,
    ),
    # School counsellor, divorce and money, at length, no fields.
    (
        "Student was talking about her parents splitting up and I ended up telling her my own "
        "divorce is going through right now, that my ex has moved out and I'm stuck with the "
        "mortgage, that I'm not sleeping and some nights I just sit in the kitchen and cry. I "
        "said I honestly don't know how I'm going to manage on one wage and the kids keep "
        "asking when Dad's coming back. She went very quiet and said she hoped it would be ok "
        "for me.",
        {},
        [ONGOING, LENGTH],
        [DUAL],
        DUMPING,
    ),
    # Mental health technician, the fields tell it.
    (
        "Shared some of what's going on for me at home.",
        {
            "experience_status": "ongoing",
            "months_since_experience": 0,
            "intent": "seek_support",
            "duration_minutes": 20,
            "client_response": "comforted_therapist",
            "returned_focus": False,
        },
        [ONGOING, NEED, REVERSAL, DURATION, NO_RETURN],
        [IDENTIFYING],
        DUMPING,
    ),
]

test_case = case_test(CASES, "h8-")
