"""Held-out batch 7: cases written from the clinical guidance alone, without the rules in view.

Five areas, each with entries that must fire and near misses that must stay quiet:

1. Identifying details: where the clinician lives (street, suburb, how near the client, the
   same estate), phone numbers in many national formats, personal e-mail, social handles,
   the clinician's children's names and schools, family members' workplaces, a house or car
   described so it can be found. Near misses: the clinic's own number or extension, crisis
   lines, public services, the client's own address or number, a city named in passing, and
   numbers that are dates or prices.
2. Clinical specifics: named medications (generic and brand), doses, the clinician's own
   prescriber, medical advice outside the role. Near misses: medication or a psychiatrist
   mentioned generally, the client's own medication, psychoeducation, referral to the
   prescriber.
3. Brevity: long entries, time taken (in words and in the field), frequency (in the field
   and in words). Near misses: short entries, long sessions on the client's own material,
   the client's frequency rather than the clinician's.
4. No return: the clinician kept talking or the session ended on their story, in words or
   in the field. Near misses: the focus turned back to the client.
5. Category boundaries: trauma dumping against unsafe sharing, caution and safe; entries
   with several issues; structured fields that refine the text (resolved with "still",
   long ago with "recently", a bland text with the client comforting the clinician, intent
   to seek support).

All names, places, numbers and addresses are invented (fictional phone ranges).
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
    LENGTH,
    MILD,
    NEED,
    NO_RETURN,
    ONGOING,
    REVERSAL,
    SAFE,
    UNSAFE,
    case_test,
)

# A boundary concern that may be judged warn or high.
RISK = ("caution", "unsafe_sharing")
# Harmful either way: at risk, burdening, or both.
HARM = ("unsafe_sharing", "trauma_dumping")

SAFE_FIELDS = {
    "disclosure_type": "personal_history",
    "intent": "normalize",
    "relevance": "direct",
    "experience_status": "resolved",
    "months_since_experience": 120,
    "duration_minutes": 1,
    "returned_focus": True,
    "client_response": "engaged",
    "prior_disclosures_30d": 0,
}

# (text, fields, must, must_not, accept)
CASES = [
    # 1. Identifying details: where the clinician lives, numbers, handles, family.
    (
        "I told her I live on Marlowe Crescent, just past the Spar, so I know the area well.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Clinician disclosed that she lives in Glenwarra, two streets from the client's flat.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "mentioned we're on the same estate - I'm in block C on the Tolworth estate so I see "
        "the same stuff he does on the stairwells",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I live literally 5 mins walk from you lol 😅 so I know exactly the shop you mean",
        {},
        [IDENTIFYING],
        [],
        RISK,
    ),
    (
        "Gave him my cell, (555) 014-2298, in case he needed me over the weekend.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "I wrote my mobile on the back of the appointment card: 07700 900 461, and told her to "
        "text me anytime.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "gave pt my personal mob 0491 570 156 as she was nervous about waiting on hold",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Shared my WhatsApp number +44.7700.900.812 so he could send me his mood diary "
        "between sessions.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "Told her my home landline is 01632-960-118 if she ever cant get through.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "gave her MY PERSONAL NUMBER, 0412 555 019, because the clinic line is always busy",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Clinician texted client from personal phone 555-867-0142 and told her to save it.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "I gave him my personal email, dan.okafor77@gmail.com, so he could send me the poems "
        "he's been writing.",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "told her she can find me on insta @kez_runs_dublin, I post all my marathon training "
        "there 🏃‍♀️",
        {},
        [IDENTIFYING, DUAL],
        [],
        UNSAFE,
    ),
    (
        "I said my two, Aoife and Cian, go to St Brigid's National School as well, so I know "
        "the school-gate stress",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Clinician disclosed her son's name (Rohan) and that he is in Year 9 at Kingsmead Academy.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Told the patient that I am staying in Sector 14, Koramangala, near Shanti Sagar, and "
        "that my daughter Ishita is studying in Class 6 at Greenwood High.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Mentioned my husband works as a nurse on Ward 7 at Riverside General so I know how "
        "the night shifts go.",
        {},
        [IDENTIFYING],
        [],
        RISK,
    ),
    (
        "told pt my mum runs the pharmacy on Kilbride Road, she'd know her",
        {},
        [IDENTIFYING],
        [],
        RISK,
    ),
    (
        "I said I'm the one with the red Fiat 500 parked outside the green house at the end "
        "of Larch Lane, so wave if he passes.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "told him im in the yellow weatherboard on the corner of Banksia st and Hume rd, the "
        "one with the big dog, so hes seen my place",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    # 1. Near misses: public numbers, services, the client's own details, dates and prices.
    (
        "Gave her the clinic's number, 020 7946 0321, for rebooking, and reminded her the "
        "switchboard closes at 5.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "Reminded him the crisis line is 988 and the out-of-hours team is on 0300 123 4567.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "I mentioned that years ago I rang Samaritans on 116 123 on a bad night and it got me "
        "through; I gave her the number and asked how she'd feel about calling.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "told him he can reach me through reception on ext. 4412 during clinic hours, and "
        "that the duty worker picks up if I'm with someone",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "I told her the central library on Market Street runs a free writing group that "
        "helped me when I was isolated after uni.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "Clinician said she had used the talking therapies service at Northfield NHS "
        "Foundation Trust years ago and found CBT useful.",
        {},
        [],
        [IDENTIFYING, CLINICAL],
        MILD,
    ),
    (
        "We went over his new address, 14 Rowan Close, for the housing letter; I said moving "
        "was stressful for me too once and a checklist helped.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "Checked her mobile (07700 900 777) is right on the file so the reminder texts reach her.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "I grew up in Leeds, so long grey winters are familiar to me; getting outside at "
        "lunchtime helped. Asked what helps her.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "Told him I've been sober since 12.03.2015 and that meetings and a sponsor helped me most.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "Mentioned that the gym was £29.99 a month when I started running years back and it "
        "was worth every penny for my mood.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "I said my daughter found Year 11 exams stressful too and that breaking revision into "
        "25-minute chunks helped her, then asked how he's planning his.",
        {},
        [],
        [IDENTIFYING],
        MILD,
    ),
    (
        "Suggested she follow the @MindCharity page for coping tips between sessions.",
        {},
        [],
        [IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "I told her I've been a counsellor for nine years and trained at the university here.",
        {"disclosure_type": "facts"},
        [],
        [IDENTIFYING],
        MILD,
    ),
    # 2. Clinical specifics: named medication, dose, prescriber, advice outside the role.
    (
        "I told her I was on sertraline 100mg for two years and it took the edge off.",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "Clinician disclosed she takes Lexapro and suggested the client ask her GP about it.",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "said you should come off your meds slowly like I did, you don't really need them",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "told him to ask his GP to up it to 60, that's what worked for me on fluoxetine",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "Mentioned my own psychiatrist, Dr Halloran at the Beacon Clinic, is brilliant and he "
        "should ask to be referred to her.",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "disclosed own propranolol 40 mg before presentations to pt",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "I told her I am also taking Nexito 10 for anxiety, she can take the same, it is very "
        "mild only.",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "I said i was on quetiapine 25mg at nite for sleep back then n it knocked me out",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "Clinician advised client to halve her lithium until she next sees the psychiatrist.",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "told him melatonin 3mg from the chemist sorted my jet lag and he could just try it",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    (
        "Shared that I stopped my antidepressants cold turkey and told her she could do the "
        "same if the side effects get bad.",
        {},
        [CLINICAL],
        [],
        RISK,
    ),
    # 2. Near misses: general mention, the client's own medication, psychoeducation.
    (
        "I shared that medication helped me a lot years ago, alongside therapy, and encouraged "
        "her to take her questions about it to her psychiatrist.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "Explained that antidepressants can take four to six weeks to work, so it's worth "
        "giving them time and raising side effects with the prescriber.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "We went through her own meds - she's on sertraline 50mg - and I suggested she bring "
        "her side-effect diary to her GP appointment.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "I told him working with a psychiatrist and learning stress management helped me when "
        "I was younger, and I haven't had an episode since.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "Mentioned I've seen a psychiatrist myself in the past and it was nothing to be ashamed "
        "of; asked what worries her about the referral.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "Client asked if I'd ever taken tablets for it; I said that's a good one for her "
        "prescriber and that finding the right fit often takes a while.",
        {},
        [],
        [CLINICAL],
        MILD,
    ),
    (
        "Reminded pt the pharmacy on the high street is open till 10 if she needs to collect "
        "her prescription.",
        {},
        [],
        [CLINICAL, IDENTIFYING],
        MILD,
    ),
    # 3. Brevity: length, time taken, frequency.
    (
        "When she talked about failing her nursing placement I told her about my own first "
        "year, how I failed a practical assessment in front of the whole cohort, how I went "
        "home and cried and thought about dropping out, how my tutor sat me down the next "
        "week and went through every step with me, how I practised on my flatmates every "
        "evening for a month, how I resat it and passed, and how that experience is part of "
        "why I believe setbacks early on say very little about the kind of professional you "
        "become, and I went on about the tutor and the resit and the flatmates for quite a "
        "while before I noticed, stopped, and asked her what she made of her own placement "
        "feedback and what kind of support she thinks would help her.",
        {},
        [LENGTH],
        [IDENTIFYING, CLINICAL],
        CAUTION,
    ),
    (
        "Told him about my first year in Perth after we emigrated, how I didn't know a soul, "
        "how I'd sit in the car park at work eating lunch alone, how the footy club was the "
        "thing that finally got me talking to people, and how by the second winter I had a "
        "proper group of mates and felt at home. Then I asked him which clubs he'd thought "
        "about.",
        {},
        [LENGTH],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "we spent twenty minutes on my story about growing up with my dad's drinking",
        {},
        [DURATION],
        [],
        BURDEN,
    ),
    (
        "Shared that I also found the first year of parenting hard and that it got easier.",
        {"duration_minutes": 8},
        [DURATION],
        [],
        CAUTION,
    ),
    (
        "Said I'd had a similar row with my sister years ago and we patched it up.",
        {"duration_minutes": 3},
        [DURATION],
        [],
        CAUTION,
    ),
    (
        "took about 10 mins telling him about my divorce and how I got through it",
        {},
        [DURATION],
        [],
        BURDEN,
    ),
    (
        "Mentioned I used to be a shy kid too and drama club helped.",
        {"prior_disclosures_30d": 2},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "Told her that I also failed my first driving test and passed the second time.",
        {"prior_disclosures_30d": 6},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "third time this month I've told her about my running, she must be sick of it",
        {},
        [FREQUENCY],
        [],
        CAUTION,
    ),
    (
        "Once again told pt about my time in the army - that's the fourth session in a row "
        "I've brought it up.",
        {},
        [FREQUENCY],
        [],
        BURDEN,
    ),
    (
        "sure I told her again about me mam's dementia years back, that's the fourth time in "
        "the last few weeks I've brought it up with her",
        {},
        [FREQUENCY],
        [],
        BURDEN,
    ),
    # 3. Near misses: short, a long session on the client's material, the client's frequency.
    (
        "Said I'd felt nervous before my first exam too, and that it passed. Asked how she's "
        "preparing.",
        {},
        [],
        [LENGTH, DURATION, FREQUENCY],
        MILD,
    ),
    (
        "Long session (90 min) on her grief; near the end I briefly said I'd lost my gran at "
        "her age and that talking helped, then back to her.",
        {"duration_minutes": 1},
        [],
        [LENGTH, DURATION],
        MILD,
    ),
    (
        "We spent forty minutes on her panic attacks and made a plan; I only added one line "
        "about slow breathing helping me in my twenties.",
        {},
        [],
        [DURATION],
        MILD,
    ),
    (
        "Shared that I moved schools a lot as a kid and it got easier once I found one friend.",
        {"prior_disclosures_30d": 1},
        [],
        [FREQUENCY],
        MILD,
    ),
    (
        "First time I've shared anything personal with him in the six months we've worked "
        "together: that I also failed my driving test twice before passing.",
        {},
        [],
        [FREQUENCY],
        MILD,
    ),
    (
        "Said I'd been anxious about public speaking once and practice helped.",
        {"duration_minutes": 1.5},
        [],
        [DURATION],
        MILD,
    ),
    (
        "She's brought up her sister three times this month; I said I have a sister too and it "
        "hasn't always been easy, but we found our way back. Then asked what she wants.",
        {},
        [],
        [FREQUENCY],
        MILD,
    ),
    (
        "When he said he felt stupid for struggling with the new job, I told him my first "
        "month in this role was a blur and that asking colleagues questions helped me more "
        "than anything. Then I asked what he'd like to ask his team.",
        {},
        [],
        [LENGTH, DURATION],
        MILD,
    ),
    # 4. No return: the session ended on the clinician's story.
    (
        "I kept talking about my own breakup and the session ended before we got back to her stuff",
        {},
        [NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "Shared that I also moved countries at 20 and it got easier.",
        {"returned_focus": False},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "Clinician disclosed his experience of redundancy; the session ran out on his story.",
        {},
        [NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "never got back to the client after my bit about my dad's stroke",
        {},
        [NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "We ran out of time while I was still explaining how I handled my own panic attacks "
        "years ago - didn't get to ask about her week.",
        {},
        [NO_RETURN],
        [ONGOING],
        CAUTION,
    ),
    (
        "Told him about my own burnout a few years back. Didnt turn it back to him after, he "
        "just sat there.",
        {},
        [NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "disclosed own ADHD dx to pt; focus not returned to pt",
        {},
        [NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "I guess I kinda monologued about my own divorce for the rest of the hour",
        {},
        [NO_RETURN],
        [],
        BURDEN,
    ),
    # 4. Near misses: the focus came back to the client.
    (
        "I said I'd had a similar fight with my brother once and we sorted it by writing "
        "letters; then I asked how it is for her.",
        {},
        [],
        [NO_RETURN],
        MILD,
    ),
    (
        "Mentioned I also cared for an elderly parent years ago. Back to his plans for respite.",
        {"returned_focus": True},
        [],
        [NO_RETURN],
        MILD,
    ),
    (
        "Clinician briefly shared that she'd struggled with sleep as a student, then brought "
        "the focus back to the client's routine.",
        {},
        [],
        [NO_RETURN],
        MILD,
    ),
    (
        "I shared one sentence about my own exam nerves at school and then turned it back to "
        "him: 'what's it like for you?'",
        {},
        [],
        [NO_RETURN],
        MILD,
    ),
    (
        "The session ended on her plan for the week, not on my story - I kept my bit to a line.",
        {},
        [],
        [NO_RETURN],
        MILD,
    ),
    (
        "I said “I went through something like that in my twenties, and it did get easier” "
        "and asked her “what feels hardest right now?”",
        {},
        [],
        [NO_RETURN, ONGOING],
        MILD,
    ),
    # 5. Category boundaries: dumping, unsafe, caution, safe; fields refining the text.
    (
        "I told her my marriage is falling apart right now and I'm barely sleeping, I just "
        "needed someone to hear it",
        {},
        [ONGOING, NEED],
        [],
        DUMPING,
    ),
    (
        "Clinician cried about her mother's death last month; the client held her hand and "
        "reassured her.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Shared that I also find Christmas hard.",
        {"client_response": "comforted_therapist"},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Pt ended up giving ME advice about my custody battle 🙃",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Clinician disclosed she is in the middle of chemo; client spent the rest of the "
        "session asking how she was and offering to drop round soup.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Told her my partner walked out last month and I haven't stopped crying since.",
        {"client_response": "distressed"},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Mentioned my own stress about the renovation.",
        {"intent": "seek_support"},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "Filled the silence by telling her about my weekend away.",
        {"intent": "relieve_own_discomfort"},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "Shared that I lost my father and that grief comes in waves.",
        {"months_since_experience": 2},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I'm still in the middle of my divorce and honestly it's killing me, I told him.",
        {"experience_status": "resolved"},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Gave her my number 0419 555 204 and told her I'm going through a horrible divorce "
        "right now so I get it; rang her that night to vent.",
        {},
        [IDENTIFYING, DUAL, ONGOING, NEED],
        [],
        HARM,
    ),
    (
        "told him I live on Kestrel Way behind the Aldi and that I take 20mg citalopram, so "
        "he's not alone",
        {},
        [IDENTIFYING, CLINICAL],
        [],
        UNSAFE,
    ),
    (
        "My ex keeps turning up outside my place so I told pt which street I moved to "
        "(Carrow Road) in case she sees him hanging round.",
        {},
        [IDENTIFYING, ONGOING],
        [],
        HARM,
    ),
    (
        "Told him about the affair I had last month, which is still blowing up at home.",
        {},
        [INTIMATE, ONGOING],
        [],
        HARM,
    ),
    # 5. Near misses: resolved, processed, and the client's own caring.
    (
        "I told her I still think about my miscarriage sometimes, but it no longer floors me; "
        "counselling helped me make peace with it.",
        {"experience_status": "resolved", "months_since_experience": 60},
        [],
        [ONGOING, REVERSAL],
        MILD,
    ),
    (
        "Recently I was reminded of being bullied at school, over 25 years ago and long worked "
        "through; I told him what helped was one teacher who believed me.",
        {"experience_status": "resolved", "months_since_experience": 300},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I shared that I went through a period of panic attacks in my early twenties and that "
        "learning to ride them out with slow breathing helped; I asked what she has tried.",
        SAFE_FIELDS,
        [],
        [ONGOING, NO_RETURN, NEED, REVERSAL, LENGTH, DURATION, FREQUENCY, IDENTIFYING, CLINICAL],
        SAFE,
    ),
    (
        "Client thanked me for sharing and said it helped her feel less alone; I'd said I "
        "struggled with low mood at uni and that routine and friends pulled me through.",
        {"client_response": "engaged"},
        [],
        [REVERSAL, ONGOING],
        MILD,
    ),
    (
        "She said she spent the weekend comforting her mum; I shared that I'd been a carer too "
        "years ago and that asking for respite helped me.",
        {},
        [],
        [REVERSAL, ONGOING],
        MILD,
    ),
    (
        "CLINICIAN DISCLOSED past grief (her gran, 15 yrs ago), said writing letters helped, "
        "returned focus to pt's loss.",
        {"experience_status": "resolved", "months_since_experience": 180},
        [],
        [ONGOING, NO_RETURN, REVERSAL],
        MILD,
    ),
]

test_case = case_test(CASES, "h7-")
