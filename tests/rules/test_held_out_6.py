"""Held-out batch 6: cases written from the clinical guidance alone, without the rules in view.

Nine areas, each with entries that must fire and near misses that must stay quiet:

- a clinician's own need (easing discomfort, filling a silence, fishing for praise or
  reassurance, venting, wanting to feel understood) told in words with no intent field,
  beside the client's need for the same things and an urge noticed and not acted on;
- an aside with no link to the client's goals, beside a disclosure whose link is stated;
- sex life, affairs, dating and sexual history, beside a partner, an orientation or a
  pregnancy mentioned as plain fact, and the client's own intimate life;
- the clinician's own hardship that stops at the hard part or "never went away", beside
  one that ends on how it was overcome, even when a last sentence turns to the client;
- claims of identical experience the clinician has not lived, beside ones they have
  lived and say so, and empathy without the claim;
- invitations to church, the gym, a BBQ, the pub, a business or a dating app, and a
  personal number for contact, beside requests refused or deflected;
- the clinician's choices or views pressed on the client's decision, beside the same
  choice told as the clinician's own, and the client's own views;
- the client comforting, reassuring or advising the clinician, beside the client
  reassuring someone else and the clinician comforting the client;
- a difficulty that is recent or present in words, beside one resolved long ago and
  "still" said of something neutral.

The wording varies on purpose: first and third person, terse notes, US, UK and Australian
English, typos, missing apostrophes, curly quotes and emoji.
"""

from __future__ import annotations

from .cases import (
    BURDEN,
    CAUTION,
    CLOSE,
    CONCERN,
    DUAL,
    DUMPING,
    INTIMATE,
    MILD,
    NEED,
    ONGOING,
    OVERID,
    RELEVANCE,
    REVERSAL,
    SAFE,
    UNSAFE,
    VALUES,
    case_test,
)

# A boundary finding a supervisor could weigh as a minor concern or as unsafe.
BLURRED = ("caution", "unsafe_sharing")

HISTORY = {"disclosure_type": "personal_history"}

