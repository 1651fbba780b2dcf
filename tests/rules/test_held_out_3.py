"""A third batch of cases in other words than the vignettes and the earlier held-out batches.

Written as a busy supervisor-trainee writes: terse third-person shorthand ("Disclosed own
divorce to pt"), run-on sentences, missing apostrophes ("didnt", "im"), present-tense
narration, quoted speech, emoji, words in capitals, British and American spelling. Every
rule id has cases that must fire and near misses that must not (negation, a request the
clinician turned down, empathy without a claim of identical experience, a public service,
medication mentioned in general, the client's own experience, a hard past that ends on
how it was overcome), plus cases where the structured fields refine the text.
"""

from __future__ import annotations

from .cases import BURDEN, CAUTION, CONCERN, DUMPING, MILD, SAFE, UNSAFE, case_test

LONG_1 = (
    "so I ended up telling her the whole story about when I moved to Leeds for uni and "
    "didnt know anyone and spent most of first term in my room and then I joined the "
    "climbing club and met my best mate and we climbed every weekend for years and "
    "honestly it changed everything for me and I went on about the trips we did and the "
    "people and yeah it went on a bit before I asked whether a group might suit her"
)
LONG_2 = (
    "Disclosed own history of moving countries as a kid, explained how my family moved "
    "from Poland when I was nine and I didnt speak any English and how the other kids "
    "used to laugh at my accent and my lunch and how my teacher was kind but busy and how "
    "my older brother had it worse than me at secondary school and how my parents worked "
    "nights so we were on our own a lot and how I learnt English from the telly mostly, "
    "cartoons and quiz shows, and then by the time I was twelve I was fine and had mates "
    "and then at uni I met loads of people in the same situation and we used to talk "
    "about it a lot, which helped, and I think that experience is partly why I became a "
    "therapist in the first place, then eventually asked pt how school was for her"
)

