"""Held-out batch 13: long reflective write-ups, the way a clinician brings a disclosure to
supervision.

Each entry runs from about 40 to 160 words over several sentences, some with paragraph
breaks: who the client is and what the session was about, what was shared and why, how the
client responded, and what the clinician thinks now. The disclosure inside is usually a
sentence or two, so most of the words are context, and the checks must find the one
sentence that matters (or show that none does). The groups:

- good disclosures told at length. `brevity.length` counts the words of the text, so it is
  required only where the write-up runs well past the high mark, forbidden only where the
  whole text is short, and otherwise left to the engine with a lenient category;
- someone else's details in the account: the client's street, medication, psychiatrist,
  workplace, sex life or words ("exactly it", "I got it"), which are not the clinician's;
- one problem buried in an otherwise good account: a street, a dose, a prescriber, "same
  boat", "I know exactly", the client ending up reassuring the clinician, an invitation, a
  child's school, an e-mail or social handle, an affair, a value imposed;
- several problems at once, and trauma dumping told at length;
- reflections, plans and supervision questions, where what was only considered, planned or
  held back must not count as having been done.

First and third person, UK and US spelling, straight and curly quotes; structured fields on
about half. Every near miss names in `must_not` the rules a keyword engine would wrongly
fire. All names, numbers, places and handles are invented.
"""

from __future__ import annotations

import pytest

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
    UNSAFE,
    VALUES,
    case_test,
)

# A boundary finding a supervisor may rate either as a concern or as unsafe sharing.
BOUNDARY = CAUTION + UNSAFE
# Unsafe details that are also the clinician's current trouble.
EXPOSED = UNSAFE + DUMPING

