"""Held-out batch 10: burden on the client, the client caring for the clinician, voices the
rules rarely see, and structured fields on their own.

A clinician's current crisis, recent loss, breakup, money trouble, illness or burnout, told
so that the client has to carry it, is trauma dumping in any idiom ("not in a good
headspace", "been a wreck since", "keeping my head above water"); the same topic long
behind the clinician, told briefly for the client's sake, is safe. The client reassuring,
advising, apologising to, worrying about or bringing a gift to the clinician is role
reversal; the client comforting someone else, or the clinician comforting the client, is
not. The same judgements hold in English written by speakers of other languages, text
speak, three-word notes, the formal "the writer" register, unpunctuated dictation, bullet
lists and notes that slide between first and third person. With a bland text, each
structured field carries its own effect, and a field that contradicts the text wins.
"""

from __future__ import annotations

from .cases import (
    BURDEN,
    CAUTION,
    CLINICAL,
    CLOSE,
    DUMPING,
    DURATION,
    FREQUENCY,
    LENGTH,
    MILD,
    NEED,
    NO_RETURN,
    ONGOING,
    RELEVANCE,
    REVERSAL,
    SAFE,
    VALUES,
    case_test,
)

BLAND = "Shared a personal experience."

# (text, fields, must, must_not, accept)
CASES = [
    # --- the clinician's present trouble, carried by the client ---
    (
        "Told the client I'm not in a good headspace at the moment because my partner moved "
        "out two weeks ago, and that I've barely been sleeping.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "I said it's been a nightmare at home lately, my teenager has been in and out of "
        "hospital and I'm running on empty.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Mentioned that I've been a wreck since my dad's funeral three weeks ago and that I "
        "keep crying in the car between sessions.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Told him I'm struggling to keep my head above water with the debts since the "
        "business folded, and that some nights I can't see a way out.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "My world fell apart last month when my husband left, and I told her I'm honestly "
        "not coping.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Admitted to the client that I'm completely burnt out, I dread coming in every day "
        "and I don't know how much longer I can keep doing this job.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told the client I'm waiting on biopsy results and I'm terrified, I can't focus on "
        "anything else right now.",
        {},
        [ONGOING],
        [CLINICAL],
        DUMPING,
    ),
    (
        "I just needed to vent, so I told her about the custody fight with my ex that's "
        "still dragging on and how it's wrecking me.",
        {},
        [ONGOING, NEED],
        [],
        DUMPING,
    ),
    (
        "When he mentioned his own separation I ended up telling him everything about mine. "
        "My wife and I separated in the spring and it has been the hardest time of my life. "
        "I told him about the arguments over the house, that I'm sleeping on a friend's "
        "sofa, that I can't afford the solicitor, that the kids won't talk to me on the "
        "phone, and that I've been drinking more than I should just to get through the "
        "evenings. I said I feel like a failure as a dad and as a therapist, and that some "
        "days I don't know why I bother. I must have gone on for a good while because he "
        "just sat there nodding and didn't say much about his own situation for the rest of "
        "the hour.",
        {},
        [ONGOING, LENGTH],
        [],
        DUMPING,
    ),
    (
        "Said money is really tight for me at the moment, we might lose the house, and I've "
        "been panicking about it all week.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Mentioned that things have been rough since my partner and I split up a few weeks "
        "back and I'm still in bits about it.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Told client I am going through a really dark patch right now, not sleeping, not "
        "eating, and that coming to work is the only thing holding me together.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "I've been really low since losing my brother six weeks ago; I teared up and told "
        "him I'm still not sleeping.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "My marriage is on the rocks and I told the client I'm barely holding it together.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told her I'm drowning at the moment, caring for my mum with dementia and working "
        "full time, and that I'm exhausted and resentful.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told the pt my back pain has flared up again this week and I'm in agony sitting "
        "here, honestly I should be off sick.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I've had the worst few weeks of my life, my dad's in intensive care, and I ended up "
        "telling the client all about it while she sat there quietly.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Talked about how lonely I've been feeling since the move.",
        {"intent": "seek_support"},
        [ONGOING, NEED],
        [],
        BURDEN,
    ),
    # --- the same topics, long behind the clinician, told for the client ---
    (
        "Many years ago I lost my father suddenly; grief counselling and walking every "
        "morning helped me through. Asked her what has been helping her this week.",
        {},
        [],
        [ONGOING, REVERSAL, NEED],
        SAFE,
    ),
    (
        "Told him that as a student, long before I trained, I got into serious debt; making "
        "a simple budget with an adviser turned it around. Asked what support he has.",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Said my own divorce was over a decade ago and, though it was hard at the time, it "
        "taught me that it does get easier; then brought it back to her.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "Shared that early in my career I burned out, and learning to set limits on my "
        "workload got me back on track. We then looked at his own limits.",
        {},
        [],
        [ONGOING, NEED],
        SAFE,
    ),
    (
        "Mentioned that I had a serious illness in my twenties and came through it; pacing "
        "myself was what helped. Asked how she is pacing herself.",
        {},
        [],
        [ONGOING, CLINICAL],
        SAFE,
    ),
    (
        "I was a wreck after my first breakup at nineteen, but talking to friends helped me "
        "see it would pass, and it did.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "My world fell apart when I was made redundant eight years ago; retraining gave me a "
        "fresh start. I offered it as hope, then asked about her job search.",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Told him there was a time, long ago, when I was struggling to keep my head above "
        "water, and a counsellor helped me find my feet again.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "I told her that right now, hearing about her son's recovery, I feel really moved.",
        {"disclosure_type": "immediacy"},
        [],
        [ONGOING, NEED],
        SAFE,
    ),
    (
        "Client said it's been a nightmare at home and she's not in a good headspace; I "
        "listened and reflected it back to her.",
        {},
        [],
        [ONGOING, NEED, REVERSAL],
        SAFE,
    ),
    (
        "Pt told me she's been a wreck since her partner left last month. I shared that I "
        "went through a breakup years ago and that time and support helped.",
        {},
        [],
        [ONGOING, REVERSAL],
        SAFE,
    ),
    (
        "Years back I had money worries too; what helped was breaking it into small steps. "
        "Asked which small step she could take this week.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "Shared that I lost my mum years ago and still think of her on her birthday, but the "
        "grief is gentle now and I find comfort in remembering her.",
        {
            "experience_status": "resolved",
            "months_since_experience": 72,
            "intent": "normalize",
            "relevance": "direct",
            "returned_focus": True,
        },
        [],
        [ONGOING, NO_RETURN, RELEVANCE, NEED],
        SAFE,
    ),
    (
        "Told him I never got over my fear of flying until I did a course about ten years "
        "ago; now I fly without a problem.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "I mentioned that last week I went to a workshop on sleep and found one tip useful, "
        "and passed the tip on.",
        {"disclosure_type": "strategy"},
        [],
        [ONGOING, NEED],
        SAFE,
    ),
    # --- the client caring for the clinician ---
    (
        "Shared that my mum died recently and the client reached over, held my hand and "
        "told me it would be okay.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Told her a bit about my recent break-up.",
        {
            "outcome_note": "She spent the rest of the session reassuring me that I'd find "
            "someone better."
        },
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "I got teary talking about my dog being put down on Friday.",
        {"client_response": "comforted_therapist"},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Mentioned I've been having panic attacks again lately; he suggested I try the "
        "breathing app that works for him.",
        {},
        [ONGOING, REVERSAL],
        [],
        BURDEN,
    ),
    (
        "After I told him how stressed I am with my own court case, he apologised for "
        "adding to my load and said he'd try not to bring so much next week.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Let slip that I'm exhausted and going through a lot at home right now.",
        {"outcome_note": "Client rang the clinic afterwards to ask if I was alright."},
        [ONGOING, REVERSAL],
        [],
        BURDEN,
    ),
    (
        "Told the client my partner had left; next session she brought me flowers and a "
        "card saying she hoped I was feeling better.",
        {},
        [REVERSAL],
        [],
        BURDEN,
    ),
    (
        "I admitted I wasn't sure I was helping her and that I've been doubting myself as a "
        "therapist lately; she spent ten minutes telling me I'm brilliant at my job.",
        {},
        [REVERSAL],
        [],
        BURDEN,
    ),
    (
        BLAND,
        {"client_response": "comforted_therapist"},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Client made me a cup of tea and told me to sit down after I said I felt faint and "
        "hadn't eaten because of everything going on with my son.",
        {},
        [ONGOING, REVERSAL],
        [],
        BURDEN,
    ),
    (
        "Therapist mentioned the fire that gutted her flat last month. Client hugged me and "
        "said she'd pray for me and my family.",
        {},
        [ONGOING, REVERSAL],
        [VALUES],
        DUMPING,
    ),
    # --- the client caring for someone else, or the clinician for the client ---
    (
        "Client told me she spent the weekend comforting her sister after a break-up; I "
        "said I've found listening is often the best support, and asked how she is looking "
        "after herself.",
        {},
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "I reassured the client that setbacks are part of recovery and told him I had my "
        "own setbacks years ago before things settled.",
        {},
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "Client apologised for being late and for crying; I told her there's nothing to "
        "apologise for.",
        {},
        [],
        [REVERSAL, NEED],
        SAFE,
    ),
    (
        "Shared that I struggled with exams at school and that study groups helped me.",
        {
            "outcome_note": "Client thanked me and said it helped to hear that things can get "
            "better."
        },
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "Client said she'd advised her son to try journaling; I mentioned journaling helped "
        "me through a hard year a long time ago.",
        {},
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "At our final session the client gave me a card thanking me for the work we'd done; "
        "I thanked her and we reviewed her relapse plan.",
        {},
        [],
        [REVERSAL, ONGOING],
        MILD,
    ),
    (
        "I comforted the client when she cried about her mum, and said I lost my own mum "
        "many years ago and that in time the memories became a comfort.",
        {},
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "Shared that therapy helped me years ago.",
        {"client_response": "engaged", "returned_focus": True},
        [],
        [REVERSAL, NO_RETURN],
        SAFE,
    ),
    (
        "Client is worried about a friend who has been unwell; I said I was in a similar "
        "position with a friend years ago and that setting boundaries helped me.",
        {},
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "Client asked if I'd ever been nervous about public speaking; I said yes, years "
        "ago, and that practising with a friend helped.",
        {"intent": "answer_question"},
        [],
        [REVERSAL, NEED],
        SAFE,
    ),
    (
        "Pt worried I'd think less of her; I reassured her I don't and shared that I also "
        "found asking for help hard once, until I tried it.",
        {},
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "Client said she'd been reassuring her husband all week about his job; I reflected "
        "how tiring that sounds.",
        {},
        [],
        [REVERSAL, NEED],
        SAFE,
    ),
    (
        "Client worried that her previous therapist had burned out; I explained how our "
        "service supports its staff.",
        {},
        [],
        [REVERSAL, ONGOING],
        MILD,
    ),
    # --- voices the rules rarely see ---
    (
        "I tell to patient that my mother is died last month and I am very sad still, I "
        "cannot stop to cry.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "I tell to patient that my father is died many years before and with time and "
        "family help I feel better, then I ask about her family.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "Yesterday I am explain to client that my husband he leave me and I have no money "
        "now for the rent, I am very worry.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "I was share with client that when I come to this country ten years ago I feel very "
        "alone, but the language class help me to make friend. After I ask him about his "
        "classes.",
        {},
        [],
        [ONGOING],
        SAFE,
    ),
    (
        "told her my nan died last wk n im a mess, she ended up comforting me lol",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "told her ive been thru it 2 lol, yrs ago, n the gym helped me loads. asked wot helps her",
        {},
        [],
        [ONGOING, REVERSAL],
        MILD,
    ),
    (
        "said im rly not ok atm, ex kicked me out on sat n im sofa surfing, cried in session tbh",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    ("Vented re my divorce. Still raw.", {}, [ONGOING, NEED], [], BURDEN),
    ("Told pt I'm not coping at home.", {}, [ONGOING], [], BURDEN),
    ("Shared past grief; focus back on pt.", {}, [], [ONGOING, REVERSAL, NO_RETURN], MILD),
    ("Brief mention of own exam nerves years ago.", {}, [], [ONGOING, NEED], MILD),
    ("Shared own grief, pt comforted me.", {}, [REVERSAL], [], DUMPING),
    (
        "The writer disclosed to the service user that the writer is currently experiencing "
        "significant bereavement-related distress. The service user subsequently offered "
        "reassurance to the writer.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "The clinician informed the client that the clinician is at present experiencing "
        "marital difficulties and is residing temporarily with relatives; the clinician was "
        "visibly tearful.",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "The writer disclosed to the service user that the writer had, some years "
        "previously, experienced a period of low mood which resolved with psychological "
        "therapy. The writer then invited the service user to reflect upon his own support "
        "options.",
        {},
        [],
        [ONGOING, CLOSE, NO_RETURN],
        SAFE,
    ),
    (
        "told the client that im going through a lot right now my partner is in hospital "
        "and ive not slept properly in weeks and i just feel like im falling apart she "
        "listened and said she hoped things get better for me",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "client talked about losing her job i said i lost a job once years ago and it turned "
        "out to be the push i needed to retrain then asked her what she might want next",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "- shared that my dad passed 3 wks ago\n- got upset in session\n- client reassured "
        "me and made me a tea",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "• Client anxious about driving test\n• I said I failed mine twice a long time ago "
        "and passed on the third go\n• Asked what she'd like to practise",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Clinician told client about her own health scare, which is still going on. I then "
        "couldn't stop talking about it and she had to steer us back to her.",
        {},
        [ONGOING, NO_RETURN],
        [],
        BURDEN,
    ),
    (
        "Therapist shared that I used to be scared of hospitals as a kid and that a kind "
        "nurse helped; client smiled and we went on with her plan.",
        {},
        [],
        [ONGOING, REVERSAL],
        SAFE,
    ),
    (
        "Session 6.\nI told him I've been in a bad way since my brother's overdose a "
        "fortnight ago.\nHe asked if I needed a minute.",
        {},
        [ONGOING, REVERSAL],
        [],
        DUMPING,
    ),
    (
        "I’ve been strugglin big time since my mum’s stroke last month, told the client I’m "
        "runnin on fumes.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Said I was nervous on my first day at uni too 🙂 but it got easier within a few "
        "weeks. Asked what would help her settle in.",
        {},
        [],
        [ONGOING, NEED],
        SAFE,
    ),
    # --- structured fields on a bland text ---
    (BLAND, {"experience_status": "ongoing"}, [ONGOING], [], BURDEN),
    (BLAND, {"experience_status": "partly_resolved"}, [ONGOING], [], BURDEN),
    (BLAND, {"experience_status": "resolved"}, [], [ONGOING], MILD),
    (BLAND, {"months_since_experience": 1}, [ONGOING], [], BURDEN),
    (BLAND, {"months_since_experience": 0.5}, [ONGOING], [], BURDEN),
    (BLAND, {"months_since_experience": 84}, [], [ONGOING], MILD),
    (BLAND, {"duration_minutes": 15}, [DURATION], [], CAUTION),
    (BLAND, {"duration_minutes": 4}, [DURATION], [], CAUTION),
    (BLAND, {"duration_minutes": 1}, [], [DURATION], MILD),
    (BLAND, {"prior_disclosures_30d": 6}, [FREQUENCY], [], CAUTION),
    (BLAND, {"prior_disclosures_30d": 2}, [FREQUENCY], [], CAUTION),
    (BLAND, {"prior_disclosures_30d": 1}, [], [FREQUENCY], MILD),
    (BLAND, {"prior_disclosures_30d": 0}, [], [FREQUENCY], MILD),
    (BLAND, {"intent": "relieve_own_discomfort"}, [NEED], [], CAUTION),
    (BLAND, {"intent": "seek_support"}, [NEED], [], BURDEN),
    (BLAND, {"intent": "normalize"}, [], [NEED], MILD),
    (BLAND, {"relevance": "none"}, [RELEVANCE], [], CAUTION),
    (BLAND, {"relevance": "direct"}, [], [RELEVANCE], MILD),
    (BLAND, {"returned_focus": False}, [NO_RETURN], [], CAUTION),
    (BLAND, {"returned_focus": True}, [], [NO_RETURN], MILD),
    (BLAND, {"client_response": "withdrew"}, [], [REVERSAL], MILD),
    (BLAND, {"client_response": "distressed"}, [], [REVERSAL], MILD),
    (
        BLAND,
        {
            "disclosure_type": "strategy",
            "intent": "model_coping",
            "relevance": "direct",
            "experience_status": "resolved",
            "months_since_experience": 96,
            "duration_minutes": 1,
            "returned_focus": True,
            "client_response": "engaged",
            "prior_disclosures_30d": 0,
        },
        [],
        [ONGOING, NEED, REVERSAL, NO_RETURN, RELEVANCE, DURATION, FREQUENCY],
        SAFE,
    ),
    (
        BLAND,
        {
            "intent": "seek_support",
            "relevance": "none",
            "experience_status": "ongoing",
            "months_since_experience": 1,
            "duration_minutes": 20,
            "returned_focus": False,
            "client_response": "comforted_therapist",
            "prior_disclosures_30d": 5,
        },
        [ONGOING, NEED, REVERSAL, NO_RETURN, RELEVANCE, DURATION, FREQUENCY],
        [],
        DUMPING,
    ),
    # --- fields that contradict the text: the field wins ---
    (
        "Told her about my father's death twenty years ago and how counselling helped me "
        "make peace with it.",
        {"experience_status": "ongoing"},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Shared that I went through a breakup ten years ago and came out stronger.",
        {"months_since_experience": 1},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told him I'm still grieving my sister and it's hitting me hard right now.",
        {"experience_status": "resolved", "months_since_experience": 60},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "Told the client I was in a car accident recently and it shook me.",
        {"experience_status": "resolved", "months_since_experience": 48},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "Shared that I had exam anxiety too and then turned it back to her and asked how "
        "she was feeling.",
        {"returned_focus": False},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "I shared it to help her feel less alone with her panic.",
        {"intent": "seek_support"},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "Shared that I also had exam anxiety at school, which is what she is here for.",
        {"relevance": "none"},
        [RELEVANCE],
        [],
        CAUTION,
    ),
]

test_case = case_test(CASES, "h10-")