# (text, fields, must, must_not, accept)
CASES = [
    # resolved.ongoing
    (
        "Disclosed own divorce to pt - its not final yet, lawyers still arguing over the house",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I tell him my dad passed last month and im honestly not coping great",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "told her I've been off work w/ burnout since january, still not back to myself",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    ("Mentioned I had a miscarriage a few weeks back 😢", {}, ["resolved.ongoing"], [], BURDEN),
    ("I admitted I STILL get nightmares about the crash", {}, ["resolved.ongoing"], [], BURDEN),
    ("told pt my marriage is falling apart atm", {}, ["resolved.ongoing"], [], BURDEN),
    (
        "Shared I've had some health stuff going on.",
        {"experience_status": "ongoing"},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "Told pt i went through a divorce about 10 yrs ago, counselling and running got me "
        "through it, then asked how shes coping",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "pt's mum died last week, I said im so sorry for her loss and asked what support she has",
        {},
        [],
        ["resolved.ongoing", "client_focus.therapist_need"],
        SAFE,
    ),
    (
        "I said I was bereaved as a teenager and it got easier with time and support. asked "
        "what has helped him so far",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "told him i used to struggle with social anxiety, joining a choir really helped",
        {"experience_status": "resolved", "months_since_experience": 60},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    # resolved.no_positive_close
    (
        "I told her I was homeless for a year in my twenties.",
        {},
        ["resolved.no_positive_close"],
        [],
        BURDEN,
    ),
    (
        "Disclosed that I was bullied all thru school, left it there",
        {"disclosure_type": "personal_history"},
        ["resolved.no_positive_close"],
        [],
        BURDEN,
    ),
    (
        "told him my parents split when i was 8 and it was grim",
        {},
        ["resolved.no_positive_close"],
        [],
        BURDEN,
    ),
    (
        "I shared that I failed my first degree and had to drop out.",
        {},
        ["resolved.no_positive_close"],
        [],
        BURDEN,
    ),
    (
        "I said I flunked my driving test three times but kept at it and passed, so setbacks "
        "arent the end of the world",
        {},
        [],
        ["resolved.no_positive_close"],
        SAFE,
    ),
    (
        "shared i had postnatal depression after my first, therapy and a good GP got me thru "
        "it and im well now",
        {},
        [],
        ["resolved.no_positive_close", "resolved.ongoing", "boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "I told him I was a shy kid too; what helped was drama club. Asked what he thinks "
        "might help him.",
        {},
        [],
        ["resolved.no_positive_close", "client_focus.no_return"],
        SAFE,
    ),
    # brevity.length
    (LONG_1, {}, ["brevity.length"], [], CAUTION),
    (LONG_2, {}, ["brevity.length"], [], CONCERN),
    (
        "Said I find exams stressful too, then asked what's been hardest for her.",
        {},
        [],
        ["brevity.length"],
        MILD,
    ),
    # brevity.duration
    (
        "Shared my own experience of redundancy.",
        {"duration_minutes": 4},
        ["brevity.duration"],
        [],
        CONCERN,
    ),
    (
        "talked about my own experience of redundancy for ~10 mins",
        {},
        ["brevity.duration"],
        [],
        CONCERN,
    ),
    (
        "spent 20 mins going over her thought record; i briefly mentioned i use one myself",
        {},
        [],
        ["brevity.duration"],
        MILD,
    ),
    (
        "Said I also found the first weeks of a new job tiring, asked how hers is going.",
        {"duration_minutes": 1},
        [],
        ["brevity.duration"],
        SAFE,
    ),
    # brevity.frequency
    (
        "Mentioned I'm a runner too.",
        {"prior_disclosures_30d": 4},
        ["brevity.frequency"],
        [],
        CONCERN,
    ),
    (
        "third time this month ive told him about my own anxiety",
        {},
        ["brevity.frequency"],
        [],
        CONCERN,
    ),
    (
        "Said I also grew up in a big family, asked what that was like for him.",
        {"prior_disclosures_30d": 1},
        [],
        ["brevity.frequency"],
        SAFE,
    ),
    (
        "first time ive shared anything personal with this client - said I'd been nervous "
        "starting uni too and it passed",
        {},
        [],
        ["brevity.frequency"],
        SAFE,
    ),
    # client_focus.therapist_need
    (
        "tbh I told her about my week bc I needed to vent, long day",
        {},
        ["client_focus.therapist_need"],
        [],
        BURDEN,
    ),
    (
        "Silence got awkward so i started talking about my own kids",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "I shared it mostly to get it off my chest if im honest",
        {},
        ["client_focus.therapist_need"],
        [],
        BURDEN,
    ),
    (
        "Told him about my weekend.",
        {"intent": "relieve_own_discomfort"},
        ["client_focus.therapist_need"],
        [],
        BURDEN,
    ),
    (
        "pt was venting about her boss, i listened, said I've had tricky managers too and "
        "asked what she wants to do about it",
        {},
        [],
        ["client_focus.therapist_need"],
        SAFE,
    ),
    (
        "I shared my experience to normalize her feelings, not for me.",
        {},
        [],
        ["client_focus.therapist_need"],
        MILD,
    ),
    # client_focus.role_reversal
    (
        "Disclosed own divorce to pt, pt then reassured me it wasnt my fault",
        {},
        ["client_focus.role_reversal"],
        [],
        DUMPING,
    ),
    (
        "she ended up giving ME advice about my mum lol",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "I got teary about my nan and pt asked if i was ok and hugged me",
        {},
        ["client_focus.role_reversal"],
        [],
        DUMPING,
    ),
    (
        "Mentioned my back surgery.",
        {"client_response": "comforted_therapist"},
        ["client_focus.role_reversal"],
        [],
        DUMPING,
    ),
    ("I comforted her when she cried about her dad", {}, [], ["client_focus.role_reversal"], SAFE),
    (
        "she reassured herself by reading her coping card, as we practised",
        {},
        [],
        ["client_focus.role_reversal"],
        SAFE,
    ),
    (
        "pt thanked me for sharing and said it helped her feel less alone",
        {},
        [],
        ["client_focus.role_reversal"],
        SAFE,
    ),
    # client_focus.no_return
    (
        "Told her I'd had panic attacks at uni.",
        {"returned_focus": False},
        ["client_focus.no_return"],
        [],
        CONCERN,
    ),
    (
        "we ran out of time before i could bring it back to her",
        {},
        ["client_focus.no_return"],
        [],
        CONCERN,
    ),
    (
        "started telling him about my trip to Peru and we just kept chatting about that, "
        "never got back to his stuff",
        {},
        ["client_focus.no_return"],
        [],
        CONCERN,
    ),
    (
        "shared briefly that I'm a worrier too, then asked how that landed for him",
        {},
        [],
        ["client_focus.no_return"],
        SAFE,
    ),
    # client_focus.low_relevance
    (
        "Talked about my new car.",
        {"relevance": "none"},
        ["client_focus.low_relevance"],
        [],
        CAUTION,
    ),
    (
        "told him about my new kitchen, nothing to do with his goals really",
        {},
        ["client_focus.low_relevance"],
        [],
        CAUTION,
    ),
    (
        "chatted about my fantasy football team, unrelated to anything we're working on",
        {},
        ["client_focus.low_relevance"],
        [],
        CAUTION,
    ),
    (
        "I told her I found exams stressful too and planning helped.",
        {"relevance": "direct"},
        [],
        ["client_focus.low_relevance"],
        SAFE,
    ),
    (
        "Shared that i went back to work after a long sick leave and it got easier - directly "
        "relevant to his return to work goal",
        {},
        [],
        ["client_focus.low_relevance"],
        SAFE,
    ),
    # client_focus.overidentification
    (
        "I told him I know EXACTLY what hes going through",
        {},
        ["client_focus.overidentification"],
        [],
        CAUTION,
    ),
    (
        "said 'we're literally in the same boat' when she talked about debt",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I tell her I totally get it, I've been exactly where she is",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I told him I understand 100% how he feels",
        {},
        ["client_focus.overidentification"],
        [],
        CAUTION,
    ),
    (
        "told pt i know precisely how it feels to lose a child",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I said I can't know exactly what it's like for her but it sounds exhausting",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    ("I told him I know how hard grief can be.", {}, [], ["client_focus.overidentification"], SAFE),
    (
        'pt said "you know exactly how I feel" and I gently said everyone\'s experience is '
        "different",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    # boundary.identifying_details
    (
        "mentioned i live round the corner from her on Elm St",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "Told pt my daughter Sophie is in the same class as his son",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "gave her my personal email so she can send the worksheet over",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I said my husband works at the Tesco on the high street",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "Gave pt the Samaritans number (116 123) and the crisis team line",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "pt told me her address changed, updated the file",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "I said I have kids too but didnt give names or ages",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    # boundary.intimate_details
    (
        "told her me and my ex had an open relationship and slept with other ppl",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    (
        "Disclosed that I cheated on my first husband",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    (
        "I said our sex life dried up after the kids 🙈",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    (
        "pt disclosed an affair; I stayed neutral and explored what she wants",
        {},
        [],
        ["boundary.intimate_details"],
        SAFE,
    ),
    ("I mentioned I'm married, nothing more", {}, [], ["boundary.intimate_details"], SAFE),
    # boundary.clinical_specifics
    (
        "I tell him I take 20mg citalopram and its been fine",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "told her to ask her GP for propranolol, it worked for my exam nerves",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "Said my psychiatrist Dr Patel at the Priory is amazing, she should ask for him",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "I said she could probably halve her dose herself, I did",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "Encouraged pt to discuss meds with her prescriber, didnt give an opinion",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "said medication helped me years ago alongside therapy, but everyone's different and "
        "her psychiatrist is the one to ask",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    # boundary.dual_relationship
    ("told pt to add me on facebook", {}, ["boundary.dual_relationship"], [], UNSAFE),
    (
        "said we should grab a coffee sometime once therapy ends",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "I gave him my personal mobile so he can text me whenever",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "invited her to my church's bbq this saturday",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "pt asked to follow me on insta, I said no and explained why",
        {},
        [],
        ["boundary.dual_relationship", "boundary.identifying_details"],
        SAFE,
    ),
    (
        "recommended the local parkrun as a free way to get active",
        {},
        [],
        ["boundary.dual_relationship", "boundary.identifying_details"],
        SAFE,
    ),
    # boundary.personal_values
    (
        "told her abortion is wrong and she should keep it",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    ("I said honestly id vote Labour if I were him", {}, ["boundary.personal_values"], [], CONCERN),
    (
        "Told pt she should definitely forgive her dad, family is everything",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I said marriage is sacred and she should stay and work at it",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    ("told him I don't drink so he shouldnt either", {}, ["boundary.personal_values"], [], CONCERN),
    (
        "She asked about my religion, I said it's not about me and asked what faith means to her",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    (
        "I kept my own views out of it when he talked about voting",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    # safe overall
    (
        "Briefly said I get nervous before presentations too, slow breathing helps me - then "
        "asked what helps her",
        {},
        [],
        ["resolved.ongoing", "client_focus.overidentification"],
        SAFE,
    ),
    (
        "I tell him I've practiced CBT for 12 yrs and seen lots of people get better",
        {},
        [],
        ["resolved.no_positive_close", "client_focus.overidentification"],
        SAFE,
    ),
    (
        "Owned my mistake - said sorry I was late, that's on me",
        {},
        [],
        ["resolved.no_positive_close", "resolved.ongoing"],
        SAFE,
    ),
]


test_it_generalises_to_new_wording = case_test(CASES, "h")
