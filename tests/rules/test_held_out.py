"""Cases written in other words than the shared vignettes, across every rule family.

Each line names the rules that must fire at warn or high, the rules that must not, and,
where a supervisor would be clear about it, the acceptable categories. They guard against
an engine that has learned the vignettes' sentences instead of the guidelines.
"""

from __future__ import annotations

from .cases import CONCERN, DUMPING, SAFE, UNSAFE, case_test

# (text, fields, must, must_not, accept)
CASES = [
    # resolved
    (
        "Told him I'm still not over my divorce, it's been rough lately.",
        {},
        ["resolved.ongoing"],
        [],
        DUMPING,
    ),
    (
        "I said that these days I'm barely holding it together since my sister's accident.",
        {},
        ["resolved.ongoing"],
        [],
        DUMPING,
    ),
    (
        "I told her I'm currently going through IVF and it's been exhausting.",
        {},
        ["resolved.ongoing"],
        [],
        DUMPING,
    ),
    (
        "I shared that I had a rough patch with low mood in my twenties and that regular "
        "exercise got me through it.",
        {},
        [],
        ["resolved.ongoing", "resolved.no_positive_close"],
        SAFE,
    ),
    (
        "I still use the journaling habit that helped me through a bad year at college.",
        {},
        [],
        ["resolved.ongoing"],
        SAFE,
    ),
    (
        "I don't struggle with it anymore; talking to a counsellor made a real difference.",
        {},
        [],
        ["resolved.ongoing"],
        SAFE,
    ),
    ("She told me she is still grieving her mum right now.", {}, [], ["resolved.ongoing"], SAFE),
    # client focus
    (
        "I said I totally get what she's going through, I've lived it.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I said I'd been in her shoes with an eating disorder.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I told him I can imagine how scary that must have been.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I said I'd been there for my sister when she went through it.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "He ended up giving me a tissue and telling me it would be okay.",
        {},
        ["client_focus.role_reversal"],
        [],
        CONCERN,
    ),
    (
        "I was feeling really low so I talked about my week to get it off my chest.",
        {},
        ["client_focus.therapist_need"],
        [],
        CONCERN,
    ),
    (
        "I went on and on about my own holiday plans and we never came back to what she'd said.",
        {},
        ["client_focus.no_return"],
        [],
        CONCERN,
    ),
    (
        "Told her I'm a runner too and that it helps me switch off; then asked what helps her.",
        {"returned_focus": True},
        [],
        ["client_focus.no_return", "resolved.ongoing"],
        SAFE,
    ),
    # boundary: identifying details
    (
        "Texted her my home address so she could drop off the forms.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "My daughter Chloe is in year 5 at St Mary's Primary, I mentioned.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I told him my son plays for the Riverside Rovers under-10s on Saturdays.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "My brother works at the Tesco on Kings Road, I told him.",
        {},
        ["boundary.identifying_details"],
        [],
        CONCERN,
    ),
    ("I said I live in the area too.", {}, ["boundary.identifying_details"], [], UNSAFE),
    (
        "I mentioned that the local crisis line is 0800 123 4567 and it's free.",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "I never told him where I live, although he asked twice.",
        {},
        [],
        ["boundary.identifying_details"],
        SAFE,
    ),
    # boundary: dual relationship
    (
        "I suggested we could grab a coffee some time after she finishes therapy.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    ("I told her to look me up on Facebook.", {}, ["boundary.dual_relationship"], [], UNSAFE),
    (
        "I offered to drive her home after the session.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    # boundary: intimate details
    (
        "I shared that my wife and I stopped sleeping together for a year.",
        {},
        ["boundary.intimate_details"],
        [],
        CONCERN,
    ),
    (
        "I mentioned that I'm gay and that coming out to my family took time, but it got easier.",
        {},
        [],
        ["boundary.intimate_details"],
        SAFE,
    ),
    (
        "I was pregnant when I trained, so I told her I understand how tiring it can be.",
        {},
        [],
        ["boundary.intimate_details", "client_focus.overidentification"],
        SAFE,
    ),
    # boundary: clinical specifics
    (
        "I told him quetiapine knocked me out at night when I took it.",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "I told him he could probably stop his lithium since he seems fine.",
        {},
        ["boundary.clinical_specifics"],
        [],
        UNSAFE,
    ),
    (
        "I mentioned that medication and seeing a psychiatrist helped me a lot back then.",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    # boundary: personal values
    (
        "I told her abortion is a sin and she should keep the baby.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I told her that prayer would help her more than therapy.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I told him he should leave his wife, it's what I did and it was the best decision "
        "of my life.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I said I'm religious myself but that what matters is what feels right for her.",
        {},
        [],
        ["boundary.personal_values"],
        SAFE,
    ),
    # a second round of held-out cases
    (
        "Told him I've been signed off work with stress for the last month.",
        {},
        ["resolved.ongoing"],
        [],
        DUMPING,
    ),
    (
        "I was signed off sick for a while years ago, and a phased return helped.",
        {},
        [],
        ["resolved.ongoing"],
        SAFE,
    ),
    (
        "She ended up asking if I was alright and held my hand.",
        {},
        ["client_focus.role_reversal"],
        [],
        CONCERN,
    ),
    (
        "I told him I'm on Facebook as Jo Smith if he wants to connect.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    (
        "I mentioned that I'm on Instagram a lot too, mostly looking at dog pictures.",
        {},
        [],
        ["boundary.dual_relationship"],
        SAFE,
    ),
    (
        "My wife works as a receptionist at the GP surgery on Mill Lane.",
        {},
        ["boundary.identifying_details"],
        [],
        UNSAFE,
    ),
    (
        "I told her she should ask her GP about trying an antidepressant like sertraline.",
        {},
        ["boundary.clinical_specifics"],
        [],
        CONCERN,
    ),
    (
        "She told me her psychiatrist put her on sertraline last year.",
        {},
        [],
        ["boundary.clinical_specifics"],
        SAFE,
    ),
    (
        "I said we're basically in the same situation, both single parents juggling everything.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "We were in the same class at school, it turned out.",
        {},
        [],
        ["client_focus.overidentification"],
        SAFE,
    ),
    (
        "I told him I've walked in his shoes with addiction.",
        {},
        ["client_focus.overidentification"],
        [],
        CONCERN,
    ),
    (
        "I said that if it were me I'd take the job in London.",
        {},
        ["boundary.personal_values"],
        [],
        CONCERN,
    ),
    (
        "I let him know my number is on the clinic website if he needs to rebook.",
        {},
        [],
        ["boundary.identifying_details", "boundary.dual_relationship"],
        SAFE,
    ),
    (
        "I told her I'll be at the same gym on Saturday if she wants to train together.",
        {},
        ["boundary.dual_relationship"],
        [],
        UNSAFE,
    ),
    ("If she asked, I'd give her my number.", {}, [], ["boundary.dual_relationship"], SAFE),
    (
        "My husband and I are trying for a baby and it's been really hard.",
        {},
        ["resolved.ongoing"],
        [],
        CONCERN,
    ),
    (
        "It's been a tough year but I'm proud of how far I've come.",
        {},
        [],
        ["resolved.ongoing"],
        SAFE,
    ),
    # brevity via fields, with a clean text
    (
        "I said I enjoy gardening too.",
        {"duration_minutes": 2.5},
        ["brevity.duration"],
        [],
        ("caution",),
    ),
    (
        "I said I enjoy gardening too.",
        {"prior_disclosures_30d": 2},
        ["brevity.frequency"],
        [],
        ("caution",),
    ),
]


test_it_generalises_beyond_the_vignettes = case_test(CASES, "h")
