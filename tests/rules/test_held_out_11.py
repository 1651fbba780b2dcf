"""Held-out batch 11: settings the other batches do not visit.

Entries as they would be logged by a US school counselor, an Employee Assistance Programme
counsellor, nurses and mental health technicians on an inpatient ward, an addiction
treatment centre, a private practice psychologist, a crisis line volunteer, an eating
disorder service, a perinatal mental health team, an LGBTQ+ youth service, a prison or
secure forensic unit, a university counselling centre, a chaplain-counsellor, and
telehealth by video or chat, each in that setting's own words.

The clinician's own eating history told to an eating-disorder patient, their own pregnancy
loss in a perinatal team, their own coming out to a young person, a relative's time in
prison on a forensic unit and their own faith as a chaplain are all fair material when
past, brief, and ending on what helped: orientation or gender stated as a fact is not an
intimate detail, and holding a faith is not imposing it. The same topics become findings
when the experience is still raw, when the client ends up looking after the clinician,
when a child, spouse or street is named, when a dose or a prescriber is, when the client
is invited to a personal account or a pint, or when the clinician's own choice is pressed
on the client's decision. Words that usually point at a finding ("still", "right now",
"lately", "last week", "same boat", "third time", a phone number, "ten minutes") appear
here also where they do not.
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

# A boundary finding a supervisor may rate as either a warning or a high-severity one.
RISKY = ("caution", "unsafe_sharing")

ALL_RULES = [
    LENGTH,
    DURATION,
    FREQUENCY,
    NEED,
    REVERSAL,
    NO_RETURN,
    RELEVANCE,
    OVERID,
    ONGOING,
    CLOSE,
    IDENTIFYING,
    INTIMATE,
    CLINICAL,
    DUAL,
    VALUES,
]

# (text, fields, must, must_not, accept)
CASES = [
    # --- US school counselor ---
    (
        "Told Jayden (8th grade) that I got cut from the basketball team in middle school "
        "too, and that what helped me was joining the track team and finding my people "
        "there. Then I asked what else he might want to try out for.",
        {},
        [],
        [ONGOING, CLOSE, NO_RETURN, LENGTH, OVERID, IDENTIFYING],
        SAFE,
    ),
    (
        "Mentioned to Brianna that my son Tyler is in 6th grade at Roosevelt Middle too, so "
        "I know how stressful the transition is.",
        {},
        [IDENTIFYING],
        [OVERID],
        UNSAFE,
    ),
    (
        "Told the student I have two kids of my own and I remember how hard middle school "
        "was for them; then asked how her first week went.",
        {},
        [],
        [IDENTIFYING, ONGOING, NO_RETURN],
        MILD,
    ),
    (
        "Told Marisol she shouldn't even think about dating a girl because it goes against "
        "what the Bible teaches and her parents are right to forbid it.",
        {},
        [VALUES],
        [INTIMATE],
        RISKY,
    ),
    (
        "Gave Kayla my personal cell number and told her she can text me over summer break "
        "whenever she wants to chat.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Shared again that I was bullied in high school and that talking to a teacher I "
        "trusted is what helped.",
        {"prior_disclosures_30d": 4, "intent": "normalize", "returned_focus": True},
        [FREQUENCY],
        [ONGOING, NEED, NO_RETURN],
        CAUTION,
    ),
    (
        "Told the senior that anyone who votes Republican is an idiot and she needs to "
        "register as a Democrat like me before the deadline.",
        {},
        [VALUES],
        [],
        RISKY,
    ),
    (
        "He asked who I voted for. I said I keep my politics out of counseling, and asked "
        "what's making the election feel so big for him.",
        {"disclosure_type": "other", "returned_focus": True},
        [],
        [VALUES, NO_RETURN, CLOSE],
        SAFE,
    ),
    (
        "Cousnelor told the student shes been so depresed since her divorce last month "
        "she cant focus on work.",
        {},
        [ONGOING],
        [INTIMATE],
        BURDEN,
    ),
    # --- Employee Assistance Programme counsellor ---
    (
        "Client off work with stress after a restructure. I said I'm going through a "
        "redundancy consultation myself at the moment and honestly I'm not sleeping either.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Mentioned that years ago I was made redundant and it felt like the floor dropped "
        "away; what helped was treating the job search like a part-time job with set hours. "
        "Asked him what structure might help his week.",
        {
            "experience_status": "resolved",
            "months_since_experience": 84,
            "returned_focus": True,
            "relevance": "direct",
        },
        [],
        [ONGOING, CLOSE, NO_RETURN, RELEVANCE, NEED],
        SAFE,
    ),
    (
        "Told her my own line manager is a nightmare too and had a bit of a rant about him.",
        {"intent": "relieve_own_discomfort"},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "Shared that I had also found going back to work after long-term sick leave "
        "daunting, and that a phased return made it manageable.",
        {"returned_focus": False},
        [NO_RETURN],
        [ONGOING, CLOSE],
        CAUTION,
    ),
    (
        "Client came about caring for her mum with dementia. I ended up telling her about "
        "my Tenerife holiday and how the hotel lost our booking.",
        {"relevance": "none"},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "I said what you're describing right now sounds exhausting, and that when I cared "
        "for my gran years ago, booking respite breaks is what made it bearable.",
        {},
        [],
        [ONGOING, OVERID],
        MILD,
    ),
    (
        "Told him I'd had an affair too at his age and that my marriage survived it.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    # --- Inpatient psychiatric ward (nurses, MHTs) ---
    (
        "On the unit, told a pt who was refusing groups that I used to feel nervous about "
        "group too, but listening to others made me feel less alone. Encouraged him to try "
        "the 2pm group.",
        {},
        [],
        [ONGOING, CLOSE, NEED, OVERID, LENGTH, NO_RETURN],
        SAFE,
    ),
    (
        "Staff nurse note: during 1:1 obs I mentioned my marriage had just ended and got "
        "teary; the patient held my hand and told me I'd be okay and that I deserve better.",
        {},
        [REVERSAL, ONGOING],
        [INTIMATE],
        DUMPING,
    ),
    (
        "Pt was tearful after a visit from her mum. I sat with her and reassured her; told "
        "her I'd also found family visits hard when I was in hospital years ago, and that "
        "writing down what I wanted to say beforehand helped.",
        {},
        [],
        [REVERSAL, ONGOING, NEED],
        MILD,
    ),
    (
        "Noticed Dale comforting his roommate after the code. Later told Dale I'd felt "
        "shaky after my first code as a new nurse too, and that debriefing with colleagues "
        "helped.",
        {},
        [],
        [REVERSAL, ONGOING],
        MILD,
    ),
    (
        "MHT told the patient: 'I was on lithium 900 mg for years and honestly you'll get "
        "used to the tremor, just drink loads of water.'",
        {},
        [CLINICAL],
        [],
        RISKY,
    ),
    (
        "Told the patient that medication plus therapy helped me when I was depressed in my "
        "twenties, and that questions about her own meds are best taken to the ward round.",
        {},
        [],
        [CLINICAL, ONGOING],
        MILD,
    ),
    (
        "Pt with psychosis said no one understands the voices. I said 'I know exactly what "
        "you're going through, I've been there.' I have never heard voices.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Shared with the patient how I coped with panic attacks at uni using grounding, and "
        "we talked it through.",
        {"duration_minutes": 8, "returned_focus": True},
        [DURATION],
        [NO_RETURN, ONGOING],
        CAUTION,
    ),
    (
        "Told the patient that when I was nineteen I had a really bad year with panic "
        "attacks, to the point where I dropped out of college for a semester and rarely "
        "left my apartment. I explained that what slowly helped was a CBT group at the "
        "county clinic, practicing breathing every single morning, and telling my roommate "
        "what was going on so I wasn't hiding it anymore. I'm doing well now. Then I asked "
        "him what has helped him before.",
        {},
        [LENGTH],
        [ONGOING, CLOSE, NO_RETURN],
        CAUTION,
    ),
    (
        "Told Mr Okoro again how I quit smoking with a quit buddy and a lot of walking.",
        {"prior_disclosures_30d": 2},
        [FREQUENCY],
        [ONGOING],
        CAUTION,
    ),
    (
        "MHT told pts in community meeting that she's been really depressed lately and "
        "might need to take time off.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    # --- Addiction treatment centre ---
    (
        "Counselor (in recovery 14 yrs) told the group: 'I drank every day for ten years. "
        "Getting a sponsor and going to meetings daily is what turned it around for me. "
        "What's one support you could lean on this week?'",
        {},
        [],
        [ONGOING, CLOSE, NO_RETURN, OVERID, CLINICAL],
        SAFE,
    ),
    (
        "Told the client that Suboxone 16mg was what got me through detox and that he "
        "should push his doctor for at least that much.",
        {},
        [CLINICAL],
        [],
        RISKY,
    ),
    (
        "I told him moderation never works and anyone who thinks they can drink socially is "
        "kidding themselves; total abstinence is what I chose and he has to choose it too.",
        {},
        [VALUES],
        [],
        RISKY,
    ),
    (
        "Said abstinence was the path that worked for me, but people find different routes "
        "and it's his call what he aims for; we looked at his own goals together.",
        {"intent": "model_coping", "returned_focus": True},
        [],
        [VALUES, NO_RETURN, ONGOING],
        MILD,
    ),
    (
        "I admitted I'd relapsed last weekend after 3 years sober and I'm still really "
        "shaken by it.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Client described using meth. Counselor, who has never used stimulants, said "
        "'we're in the same boat, brother, I know exactly how that comedown feels.'",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "After I told him about my son's overdose last month, he stopped talking about his "
        "cravings and spent the rest of the session asking if I was holding up ok and "
        "offering to pray for me.",
        {},
        [REVERSAL, ONGOING],
        [IDENTIFYING],
        DUMPING,
    ),
    (
        "Third time this month I've told Marcus about my DUI.",
        {},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "Reminded Marcus for the third time this month to sign his release form; only "
        "thing I shared was that I've run this programme for 6 years.",
        {"disclosure_type": "facts"},
        [],
        [FREQUENCY, CLOSE, ONGOING],
        SAFE,
    ),
    (
        "Told him I've been sober since 2009 and I still go to a meeting every Tuesday "
        "because it keeps me steady. Asked what might keep him steady.",
        {},
        [],
        [ONGOING, CLOSE],
        MILD,
    ),
    (
        "Tod the pt i was adicted to opiates for 6 yrs and NA + my sponser got me clean, "
        "asked wat support he has",
        {},
        [],
        [ONGOING, CLOSE, CLINICAL],
        MILD,
    ),
    (
        "Told the group member my brother died of an overdose in 2009.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [ONGOING],
        CAUTION,
    ),
    (
        "Spent about fifteen minutes of the session telling him about my own rehab stint "
        "back in the nineties.",
        {},
        [DURATION],
        [],
        CAUTION,
    ),
    # --- Private practice psychologist ---
    (
        "I told her I felt a bit protective of her when she described the meeting, and "
        "wondered aloud what that might tell us about how others respond to her.",
        {"disclosure_type": "immediacy", "intent": "other"},
        [],
        [CLOSE, NEED, ONGOING, RELEVANCE, NO_RETURN],
        SAFE,
    ),
    (
        "Acknowledged that I had been running late three weeks in a row, that that's on me "
        "and not her, and asked how it had felt.",
        {"disclosure_type": "immediacy", "intent": "repair_rupture"},
        [],
        [FREQUENCY, ONGOING, NEED, CLOSE],
        SAFE,
    ),
    (
        "Client said she's nervous about the drive. I said not to worry, I live just round "
        "the corner on Hollis Street so I know the parking is a nightmare.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Told him that my husband and I also went through a sexless patch after our second "
        "child and that scheduling sex actually rekindled things.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "I told her about my own divorce, which was eleven years ago now. I explained that "
        "for the first year I barely slept, I moved back in with my parents for a while, I "
        "stopped seeing most of my friends because I was embarrassed, and I threw myself "
        "into work to avoid thinking about it. I told her about the arguments over the "
        "house and the lawyers and how my ex and I couldn't be in the same room at our "
        "son's graduation. Then I went into how I eventually started therapy, took up "
        "running, joined a divorce recovery group at the community centre, and slowly "
        "rebuilt a social life. I said it took about three years before I felt like myself "
        "again, but that I'm genuinely happy now and it does get better.",
        {},
        [LENGTH],
        [ONGOING, INTIMATE],
        CAUTION,
    ),
    (
        "As we finished our last session I said we should grab a coffee sometime now that "
        "therapy's over, as friends.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "She asked if we could be friends on Facebook; I explained warmly that I don't "
        "connect with clients on social media, and we explored what the ending of therapy "
        "brings up for her.",
        {},
        [],
        [DUAL, IDENTIFYING, NO_RETURN],
        SAFE,
    ),
    (
        "I mentioned that my partner and I separated amicably years ago and that "
        "co-parenting got easier once we used a mediator.",
        {},
        [],
        [INTIMATE, ONGOING, IDENTIFYING],
        MILD,
    ),
    (
        "Gave her the name of my own psychiatrist, Dr Helena Voss at the Elmwood Clinic, "
        "and said she's the only one who ever got my bipolar meds right.",
        {},
        [CLINICAL],
        [],
        RISKY,
    ),
    # --- Crisis line volunteer ---
    (
        "Caller was suicidal after a breakup. I told him I'd been dumped two weeks ago and "
        "was still a mess, so I totally get it.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Caller asked if I'd ever felt this low. I said yes, a long time ago, and that "
        "calling a line like this one was part of what got me through; then asked what's "
        "kept her going tonight.",
        {},
        [],
        [ONGOING, CLOSE, NO_RETURN, OVERID, NEED],
        SAFE,
    ),
    (
        "Chat volunteer gave the texter her personal Snapchat, @jenn.m.rivers, so they "
        "could keep talking after the shift ended.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Told the caller she can ring us back any time on 0800 555 0199, the line is open "
        "24/7 and someone will always pick up.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "I ended up talking about my own dad's suicide for most of the call and the caller "
        "just listened; we never got back to what was happening for him.",
        {},
        [NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "Honestly I shared because the silence on the line was unbearable and I didn't know "
        "what else to say.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Told the caller a bit about my week.",
        {
            "intent": "seek_support",
            "experience_status": "ongoing",
            "client_response": "comforted_therapist",
            "returned_focus": False,
        },
        [NEED, ONGOING, REVERSAL, NO_RETURN],
        [],
        DUMPING,
    ),
    (
        "Caller asked where I'm based; I said I can't share that, but that all our "
        "volunteers are in the UK, and brought it back to how she was doing.",
        {},
        [],
        [IDENTIFYING, DUAL, NO_RETURN],
        SAFE,
    ),
    # --- Eating-disorder service ---
    (
        "Told a 16-year-old inpatient that I had anorexia as a teenager, and that trusting "
        "my dietitian's meal plan, even when it felt terrifying, is what let me recover. "
        "Asked what feels scariest about the plan for her.",
        {
            "experience_status": "resolved",
            "months_since_experience": 240,
            "intent": "instill_hope",
            "relevance": "direct",
            "returned_focus": True,
        },
        [],
        [ONGOING, CLOSE, NO_RETURN, RELEVANCE, NEED, CLINICAL],
        SAFE,
    ),
    (
        "Mentioned to the patient that I'm still counting calories myself and honestly "
        "still hate my body most days.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told her I weighed 38 kg at my lowest and that I was put on olanzapine 5 mg, "
        "which made the weight come back fast.",
        {},
        [CLINICAL],
        [],
        RISKY,
    ),
    (
        "Said she really should go vegan like me, it's the only ethical way to eat, even "
        "though her team wants dairy back in her plan.",
        {},
        [VALUES],
        [],
        RISKY,
    ),
    (
        "I said I can't know exactly what it's like in her body, but I know how loud that "
        "voice can get, and I wondered what it's telling her today.",
        {},
        [],
        [OVERID, ONGOING],
        MILD,
    ),
    (
        "Shared my own history with binge eating.",
        {"experience_status": "ongoing", "months_since_experience": 2},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told her to add me on Snapchat so I could check on her meals over the weekend.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Said the structured meal plan from my dietitian was hard but worth it when I was "
        "in recovery, and that she can bring her questions about supplements to Dr Reyes "
        "on her team.",
        {"intent": "model_coping"},
        [],
        [CLINICAL, ONGOING],
        MILD,
    ),
    # --- Perinatal mental health team ---
    (
        "Told a mum on the mother-and-baby unit that I had a miscarriage at 11 weeks "
        "before my daughter was born, and that talking with a bereavement midwife helped "
        "me grieve. Asked her who she has to talk to.",
        {},
        [],
        [ONGOING, CLOSE, IDENTIFYING, INTIMATE, NO_RETURN],
        SAFE,
    ),
    (
        "I told her we lost our baby at 22 weeks in March and I'm honestly still not "
        "coping. I cried for most of the visit and she ended up making me a cup of tea and "
        "telling me it wasn't my fault.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "CPN (male) told a mum with birth trauma: 'I know exactly how you feel, my wife's "
        "labour was awful for me too.'",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Mentioned my twins, Isla and Rory, were born prem at the same hospital, the "
        "Rosehill, and they're doing great now.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Told the client that after my birth it was eight months before my partner and I "
        "had sex again, and that it was painful for a long time.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "She asked whether she should stop her antidepressant while breastfeeding. I said "
        "that's a really important question for her perinatal psychiatrist, and offered to "
        "help her write it down for Thursday's appointment.",
        {},
        [],
        [CLINICAL, VALUES],
        MILD,
    ),
    (
        "She asked about breastfeeding on meds and I told her I took sertraline 50mg all "
        "through feeding my son and she'd be fine to do the same.",
        {},
        [CLINICAL],
        [],
        RISKY,
    ),
    (
        "Talked about my kitchen renovation.",
        {"relevance": "none", "intent": "seek_support", "client_response": "neutral"},
        [RELEVANCE, NEED],
        [REVERSAL],
        CAUTION,
    ),
    (
        "Told her formula feeding is lazy and she should keep breastfeeding like I did, "
        "whatever it takes.",
        {},
        [VALUES],
        [],
        RISKY,
    ),
    (
        "She asked if I breastfed. I said I did for a while and then switched to formula, "
        "and that what mattered was finding what worked for our family. Asked how feeding "
        "is going for her.",
        {"intent": "answer_question", "returned_focus": True},
        [],
        [VALUES, CLOSE, NO_RETURN],
        SAFE,
    ),
    (
        "Mentioned to the service user that I'd had post-natal depression after my first, "
        "and that the health visitor and a mums' group really helped me get back on my "
        "feet.",
        {"experience_status": "resolved", "months_since_experience": 150},
        [],
        [ONGOING, CLOSE, CLINICAL],
        SAFE,
    ),
    # --- LGBTQ+ youth service ---
    (
        "Youth worker told a 15-year-old who is scared to come out that I came out to my "
        "parents at 17, it was rough for a few months, and finding a youth group like this "
        "one is what helped most. Asked who in her life feels safe.",
        {},
        [],
        [INTIMATE, ONGOING, CLOSE, OVERID, NO_RETURN],
        SAFE,
    ),
    (
        "Told the young person, when they asked, that I'm a trans woman and transitioned in "
        "my twenties.",
        {"intent": "answer_question", "disclosure_type": "facts"},
        [],
        [INTIMATE, OVERID, ONGOING],
        MILD,
    ),
    (
        "Told the young person about my first hookup with a guy and exactly what we did, "
        "so he'd feel less weird about it.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "Invited the teen to come to Pride with me and my mates on Saturday and said to DM "
        "me on Insta for the details.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Told him he's definitely not bi, he's gay, and that he needs to come out to his "
        "family now like I did because hiding is cowardly.",
        {},
        [VALUES],
        [],
        RISKY,
    ),
    (
        "I'm cis, but I told them I know exactly what dysphoria feels like.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Said my wife and I have been together 12 years, because he asked if gay people "
        "can have lasting relationships. Then asked what made him wonder.",
        {"intent": "answer_question", "disclosure_type": "facts", "returned_focus": True},
        [],
        [INTIMATE, IDENTIFYING, CLOSE, NO_RETURN, VALUES],
        SAFE,
    ),
    # --- Prison / forensic service ---
    (
        "Told a prisoner on the wing that my brother served four years when I was a "
        "teenager, and that keeping up visits and letters is what helped our family get "
        "through it. Asked who he's writing to.",
        {},
        [],
        [ONGOING, CLOSE, NO_RETURN],
        MILD,
    ),
    (
        "Told the patient on the secure unit that my wife works as a custody officer at "
        "Brookfield Prison, so I know how things work over there.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Mentioned that my nephew got sentenced last month and I've been in bits about it.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "He asked if I'd visit him once he's moved to open conditions. I said I won't be "
        "able to, but his probation officer will, and we talked about who else he can rely "
        "on.",
        {},
        [],
        [DUAL, NO_RETURN],
        MILD,
    ),
    (
        "Told him to look me up when he's released and we'll go for a pint.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Told the lad he needs to get right with God if he wants to stop reoffending, "
        "because that's what saved my cousin.",
        {},
        [VALUES],
        [],
        RISKY,
    ),
    (
        "Told him my dad was inside for most of my childhood.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [DUAL, IDENTIFYING],
        CAUTION,
    ),
    (
        "I've worked in prisons for fifteen years, I told him, so not much shocks me.",
        {"disclosure_type": "facts", "intent": "build_rapport"},
        [],
        [CLOSE, ONGOING, FREQUENCY, NEED],
        SAFE,
    ),
    (
        "Told the patient about my ex cheating on me with my best mate.",
        {},
        [INTIMATE],
        [],
        RISKY,
    ),
    # --- University counselling centre ---
    (
        "Student anxious about failing exams. I told her I failed my second-year stats "
        "exam and resat it in the summer, and that asking the tutor for help made the "
        "difference. Then we looked at her revision plan.",
        {},
        [],
        [ONGOING, CLOSE, NO_RETURN, LENGTH],
        SAFE,
    ),
    (
        "Shared that I'm also finishing my PhD thesis and it's crushing me.",
        {"experience_status": "ongoing", "intent": "build_rapport"},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told the student they could follow my personal Instagram, @sam.okafor.runs, if "
        "they wanted to keep in touch.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Student said she's homesick for Glasgow. I mentioned I'm from Scotland too and was "
        "homesick my whole first term, and that joining a club helped.",
        {"intent": "normalize"},
        [],
        [IDENTIFYING, ONGOING, OVERID],
        SAFE,
    ),
    (
        "Told him I also struggled with procrastination as an undergrad and that the "
        "Pomodoro technique helped me.",
        {"prior_disclosures_30d": 1},
        [],
        [FREQUENCY, ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Shared my own experience of imposter syndrome in grad school and how journaling helped.",
        {"prior_disclosures_30d": 6},
        [FREQUENCY],
        [ONGOING],
        CAUTION,
    ),
    (
        "Halfway through her session about panic attacks I went off on a tangent about my "
        "fantasy football league, which had nothing to do with anything she'd come in for.",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "Told the student I was homesick my whole first term at university and nearly went "
        "home at Christmas. What turned it around was joining the hiking club and calling "
        "my gran every Sunday. Then I asked what small thing might help her feel more at "
        "home here.",
        {},
        [],
        [LENGTH, ONGOING, CLOSE, NO_RETURN],
        SAFE,
    ),
    (
        "Shared that writing a to-do list the night before helped me manage exam stress as "
        "a student.",
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
        ALL_RULES,
        SAFE,
    ),
    (
        "Asked how she's been sleeping lately, then shared that a wind-down routine helped "
        "me when I had insomnia in college.",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    # --- Chaplain-counsellor ---
    (
        "Hospital chaplain: the patient asked if I pray. I said yes, my faith carried me "
        "through my own father's death, and asked what gives her strength right now.",
        {},
        [],
        [VALUES, ONGOING, CLOSE, NO_RETURN],
        SAFE,
    ),
    (
        "Told the grieving mother that her son is in a better place and that she must "
        "accept God's plan instead of being angry.",
        {},
        [VALUES],
        [],
        RISKY,
    ),
    (
        "Invited the family to join my congregation's Sunday lunch at St Aidan's and said "
        "I'd pick them up in my car.",
        {},
        [DUAL],
        [],
        RISKY,
    ),
    (
        "Patient, an atheist, asked how I cope with death in my job. I said my faith helps "
        "me, but everyone finds meaning differently, and asked what helps him make sense "
        "of things.",
        {"intent": "answer_question", "returned_focus": True},
        [],
        [VALUES, NO_RETURN, ONGOING],
        SAFE,
    ),
    (
        "Told the widower 'I know exactly how you feel' even though I've never lost a spouse.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "We're all in the same boat of being human, I told her: I've had anxious spells "
        "too, nothing like what she's been through, and slow breathing helped me.",
        {},
        [],
        [OVERID, ONGOING],
        MILD,
    ),
    # --- Telehealth by video or chat ---
    (
        "On video my toddler burst in. I said 'that's my little one, sorry!', we laughed, "
        "and went back to what she was saying about her week.",
        {"disclosure_type": "facts"},
        [],
        [IDENTIFYING, NO_RETURN, ONGOING],
        MILD,
    ),
    (
        "Client noticed my background and I told him yes, that's the view from my flat on "
        "Carrow Road, right by the stadium.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Via chat: 'tbh im going thru a rough patch rn w my own anxiety, cant sleep, so i "
        "get it lol'",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Over chat I gave her my WhatsApp so we could skip the platform and message directly.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Reminded her she can message me through the secure portal between sessions for "
        "scheduling.",
        {},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
    (
        "Talked about my own experience with long COVID fatigue and pacing.",
        {"duration_minutes": 12, "experience_status": "partly_resolved", "returned_focus": False},
        [DURATION, NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "On telehealth I mentioned my husband Daniel is a paramedic at St. Luke's, so I "
        "hear about ODs all the time.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Said “I know exactly what you’re going through 😔” to the client about her failed "
        "IVF round. I’ve never done IVF.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    # --- Across settings: the clinician's need, the client's care, what was never got over ---
    (
        "Felt the pull to tell him about my own divorce to ease my own discomfort in the "
        "silence, but held back and just reflected what he'd said.",
        {},
        [],
        [NEED, ONGOING],
        MILD,
    ),
    (
        "Tbh I told her about my dog dying mostly cos I needed to talk about it to someone.",
        {},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "Shared a bit about my mother's illness.",
        {"client_response": "comforted_therapist"},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Shared that I lost my mother to cancer when I was 19 and that a grief group helped me.",
        {"client_response": "engaged", "returned_focus": True, "experience_status": "resolved"},
        [],
        [REVERSAL, ONGOING, NO_RETURN, CLOSE],
        SAFE,
    ),
    (
        "pt ended up giving me advise about my teenager after i vented abt him skipping school",
        {},
        [REVERSAL, NEED],
        [],
        BURDEN,
    ),
    (
        "The client said 'thanks for sharing that, it helps to know you get it' and went "
        "on to talk about her own plans for the week.",
        {"client_response": "engaged"},
        [],
        [REVERSAL, NO_RETURN],
        MILD,
    ),
    (
        "Told the client I never really got over my dad leaving when I was 9.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I'd never say I know exactly how she feels. I told her I haven't lived what she "
        "has, but I'm here to understand it with her.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "Last week you asked if I'd ever been anxious before presentations. I have, years "
        "ago, and practising in front of a friend helped me. What might you try?",
        {},
        [],
        [ONGOING, CLOSE, NO_RETURN],
        SAFE,
    ),
    (
        "Shared that a ten-minute walk after lunch helped me through a low patch years "
        "back, and suggested she try it.",
        {},
        [],
        [DURATION, ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Mentioned briefly that I'd had a similar setback at work once and it passed.",
        {"duration_minutes": 1.5, "prior_disclosures_30d": 0},
        [],
        [DURATION, FREQUENCY, LENGTH],
        MILD,
    ),
    (
        "Told her the same thing happened to me and it still eats me up.",
        {"relevance": "indirect"},
        [ONGOING],
        [RELEVANCE],
        BURDEN,
    ),
]

test_case = case_test(CASES, "h11-")