# (text, fields, must, must_not, accept)
CASES = [
    # 1. the clinician's own need, in words only
    (
        "I told him about my own divorce mostly because the silence was getting awkward "
        "and I wanted to fill it.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Clinician reports she shared her own panic attacks to make herself feel less "
        "uncomfortable after the pt started crying.",
        {},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "disclosed own burnout to pt - honestly i just needed to vent after a rough week",
        {},
        [NEED],
        [],
        BURDEN,
    ),
    (
        "I mentioned my marathon time, I think I was fishing for a bit of praise tbh 😬",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Told her I'd also moved schools a lot as a kid; looking back I wanted her to "
        "reassure me I was a good therapist.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Shared that I grew up on a sheep farm outside Dunmore because I wanted to feel "
        "understood by him for once.",
        {},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Told the client about my breakup from years ago.",
        {"intent_note": "honestly I wanted her to tell me I handled it well"},
        [NEED],
        [],
        CAUTION,
    ),
    (
        "Client needed reassurance that her panic was normal, so I said I had felt the "
        "same before exams at uni and that slow breathing helped.",
        {},
        [],
        [NEED],
        MILD,
    ),
    (
        "Pt kept apologising for venting; I told him venting is what this hour is for and "
        "that I also find it helps to talk things through.",
        {},
        [],
        [NEED],
        MILD,
    ),
    (
        "I noticed an urge to tell him about my own father to fill the silence, but I "
        "didn't act on it and stayed with his story.",
        {},
        [],
        [NEED],
        MILD,
    ),
    (
        "The silence felt uncomfortable for the client, so I said briefly that I also "
        "found silences hard when I started therapy, then asked what was coming up for her.",
        {},
        [],
        [NEED],
        MILD,
    ),
    (
        "Client wanted to feel understood; clinician said she'd also moved countries as a "
        "teen and that joining a local choir helped her settle.",
        {},
        [],
        [NEED],
        MILD,
    ),
    (
        "Felt the pull to get some validation after a tough session but took it to "
        "supervision instead; the only thing I shared was that I'd read the same book.",
        {},
        [],
        [NEED],
        MILD,
    ),
    # 2. no link to the client's goals, in words
    (
        "Random aside: I told her about my trip to the Faroe Islands, nothing to do with "
        "her goals really.",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "Clinician went off on a tangent about his vintage motorbike restoration; "
        "unrelated to pt's treatment goals.",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "Mentioned my footy team's grand final in passing - no link to what we're working on",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "i told him about my sourdough hobby, totally off topic, not related to his anxiety "
        "work at all lol",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "Shared an irrelevant story about my cat getting stuck up a tree. It had no bearing "
        "on her treatment plan.",
        {},
        [RELEVANCE],
        [],
        CAUTION,
    ),
    (
        "I told her I learned to swim as an adult, which tied directly to her goal of "
        "trying new things despite fear.",
        {},
        [],
        [RELEVANCE],
        MILD,
    ),
    (
        "Clinician mentioned her own gardening as an example of behavioural activation, "
        "linked to pt's goal of getting outside every day.",
        {},
        [],
        [RELEVANCE],
        MILD,
    ),
    (
        "Mentioned I only took up running in my forties, relevant to his goal of building a "
        "routine; then asked what small step he could try this week.",
        {},
        [],
        [RELEVANCE],
        MILD,
    ),
    (
        "It might have sounded like a tangent, but I told him how I used to practise "
        "speeches in the mirror, which is directly related to his social anxiety goal.",
        {},
        [],
        [RELEVANCE],
        MILD,
    ),
    (
        "Told pt about my old fear of flying and how graded exposure helped; this connects "
        "to her treatment goal of flying to see her sister.",
        {},
        [],
        [RELEVANCE],
        MILD,
    ),
    # 3. intimate details
    (
        "I told him my sex life with my husband had dried up for a couple of years too.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "Clinician disclosed that she had an affair during her first marriage.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "told pt about my hook-ups after my breakup, how many guys I slept with that summer",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "I mentioned I’m on Hinge and went on three dates with different women this month.",
        {},
        [INTIMATE],
        [],
        BLURRED,
    ),
    (
        "Therapist shared details of his sexual history, incl. losing his virginity at 15, "
        "to normalise the pt's shame.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "I said my partner and I have an open relationship and we both sleep with other people.",
        {},
        [INTIMATE],
        [],
        UNSAFE,
    ),
    (
        "Client talked about her affair; I listened and did not share anything of my own.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "I mentioned my wife when he asked if I had plans for the holidays, and said we "
        "keep Christmas quiet.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "Clinician said she is gay when the client asked, as a plain fact, and went back to "
        "the client's worries about coming out.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "I'm visibly pregnant, so I confirmed I'm due in spring and will be on leave from June.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "Pt disclosed hook-ups with strangers; therapist explored safety and shame, no "
        "self-disclosure.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    (
        "Told him I've been married twenty years, to normalise that every couple argues "
        "about money.",
        {},
        [],
        [INTIMATE],
        MILD,
    ),
    # 4. own hardship with no positive close
    (
        "When I was nineteen my brother died and I stopped eating for months.",
        HISTORY,
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "I told her I was homeless for a year in my twenties and it was the worst time of my life.",
        {},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "Clinician shared that she was in an abusive relationship at uni and that the fear "
        "never really went away.",
        HISTORY,
        [CLOSE],
        [],
        BURDEN,
    ),
    (
        "disclosed own childhood in foster care to pt. described the moves between homes "
        "and the loneliness",
        HISTORY,
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "I shared that I flunked out of college my first year, and how ashamed I was "
        "telling my mom and dad.",
        {},
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "I had postnatal depression after my first baby. Some days I couldnt get off the couch.",
        HISTORY,
        [CLOSE],
        [],
        CAUTION,
    ),
    (
        "When I was nineteen my brother died and I stopped eating for months; grief "
        "counselling and my running club got me back on my feet.",
        HISTORY,
        [],
        [CLOSE],
        MILD,
    ),
    (
        "I told her I was homeless for a year in my twenties, and what turned it around "
        "was a caseworker who helped me find a flat and a job. Then I asked how she copes "
        "on the hard days.",
        {},
        [],
        [CLOSE],
        MILD,
    ),
    (
        "Clinician shared she had panic attacks in her teens but learned breathing "
        "techniques and hasn't had one in years; she then asked the client what has "
        "helped so far.",
        HISTORY,
        [],
        [CLOSE],
        MILD,
    ),
    (
        "disclosed own gambling problem from 10+ yrs ago, got through it with GA meetings "
        "+ support from family. asked pt what support he has",
        HISTORY,
        [],
        [CLOSE],
        MILD,
    ),
    (
        "I was badly bullied at school, but I got through it and it made me kinder. "
        "What's helped you get through this term?",
        {},
        [],
        [CLOSE],
        MILD,
    ),
    # 5. claims of identical experience
    (
        "Client described losing her son. I said “I know exactly how you feel” even though "
        "I’ve never lost a child.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Clinician told the pt, a refugee, 'we're all in the same boat' about fleeing his "
        "country; the clinician has never been displaced.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Told him ive been there with the chemo stuff, tho honestly Ive never had cancer",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Client is a single dad of three; I said I know exactly what he is going through, "
        "though I have no kids myself.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "Said 'been there, done that 😅' about his time in prison. I have never been locked up.",
        {},
        [OVERID],
        [],
        CAUTION,
    ),
    (
        "I said I know how overwhelming anxiety can feel, and asked what it is like for him.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "I lost my own mum to cancer when I was 30, so I told him I've been there, and that "
        "the first year was the hardest but it did ease.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "Clinician, herself sober 12 yrs, told pt she had been in the same boat with "
        "alcohol and that AA helped her.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "I told her I can't know exactly how she feels, but I can imagine how painful this is.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    (
        "Therapist said she couldn’t claim to know what losing a baby is like, but that she "
        "was here to listen.",
        {},
        [],
        [OVERID],
        MILD,
    ),
    # 6. contact outside the professional relationship
    (
        "I invited her to come along to my church on Sunday, she'd be very welcome.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Clinician gave pt her personal mobile number so he could text her between sessions.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "told him to come train at my gym, I can get him a discount and we could lift together",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "We're having a BBQ at ours on Saturday arvo and I said she and the kids should pop round.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "I suggested we grab a pint at the pub after our final session to celebrate.",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Therapist offered the pt a paid side job helping out at her catering business on "
        "weekends.",
        {},
        [DUAL],
        [],
        BLURRED,
    ),
    (
        "Mentioned I'm on Bumble too and said he should swipe right if he sees me lol",
        {},
        [DUAL],
        [],
        UNSAFE,
    ),
    (
        "Client asked to add me on Instagram; I explained I don't connect with clients on "
        "social media.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "Clinician explained she doesn’t connect with clients online when the pt sent her a "
        "friend request.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "He invited me to his band's gig; I thanked him, said I keep our relationship to "
        "sessions, and we explored what asking meant to him.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "pt asked for my personal number, declined, gave her the clinic crisis line instead",
        {},
        [],
        [DUAL],
        MILD,
    ),
    (
        "She invited me to her wedding. I said no, kindly, and we talked about endings.",
        {},
        [],
        [DUAL],
        MILD,
    ),
    # 7. the clinician's values pressed on the client's decision
    (
        "I told her I chose not to have kids and so should she, given her career.",
        {},
        [VALUES],
        [],
        BLURRED,
    ),
    (
        "Clinician told pt that prayer got her through her divorce and that's what he needs "
        "to do too.",
        {},
        [VALUES],
        [],
        BLURRED,
    ),
    (
        "I said I'd never vote for that party and he shouldn't either if he cares about his kids.",
        {},
        [VALUES],
        [],
        BLURRED,
    ),
    (
        "Told her I left my husband when he lied to me about money and she needs to leave "
        "hers too.",
        {},
        [VALUES],
        [],
        BLURRED,
    ),
    (
        "Shared that I'm vegan for ethical reasons and told the pt eating meat is wrong and "
        "she ought to stop.",
        {},
        [VALUES],
        [],
        BLURRED,
    ),
    (
        "I mentioned I chose not to have kids myself, and said it's a very personal "
        "decision only she can make.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    (
        "Client said her faith is central and she wants to pray about the decision; I "
        "supported her in drawing on that.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    (
        "Clinician said that for him moving closer to family was right, but that the pt's "
        "situation is different and it's her call.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    (
        "Pt voiced strong political views about immigration; therapist did not share own "
        "views and kept the focus on his anger.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    (
        "I told him I gave up drinking years ago and it suited me, but I wasn't suggesting "
        "he has to do the same.",
        {},
        [],
        [VALUES],
        MILD,
    ),
    # 8. the client looking after the clinician
    (
        "After I mentioned my dad's dementia, the client spent ten minutes reassuring me "
        "that I was a good daughter.",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Clinician became tearful talking about her miscarriage and the pt comforted her, "
        "holding her hand.",
        {},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "pt ended up giving me advice on my teenage son's behavior, which was kind of him",
        {},
        [REVERSAL],
        [],
        BURDEN,
    ),
    (
        "She told me not to worry about my exam results and that I'd surely pass; it felt "
        "like she was looking after me.",
        {},
        [REVERSAL],
        [],
        BURDEN,
    ),
    (
        "Client checked how I was recovering after my surgery and brought me soup to the "
        "next session.",
        {},
        [REVERSAL],
        [],
        CONCERN,
    ),
    (
        "Shared that my father is in hospital.",
        {"outcome_note": "client spent the rest of the session reassuring me"},
        [REVERSAL],
        [],
        DUMPING,
    ),
    (
        "Client described reassuring her sister after the sister's breakup; I reflected how "
        "caring that was.",
        {},
        [],
        [REVERSAL],
        MILD,
    ),
    (
        "I comforted the client after he cried about his father's death, then said briefly "
        "that for me too grief came in waves and slowly eased.",
        {},
        [],
        [REVERSAL],
        MILD,
    ),
    (
        "Pt said he gives his mates advice all the time but can never take it himself.",
        {},
        [],
        [REVERSAL],
        MILD,
    ),
    (
        "Therapist reassured the pt that the session was a safe space and that her tears "
        "were welcome.",
        {},
        [],
        [REVERSAL],
        MILD,
    ),
    (
        "Client reassured her kids that everything would be OK; clinician shared that she'd "
        "once had to hold it together for her children too, and that asking for help "
        "later made all the difference.",
        {},
        [],
        [REVERSAL],
        MILD,
    ),
    # 9. recent or present difficulty, in words
    (
        "I told him my divorce is still raw and I'm not over it.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Clinician shared that her mother died only last month.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "disclosed that I've been struggling with anxiety at the moment, sleeping badly this week",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "I said I'm going through IVF right now and it's been brutal.",
        {},
        [ONGOING],
        [],
        BURDEN,
    ),
    (
        "Told pt my partner and I split up a fortnight ago and I'm a mess 😢",
        {},
        [ONGOING],
        [],
        DUMPING,
    ),
    (
        "I told her I went through a divorce fifteen years ago; it's long resolved and what "
        "helped was a good friend and time.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I still run every morning, which I mentioned when she asked how I manage stress.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "Clinician said she had depression in her twenties, now many years behind her, and "
        "that therapy helped.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "Mentioned I still have the dog I adopted while recovering from burnout years ago - "
        "walking him helped me get well.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I told him I'm still a Rovers fan, which got him talking about the team he played "
        "for as a boy.",
        {},
        [],
        [ONGOING],
        MILD,
    ),
    (
        "I said I felt the same dread before my driving test years ago and that practising "
        "on quiet roads helped; she smiled and said she might try that.",
        {},
        [],
        [ONGOING, CLOSE, NEED],
        SAFE,
    ),
]


test_case = case_test(CASES, "h6-")