CASES = [
    # Good disclosures told at length: the sharing was brief, the write-up is not.
    (
        "Session six with a first-year student, K., who has been avoiding seminars because "
        "of panic. She said she was sure she was the only person who froze when asked to "
        "speak. I told her briefly that I had found presenting very hard during my own "
        "training and that practising with one trusted colleague, then a small group, "
        "helped me a great deal over a few months. I kept it to two sentences and asked "
        "what a first small step might look like for her. She laughed, said it was a "
        "relief to hear, and we planned a rehearsal with her flatmate. I think it "
        "normalised the fear without taking the hour away from her.",
        {
            "disclosure_type": "strategy",
            "intent": "normalize",
            "relevance": "direct",
            "experience_status": "resolved",
            "returned_focus": True,
            "client_response": "engaged",
            "duration_minutes": 1,
        },
        [],
        [NEED, REVERSAL, NO_RETURN, RELEVANCE, ONGOING, CLOSE, IDENTIFYING, DUAL, OVERID, DURATION],
        MILD,
    ),
    (
        "Supervisee note: Client (a 34-year-old father in early sobriety) asked Ms. Reyes "
        "point blank whether she had ever struggled with drinking. She answered honestly "
        "that she has been in recovery for more than fifteen years, and that what got her "
        "through the first year was meetings, a sponsor, and learning to call someone "
        "before the craving peaked rather than after. She then asked him who he could call "
        "this week. He named his brother and they wrote the number on his safety plan. Ms. "
        "Reyes reflected that the answer was short and that she felt settled sharing it.",
        {},
        [],
        [IDENTIFYING, DUAL, ONGOING, NO_RETURN, CLOSE, NEED, REVERSAL, OVERID],
        MILD,
    ),
    (
        "New client, Ms. Haddad, 62, came in sceptical that someone ‘half her age’ could "
        "help with her insomnia. She asked about my training. I told her I have worked "
        "with sleep problems for nine years, trained in CBT for insomnia, and that most of "
        "the people I see are older than me. She relaxed visibly. We went on to complete a "
        "sleep diary together and agreed to try a fixed wake time. I think a plain answer "
        "about credentials was what she needed, and it took less than a minute.",
        {
            "disclosure_type": "facts",
            "intent": "answer_question",
            "relevance": "direct",
            "duration_minutes": 1,
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [CLOSE, ONGOING, NEED, RELEVANCE, NO_RETURN, DURATION, OVERID],
        MILD,
    ),
    (
        "Last week I was seven minutes late for Jordan's session and I could see he was "
        "irritated, though he said it was fine. Today I named it: I told him I had been "
        "late, that I was sorry, and that I imagined it might have felt like he didn't "
        "matter. He said that was exactly it, and it led to the most open conversation we "
        "have had about feeling an afterthought in his family. I kept the focus on his "
        "experience and didn't explain why I was late.",
        {"disclosure_type": "immediacy", "intent": "repair_rupture"},
        [],
        [ONGOING, CLOSE, NEED, NO_RETURN, RELEVANCE, OVERID, DURATION],
        MILD,
    ),
    (
        "I want to log this one because I think it went well and I'd like to check that "
        "with you. Mo, 45, has chronic back pain and told me in our fourth session that he "
        "feels like a fraud for being off work because “the pain doesn't show”. He said "
        "people look at him as if he's making it up. After he'd talked for a while, I said "
        "that I had a long period of invisible illness in my thirties, and that what "
        "helped me most was finding a physio who believed me and learning to pace rather "
        "than push through. I said it in a couple of sentences and then asked him who in "
        "his life does believe him. He named his sister and his GP. We spent the rest of "
        "the session on pacing, and he left with a plan for one short walk a day. He said "
        "at the door that it was good to know I “got it”.",
        {},
        [LENGTH],
        [OVERID, NO_RETURN, CLOSE, ONGOING, CLINICAL, NEED, REVERSAL, IDENTIFYING],
        CAUTION,
    ),
    (
        "Case consultation summary. The client is a 39-year-old veteran in treatment for "
        "PTSD who has been skeptical that civilian clinicians can relate to him. In "
        "session nine, when he said he doubted anyone who hadn't served could help, Dr. "
        "Whitfield did not claim to understand combat. She said she had never been in a "
        "war zone and could not know what that was like, but that she had learned a great "
        "deal from the veterans she had worked with over twelve years and from her own "
        "experience of recovering from a serious car accident, which taught her how the "
        "body can stay on alert long after danger has passed. She asked him what he would "
        "want a civilian to understand first. He talked for the rest of the session about "
        "hypervigilance at the grocery store, and at the end he said it was the first time "
        "he had felt respected rather than managed.",
        {
            "disclosure_type": "personal_history",
            "intent": "build_rapport",
            "relevance": "direct",
            "experience_status": "resolved",
            "returned_focus": True,
            "client_response": "engaged",
        },
        [LENGTH],
        [OVERID, ONGOING, NO_RETURN, NEED, REVERSAL, RELEVANCE],
        CAUTION,
    ),
    (
        "Background\n\nMaeve is 71 and was widowed in the spring. She has been coming for "
        "eight weeks and today said she felt foolish still crying over ‘an old man’ when "
        "other people have real problems.\n\nWhat I shared\n\nI told her that when my "
        "grandfather died I was surprised by how long the tears kept coming, and that what "
        "helped me was letting them come rather than fighting them, and talking about him "
        "often. I said it in two or three sentences and didn't go into "
        "details.\n\nResponse and reflection\n\nShe smiled and told me a story about her "
        "husband's terrible cooking. We spent the rest of the session remembering him. I'd "
        "do it again, but I might leave out the word ‘surprised’, which could imply her "
        "tears were surprising too.",
        {},
        [LENGTH],
        [ONGOING, CLOSE, NO_RETURN, IDENTIFYING, NEED, REVERSAL],
        CAUTION,
    ),
    (
        "Grace, on the ward for her third admission, told me she was sure no member of "
        "staff had any idea what a panic attack is like. I said, “I know how frightening "
        "panic can feel. I had attacks at university, and what helped me was learning that "
        "they peak and pass, and practising slow breathing until I trusted it.” She asked "
        "if it really passed. I said yes, for me it did, and asked what she noticed in her "
        "body when one started. We practised the breathing together for a few minutes.",
        {},
        [],
        [OVERID, ONGOING, CLOSE, NO_RETURN, CLINICAL, DURATION],
        MILD,
    ),
    (
        "Summary: Client disclosed last week that she relapsed after eleven months sober "
        "and was ashamed to come back. This week Ms. Aguilar told her that she herself had "
        "relapsed once, many years ago, early in her own recovery, and that coming back to "
        "meetings the next day was what made the difference. The client cried with relief "
        "and said she'd go to a meeting tonight. Ms. Aguilar asked what made coming back "
        "possible for her this time.",
        {
            "disclosure_type": "personal_history",
            "intent": "instill_hope",
            "relevance": "direct",
            "experience_status": "resolved",
            "months_since_experience": 180,
            "duration_minutes": 1,
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [ONGOING, CLOSE, NO_RETURN, REVERSAL, DURATION, NEED],
        MILD,
    ),
    (
        "Lucía described, in detail, the night her brother was arrested, and I noticed I "
        "was moved. I told her simply that I felt sad hearing it and that I admired how "
        "she'd kept her younger siblings calm. She paused and said nobody had ever said "
        "that to her. We stayed with that for a while, and she talked about always being "
        "the strong one. I think the immediacy helped her feel seen, and I kept it to one "
        "or two sentences.",
        {
            "disclosure_type": "immediacy",
            "intent": "build_rapport",
            "relevance": "direct",
            "returned_focus": True,
            "client_response": "engaged",
        },
        [],
        [CLOSE, ONGOING, IDENTIFYING, NO_RETURN, NEED, REVERSAL],
        MILD,
    ),
    (
        "I worried afterwards that I'd said too much, so I'm writing it down. Kwame asked "
        "if I had ever been through a breakup that knocked me sideways. I said yes, in my "
        "twenties, and that it took time, friends and eventually some counselling before I "
        "felt steady again, and that I learned a lot about myself. That was it — three "
        "sentences. He nodded, said it helped to hear that it passes, and went back to "
        "talking about his ex.",
        {
            "duration_minutes": 0.5,
            "returned_focus": True,
            "experience_status": "resolved",
            "relevance": "direct",
        },
        [],
        [INTIMATE, ONGOING, CLOSE, DURATION, NO_RETURN, REVERSAL, NEED],
        MILD,
    ),
    (
        "Dana, a peer support worker with her own history of homelessness, told the "
        "resident she had been there: she slept in her car for most of a winter ten years "
        "ago, and getting onto the housing list and finding one caseworker she trusted "
        "were what turned it around. She then asked him what he needed from the housing "
        "team this week, and he made a list.",
        {"disclosure_type": "personal_history", "intent": "instill_hope", "relevance": "direct"},
        [],
        [OVERID, ONGOING, CLOSE, NO_RETURN],
        MILD,
    ),
    (
        "Elliot said that right now he can't imagine feeling normal again after the "
        "redundancy. I told him I'd been made redundant once, a long time ago, and that it "
        "took about a year, some retraining and a lot of walks before I felt like myself "
        "again, and that I did get there. He asked how long the worst part lasted; I said "
        "a couple of months, and then asked what has helped him so far.",
        {"experience_status": "resolved", "months_since_experience": 96},
        [],
        [ONGOING, CLOSE, NO_RETURN, OVERID],
        MILD,
    ),
    (
        "Sam (trainee) shared with a client who struggles with early waking that he still "
        "uses the ‘worry window’ technique he learned years ago: fifteen minutes in the "
        "afternoon to write worries down so they don't arrive at 4 a.m. He said it stopped "
        "his own early waking long ago and he keeps it as a habit. He then asked the "
        "client when a worry window might fit in her day. She chose 5 p.m., after work.",
        {},
        [],
        [ONGOING, NO_RETURN, CLOSE, DURATION],
        MILD,
    ),
    (
        "Lately Yusuf has been talking about feeling like an outsider in his new job. I "
        "shared that I was the only person from my background on my training course and "
        "that finding one ally there made a real difference to me. He said that was what "
        "he was missing and named a colleague he could have lunch with. I checked in at "
        "the end about how it felt to hear that from me.",
        {"relevance": "indirect", "returned_focus": True},
        [],
        [ONGOING, CLOSE, NO_RETURN, RELEVANCE, IDENTIFYING, DUAL],
        MILD,
    ),
    (
        "Ines apologised for crying and said she must be my most difficult client. I "
        "reassured her that she wasn't, that tears are welcome here, and told her I've "
        "cried in my own therapy too and found it a relief afterwards. She laughed through "
        "the tears and carried on talking about her father.",
        {},
        [],
        [REVERSAL, ONGOING, CLOSE, NO_RETURN, LENGTH],
        MILD,
    ),
    (
        "Tariq said his unemployment made him feel worthless. I was careful not to say we "
        "were in the same boat (I've never been out of work for two years) but I did share "
        "that a long spell of rejections early in my career shook my confidence, and that "
        "keeping a daily routine and talking to people who'd been through it helped me "
        "rebuild. He said the routine idea made sense and we drafted one together.",
        {"relevance": "direct", "returned_focus": True},
        [],
        [OVERID, ONGOING, CLOSE, NO_RETURN],
        MILD,
    ),
    (
        "Zainab finds it impossible to stop scrolling at night. I shared that I used to be "
        "glued to my phone until one in the morning and that charging it in the kitchen "
        "overnight broke the habit for me within a fortnight. She decided to try the same "
        "with an old alarm clock, and we set a review for next session.",
        {
            "disclosure_type": "strategy",
            "intent": "model_coping",
            "relevance": "direct",
            "experience_status": "resolved",
            "returned_focus": True,
        },
        [],
        [IDENTIFYING, DUAL, ONGOING, CLOSE, NO_RETURN],
        MILD,
    ),
    (
        "The client asked if the counsellor, Mrs. Ferreira, had ever used the same "
        "breathing app she'd been recommended. Mrs. Ferreira said she had tried it a few "
        "years ago while learning the technique for her training, found the "
        "four-seven-eight pattern the most useful, and asked which exercises the client "
        "had tried so far.",
        {},
        [],
        [OVERID, CLINICAL, ONGOING, NO_RETURN, LENGTH],
        MILD,
    ),
    (
        "Client: Bea, 30, perfectionism. I shared that I used to redraft emails five or "
        "six times, and that setting myself a two-draft limit helped me let go. In "
        "hindsight I would shorten it even further and skip the detail about my old job, "
        "which didn't add anything. She laughed and said she does the same with texts, and "
        "we built her own two-draft experiment.",
        {
            "disclosure_type": "strategy",
            "intent": "model_coping",
            "relevance": "direct",
            "experience_status": "resolved",
            "duration_minutes": 1,
            "returned_focus": True,
            "client_response": "engaged",
            "prior_disclosures_30d": 0,
        },
        [],
        [FREQUENCY, DURATION, ONGOING, CLOSE, NO_RETURN, IDENTIFYING, RELEVANCE, OVERID],
        MILD,
    ),
    # Someone else's details in the write-up: the client's street, medication, workplace or words.
    (
        "Ana is on 20 mg of fluoxetine, prescribed by her psychiatrist, Dr. Lindqvist, and "
        "she worried today that needing medication meant she had failed. I did not comment "
        "on the medication itself, which is her psychiatrist's area. I shared that I had "
        "also needed extra help at a low point in my life and that accepting it was one of "
        "the better decisions I made. She said that made her feel less ashamed, and we "
        "spent the rest of the session on what ‘failure’ means to her.",
        {},
        [],
        [CLINICAL, IDENTIFYING, NO_RETURN, CLOSE, ONGOING],
        MILD,
    ),
    (
        "Home visit note. Mr. Lindgren lives alone at 14 Orchard Rise and has been "
        "struggling since his wife's death. I shared briefly that my own father found "
        "evenings hardest after my mother died, and that a regular phone call with a "
        "neighbour at six o'clock gave him something to look forward to. Mr. Lindgren "
        "liked the idea and we rang his neighbour together to arrange it.",
        {},
        [],
        [IDENTIFYING, DUAL, CLOSE, NO_RETURN, ONGOING],
        MILD,
    ),
    (
        "Nadia, 22, has been followed home twice by an ex and asked whether I ever feel "
        "unsafe walking back from work. I said that I had once been followed years ago and "
        "that taking practical steps, like varying my route and telling a friend when I'd "
        "left, helped me feel in control again. I did not say where I live or which way I "
        "walk, and I brought us straight back to her safety plan, which we updated "
        "together with the police reference number she'd been given.",
        {},
        [],
        [IDENTIFYING, DUAL, ONGOING, NO_RETURN, CLOSE],
        MILD,
    ),
    (
        "Callum asked whether he should up his own dose of quetiapine because he isn't "
        "sleeping. I told him I'm not the right person to advise on medication and that "
        "this was a question for his psychiatrist, and we made a note for his appointment "
        "on the 14th. I did share that poor sleep was something I'd struggled with in a "
        "stressful year, and that a wind-down routine helped me; we drafted one for him.",
        {},
        [],
        [CLINICAL, ONGOING, CLOSE, NO_RETURN],
        MILD,
    ),
    (
        "Leila talked for much of the session about her sexual relationship with her "
        "partner and the pressure she feels to have sex when she doesn't want to. I "
        "listened, named that her consent matters, and did not share anything about my own "
        "relationships. At the end she asked whether I thought she was ‘frigid’; I said "
        "no, and that it sounded like her body was telling her something important. We "
        "agreed to look at this further next week.",
        {},
        [],
        [INTIMATE, VALUES, ONGOING, NO_RETURN, DURATION],
        MILD,
    ),
    (
        "Andre sent me a friend request on Facebook over the weekend. In session I told "
        "him I'd declined it, explained that keeping our relationship professional "
        "protects the work we're doing, and invited him to tell me what it was like to be "
        "turned down. He admitted he'd felt embarrassed, and that led into his fear of "
        "rejection with his new team at work, which is exactly the goal we're working on.",
        {"disclosure_type": "immediacy", "relevance": "direct", "returned_focus": True},
        [],
        [DUAL, IDENTIFYING, OVERID, ONGOING, RELEVANCE, NO_RETURN],
        MILD,
    ),
    (
        "Throughout the session Imogen asked me personal questions: was I married, did I "
        "have kids, where did I go on holiday. I answered the first in one word, said I'd "
        "keep the rest private, and wondered aloud with her what it would mean if I were "
        "more like her. That led to her talking about feeling she is the only single "
        "person in her friendship group. I was comfortable with how I held it.",
        {"client_response": "asked_personal_questions", "returned_focus": True},
        [],
        [IDENTIFYING, INTIMATE, DUAL, NO_RETURN, NEED],
        MILD,
    ),
    # One problem buried in the middle of an otherwise good account.
    (
        "Client is a nurse returning to work after burnout. We spent most of the session "
        "on her return-to-work plan and the boundaries she wants to hold with overtime. "
        "When she said she felt guilty about leaving shifts on time, I shared that I had "
        "learned the same lesson a few years into my career and that a rule of never "
        "staying more than half an hour late helped me. She then mentioned she'd be moving "
        "near the hospital, and I said that I live just off Carrow Lane too, so she'd "
        "probably see me at the bakery. I brought us back to her plan and she left with "
        "three concrete limits to try.",
        {
            "disclosure_type": "strategy",
            "intent": "normalize",
            "relevance": "direct",
            "returned_focus": True,
        },
        [IDENTIFYING],
        [NO_RETURN, REVERSAL, NEED, ONGOING, CLOSE, DURATION],
        UNSAFE,
    ),
    (
        "A good session overall with Harvey, 38, on his social anxiety at the pub quiz. I "
        "shared that I'd been shy in groups until my late twenties and that joining an "
        "improv class pushed me past it. When he mentioned his flat, I said, ‘oh, I'm only "
        "two streets away from you, near the post office.’ He grinned. We went back to "
        "planning his quiz night.",
        {
            "disclosure_type": "personal_history",
            "intent": "normalize",
            "relevance": "direct",
            "experience_status": "resolved",
            "returned_focus": True,
            "client_response": "engaged",
        },
        [IDENTIFYING],
        [NO_RETURN, CLOSE, ONGOING, REVERSAL],
        UNSAFE,
    ),
    (
        "Mr. Abernathy, 58, has been reluctant to see his GP about low mood. He worried "
        "medication would ‘turn him into a zombie’. I told him that I had been on "
        "antidepressants myself some years ago and found they took the edge off rather "
        "than flattening me. Then, to reassure him further, I added that I had taken 100 "
        "mg of sertraline for about a year and tapered off without trouble. He wrote the "
        "name down. On reflection that detail was outside my role; the rest of the session "
        "returned to his appointment and what he would say to the doctor.",
        {},
        [CLINICAL],
        [REVERSAL, NO_RETURN, ONGOING],
        BOUNDARY,
    ),
    (
        "Jonah worried that seeing a psychiatrist would go on his record. I reassured him "
        "it's confidential and mentioned that I had seen one myself during a hard patch "
        "years ago, which helped. I then told him my own psychiatrist was Dr. Hartigan at "
        "the Elmbrook practice and that he should ask for her by name. He wrote it down. "
        "We spent the rest of the time on his referral letter.",
        {
            "disclosure_type": "personal_history",
            "intent": "normalize",
            "relevance": "direct",
            "experience_status": "resolved",
            "returned_focus": True,
        },
        [CLINICAL],
        [NO_RETURN, ONGOING, REVERSAL],
        BOUNDARY,
    ),
    (
        "Context: client is grieving her twin sister, who died in a car accident in March. "
        "For most of the hour I listened and reflected. Near the end she said nobody could "
        "understand what losing a twin was like. I said, “I lost my brother when I was "
        "young, so we're in the same boat, really.” She went quiet and said it wasn't the "
        "same. I apologised, acknowledged that her loss was her own, and asked what she "
        "most wanted people to understand about it. I realise now I claimed a likeness I "
        "don't have.",
        {"client_response": "withdrew", "returned_focus": True},
        [OVERID],
        [IDENTIFYING, ONGOING, REVERSAL, NO_RETURN, DURATION],
        CAUTION,
    ),
    (
        "Patricia, 54, recently diagnosed with breast cancer, was describing the fear of "
        "her first chemotherapy appointment. I told her, “I know exactly what you're going "
        "through,” because my aunt had cancer. In the moment it felt supportive, but she "
        "looked at me and said, “Do you?” I acknowledged I couldn't really know, and asked "
        "her to tell me more about what frightened her most. I think the repair was okay.",
        {"client_response": "withdrew", "returned_focus": True},
        [OVERID],
        [NO_RETURN, CLINICAL, IDENTIFYING, ONGOING],
        CAUTION,
    ),
    (
        "Note from trainee review. Client, a refugee who spent eight months in a detention "
        "centre, described the nights there. The trainee, Mr. Fairbairn, responded: “I "
        "know exactly what that's like, I spent a week in a hostel once and couldn't sleep "
        "either.” The client did not respond and gave short answers for the rest of the "
        "session. Mr. Fairbairn did ask an open question afterwards, but the alliance "
        "seemed damaged.",
        {},
        [OVERID],
        [NO_RETURN, ONGOING, REVERSAL],
        CAUTION,
    ),
    (
        "Session with Tomasz, 41, about his father's dementia. I mentioned, briefly I "
        "thought, that my own mum had dementia and that the last years were hard. My voice "
        "caught and I had to stop for a moment. Tomasz leaned forward and said, ‘Hey, it's "
        "okay, you're doing a great job, take your time.’ He then spent a few minutes "
        "asking how I was coping before I steered us back to his caring rota. The rest of "
        "the session went well, but I notice it was him holding me for that stretch.",
        {},
        [REVERSAL],
        [IDENTIFYING, NO_RETURN, INTIMATE],
        DUMPING,
    ),
    (
        "Working with a 19-year-old, Dev, on social anxiety and isolation since moving for "
        "university. He said he had nobody to go climbing with. I told him I had felt "
        "lonely when I moved cities at his age and that joining a club was what eventually "
        "helped. All fine so far. Then, wanting to encourage him, I said he was welcome to "
        "join me and my friends at the climbing wall on Thursday evenings. He seemed "
        "pleased. I followed up on his own options for clubs, but the invitation was a "
        "mistake and I will correct it next session.",
        {"intent": "build_rapport", "returned_focus": True},
        [DUAL],
        [NO_RETURN, REVERSAL, ONGOING, CLOSE],
        UNSAFE,
    ),
    (
        "Peer observer's note. The counsellor, Mr. Osei, had a warm and mostly well-judged "
        "session with a client who has just moved to the area and knows nobody. He shared "
        "briefly that he'd found it lonely when he first moved here and that volunteering "
        "helped. At the end, though, he suggested they grab a coffee some time, ‘as "
        "friends, not as counsellor and client’. She accepted.",
        {},
        [DUAL],
        [ONGOING, CLOSE],
        UNSAFE,
    ),
    (
        "Background: Mrs. Otieno has been anxious about her son starting secondary school "
        "and being bullied. We worked on separating her fears from the evidence so far. I "
        "told her that my own daughter had a rocky first term and that what helped us was "
        "a regular, low-key chat at dinner rather than interrogating her after school. "
        "That landed well. Unfortunately I also mentioned that my daughter, Zara, is at St "
        "Aldhelm's, which is the school her son is starting at. She looked surprised. I "
        "moved us back to her plan for the first week.",
        {},
        [IDENTIFYING],
        [NO_RETURN, ONGOING, REVERSAL, CLOSE],
        UNSAFE,
    ),
    (
        "Client: Felix, 28, writing a dissertation and paralysed by procrastination. I "
        "told him I had been the same with my own thesis and that breaking it into "
        "25-minute blocks with a friend working alongside me was what finally got it done. "
        "He liked the idea. I then offered to send him the template I used and gave him my "
        "personal email, jo.mercer.writes@examplemail.com, rather than going through the "
        "clinic system. We finished by scheduling his first block for Monday.",
        {},
        [IDENTIFYING],
        [NO_RETURN, CLOSE, ONGOING, DURATION],
        UNSAFE,
    ),
    (
        "Client: Rhiannon, 24, low self-esteem, comparing herself to influencers. We "
        "looked at how the feed makes her feel. I said I'd gone through a phase of "
        "comparing myself online in my twenties and that unfollowing accounts that made me "
        "feel worse really helped. She asked what I follow now, and I told her my own "
        "account is @rhymingtherapist if she wanted some ‘healthier’ content 😊. Then we "
        "went back to her list of accounts to mute.",
        {"relevance": "direct", "returned_focus": True},
        [IDENTIFYING, DUAL],
        [NO_RETURN, ONGOING, CLOSE],
        UNSAFE,
    ),
    (
        "Client: Joel, 36, struggling after his partner's affair came to light. Much of "
        "the hour was about his anger and whether he can trust again. At one point, to "
        "show I understood, I told him that my first marriage ended after I had an affair "
        "with a colleague. I went into more detail than I meant to about how it started. "
        "He stared at me and then changed the subject to work. I did not manage to get "
        "back to his anger before time.",
        {
            "disclosure_type": "personal_history",
            "returned_focus": False,
            "client_response": "withdrew",
        },
        [INTIMATE, NO_RETURN],
        [REVERSAL, IDENTIFYING],
        UNSAFE,
    ),
    (
        "Supervisee (M. Castellano) reports that the client, a 23-year-old considering "
        "dropping out of law school to train as a chef, asked what he would do. He told "
        "her that he had left a stable career himself once and regretted it, and that in "
        "his view nobody should walk away from a professional degree, because ‘passion "
        "doesn't pay rent.’ The client said she supposed he was right. He did return to "
        "her feelings about her parents' expectations later, but the decision felt made "
        "for her by the end of the hour.",
        {},
        [VALUES],
        [NO_RETURN, IDENTIFYING, REVERSAL],
        BOUNDARY,
    ),
    (
        "Intern supervision note. The client, a 31-year-old woman weighing whether to have "
        "a second child, asked the intern, Mr. Delacroix, if he had children. He said he "
        "has three and that, as a Catholic, he believes children are always a blessing and "
        "that she shouldn't let money decide something so important. The client said she "
        "would think about it. He then asked about her partner's view. I've flagged this "
        "as imposing values.",
        {},
        [VALUES],
        [NO_RETURN, IDENTIFYING, INTIMATE],
        BOUNDARY,
    ),
    (
        "Ben, 26, is anxious about the news and his job in the energy sector. When he said "
        "he felt guilty about where he works, I told him that personally I think fossil "
        "fuel companies are wrecking the planet and that he'd feel better if he found "
        "something more ethical. He went quiet. I later asked what his own values were, "
        "but the horse had bolted.",
        {"client_response": "withdrew"},
        [VALUES],
        [IDENTIFYING, NO_RETURN, ONGOING],
        BOUNDARY,
    ),
    (
        "Mrs. Baptiste mentioned chest tightness when anxious. I said I get the same thing "
        "and that she should just take an aspirin whenever it happens, it always works for "
        "me. I then moved on to the breathing work we had planned for the session.",
        {},
        [CLINICAL],
        [NO_RETURN, LENGTH],
        CONCERN,
    ),
    (
        "Long silences with Bram make me anxious, and today I filled one by telling him "
        "about my weekend hiking trip and the view from the top. He listened politely. On "
        "reflection it was for me, not him: it eased my discomfort rather than serving "
        "anything he is working on. I eventually asked how his week had been and he talked "
        "about his job search.",
        {},
        [NEED, RELEVANCE],
        [ONGOING, NO_RETURN, REVERSAL],
        CAUTION,
    ),
    (
        "Ayesha came in today buzzing about her new job, and somehow we ended up talking "
        "about football for a while. I told her I've supported Rovers since I was a kid "
        "and about the match I'd been to at the weekend, including the awful penalty in "
        "extra time. It was light and she enjoyed it, but none of it connected to her "
        "goals around assertiveness at work, and it took maybe four minutes. I steered us "
        "back eventually.",
        {
            "relevance": "none",
            "duration_minutes": 4,
            "intent": "build_rapport",
            "returned_focus": True,
        },
        [RELEVANCE, DURATION],
        [ONGOING, NO_RETURN, REVERSAL, IDENTIFYING],
        CAUTION,
    ),
    (
        "Rosa asked how I had coped with my own father's long illness years ago. I "
        "answered more fully than I usually would: the practical side, the respite care, "
        "the support group that eventually helped me, and how I came to terms with it. It "
        "was relevant to her situation and she was engaged throughout, but it took far "
        "longer than I intended and I'd keep it much shorter next time.",
        {
            "duration_minutes": 7,
            "returned_focus": True,
            "relevance": "direct",
            "experience_status": "resolved",
        },
        [DURATION],
        [ONGOING, CLOSE, NO_RETURN, RELEVANCE, REVERSAL],
        CAUTION,
    ),
    (
        "Another brief share with Leon today about learning to drive late, which ties in "
        "with his test anxiety. I said I failed twice before passing and that breathing on "
        "a count of four at junctions helped. He smiled. I'm aware this is becoming a "
        "habit with him, and I want to check whether I'm leaning on it because our "
        "sessions feel flat.",
        {
            "prior_disclosures_30d": 4,
            "intent": "normalize",
            "relevance": "direct",
            "returned_focus": True,
        },
        [FREQUENCY],
        [ONGOING, CLOSE, IDENTIFYING, RELEVANCE],
        CAUTION,
    ),
    (
        "This is the fourth time this month I've shared something about my own anxiety "
        "with Kit. Each felt useful in the moment, and today's was short: that I still use "
        "a grounding exercise before flights. But four times in a month is a pattern, and "
        "I want to think about whose need it is meeting.",
        {},
        [FREQUENCY],
        [LENGTH, NEED],
        CAUTION,
    ),
    # Several problems at once.
    (
        "Client: Marcus, 27, recently bereaved. I told him my father died last month and "
        "that I'm still struggling to get out of bed most days. I said what has kept me "
        "going is my faith and that he should really think about coming back to church, "
        "because grief without God is just too heavy. At the end I gave him my personal "
        "mobile, 07700 900431, and told him to text me any time, day or night.",
        {},
        [ONGOING, VALUES, DUAL, IDENTIFYING],
        [],
        EXPOSED,
    ),
    (
        "Context: Eddie is a single dad struggling with his two boys' behaviour. I wanted "
        "him to feel less alone, so I told him about my own kids, Archie and Poppy, and "
        "how bedtime used to be a battle. But I went on to say that they both go to "
        "Hillcrest Primary, that we're always at the adventure playground on Saturdays, "
        "and that he should bring his boys along so they could all play together. He was "
        "keen. I didn't really get back to his own parenting plan before the session "
        "ended, and the whole thing took about five or six minutes.",
        {},
        [IDENTIFYING, DUAL, NO_RETURN, DURATION],
        [],
        UNSAFE,
    ),
    (
        "Dominika was talking about her partner's loss of interest in sex and I said, "
        "“Honestly, my husband and I haven't slept together in months either, so you're "
        "not alone.” I said a bit more about how it's affecting our marriage. She looked "
        "uncomfortable and moved on to her mother.",
        {"intent": "relieve_own_discomfort", "experience_status": "ongoing"},
        [INTIMATE, ONGOING, NEED],
        [LENGTH],
        EXPOSED,
    ),
    (
        "Session with Ollie, 17, about exam stress. I told him I totally understood, and I "
        "went into how I failed my A-levels the first time, retook them, and how that "
        "still affects how I feel about myself. I talked about my parents' reaction, my "
        "resits and the college I went to afterwards. By the time I stopped he had gone "
        "quiet and the session ended with him looking at his phone.",
        {
            "duration_minutes": 6,
            "returned_focus": False,
            "experience_status": "partly_resolved",
            "relevance": "indirect",
        },
        [DURATION, NO_RETURN, ONGOING],
        [IDENTIFYING, DUAL],
        BURDEN,
    ),
    (
        "I mentioned to Ahmed that my car broke down on the way in and I'm stressed about "
        "the repair bill on top of everything else going on at home. He asked a few "
        "questions about it and the session drifted from there.",
        {
            "relevance": "none",
            "returned_focus": False,
            "experience_status": "ongoing",
            "intent": "relieve_own_discomfort",
            "prior_disclosures_30d": 2,
        },
        [RELEVANCE, NO_RETURN, ONGOING, NEED, FREQUENCY],
        [LENGTH],
        BURDEN,
    ),
    (
        "Near the end of our session on his work stress, I let slip that I was dreading a "
        "difficult meeting with my own manager this week. Connor, who works in HR, spent "
        "the last ten minutes coaching me on how to handle it, and I went along with it "
        "because his advice was good. Writing it up, I can see that the session became "
        "about my problem and that he left in the helper role.",
        {},
        [REVERSAL, ONGOING],
        [IDENTIFYING],
        DUMPING,
    ),
    # Trauma dumping told at length.
    (
        "I had a hard session with Eleanor today and I want to be honest about it. She was "
        "talking about her mother's cancer diagnosis and I ended up telling her that my "
        "own husband was diagnosed in January and that we're still waiting on scan "
        "results. I told her about the night in A&E, how I haven't slept properly in "
        "weeks, and how I don't know how I'm going to manage if the news is bad. I must "
        "have talked for a good ten minutes. Eleanor cried, held my hand and said she "
        "would pray for us. By the time I looked at the clock the session was nearly over "
        "and we had not gone back to her mother at all.",
        {},
        [ONGOING, REVERSAL, NO_RETURN, DURATION, LENGTH],
        [VALUES, INTIMATE, IDENTIFYING, CLINICAL],
        DUMPING,
    ),
    (
        "I need to bring this to supervision because I'm not sure I handled it well. "
        "Siobhan was talking about her miscarriage and I told her that I had lost a "
        "pregnancy in the autumn. I meant to leave it there but I didn't. I told her about "
        "the scan, about how my partner and I haven't really talked about it since, and "
        "that I still can't walk past the baby aisle in the supermarket. I cried. Siobhan "
        "passed me the tissues and said she was so sorry, and that she hoped I was being "
        "kind to myself. We spent the last part of the session with her asking how I was. "
        "I don't think she got what she came for, and I'm not sure I'm ready to be working "
        "with pregnancy loss right now.",
        {
            "experience_status": "ongoing",
            "months_since_experience": 3,
            "returned_focus": False,
            "client_response": "comforted_therapist",
        },
        [ONGOING, REVERSAL, NO_RETURN, LENGTH],
        [IDENTIFYING, DUAL],
        DUMPING,
    ),
    (
        "Concern raised by the clinic manager. In a session on Tuesday, the counsellor, "
        "Ms. Pemberton, spent most of the hour describing her divorce, which is still "
        "going through the courts. She told the client, a 50-year-old man with depression, "
        "about the arguments over the house, that she cries in the car before work, and "
        "that she doesn't know who she is anymore. The client later told reception he felt "
        "he should not have mentioned his own problems because hers sounded worse. He has "
        "not rebooked.",
        {"duration_minutes": 40, "experience_status": "ongoing"},
        [ONGOING, DURATION],
        [IDENTIFYING, DUAL],
        DUMPING,
    ),
    (
        "Ms. Achterberg told the client, who is in debt, that she is currently facing "
        "eviction herself, that the bailiffs have written twice, and that she has no idea "
        "how she will pay the rent next month. The client became tearful and asked if "
        "there was anything she could do to help.",
        {
            "experience_status": "ongoing",
            "intent": "seek_support",
            "duration_minutes": 8,
            "returned_focus": False,
            "client_response": "distressed",
        },
        [ONGOING, NEED, DURATION, NO_RETURN, REVERSAL],
        [LENGTH, IDENTIFYING],
        DUMPING,
    ),
    (
        "I told Harriet that this has been a rough month for me too, with my mother moving "
        "into a care home, and that I'm finding the guilt hard. She was kind about it and "
        "said I was clearly a good daughter. I thanked her and we moved on to her week.",
        {
            "client_response": "comforted_therapist",
            "experience_status": "ongoing",
            "intent": "seek_support",
        },
        [REVERSAL, ONGOING, NEED],
        [IDENTIFYING, LENGTH],
        DUMPING,
    ),
    # Reflections, plans and questions: what was only considered was not done.
    (
        "Reflection for supervision. Priya has been stuck on whether to leave her "
        "marriage, and today she asked me directly whether I was married. I said I'd "
        "rather keep the focus on her, and we explored what my answer would have meant to "
        "her. Afterwards I noticed how strongly I had wanted to tell her about my own "
        "divorce. If she asks again, I might say something brief and general about knowing "
        "that big decisions take time, but I won't share the story or my views on "
        "marriage. No disclosure was made in this session.",
        {"disclosure_type": "other", "client_response": "engaged"},
        [],
        [INTIMATE, VALUES, ONGOING, CLOSE, NO_RETURN, NEED],
        MILD,
    ),
    (
        "Ruth is finishing therapy next month after two years. She asked today if we could "
        "stay in touch, maybe follow each other on Instagram. I said I understood the wish "
        "and that I don't connect with clients on social media, and we talked about what "
        "ending means to her and what it stirs up from her previous losses. If she raises "
        "it again at our final session I plan to offer a follow-up review appointment "
        "instead.",
        {},
        [],
        [DUAL, IDENTIFYING, ONGOING, NO_RETURN],
        MILD,
    ),
    (
        "Supervision reflection. Caleb keeps asking where I live, and today he guessed the "
        "estate. I neither confirmed nor denied it and we talked about why knowing matters "
        "to him, which opened up his fear of being abandoned between sessions. Next time, "
        "rather than deflecting with a joke as I did at first, I would name the boundary "
        "clearly and kindly from the start. I have not shared any personal details with "
        "him.",
        {},
        [],
        [IDENTIFYING, DUAL, NO_RETURN, ONGOING, NEED],
        MILD,
    ),
    (
        "Reflection. Ife asked today whether the tablets I ‘must have taken’ when I was "
        "depressed worked. I said medication decisions are best talked through with her "
        "GP, and that for me what mattered most was having support and getting back to "
        "running. I'm glad I didn't name anything. If I had told her which antidepressant "
        "I took, she might have asked her doctor for it, which isn't my role to suggest.",
        {},
        [],
        [CLINICAL, ONGOING, CLOSE, NO_RETURN],
        MILD,
    ),
    (
        "Megan has no one to call when she spirals late at night, and I felt a strong pull "
        "to give her my mobile. I didn't. Instead we went through the crisis line numbers "
        "and identified two people from her church group she could text. I'm noting it "
        "because the urge was strong, and I'd like to talk in supervision about where it "
        "comes from.",
        {},
        [],
        [DUAL, IDENTIFYING, VALUES, NEED, NO_RETURN],
        MILD,
    ),
    (
        "Question for supervision: Kofi is working through his divorce and keeps asking "
        "whether I've been divorced. I haven't answered. If I did, would it be okay to say "
        "only that I've been through a separation and came out the other side, without any "
        "detail about my marriage? I want to check before I say anything.",
        {},
        [],
        [INTIMATE, ONGOING, CLOSE, NO_RETURN, NEED, LENGTH],
        MILD,
    ),
    (
        "Planning note before Thursday's session. Gwen's panic about driving on motorways "
        "is stuck. I'm considering telling her that I used to avoid motorways myself and "
        "that practising with short stretches at quiet times helped. I won't say which "
        "junction I live near or which route I use. I'll keep it to a sentence and then "
        "ask her what a small first stretch could be.",
        {},
        [],
        [IDENTIFYING, ONGOING, CLOSE, NO_RETURN, NEED],
        MILD,
    ),
    (
        "Francesca has been torn about confessing an affair to her husband. I noticed I "
        "had a strong opinion, shaped by my own history, but I kept it out of the room. "
        "Had I shared it, I'd have been telling her what to do. Instead we explored what "
        "honesty means to her and what she fears would happen either way. She left saying "
        "she needs more time, which feels right.",
        {},
        [],
        [VALUES, INTIMATE, NEED, NO_RETURN, ONGOING, CLOSE],
        MILD,
    ),
]

test_case = case_test(CASES, "h13-")


# Misses still open: role reversal told wholly in the third person about a named or
# unnamed clinician ("The teen immediately reassured her", "she spent the rest of the
# session trying to comfort him"). Strict, so a fix shows up as a failure to move them.
STILL_MISSED = [
    (
        "Trainee: Ms. Kowalczyk. Client: 16-year-old with school refusal. The session was "
        "well structured and mostly focused on a graded return plan. When the client "
        "mentioned feeling stupid in math class, Ms. Kowalczyk said she had failed algebra "
        "twice and ‘still feels dumb about it.’ The teen immediately reassured her, saying "
        "‘no you're not, you're literally a therapist,’ and spent a few minutes cheering "
        "her up. The trainee then returned to the plan.",
        {},
        [REVERSAL],
        [NO_RETURN, IDENTIFYING],
        DUMPING,
    ),
    (
        "Supervisor's incident summary.\n\nDuring a telehealth session on Monday, the "
        "clinician, Mr. Hollis, disclosed to a client with grief issues that his younger "
        "brother had died by suicide three weeks earlier. He described finding out, the "
        "funeral arrangements, and his anger at his brother, and said he was ‘barely "
        "holding it together’ and had been drinking more than he should. The disclosure "
        "lasted roughly fifteen minutes by the client's account.\n\nThe client, a "
        "45-year-old woman, reported afterwards that she spent the rest of the session "
        "trying to comfort him and felt she could not talk about her own loss. She has "
        "asked to be transferred to another clinician.\n\nMr. Hollis has been placed on "
        "leave and referred to the employee assistance program.",
        {},
        [ONGOING, REVERSAL, DURATION, LENGTH],
        [IDENTIFYING, CLINICAL],
        DUMPING,
    ),
]

test_still_missed = pytest.mark.xfail(
    strict=True, reason="third-person role reversal without a clinician noun"
)(case_test(STILL_MISSED, "h13-open-"))
