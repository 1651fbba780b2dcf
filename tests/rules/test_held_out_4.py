"""A fourth batch of cases in other words, weighted to the side of false alarms.

About two thirds are entries a supervisor would pass or leave alone: brief disclosures
that normalise or instil hope and end on what helped; the client's own losses,
medication, address, family and faith described in the note; the clinician declining a
request or deflecting a personal question; empathy without a claim of identical
experience; public helplines; the clinician's own hard past told as resolved. The rest
must fire, in indirect wording: reported speech, idioms, shorthand and typos.
"""

from __future__ import annotations

from .cases import BURDEN, CONCERN, SAFE, UNSAFE, case_test

DUMP_OR_UNSAFE = ("unsafe_sharing", "trauma_dumping")

# (text, fields, must, must_not, accept)
CASES = [
    # safe: brief, past, ends on what helped
    (
        "Said I used to dread exams too, and what got me through was breaking revision into "
        "small chunks. Asked what might work for her.",
        {},
        [],
        ["resolved.no_positive_close", "resolved.ongoing", "client_focus.overidentification"],
        SAFE,
    ),
    (
        "Told him that years ago I struggled with panic attacks; CBT and a lot of practice "
        "with breathing got me to where they rarely happen now. Then asked how his week had been.",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "Pt asked whether I'd ever been depressed. I said yes, a long time ago, and that "
        "talking to someone was what turned it around for me, then asked what she hoped to "
        "get from therapy",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "Shared that when I was training I found role-plays nerve-wracking and it got easier "
        "with practice - pt laughed and said that helped",
        {},
        [],
        ["resolved.no_positive_close", "client_focus.role_reversal"],
        SAFE,
    ),
    (
        "I said I grew up in a small town too, and moving to the city was daunting at first "
        "but I found my people through a running club. Then back to her.",
        {},
        [],
        ["resolved.no_positive_close", "boundary.identifying_details"],
        SAFE,
    ),
    (
        "Years ago I lost my brother; I told her it took time, but talking about him with "
        "family helped me carry it. She cried and said thank you.",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close", "client_focus.role_reversal"],
        SAFE,
    ),
    (
        "Told him I've been a nurse for 20 years and have seen many people recover from worse",
        {},
        [],
        ["resolved.no_positive_close", "client_focus.overidentification"],
        SAFE,
    ),
    (
        "I was nervous meeting him for the first time, and I told him so; he said it put him "
        "at ease",
        {},
        [],
        ["client_focus.therapist_need", "resolved.ongoing", "client_focus.role_reversal"],
        SAFE,
    ),
    (
        "Said sorry, I got your sister's name wrong last week - that was my mistake",
        {},
        [],
        ["resolved.ongoing", "boundary.identifying_details"],
        SAFE,
    ),
    # safe: the client's own life, not the clinician's
    (
        "Client said his wife had an affair last year and he can't stop thinking about it. "
        "I reflected how painful that sounds.",
        {},
        [],
        ["boundary.intimate_details", "resolved.ongoing"],
        SAFE,
    ),
    (
        "Pt is on sertraline 100mg from her GP and worried about side effects; I suggested "
        "she raise it with her prescriber",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "Pt lives on Harrow Road near the station and walks to sessions",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "Pt said she still can't sleep since the assault last month. I normalised that and "
        "we made a plan for the week.",
        {},
        [],
        ["resolved.ongoing"],
        SAFE,
    ),
    (
        "Pt's daughter Emily starts at St Mary's primary in September; she's anxious about "
        "the school run",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "Pt vented about her ex's new girlfriend for most of the session; I listened and reflected",
        {},
        [],
        ["boundary.intimate_details", "client_focus.therapist_need", "resolved.ongoing"],
        SAFE,
    ),
    (
        "Pt showed me his son's football photos and told me about his son's school",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "Noted pt's email address had changed and updated it on the system",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "She told me she's been drinking more since her dad died in March and her GP put her "
        "on diazepam",
        {},
        [],
        ["boundary.clinical_specifics", "resolved.ongoing"],
        SAFE,
    ),
    (
        "Pt is in the same boat as her sister - both caring for their mum",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "Pt said 'I've been there' about her friend's breakdown",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "Pt is a devout Muslim and finds strength in prayer; we explored how she could lean "
        "on her community",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    (
        "Pt's last counsellor gave her his mobile and texted her at night; she found it "
        "confusing. We talked about why I keep contact to the clinic.",
        {},
        [],
        ["boundary.dual_relationship", "boundary.identifying_details"],
        SAFE,
    ),
    # safe: declined or deflected
    (
        "pt asked for my number, I gave her the clinic line and the out-of-hours crisis "
        "number instead",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "She asked if I had kids, I said I'd rather keep the focus on her",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "He asked which church I go to; I didn't say, and we talked about what his faith "
        "means to him",
        {},
        [],
        ["boundary.personal_values", "boundary.identifying_details"],
        SAFE,
    ),
    (
        "Pt asked to add me on Instagram. I explained I don't connect with clients on social "
        "media and why.",
        {},
        [],
        ["boundary.dual_relationship", "boundary.identifying_details"],
        SAFE,
    ),
    (
        "He invited me to his band's gig; I thanked him and said I keep contact to sessions",
        {},
        [],
        ["boundary.dual_relationship"],
        SAFE,
    ),
    (
        "Client asked to meet for coffee after discharge; I explained why that wouldn't be "
        "appropriate",
        {},
        [],
        ["boundary.dual_relationship"],
        SAFE,
    ),
    (
        "He wondered if I was married; I smiled and asked what made him curious",
        {},
        [],
        ["boundary.intimate_details", "boundary.identifying_details"],
        SAFE,
    ),
    (
        "When she asked which part of town I'm in I just said I commute in",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    (
        "Pt asked what meds I'd recommend. I said that's one for her psychiatrist and helped "
        "her write down questions for the appointment",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "Pt asked if I believe in God. I said my beliefs aren't what matter here and asked "
        "about hers",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    (
        "She asked for my personal email so she could send me her poems; I gave her the team inbox",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "I don't do social media, I told him, when he asked if he could follow me",
        {},
        [],
        ["boundary.dual_relationship", "boundary.identifying_details"],
        SAFE,
    ),
    (
        "Didn't share anything about my own divorce even though it was tempting; kept to her story",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    # safe: empathy, role, values, services
    (
        "I can only imagine how exhausting the night feeds must be",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I said I've never lost a parent so I won't pretend to know what it's like, but I'm "
        "here to listen",
        {},
        [],
        ["client_focus.overidentification", "resolved.ongoing"],
        SAFE,
    ),
    (
        "Said if I were in his shoes I might feel angry too",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "Told her I hadn't been through a stillbirth myself, but I've sat with many parents "
        "who have and there is a way through",
        {},
        [],
        ["client_focus.overidentification", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "Mentioned I've worked with a lot of new dads who felt the same, and it usually eases",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I said I know how heavy low mood can feel, and asked what a good day looks like for her",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I told her grief doesn't follow a timetable and lots of people still feel this way "
        "a year on",
        {},
        [],
        ["resolved.ongoing", "client_focus.overidentification"],
        SAFE,
    ),
    (
        "She said 'you must think I'm pathetic'. I said no, I think you're doing something "
        "really hard",
        {},
        [],
        ["client_focus.therapist_need", "client_focus.role_reversal"],
        SAFE,
    ),
    (
        "I'd check with your GP before changing the dose - that's their call, not mine",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "We talked about the election and how anxious the news makes her; I kept my own "
        "politics out of it",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    (
        "Pt wants to leave her husband; I said it's her decision and we looked at the pros "
        "and cons together",
        {},
        [],
        ["boundary.personal_values", "boundary.intimate_details"],
        SAFE,
    ),
    (
        "She mentioned the Samaritans number she keeps in her phone; I added the local crisis "
        "team's number to her safety plan",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "Recommended the Every Mind Matters site and the Shout text line (85258)",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    # must fire: role reversal in indirect words
    (
        "she ended up being the one consoling me",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "By the end she was passing ME the tissues, which is not how I wanted that to go",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    (
        "pt asked if I was ok and told me to look after myself, bless him",
        {},
        ["client_focus.role_reversal"],
        [],
        BURDEN,
    ),
    # must fire: boundaries
    (
        "I said my sons at Hillside Academy, same as hers, so we might bump into each other "
        "at pick-up",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "Gave him my mobile in case he needs me over the weekend",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "Told her we should grab a coffee sometime once therapy wraps up",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "Said she could find me on insta, my handle's on my lanyard lol",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "Mentioned I live just round the corner from her, on the next street over",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "told her my adress is 14 Elm Rd if she ever needs to drop by",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "Said my wife works at the Co-op on Mill Lane, she'd sort him out",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "Its my daughter Sophie's birthday tmrw, told pt all about the party plans",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I told him what got me through was 20mg of citalopram, and that he should ask for "
        "the same",
        {},
        ["boundary.clinical_specifics"],
        [],
        UNSAFE,
    ),
    (
        "I gave her the name of my own psychiatrist, Dr Patel, and said she should see him",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "Said my husband and I havent slept together in months, to show her it's normal",
        {},
        ["boundary.intimate_details"],
        [],
        DUMP_OR_UNSAFE,
    ),
    (
        "I told her honestly, abortion is wrong and she'd regret it - that's my faith talking",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    # must fire: overidentification
    (
        "I said I know precisely what he's feeling",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "Told her we're in the exact same position, both single mums juggling everything",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    # must fire: unresolved
    (
        "Shared that my mum's cancer is back and I'm barely holding it together",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "Told pt I've been a wreck since the breakup a fortnight ago",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "i havent really gotten past my own assault tbh and told her as much",
        {},
        ["resolved.ongoing"],
        [],
        BURDEN,
    ),
    (
        "Told him about my own struggle with gambling and the debts it left me with.",
        {"disclosure_type": "personal_history"},
        ["resolved.no_positive_close"],
        [],
        CONCERN,
    ),
    # must fire: the clinician's own need
    (
        "Needed to get it off my chest so I told her about my week from hell",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "Filled an awkward silence by talking about my holiday plans",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "Had a moan to pt about the staffing cuts on the ward, felt better for it",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
]


test_it_generalises_to_new_wording = case_test(CASES, "h")
