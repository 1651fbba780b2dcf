"""A second batch of cases in other words than the vignettes and the first held-out batch.

Written as clinicians write post-session notes: first person and terse third person,
lower case, typos, curly quotes, British and American spelling, varied tenses and time
expressions. Every rule id has cases that must fire and near misses that must not
(negation, hypotheticals, empathy without a claim of identical experience, medication or a
psychiatrist mentioned in general, a public service that identifies nobody, the client's
own circumstances, a long-past experience ending on how it was overcome), plus cases where
the structured fields refine what the text says.
"""

from __future__ import annotations

import pytest

from .cases import assert_case

SAFE = ("safe",)
UNSAFE = ("unsafe_sharing",)
DUMPING = ("trauma_dumping",)
CAUTION = ("caution",)
BURDEN = ("caution", "trauma_dumping")
CONCERN = ("caution", "unsafe_sharing", "trauma_dumping")

# (text, fields, must, must_not, accept)
CASES = [
    # resolved.ongoing: present, recent or unprocessed
    (
        "told pt i’m going thru a messy separation at the moment, didn’t go into detail",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I said my mother’s in a hospice now and I’ve been a wreck all week.",
        {},
        ["resolved.ongoing"],
        [],
        DUMPING,
    ),
    (
        "Shared that our dog died on Sunday and I'm absolutely gutted.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I admitted I've never really dealt with my brother's suicide, even after all these years.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "Told him I was made redundant a fortnight ago so money is tight for me too.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I mentioned I've been getting panic attacks again recently.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I said I'm in the middle of chemo so I know what being tired all the time is like.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I told her I've been really struggling with my drinking these past few months.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I mentioned I'd been through a bereavement too.",
        {"experience_status": "ongoing"},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "Shared that I'd gone through a breakup as well.",
        {"months_since_experience": 2},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    # resolved.ongoing: near misses
    (
        "I told him I lost my dad when I was nineteen, and that leaning on friends and a "
        "grief group helped me through it.",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "Many years ago a breakup floored me; in time, counselling helped me rebuild.",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "He's still drinking every night, he said. I shared that cutting down one step at a "
        "time worked for me years back.",
        {},
        [],
        ["resolved.ongoing"],
        SAFE,
    ),
    (
        "I mentioned I went through a divorce and that it got easier with time.",
        {"experience_status": "resolved", "months_since_experience": 60},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "Last week her nan died; I said how sorry I was and asked how she's coping.",
        {},
        [],
        ["resolved.ongoing"],
        SAFE,
    ),
    (
        "I told her I've been a therapist for twelve years and have seen many people recover "
        "from this.",
        {"disclosure_type": "facts"},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "Owned that I got her sister’s name wrong last session and apologized.",
        {"disclosure_type": "immediacy", "intent": "repair_rupture"},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    # resolved.no_positive_close
    (
        "I told him my father used to hit us when we were kids.",
        {},
        ["resolved.no_positive_close"],
        [],
        CONCERN,
    ),
    (
        "Shared that I was bullied all through secondary school.",
        {},
        ["resolved.no_positive_close"],
        [],
        CONCERN,
    ),
    (
        "I said I had an eating disorder in my teens.",
        {"disclosure_type": "personal_history"},
        ["resolved.no_positive_close"],
        [],
        CONCERN,
    ),
    (
        "I told her I was bullied at school too, and that finding one good friend and joining "
        "the drama club turned things around for me.",
        {},
        [],
        ["resolved.no_positive_close", "resolved.ongoing"],
        SAFE,
    ),
    (
        "Mentioned I grew up in a house with a lot of shouting; what got me through was my "
        "grandmother and lots of reading.",
        {},
        [],
        ["resolved.no_positive_close"],
        SAFE,
    ),
    # client_focus.overidentification
    (
        "I told her I know exactly what it’s like to be cheated on.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "Said we're in the same boat, both of us caring for a parent with dementia.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I said I understand completely because I went through the exact same thing.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "told him I know precisely how he feels",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I told him I know just how he feels, I’ve lived through that too.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I said I know exactley how she feels about the nightmares.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I told her I can’t know exactly how it feels for her, but that many people describe "
        "something similar.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I said I know how exhausting caring for someone can be.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "She mentioned Whitby and I said I've been there on holiday.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I didn't tell him I know how he feels, because I don't; I asked him to tell me more.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I nearly said “I know exactly how you feel” but stopped myself and reflected back "
        "instead.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    # client_focus.therapist_need
    (
        "I'd had an awful day so I ended up offloading a bit about my manager.",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "Told her about my week, mostly because I needed someone to talk to.",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "If I'm honest I shared it because I wanted him to like me.",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "Couldn't bear the silence so I filled it with a story about my cat.",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "I mentioned I'm a parent as well.",
        {"intent": "seek_support"},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "I said I find this topic hard too.",
        {"intent": "relieve_own_discomfort"},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "She needed to vent about her boss, so I mostly listened, then said I've had difficult "
        "managers too and that setting limits helped me.",
        {},
        [],
        ["client_focus.therapist_need"],
        SAFE,
    ),
    (
        "I said lots of people get anxious before exams, I did too, and doing practice papers "
        "helped me.",
        {"intent": "normalize"},
        [],
        ["client_focus.therapist_need"],
        SAFE,
    ),
    # client_focus.role_reversal
    (
        "She ended up reassuring me that I'm a good therapist.",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "By the end he was giving me advice about my own divorce.",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "pt asked if i was ok & passed me the tissues",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "Client consoled me when I teared up talking about my gran.",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "I mentioned my divorce.",
        {"client_response": "comforted_therapist"},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "I reassured her that none of it was her fault.",
        {},
        [],
        ["client_focus.role_reversal"],
        SAFE,
    ),
    (
        "She asked for my advice about telling her boss; I turned it back to what she thought.",
        {},
        [],
        ["client_focus.role_reversal"],
        SAFE,
    ),
    (
        "She told me she comforted her daughter through the same thing.",
        {},
        [],
        ["client_focus.role_reversal", "client_focus.overidentification"],
        SAFE,
    ),
    # client_focus.no_return
    (
        "I told him I like fishing too.",
        {"returned_focus": False},
        ["client_focus.no_return"],
        [],
        CAUTION,
    ),
    (
        "I kept talking about my house move until the session ran out.",
        {},
        ["client_focus.no_return"],
        [],
        CONCERN,
    ),
    (
        "Ended up chatting about my own kids for the rest of the session.",
        {},
        ["client_focus.no_return"],
        [],
        CONCERN,
    ),
    (
        "I said I'd been nervous before my first marathon too, then asked how she was feeling "
        "about hers.",
        {},
        [],
        ["client_focus.no_return"],
        SAFE,
    ),
    (
        "I said I find Mondays hard too.",
        {"returned_focus": True},
        [],
        ["client_focus.no_return"],
        SAFE,
    ),
    (
        "I briefly mentioned I'd moved cities as well, and brought the focus back to her "
        "worries about starting over.",
        {},
        [],
        ["client_focus.no_return"],
        SAFE,
    ),
    # client_focus.low_relevance
    (
        "I told her I'd just got back from Italy.",
        {"relevance": "none"},
        ["client_focus.low_relevance"],
        [],
        CAUTION,
    ),
    (
        "Totally off topic, but I told him about my new car.",
        {},
        ["client_focus.low_relevance"],
        [],
        CONCERN,
    ),
    (
        "I talked about my football team's season, which had nothing to do with what he came "
        "in for.",
        {},
        ["client_focus.low_relevance"],
        [],
        CONCERN,
    ),
    (
        "I told him I'd also put things off at uni and that breaking tasks into chunks helped.",
        {"relevance": "direct"},
        [],
        ["client_focus.low_relevance"],
        SAFE,
    ),
    # brevity
    (
        "I told her about the year I decided to learn to cook properly: I started with simple "
        "soups, burnt more pans than I can count, signed up for an evening class at the "
        "college, made friends with an older woman there who taught me to bake bread, and "
        "slowly got the hang of planning meals for the week, which saved me money and, to my "
        "surprise, made my evenings feel calmer and much more my own.",
        {},
        ["brevity.length"],
        [],
        CAUTION,
    ),
    (
        "Told her how I learned to swim as an adult, then asked what she'd like to try.",
        {"duration_minutes": 7},
        ["brevity.duration"],
        [],
        CAUTION,
    ),
    (
        "I spent about fifteen minutes telling him about my own redundancy and how I bounced "
        "back from it.",
        {},
        ["brevity.duration"],
        [],
        CONCERN,
    ),
    (
        "I said I like baking too.",
        {"prior_disclosures_30d": 4},
        ["brevity.frequency"],
        [],
        CAUTION,
    ),
    (
        "I said I like baking too.",
        {"prior_disclosures_30d": 1, "duration_minutes": 1},
        [],
        ["brevity.frequency", "brevity.duration"],
        SAFE,
    ),
    (
        "We spent twenty minutes on her sleep diary; I briefly said I keep one too and it "
        "helps me spot patterns.",
        {},
        [],
        ["brevity.duration", "brevity.length"],
        SAFE,
    ),
    # boundary.identifying_details
    (
        "Told her I live just round the corner from her flat.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I mentioned my little boy Oliver has the same teacher at Greenhill Primary as her son.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I gave her my personal email address so she could send me her poems.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "my husband's a paramedic at St James's, I mentioned it when she talked about the "
        "ambulance",
        {},
        ["boundary.identifying_details"],
        [],
        CONCERN,
    ),
    (
        "I said I'm on Elmwood Road, the one by the park.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I mentioned my daughter Sophie is about her age.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "Told him my twitter handle is @runningdoc.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I said I have two teenagers myself and that the exam years were hard for us too, but "
        "we got through them.",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "I gave her the Samaritans number, 116 123, for nights when things get bad.",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "She told me she lives on Harrow Lane, near the school.",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "I didn't tell him which part of town I live in when he asked.",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    # boundary.dual_relationship
    (
        "I said we should go for a drink once she's discharged.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "Told him to WhatsApp me if he's struggling at the weekend.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "I accepted her friend request on Facebook.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "I invited him along to my running club on Thursday nights.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "said she could ring me on my own mobile anytime",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "He sent me a friend request and I explained I can't accept it while we work together.",
        {},
        [],
        ["boundary.dual_relationship"],
        SAFE,
    ),
    (
        "I reminded her she can call the duty team between sessions.",
        {},
        [],
        ["boundary.dual_relationship", "boundary.identifying_details"],
        SAFE,
    ),
    (
        "I said I'm not able to meet up outside our appointments.",
        {},
        [],
        ["boundary.dual_relationship"],
        SAFE,
    ),
    # boundary.intimate_details
    (
        "I told him my ex and I had an open relationship for a while.",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    (
        "I admitted I'd had an affair during my first marriage.",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    (
        "Shared that my partner and I haven't had sex in months.",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    ("told her about my one-night stands at uni", {}, ["boundary.intimate_details"], [], CONCERN),
    (
        "I said I've been married a long time and we've learned to talk things through.",
        {},
        [],
        ["boundary.intimate_details"],
        SAFE,
    ),
    (
        "She told me about her affair and I listened without judging.",
        {},
        [],
        ["boundary.intimate_details", "boundary.personal_values"],
        SAFE,
    ),
    # boundary.clinical_specifics
    (
        "I told her citalopram made me feel flat when I was on it.",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "Told him he should try 10mg of melatonin like I do.",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "I suggested she halve her dose because the side effects sound awful.",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "Mentioned that my psychiatrist, Dr Okafor at the Maudsley, really helped me.",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    ("I said Prozac worked wonders for me.", {}, ["boundary.clinical_specifics"], [], CONCERN),
    (
        "told pt she should come off her antidepressants since she seems better",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "I said I'd had support from a psychiatrist in my twenties, and that therapy and "
        "exercise helped too.",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "She asked whether she should change her meds; I said that's a great question for her GP.",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "He told me he's taking venlafaxine and it's making him sweaty.",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "I mentioned that medication was part of what helped me, alongside talking therapy.",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    # boundary.personal_values
    (
        "I told her she should forgive him because that's what God asks of us.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "Said I think anyone who votes Tory is selfish.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I told him if I were in his position I'd put the baby up for adoption.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I said that in my view living together before marriage is wrong.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I told her she'd regret not having children, I know I would have.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I asked what role her faith plays in how she's thinking about the decision.",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    (
        "She said she's Catholic; I said that whatever she decides is her call and I'll "
        "support her.",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    (
        "I mentioned I'm vegetarian when she asked why I'd brought a salad.",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    # low-risk kinds, with fields
    (
        "I told him I felt a bit frustrated when he cancelled again, and asked what got in "
        "the way.",
        {"disclosure_type": "immediacy", "returned_focus": True},
        [],
        ["client_focus.therapist_need", "resolved.no_positive_close", "resolved.ongoing"],
        SAFE,
    ),
    (
        "When he asked, told him I trained in Glasgow and have been qualified nine years.",
        {"disclosure_type": "facts", "intent": "answer_question"},
        [],
        ["boundary.identifying_details", "resolved.no_positive_close"],
        SAFE,
    ),
    # a second round, across every family
    (
        "Said I’m knee-deep in a custody battle myself right now.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I told him my wife moved out in March and I'm not sleeping.",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "I told her I'd struggled with OCD as a student and that ERP with a good therapist "
        "got me through.",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close", "boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "clt talked about her mum's drinking. I shared my own mum was an alcoholic.",
        {},
        ["resolved.no_positive_close"],
        [],
        CONCERN,
    ),
    (
        "I told him I know exactly where he's coming from, I was homeless too.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I said I’ve been exactly where she is now.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I said I couldn't possibly know what it's like for him, and asked him to tell me.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "Honestly I brought up my own breakup because I wanted her sympathy.",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "By the end of the hour the client was the one cheering me up.",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "I rambled on about my own wedding and never got round to her question.",
        {},
        ["client_focus.no_return"],
        [],
        CONCERN,
    ),
    (
        "I told her about my allotment; it wasn't relevant to anything she's working on.",
        {},
        ["client_focus.low_relevance"],
        [],
        CONCERN,
    ),
    (
        "I talked for a good twenty minutes about my own anxiety and how I beat it.",
        {},
        ["brevity.duration"],
        [],
        CONCERN,
    ),
    (
        "I mentioned that my partner teaches at Hollybank Primary.",
        {},
        ["boundary.identifying_details"],
        [],
        CONCERN,
    ),
    (
        "Told her my personal gmail so she could send the diary.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I mentioned I live about five minutes from her house.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I said my kids are grown up now and left home, and that the empty nest took some "
        "getting used to but I found new hobbies.",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "Suggested we meet for lunch once therapy ends.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "I told him he's welcome to follow my running blog on Instagram.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "I explained that we can't be friends on social media while we're working together.",
        {},
        [],
        ["boundary.dual_relationship"],
        SAFE,
    ),
    (
        "I told her my husband had a vasectomy and our sex life improved.",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    (
        "I said that when I was on mirtazapine I put on loads of weight.",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "I told him to ask his prescriber rather than me about the side effects.",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "I told him it's morally wrong to put his mum in a care home.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I said I’m a vegan but didn't push it when she talked about her diet.",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    (
        "I told her going back to church would do her good.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
]


@pytest.mark.parametrize(
    ("text", "fields", "must", "must_not", "accept"),
    CASES,
    ids=[f"g{i:03d}" for i in range(len(CASES))],
)
def test_it_generalises_to_new_wording(text, fields, must, must_not, accept):
    assert_case({"text": text, **fields}, must, must_not, accept)
