"""Held-out batch 15: whose details are these, the clinician's or the client's?

Two kinds of entry, each written both as a case that should fire and as a near miss:
supervisor-written and third-person notes about a named clinician ("Dr Okafor told the
client...", "Supervisee J. Brennan shared...", "Our locum...") where the clinician's own
details, feelings and history are told with he/she/his/her beside a client who is also
he or she, including role reversal told in the third person ("the client then comforted
him"); and first-person entries that name the client, where the client's own medication,
address, divorce or grief sit beside the clinician's disclosure and must not be scored as
the clinician's. Every rule fires in at least three cases; all four categories appear.
Spelling varies between US and UK, tense varies, and a few entries carry typos. Every
situation, name, number and place is invented.
"""

from __future__ import annotations

import pytest

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

# A boundary finding a supervisor may rate either as a concern or as unsafe sharing.
BOUNDARY = CAUTION + UNSAFE
# A boundary breach that also carries something current of the clinician's.
RISK = UNSAFE + DUMPING

CASES = [
    # --- brevity.length ---
    (
        "Supervisee J. Brennan shared a long account with the client about his year "
        "working on a trawler off the west coast after university: the four a.m. starts, "
        "the storms, the skipper who shouted at everyone, the friend he made who later "
        "emigrated to Tasmania, the night the engine failed and they drifted until dawn, "
        "and how he eventually decided to train as a counsellor instead of staying at sea. "
        "The client, who had come in about her exam anxiety, listened politely.",
        {},
        [LENGTH],
        [ONGOING, REVERSAL],
        CAUTION,
    ),
    (
        "When Tomasz said his wife had moved out last week and he is still sleeping on a "
        "friend's sofa, I told him about my own separation eleven years ago. I described "
        "how we sold the house, how I moved into a tiny flat above a bakery, how I stopped "
        "cooking for a while and lived on toast, how my sister drove up every other "
        "weekend, how I took up rowing on the canal, how I slowly rebuilt a routine, and "
        "how by the second winter I felt like myself again and even enjoyed the quiet. I "
        "went on to describe the divorce paperwork, the solicitor's letters, the arguments "
        "about the dog, the first Christmas alone and the holiday in Galway the year after, "
        "which is when I finally felt I had closed that chapter for good.",
        {"experience_status": "resolved", "months_since_experience": 132},
        [LENGTH],
        [ONGOING],
        CAUTION,
    ),
    (
        "Our locum, Dr Farrow, told the client about his marathon training in some detail: "
        "he described the plan he followed, the long Sunday runs along the river, the "
        "blisters, the energy gels he preferred, the injury to his left calf in week nine, "
        "the physio who sorted it, and his finishing time, which he said he was proud of. "
        "The client had mentioned wanting to walk a little more for her mood.",
        {},
        [LENGTH],
        [INTIMATE, DUAL],
        CAUTION,
    ),
    (
        "Dr Okafor told the client, briefly, that she had also moved countries at nineteen "
        "and that joining a choir helped her find her feet. She then asked how he was "
        "settling in.",
        {"returned_focus": True},
        [],
        [LENGTH, ONGOING, NO_RETURN, CLOSE],
        SAFE,
    ),
    (
        "Priya talked at length about her week, her landlord and her sister's wedding "
        "plans. I said only that weddings had made me anxious too once, and that "
        "planning an exit time helped.",
        {},
        [],
        [LENGTH, DURATION, ONGOING],
        SAFE,
    ),
    # --- brevity.duration ---
    (
        "The trainee, Ms Lee, spoke about her own gap year in Chile, the hostel she "
        "worked in and how it helped her confidence.",
        {"duration_minutes": 7},
        [DURATION],
        [ONGOING, IDENTIFYING],
        CAUTION,
    ),
    (
        "The client spent forty minutes on her panic attacks; Dr Haddad briefly said he "
        "had had one before an exam years ago and that slow breathing helped him.",
        {},
        [],
        [DURATION, LENGTH, ONGOING],
        SAFE,
    ),
    (
        "Kemal had been talking about his hour-long commute; I mentioned I used to cycle "
        "to work and it cleared my head.",
        {"duration_minutes": 1},
        [],
        [DURATION],
        SAFE,
    ),
    # --- brevity.frequency ---
    (
        "Dr Haddad again mentioned his own time in the army when the client talked about "
        "discipline.",
        {"prior_disclosures_30d": 2},
        [FREQUENCY],
        [ONGOING],
        CAUTION,
    ),
    (
        "Supervisee J. Brennan told the client he'd also struggled with motivation in his "
        "first job and that a to-do list helped him.",
        {"prior_disclosures_30d": 5},
        [FREQUENCY],
        [CLOSE],
        CAUTION,
    ),
    (
        "The client has cancelled three times this month; Dr Okafor said she too once "
        "found it hard to keep appointments during a busy period and that a phone "
        "reminder helped.",
        {"prior_disclosures_30d": 0},
        [],
        [FREQUENCY, ONGOING],
        SAFE,
    ),
    (
        "Bongani told me he relapses two or three times a week; I said setbacks were part "
        "of my own recovery years ago too, and that each one taught me something.",
        {},
        [],
        [FREQUENCY, ONGOING],
        MILD,
    ),
    # --- client_focus.therapist_need ---
    (
        "The client said she just needed to vent about her sister, and Dr Okafor let her; "
        "he shared only that he'd found journaling useful when he was a student.",
        {},
        [],
        [NEED, ONGOING],
        SAFE,
    ),
    (
        "Liam said the silence made him uncomfortable; I told him silences used to feel "
        "awkward for me too in training, and that noticing my breath helped.",
        {"intent": "normalize"},
        [],
        [NEED],
        SAFE,
    ),
    # --- client_focus.role_reversal ---
    (
        "I mentioned my divorce and Ruth ended up asking if I was OK and telling me I'd "
        "find someone better.",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Dr Haddad mentioned his own redundancy.",
        {"client_response": "comforted_therapist"},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "The client was tearful about his mother's diagnosis; Dr Okafor comforted him and "
        "said she had also been frightened when a parent was ill years ago, and that "
        "asking the consultant questions helped her feel less helpless.",
        {},
        [],
        [REVERSAL, ONGOING],
        MILD,
    ),
    (
        "Ms Lee said she had used box breathing herself before exams. She reassured the "
        "client that she was doing well and went through the steps with her.",
        {},
        [],
        [REVERSAL, ONGOING],
        SAFE,
    ),
    (
        "I told Kofi I'd been nervous starting college too, and that finding one friendly "
        "face made the difference. Kofi thanked me and said it helped him.",
        {"client_response": "engaged"},
        [],
        [REVERSAL, NEED],
        SAFE,
    ),
    # --- client_focus.no_return ---
    (
        "Dr Farrow described his own experience of redundancy ten years back and how he retrained.",
        {"returned_focus": False},
        [NO_RETURN],
        [ONGOING],
        CAUTION,
    ),
    (
        "I told Omar about my own fear of flying and then we just moved on to scheduling; "
        "I never got back to what he'd been saying.",
        {},
        [NO_RETURN],
        [],
        CAUTION,
    ),
    (
        "Ms Lee had only said she'd also found her first year at university lonely and "
        "that joining a society helped. The client then changed the subject himself and "
        "didn't return to it.",
        {},
        [],
        [NO_RETURN, CLOSE],
        SAFE,
    ),
    # --- client_focus.low_relevance ---
    (
        "The trainee, Ms Lee, told the client about her new puppy.",
        {"relevance": "none"},
        [RELEVANCE],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "Dr Haddad's story about his skiing trip had nothing to do with the client's goals "
        "around her drinking.",
        {},
        [RELEVANCE],
        [CLINICAL],
        CAUTION,
    ),
    (
        "I mentioned to Femi that I'd been to a wedding in Lisbon - not really related to "
        "anything we're working on.",
        {},
        [RELEVANCE],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "The client's goal is to return to work after burnout. Dr Farrow said he had taken "
        "three months off with burnout years ago and that a graded return helped him.",
        {"relevance": "direct"},
        [],
        [RELEVANCE, ONGOING],
        SAFE,
    ),
    (
        "Aisha said her weekend had nothing to do with her anxiety, she just wanted to "
        "tell me about it; I said I'd also found that allotment days reset me.",
        {"relevance": "indirect"},
        [],
        [RELEVANCE],
        MILD,
    ),
    # --- client_focus.overidentification ---
    (
        "I told Zainab I know exactly what it's like to be a refugee.",
        {},
        [OVERID],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "Dr Haddad said he couldn't know exactly how the client felt, but that he knew how "
        "exhausting insomnia can be, having had a bout of it in his thirties that eased "
        "with a strict wind-down routine.",
        {},
        [],
        [OVERID, ONGOING],
        SAFE,
    ),
    (
        "The client said \u201cyou know exactly how I feel\u201d to Ms Lee; she said she "
        "didn't, but shared that her own first winter in the UK was hard and that getting "
        "outside at lunch helped.",
        {},
        [],
        [OVERID],
        SAFE,
    ),
    (
        "Kwame said his brother knows exactly how he feels because they're in the same "
        "boat; I said I'd also had a brother I leaned on through a hard patch years ago.",
        {},
        [],
        [OVERID, IDENTIFYING],
        MILD,
    ),
    # --- resolved.ongoing ---
    (
        "Dr Farrow told the client his wife left him three weeks ago and he's still not sleeping.",
        {"experience_status": "ongoing"},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "Ms Lee mentioned that she is going through IVF right now and it's been really "
        "hard lately.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told Declan I'm still grieving my mum, she died in March.",
        {"months_since_experience": 2},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Our locum said he\u2019s \u2018never really got over\u2019 his brother\u2019s suicide.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Ruth is still in the middle of her divorce and the hearing is next week. I shared "
        "that my own divorce, fifteen years back, taught me to lean on friends, and she "
        "said that gave her hope.",
        {"experience_status": "resolved"},
        [],
        [ONGOING, REVERSAL],
        SAFE,
    ),
    (
        "The client has been drinking heavily lately; Ms Lee shared that she has been "
        "sober for twelve years and that meetings help her stay well.",
        {"experience_status": "resolved", "months_since_experience": 144},
        [],
        [ONGOING],
        MILD,
    ),
    # --- resolved.no_positive_close ---
    (
        "Supervisee J. Brennan told the client he was bullied all through secondary school.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "Ms Lee shared that her family lost their home when she was eight and they lived "
        "in a hostel for a year.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "I told Mateo I grew up with an alcoholic father.",
        {"disclosure_type": "personal_history"},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "Dr Haddad said he had a stammer as a child and that speech therapy and a patient "
        "teacher helped him find his voice.",
        {"disclosure_type": "personal_history"},
        [],
        [CLOSE],
        SAFE,
    ),
    (
        "I told Leila I failed my first year at uni, and that retaking it taught me to ask "
        "for help early. She smiled at that.",
        {"disclosure_type": "personal_history"},
        [],
        [CLOSE],
        SAFE,
    ),
    (
        "The client described her father's drinking with no hopeful note at all; Ms Lee "
        "shared that her own dad had drunk too, and that Al-Anon helped her make peace "
        "with it.",
        {"disclosure_type": "personal_history"},
        [],
        [CLOSE, CLINICAL],
        SAFE,
    ),
    # --- boundary.identifying_details ---
    (
        "The trainee, Ms Lee, told the client her daughter Poppy is in Year 4 at St Brigid's.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Dr Okafor mentioned to the client that he lives on Harrow Lane, just round the "
        "corner from her flat.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Told Nadia my husband works at the garden centre on Wexford Road.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Our locum gave the client his personal email address, jfarrow77@gmail.com.",
        {},
        [IDENTIFYING],
        [],
        UNSAFE,
    ),
    (
        "Bilal mentioned he lives on Harrow Lane and his son goes to St Brigid's; I said "
        "I'd also found the school run stressful years ago and that walking it made it "
        "calmer.",
        {},
        [],
        [IDENTIFYING, ONGOING],
        SAFE,
    ),
    (
        "Dr Okafor helped the client note the address of the housing office on Mill Street "
        "and his key worker's phone number, and said she'd once had to deal with the same "
        "office as a student and that going early helped.",
        {},
        [],
        [IDENTIFYING, DUAL],
        SAFE,
    ),
    (
        "When the client asked, Ms Lee said she has two children, without naming them.",
        {"intent": "answer_question"},
        [],
        [IDENTIFYING],
        SAFE,
    ),
    # --- boundary.intimate_details ---
    (
        "Dr Haddad told the client about the affair he had with a colleague during his "
        "first marriage.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "I told Carmen that my partner and I hadn't slept together in months.",
        {},
        [INTIMATE],
        [],
        RISK,
    ),
    (
        "Carmen told me about her affair and that she and her husband haven't been "
        "intimate for a year; I said only that many couples I've worked with have rebuilt "
        "trust.",
        {},
        [],
        [INTIMATE, ONGOING],
        SAFE,
    ),
    (
        "The client disclosed his affair; Dr Haddad shared that he and his wife had found "
        "couples counselling helpful for communication years ago.",
        {},
        [],
        [INTIMATE, ONGOING],
        MILD,
    ),
    (
        "When the client asked, Ms Lee said she was married.",
        {"intent": "answer_question"},
        [],
        [INTIMATE, IDENTIFYING],
        SAFE,
    ),
    # --- boundary.clinical_specifics ---
    (
        "Dr Farrow told the client he takes 20mg of citalopram and it 'works wonders'.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "The trainee, Ms Lee, advised the client to ask his GP for propranolol because it "
        "helped her before presentations.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "I told Sunil my psychiatrist, Dr Mehra at the Beacon Clinic, was brilliant and he "
        "should see her.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "Sunil is on 40mg fluoxetine and sees Dr Mehra; I shared that working with a "
        "psychiatrist helped me years ago, without going into specifics.",
        {},
        [],
        [CLINICAL, IDENTIFYING],
        SAFE,
    ),
    (
        "The client asked Ms Lee whether she should double her sertraline dose; Ms Lee "
        "said that was a question for her prescriber, and shared that she had learned to "
        "write her own questions down before seeing a doctor.",
        {},
        [],
        [CLINICAL],
        SAFE,
    ),
    # --- boundary.dual_relationship ---
    (
        "Our locum, Mr Adeyemi, told the client to add him on Instagram so they could keep "
        "in touch after discharge.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Supervisee J. Brennan invited the client to join his five-a-side team on Thursday nights.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "I gave Beth my personal mobile and said to text me whenever, as a friend.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Beth gave me her mobile number for appointment reminders, and I said I'd also "
        "found reminders helpful when I was juggling shifts years ago.",
        {},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
    (
        "Mr Adeyemi told the client that walking football had lifted his own mood years "
        "ago, though he no longer plays, and gave her the council's leaflet on local "
        "groups.",
        {},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
    # --- boundary.personal_values ---
    (
        "Ms Lee told the client that, as a Catholic, she thought he should not go ahead "
        "with the divorce.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "Dr Haddad told the client that anyone who votes for that party is an idiot and "
        "she should think again.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "I told Ines I'd never put my own mom in a care home and she shouldn't either.",
        {},
        [VALUES],
        [],
        BOUNDARY,
    ),
    (
        "Ines is agonizing over whether to move her mum into a care home. I shared that my "
        "family faced the same decision years ago and that talking it through together "
        "helped, and said it was her call.",
        {},
        [],
        [VALUES, OVERID],
        SAFE,
    ),
    (
        "The client said his church teaches that divorce is a sin; Ms Lee explored what his "
        "faith meant to him and kept her own views out of it, sharing only that talking "
        "hard choices over with someone neutral had helped her once.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    (
        "Dr Haddad said that he is vegetarian when the client offered him a sausage roll.",
        {},
        [],
        [VALUES],
        SAFE,
    ),
    (
        "This is the fourth time in three weeks that Ms Lee has brought up her own running "
        "with this client.",
        {},
        [FREQUENCY],
        [DUAL],
        CAUTION,
    ),
    (
        "Supervisee J. Brennan told the client he'd had a rotten morning and just needed "
        "to vent for a minute before they started.",
        {},
        [NEED],
        [REVERSAL],
        BURDEN,
    ),
    (
        "Ms Lee talked about her holiday in Crete and the session ended without her "
        "bringing it back to the client.",
        {},
        [NO_RETURN],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "Dr Okafor told the client he knew exactly how she felt after her miscarriage.",
        {},
        [OVERID],
        [INTIMATE],
        CAUTION,
    ),
    (
        "Ms Lee told him she'd 'been there' with heroin withdrawl, which she hasnt.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Supervisee J. Brennan shared details of his sex life with his girlfriend when the "
        "client asked about intimacy problems.",
        {},
        [INTIMATE],
        [],
        RISK,
    ),
    (
        "Our locum mentioned he was on sertaline for years after his breakdown.",
        {},
        [CLINICAL],
        [],
        BOUNDARY,
    ),
    (
        "The client asked to follow Dr Okafor on Instagram; she explained kindly that she "
        "keeps her accounts private from all clients.",
        {},
        [],
        [DUAL, IDENTIFYING],
        SAFE,
    ),
]

test_case = case_test(CASES, "h15-")


# Misses still open, kept as strict expected failures so that a fix shows up as a failure
# until the case moves into CASES. Most are notes about a clinician named by title ("Dr
# Okafor told the client he knew exactly how she felt"): the rules' word lists are written
# for the clinician's own "I" and "my", and read "he"/"his" as the clinician only in part.
STILL_MISSED = [
    (
        "He spent about ten minutes telling the client about his own stint in rehab in his "
        "twenties, and what got him through it.",
        {},
        [DURATION],
        [ONGOING],
        CAUTION,
    ),
    (
        "I talked for a good quarter of an hour about my dad's stroke years ago while Ana "
        "sat there. It did end on how the family pulled together.",
        {"experience_status": "resolved", "months_since_experience": 96},
        [DURATION],
        [ONGOING],
        CAUTION,
    ),
    (
        "The silence got to Ms Lee and she filled it by telling the client about her "
        "weekend hiking.",
        {},
        [NEED],
        [IDENTIFYING],
        CAUTION,
    ),
    (
        "Honestly, I told Grace about my promotion because I wanted her to think well of me.",
        {},
        [NEED],
        [ONGOING],
        CAUTION,
    ),
    (
        "Dr Farrow told the client he hadn't been coping with the caseload lately and "
        "asked whether she thought he was doing a good job.",
        {"intent": "seek_support"},
        [NEED, ONGOING],
        [],
        BURDEN,
    ),
    (
        "Supervisee J. Brennan told the client his father died last month and he is still "
        "struggling; the client then comforted him and offered him a hug.",
        {},
        [REVERSAL, ONGOING],
        [],
        DUMPING,
    ),
    (
        "Ms Lee described her panic attacks on the drive in this week. The client "
        "reassured her that she was doing great and gave her some breathing tips.",
        {},
        [REVERSAL, ONGOING],
        [],
        DUMPING,
    ),
    (
        "Dr Okafor shared that he had once failed his driving test twice, then asked the "
        "client what she made of her own setback.",
        {"returned_focus": True},
        [],
        [NO_RETURN, CLOSE],
        SAFE,
    ),
    (
        "Supervisee J. Brennan said \u201cwe're in the same boat, mate\u201d when the "
        "client described losing his job, though Brennan has never been out of work.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Dr Okafor told the client, whose mother died last week, that he had lost his own "
        "mother many years ago and found that talking about her helped.",
        {},
        [],
        [ONGOING, CLOSE],
        SAFE,
    ),
    (
        "Dr Farrow said medication had been one part of his recovery years ago and "
        "suggested the client talk options over with her GP.",
        {},
        [],
        [CLINICAL],
        SAFE,
    ),
]

test_still_missed = pytest.mark.xfail(
    strict=True, reason="third-person notes about a named clinician, and a few others"
)(case_test(STILL_MISSED, "h15-open-"))
