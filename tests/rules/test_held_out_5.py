"""A fifth batch, written from the clinical guidance alone, rule by rule.

Each of the fifteen rules gets entries that must fire and near misses that must stay quiet,
about half and half: negation and refusal, hypotheticals, the client's own experience in
the note, empathy that stops short of claiming identical experience, a medication or a
psychiatrist mentioned in general, orientation or pregnancy stated as a fact, a public
service or the clinic's desk that identifies nobody, words such as "still", "right now" or
"phone" that belong to something else, and a hard past that ends on how it was overcome.
Voices vary: US, UK and Australian English, terse nurse and technician notes, first and
third person, reported speech, typos, missing apostrophes, curly quotes, emoji and capitals.
Some entries rest on the structured fields, which refine or override the text.
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

BOUNDARY = [IDENTIFYING, INTIMATE, CLINICAL, DUAL, VALUES]
CAUTION_OR_UNSAFE = ("caution", "unsafe_sharing")

# (text, fields, must, must_not, accept)
CASES = [
    # brevity.length: long, though past and ending well
    (
        "I told her that when I was in grad school I had a stretch where I couldnt get out of "
        "bed, I stopped answering my phone, I let the dishes pile up, I missed classes, and I "
        "honestly thought I would have to drop out, and it went on like that for most of a "
        "semester until a friend walked me over to the counseling center, and over the next "
        "year I learned to break the day into small pieces and to ask for help earlier, and it "
        "got better, and I finished my degree.",
        {},
        [LENGTH],
        [ONGOING, IDENTIFYING, DUAL],
        CAUTION,
    ),
    (
        "I shared with the service user that about fifteen years ago I was made redundant from "
        "a job I had held since leaving school. I explained that for the first few months I "
        "felt ashamed to tell anyone, that I kept getting up at the usual time and sitting in "
        "the library so my neighbours would not notice, and that I applied for dozens of posts "
        "without hearing back. I described how the turning point came when I joined a "
        "jobseekers' group at the community centre, where I realised I was far from the only "
        "one, and how one of the volunteers there encouraged me to retrain. I told him that "
        "retraining took two years and was not easy, with plenty of evenings spent studying "
        "after the children were in bed, but that it led me into this work, which I love, and "
        "that I now look back on that redundancy as the push I needed. Then I asked him what "
        "he makes of his own situation.",
        {"returned_focus": True, "experience_status": "resolved", "months_since_experience": 180},
        [LENGTH],
        [ONGOING, CLOSE, NO_RETURN, IDENTIFYING],
        CAUTION,
    ),
    # brevity.length near misses: short
    (
        "I told him I failed my driving test three times before I passed, so I know setbacks "
        "sting, then asked what this exam means to him.",
        {},
        [],
        [LENGTH, OVERID, CLOSE],
        SAFE,
    ),
    (
        "Said to the client that I was shy as a teenager too and that drama club helped me find "
        "my voice. We went back to her plan for the presentation on Friday.",
        {"returned_focus": True},
        [],
        [LENGTH, NO_RETURN, CLOSE],
        SAFE,
    ),
    # brevity.duration
    (
        "Shared that I also found moving to a new city lonely at first and that evening classes "
        "helped me meet people.",
        {"duration_minutes": 8, "returned_focus": True},
        [DURATION],
        [LENGTH],
        CAUTION,
    ),
    (
        "Told him a bit about my own experience of night shifts and how I learned to sleep "
        "during the day.",
        {"duration_minutes": 3.5},
        [DURATION],
        [],
        CAUTION,
    ),
    (
        "I spent a good twenty minutes of the session telling her the whole story of my own "
        "recovery from bulimia, start to finish.",
        {},
        [DURATION],
        [],
        CONCERN,
    ),
    # brevity.duration near misses
    (
        "Mentioned briefly that I've done the same breathing exercise before presentations, "
        "and it helps me.",
        {"duration_minutes": 1.5, "returned_focus": True},
        [],
        [DURATION],
        SAFE,
    ),
    (
        "It took all of thirty seconds: I said I used to dread phone calls too and practising "
        "short ones with a friend made them easier.",
        {},
        [],
        [DURATION, LENGTH, IDENTIFYING],
        SAFE,
    ),
    # brevity.frequency
    (
        "Said I'd also struggled with procrastination at university and that working in "
        "25-minute blocks helped.",
        {"prior_disclosures_30d": 2, "returned_focus": True},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "Mentioned again that I grew up with a parent who drank, and that Al-Anon helped me "
        "years ago.",
        {"prior_disclosures_30d": 6},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "This is the fourth time this month I've told her about how I handled my own "
        "perfectionism at her age.",
        {},
        [FREQUENCY],
        [],
        CONCERN,
    ),
    # brevity.frequency near misses
    (
        "Told her that I get nervous before flying too and that a slow exhale on take-off "
        "calms me down.",
        {"prior_disclosures_30d": 1, "returned_focus": True},
        [],
        [FREQUENCY],
        SAFE,
    ),
    (
        "First time I've shared anything personal with this client in four months of work: I "
        "said I'm also the eldest of five, so I know the pull of looking after everyone.",
        {},
        [],
        [FREQUENCY, IDENTIFYING],
        MILD,
    ),
    # client_focus.therapist_need
    (
        "Told the client I'd had a horrible week and could really do with some encouragement "
        "myself.",
        {"intent": "seek_support"},
        [NEED, ONGOING],
        [],
        BURDEN,
    ),
    (
        "The silence was getting awkward so I filled it by telling her about my weekend "
        "hiking trip.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "honestly I mostly said it to make myself feel less uncomfortable after he went quiet "
        "- told him I hate conflict too",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Mentioned that I also grew up on a dairy farm.",
        {"intent": "relieve_own_discomfort"},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "I wanted her to tell me I was doing a good job, so I told her how hard I'd found my "
        "own first year as a therapist and waited for her to say something nice.",
        {},
        [NEED],
        [],
        CONCERN,
    ),
    # client_focus.therapist_need near misses
    (
        "I let her know I found my first year of university lonely as well, and that joining "
        "the climbing club turned it around.",
        {"intent": "normalize", "relevance": "direct", "returned_focus": True},
        [],
        [NEED, CLOSE],
        SAFE,
    ),
    (
        "Told pt I wasn't saying it to get sympathy, just so he knew panic attacks do pass — "
        "mine stopped after a few months of CBT.",
        {"intent": "instill_hope"},
        [],
        [NEED, ONGOING],
        SAFE,
    ),
    (
        "She needed support and validation, so I said her nerves made complete sense and that "
        "I'd had the same jitters before my own exams years ago, which eased once I revised in "
        "short blocks.",
        {},
        [],
        [NEED, REVERSAL, OVERID],
        MILD,
    ),
    # client_focus.role_reversal
    (
        "Talked about my dad's funeral and teared up.",
        {"client_response": "comforted_therapist"},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "By the end of the session she was the one reassuring me that things would work out "
        "with my landlord and the eviction notice.",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Pt ended up giving me advice about how to handle my teenage son's moods, which he "
        "seemed to enjoy but it wasn't his job.",
        {},
        [REVERSAL],
        [],
        BURDEN,
    ),
    (
        "I broke down and told him my husband walked out last week and I don't know how I'll "
        "cope. He passed me the tissues and said I'd be OK.",
        {"client_response": "comforted_therapist", "experience_status": "ongoing"},
        [REVERSAL, ONGOING],
        [],
        DUMPING,
    ),
    # client_focus.role_reversal near misses
    (
        "I told her I'd struggled to ask for help as a junior nurse and that a mentor "
        "reassured me it was normal and I got the hang of it; she said that was comforting to "
        "hear.",
        {"client_response": "engaged"},
        [],
        [REVERSAL, CLOSE],
        SAFE,
    ),
    (
        "He didn't have to look after me at all - I kept it to one line about my own exam "
        "nerves years back and went straight back to his revision plan.",
        {},
        [],
        [REVERSAL, NO_RETURN],
        SAFE,
    ),
    (
        "Said that losing my grandmother a long time ago taught me grief comes in waves and "
        "gets gentler; she nodded and talked more about her nan.",
        {
            "client_response": "engaged",
            "experience_status": "resolved",
            "months_since_experience": 200,
        },
        [],
        [REVERSAL, ONGOING, CLOSE],
        SAFE,
    ),
    # client_focus.no_return
    (
        "Shared that I also moved countries at 19 and that it got easier after the first year.",
        {"returned_focus": False},
        [NO_RETURN],
        [CLOSE],
        CAUTION,
    ),
    (
        "and then we just chatted about my holiday plans for the rest of the hour",
        {},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "I never brought it back round to her after that; we ran out of time talking about my "
        "own experience of IVF.",
        {},
        [NO_RETURN],
        [],
        CONCERN,
    ),
    # client_focus.no_return near misses
    (
        "Told him I'd found job interviews nerve-racking too and that a mock interview with a "
        "friend helped, then asked what's helped him so far.",
        {"returned_focus": True},
        [],
        [NO_RETURN, CLOSE],
        SAFE,
    ),
    (
        "Disclosed to pt that writer also had exam anxiety at school which improved with "
        "practice papers. Refocused on pt's goals.",
        {},
        [],
        [NO_RETURN, CLOSE],
        SAFE,
    ),
    (
        "I didn't dwell on it — one sentence about my own fear of heights, which I got over "
        "with gradual exposure — and brought it straight back to her.",
        {},
        [],
        [NO_RETURN, LENGTH],
        SAFE,
    ),
    # client_focus.low_relevance
    (
        "Therapist mentioned she'd been to the Lake District over the summer.",
        {"relevance": "none"},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "Client is here for OCD work; I ended up telling her all about my fantasy football "
        "league, which had nothing to do with anything.",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "totally unrelated to why he's in treatment but I told him I used to play bass in a "
        "covers band",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    # client_focus.low_relevance near misses
    (
        "Her goal is driving again after the accident, so I said I was nervous behind the "
        "wheel after a minor crash years ago and short practice drives got me confident again.",
        {"relevance": "direct"},
        [],
        [RELEVANCE, ONGOING],
        SAFE,
    ),
    (
        "Not unrelated at all - her goal is going back to work, so I said my own return after "
        "parental leave felt daunting at first but got easier within a few weeks.",
        {},
        [],
        [RELEVANCE, INTIMATE, ONGOING],
        MILD,
    ),
    # client_focus.overidentification
    (
        "Told the mum whose son died “I know exactly what you’re going through.”",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "said to him were in the same boat mate, about him fleeing the war, tho ive never been "
        "anywhere near one",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "I told him I'd been there too, even though I've never been inside a prison.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Told the consumer I know EXACTLY how it feels to lose a leg 😔",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    # client_focus.overidentification near misses
    (
        "I said I can only imagine how frightening that was, and that I won't pretend to know "
        "what it's like for her.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "I can't say I know what you're going through, I told him, but I know grief can feel "
        "very heavy.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "Client said “you couldn’t possibly know exactly how I feel” and I agreed that I "
        "couldn’t, and asked her to tell me more.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "I've been sober eleven years myself, so I told him I've been there, and that meetings "
        "and a steady sponsor got me through the first year.",
        {"experience_status": "resolved", "months_since_experience": 132},
        [],
        [OVERID, ONGOING, CLOSE],
        MILD,
    ),
    # resolved.ongoing
    (
        "Said I'm going through a separation.",
        {"experience_status": "ongoing", "months_since_experience": 2},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Clinician mentioned to the client that her mum had passed away.",
        {"months_since_experience": 1},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "My girlfriend dumped me on Saturday and I'm a total wreck right now, I told her, I "
        "can't sleep or eat.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Told service user I've been signed off with stress lately and I'm still struggling "
        "to sleep.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I told him I never got over my brother's suicide.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told her my own health scare is partly sorted but I'm waiting on more tests.",
        {"experience_status": "partly_resolved", "months_since_experience": 3},
        [ONGOING],
        [],
        BURDEN,
    ),
    # resolved.ongoing near misses
    (
        "My divorce was twelve years ago, I told her; it hurt, but I'm no longer affected by "
        "it and I've built a good life since.",
        {"experience_status": "resolved", "months_since_experience": 144},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Her breakup was last week. I said breakups I went through years ago hurt a lot at "
        "first but eased with time and good friends.",
        {},
        [],
        [ONGOING, INTIMATE],
        MILD,
    ),
    (
        "I still remember how scared I was before my first exam at uni, I told him, but a "
        "study timetable got me through it.",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Right now what matters is you, I said - I'll only add that I had a similar setback "
        "years ago and came through it.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "Shared that I had cancer.",
        {"experience_status": "resolved", "months_since_experience": 60},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I still think about my old job sometimes, but leaving it was the best decision I "
        "made and I'm settled now.",
        {"experience_status": "resolved", "months_since_experience": 36},
        [],
        [ONGOING, CLOSE],
        MILD,
    ),
    # resolved.no_positive_close
    (
        "I was bullied all through secondary school and it was awful.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "told pt my father drank heavily when i was growing up and the house was chaos",
        {},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "I told her that, years ago, I lost my first pregnancy at twenty weeks.",
        {"disclosure_type": "personal_history", "months_since_experience": 120},
        [CLOSE],
        [INTIMATE, ONGOING],
        CAUTION,
    ),
    (
        "I had a depressive episode at uni; therapy helped a bit, but honestly it never "
        "really went away.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [],
        BURDEN,
    ),
    # resolved.no_positive_close near misses
    (
        "I had bad panic attacks in my twenties. What got me through was a CBT group and "
        "learning to ride them out, and I haven't had one in years.",
        {"disclosure_type": "personal_history"},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    (
        "Years ago I was made redundant, which was hard, but it pushed me to retrain and I'm "
        "glad it happened.",
        {"disclosure_type": "personal_history"},
        [],
        [CLOSE, ONGOING],
        SAFE,
    ),
    (
        "Answered her question: I've been practising DBT for nine years.",
        {"disclosure_type": "facts", "intent": "answer_question"},
        [],
        [CLOSE, ONGOING, LENGTH],
        SAFE,
    ),
    (
        "I told her I felt moved by what she had just shared with me.",
        {"disclosure_type": "immediacy"},
        [],
        [CLOSE, NEED],
        SAFE,
    ),
    (
        "I apologised: I got her daughter's birthday wrong last session and I own that mistake.",
        {"disclosure_type": "immediacy", "intent": "repair_rupture"},
        [],
        [CLOSE, ONGOING, IDENTIFYING],
        SAFE,
    ),
    # boundary.identifying_details
    (
        "I told her I live on Maple Crescent, just round the corner from her.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Gave him my mobile, 07700 900123, in case he needs anything over the weekend.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "Mentioned my daughter Poppy goes to St Aidan's Primary as well.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    # a family member's workplace is identifying, but the unsafe category does not name it
    (
        "told the consumer my husband works at the hardware store in Wattle Creek, she might "
        "have seen him there",
        {},
        [IDENTIFYING],
        [],
        CAUTION_OR_UNSAFE,
    ),
    (
        "Said she could email me on jo.harper@example.com, that's my personal one.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    # boundary.identifying_details near misses
    (
        "Gave her the clinic's front desk number, 555-0142, for rescheduling, and mentioned "
        "the Samaritans line for nights.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    (
        "I said I have kids too, without names or details, and that the toddler years were "
        "exhausting but passed.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I said I grew up in a big city too, without saying which one.",
        {},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    (
        "Her son goes to Northfield High; I suggested she speak to his head of year.",
        {},
        [],
        BOUNDARY,
        SAFE,
    ),
    # boundary.intimate_details
    (
        "Told him about my sex life with my partner and what we're into in the bedroom.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "Counsellor admitted to the client that he had an affair when he was first married.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "He was embarrassed about his erectile problems so I said I'd had the same trouble in "
        "bed with my wife.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    # boundary.intimate_details near misses
    (
        "She asked whether I'd understand, so I mentioned I'm gay and married to a man.",
        {"intent": "answer_question"},
        [],
        [INTIMATE, IDENTIFYING],
        MILD,
    ),
    (
        "When she asked, I said yes, I'm pregnant, and will be on leave from March.",
        {"intent": "answer_question"},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "The client talked about her affair; I shared nothing about my own relationships and "
        "kept it on her.",
        {},
        [],
        [INTIMATE],
        SAFE,
    ),
    (
        "I said I'd been through a breakup in my twenties and that leaning on friends got me "
        "through it.",
        {},
        [],
        [INTIMATE, ONGOING, CLOSE],
        SAFE,
    ),
    # boundary.clinical_specifics
    (
        "Told pt I take sertraline 100mg myself and it changed my life.",
        {},
        [CLINICAL],
        [],
        CAUTION_OR_UNSAFE,
    ),
    (
        "I told him my own psychiatrist is Dr Okafor at the Elmwood practice and he should ask "
        "to see her.",
        {},
        [CLINICAL],
        [],
        CAUTION_OR_UNSAFE,
    ),
    (
        "I said he should probably halve his lithium if he's feeling foggy.",
        {},
        [CLINICAL],
        [],
        CAUTION_OR_UNSAFE,
    ),
    (
        "shared that quetiapine knocked me out for the whole year I was on it",
        {},
        [CLINICAL],
        [],
        CONCERN,
    ),
    # boundary.clinical_specifics near misses
    (
        "I said medication helped me a lot years ago, and that he should talk to his "
        "psychiatrist about his options.",
        {},
        [],
        [CLINICAL],
        SAFE,
    ),
    (
        "Told her that seeing a psychiatrist and doing a stress-management course turned "
        "things around for me back in my twenties.",
        {},
        [],
        [CLINICAL, CLOSE],
        SAFE,
    ),
    (
        "She asked about her Zoloft side effects; I said that's one for her prescriber and "
        "didn't share anything of my own.",
        {},
        [],
        [CLINICAL],
        SAFE,
    ),
    (
        "Disclosed to pt that RN also has type 1 diabetes, diagnosed at 12, well managed for "
        "years now. Pt engaged, refocused on pt's care plan.",
        {},
        [],
        [CLINICAL, ONGOING],
        MILD,
    ),
    # boundary.dual_relationship
    (
        "Dr Reyes suggests they grab a coffee sometime as friends once therapy wraps up.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "follow me on insta @sunnyside_sam 😊 I post loads of recovery stuff",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "I told her she can text me on my personal phone any time, day or night.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Invited the member to my church's barbecue this Sunday so he can meet some people.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    # boundary.dual_relationship near misses
    (
        "When the young person asked to add her on Facebook, the worker explained kindly that "
        "she doesn't connect with clients online.",
        {},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
    (
        "I suggested she join a local walking group (not one I go to) to meet people.",
        {},
        [],
        [DUAL],
        SAFE,
    ),
    (
        "If she ever needs to reach me between sessions, I said, the way is through the "
        "clinic's front desk.",
        {},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
    # boundary.personal_values
    (
        "I told her abortion is wrong and she should keep the baby.",
        {},
        [VALUES],
        [],
        CAUTION_OR_UNSAFE,
    ),
    (
        "Told the client he should vote Labour if he wants things to get better for people "
        "like him.",
        {},
        [VALUES],
        [],
        CAUTION_OR_UNSAFE,
    ),
    (
        "I said that in my view divorce is a sin and she should pray on it before she leaves him.",
        {},
        [VALUES],
        [],
        CAUTION_OR_UNSAFE,
    ),
    (
        "I quit drinking completely, I told her, and so should she; moderation NEVER works.",
        {},
        [VALUES],
        [],
        CAUTION_OR_UNSAFE,
    ),
    # boundary.personal_values near misses
    (
        "She asked if I'm religious. I said I am, but that what matters in here is what she "
        "believes.",
        {"intent": "answer_question"},
        [],
        [VALUES],
        SAFE,
    ),
    (
        "I kept my own politics out of it and asked her what outcome she wants.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    (
        "Client said she feels abortion would be wrong for her; I explored what that means to "
        "her without giving my own view.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    # every field in line with the guidance
    (
        "Shared briefly that I had exam anxiety as a student and that practice papers helped "
        "it settle.",
        {
            "disclosure_type": "strategy",
            "intent": "normalize",
            "relevance": "direct",
            "experience_status": "resolved",
            "months_since_experience": 120,
            "duration_minutes": 1,
            "returned_focus": True,
            "client_response": "engaged",
            "prior_disclosures_30d": 0,
        },
        [],
        [LENGTH, DURATION, FREQUENCY, NEED, REVERSAL, NO_RETURN, RELEVANCE, ONGOING, CLOSE],
        SAFE,
    ),
]

test_case = case_test(CASES, "h5-")
