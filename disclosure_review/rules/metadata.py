"""What each rule is, in words for clinicians and supervisors.

The engine takes messages and guideline texts from here, and `docs.py` turns the same
records into docs/RULES.md, so the documentation cannot drift from the behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """Metadata for one stable rule id."""

    id: str
    family: str
    title: str
    triggers: str
    why: str
    guideline: str
    # Reflection prompt and concrete suggestion; "{evidence}" is replaced by the quote
    # or by the structured field the finding rests on.
    message: str
    example_fires: dict
    example_silent: dict


G_RARE = "Be rare and brief."
G_FOCUS = "Keep the focus on the client: a short disclosure, then return to them."
G_WHY = "Ask first: is this for the client, or to make me feel better or less uncomfortable?"
G_NO_REVERSAL = "Never let the client feel they must comfort or support you."
G_RELEVANT = "It should be directly related to the client's current struggles and goals."
G_GENUINE = "Be genuine: do not claim to share an experience you cannot know"
G_RESOLVED = (
    "If you haven't resolved your issue or processed it fully, it's not ready to be shared."
)
G_CLOSE = (
    "Focus on how a lived experience was overcome and conclude on a positive or empowering "
    "note: what helped, what was learned."
)
G_IDENTIFYING = (
    "No identifying details: home address, street, phone, personal e-mail, social media, "
    "names or schools of your children, names or workplaces of family members."
)
G_INTIMATE = "No intimate details: sexual practices, intimate relationship details, affairs."
G_CLINICAL = (
    "Stay within role: general support strategies are fine; specific medications, doses and "
    "prescriber details are not, and medical questions go to the right specialist."
)
G_FRIENDS = (
    "Clients are not friends: no invitations to meet socially, follow on social media, or "
    "contact on a personal number."
)
G_VALUES = (
    "Do not impose personal opinions or values (political, religious, moral) on the "
    "client's choices."
)

RULES: dict[str, RuleInfo] = {
    r.id: r
    for r in (
        RuleInfo(
            id="brevity.length",
            family="brevity",
            title="Long disclosure",
            triggers="More words than the clinic's limits (by default warn above 60 words, "
            "high above 120).",
            why="In real conversations half of all disclosures are under 23 words and 99% "
            "under 83. A long story turns the session toward the clinician.",
            guideline=G_RARE,
            message="This disclosure was long ({evidence}). What was the one sentence the "
            "client needed to hear? Next time, share that sentence and hand the conversation "
            "back with a question.",
            example_fires={
                "text": " ".join(
                    [
                        "I told her about my summer in France and the "
                        "places I saw and the food I ate."
                    ]
                    * 6
                )
            },
            example_silent={"text": "I shared that I also get nervous before presentations."},
        ),
        RuleInfo(
            id="brevity.duration",
            family="brevity",
            title="Took long in session",
            triggers="The recorded duration is above the clinic's limits (by default warn "
            "above 2 minutes, high above 5). Without the field, the clinician's own account "
            'of the time ("I spent fifteen minutes telling him about my ...") is read '
            "against the same limits.",
            why="Time spent on the clinician's story is time taken from the client's.",
            guideline=G_FOCUS,
            message="The disclosure took a while ({evidence}). What kept it going? Aim for "
            "under a minute, then return to the client.",
            example_fires={
                "text": "I shared that I had also moved countries as a child.",
                "duration_minutes": 7,
            },
            example_silent={
                "text": "I shared that I had also moved countries as a child.",
                "duration_minutes": 1,
            },
        ),
        RuleInfo(
            id="brevity.frequency",
            family="brevity",
            title="Frequent disclosure to the same client",
            triggers="By default warn from the 3rd disclosure to the same client within 30 "
            "days, high from the 5th (uses prior_disclosures_30d, which the app counts from "
            "its records). Without the field, the clinician's own count in the text "
            '("the third time this month I\'ve told him") is read against the same limits.',
            why="Disclosure is among the rarest interventions (about 1% of therapist "
            "responses); frequent sharing shifts sessions toward the clinician.",
            guideline=G_RARE,
            message="Disclosure has become frequent with this client ({evidence}). What is "
            "drawing you to share with them? Consider other interventions, and bring the "
            "pattern to supervision.",
            example_fires={
                "text": "Mentioned that I like running too.",
                "prior_disclosures_30d": 4,
            },
            example_silent={
                "text": "Mentioned that I like running too.",
                "prior_disclosures_30d": 0,
            },
        ),
        RuleInfo(
            id="client_focus.therapist_need",
            family="client_focus",
            title="Served the clinician's need",
            triggers="The intent was to relieve your own discomfort or seek support, or the "
            "text says so: filling an awkward silence, needing to vent, getting something off "
            "your chest, needing someone to talk to.",
            why="Disclosures that meet the clinician's needs are among those that hinder "
            "therapy; the session exists for the client.",
            guideline=G_WHY,
            message="This disclosure seems to have met a need of yours ({evidence}). Why did "
            "you tell it at that moment? Next time, try sitting with the silence or the "
            "feeling, and take your own need to supervision or your own support.",
            example_fires={
                "text": "The silence was getting awkward so I told him about my holiday."
            },
            example_silent={
                "text": "I shared that I also found exams stressful, to normalise her worry.",
                "intent": "normalize",
            },
        ),
        RuleInfo(
            id="client_focus.role_reversal",
            family="client_focus",
            title="Client ended up supporting the clinician",
            triggers="The client comforted, reassured, hugged or advised you (client_response "
            'comforted_therapist, or text such as "she comforted me").',
            why="When the client takes care of the clinician, the roles reverse and the "
            "client carries a burden that is not theirs.",
            guideline=G_NO_REVERSAL,
            message="The client ended up looking after you ({evidence}). What did the client "
            "have to set aside to do that? Next time, keep the disclosure to something you "
            "have worked through, and acknowledge the shift with the client if it happens.",
            example_fires={
                "text": "After I told him about my divorce he hugged me and said it would be ok."
            },
            example_silent={
                "text": "I told him I also found change hard once, and he said "
                "that helped him feel less alone."
            },
        ),
        RuleInfo(
            id="client_focus.no_return",
            family="client_focus",
            title="Did not return the focus to the client",
            triggers='returned_focus is false, or the text shows you went on talking ("went '
            'on to tell her", "spent the rest of the session"). Silent when the field is '
            "absent and the text does not show it.",
            why="A disclosure helps when it is brief and followed by a return to the client, "
            "ideally with an open question inviting their reaction.",
            guideline=G_FOCUS,
            message="The conversation stayed with you afterwards ({evidence}). How could you "
            "have handed it back? Next time, follow the disclosure with an open question "
            'such as "What is that like for you?".',
            example_fires={"text": "I mentioned my own move abroad.", "returned_focus": False},
            example_silent={
                "text": "I mentioned my own move abroad, then asked how the move was for her.",
                "returned_focus": True,
            },
        ),
        RuleInfo(
            id="client_focus.low_relevance",
            family="client_focus",
            title="Little link to the client's goals",
            triggers="relevance is none (warn) or indirect (coaching note). Without the "
            'field, the clinician\'s own words that it was off topic ("totally off topic", '
            '"nothing to do with what he came in for") warn; a recorded relevance outranks '
            "them.",
            why="A disclosure should be directly related to the client's current struggles; "
            "otherwise it diverts the session.",
            guideline=G_RELEVANT,
            message="The disclosure had little link to the client's goals ({evidence}). "
            "What did you hope it would do for the client? Next time, choose something "
            "that speaks to what they are working on, or say nothing.",
            example_fires={"text": "I told her about my weekend.", "relevance": "none"},
            example_silent={"text": "I told her about my weekend.", "relevance": "direct"},
        ),
        RuleInfo(
            id="client_focus.overidentification",
            family="client_focus",
            title="Claims identical experience",
            triggers='Claims of identical experience or understanding: "I know exactly how '
            'you feel", "same boat", "I\'ve been there", "I understand exactly". '
            'Empathy such as "I know how overwhelming anxiety can feel" does not fire.',
            why="Claiming to know exactly what the client lives can invalidate their "
            "experience and close down exploration.",
            guideline=G_GENUINE,
            message="This claims identical experience ({evidence}), which can invalidate "
            "the client's own. What do you actually know of their experience? Try empathy "
            'without the claim, e.g. "I can only imagine, and I\'d like to understand".',
            example_fires={"text": "I told him I know exactly how he feels."},
            example_silent={"text": "I know how overwhelming anxiety can feel."},
        ),
        RuleInfo(
            id="resolved.ongoing",
            family="resolved",
            title="Ongoing or recent experience",
            triggers="experience_status ongoing (high) or partly resolved (warn); an "
            "experience within the clinic's recent window (default 6 months); text showing "
            'present distress ("I\'m still a mess", "going through it at the moment", '
            '"told her I still struggle with it these days"), an experience not yet worked '
            'through ("never got over it", "haven\'t come to terms with it"), a difficulty in '
            'the recent past ("last week was hard for me") or a recent loss ("passed away '
            'last month", "left me two weeks ago"). A difficulty hedged or already coped with '
            '("sometimes", "but planning helps") counts one level lower.',
            why="Sharing an unresolved difficulty burdens the client; this is the core of "
            "trauma dumping.",
            guideline=G_RESOLVED,
            message="This shares something that is still raw for you ({evidence}). Is it "
            "processed enough to be of use to the client? Hold it back for now and take it "
            "to supervision or your own support.",
            example_fires={"text": "My mum died last month and I told him I'm still struggling."},
            example_silent={
                "text": "Years ago I struggled after my mum died, and grief "
                "counselling helped me through it."
            },
        ),
        RuleInfo(
            id="resolved.no_positive_close",
            family="resolved",
            title="Does not end on how it was overcome",
            triggers="A personal-history disclosure (disclosure_type personal_history, or "
            "text about your own past difficulty) whose last sentences name no coping, "
            "learning or recovery and whose last sentence is not positive in tone (VADER "
            "sentiment).",
            why="Safe sharing shows that problems can be overcome; a story that stops at the "
            "difficulty leaves the client holding it.",
            guideline=G_CLOSE,
            message="The story ends on the difficulty ({evidence}). What helped you, or what "
            "did you learn? Next time, close on that and invite the client to explore their "
            "own ways of coping.",
            example_fires={"text": "I told her I had a miscarriage too."},
            example_silent={
                "text": "I told her I had a miscarriage too, and that talking "
                "to a counsellor helped me heal."
            },
        ),
        RuleInfo(
            id="boundary.identifying_details",
            family="boundary",
            title="Identifying details",
            triggers='Where you live (address, street, "I live on ...", "just down the '
            'road"), phone numbers, personal e-mail, social handles, names of your family, '
            "your children's schools, family members' workplaces. Public services (a "
            "helpline number, a clinic's address) do not fire.",
            why="Identifying details can expose you and your family to harassment, stalking "
            "or harm, and invite contact outside therapy.",
            guideline=G_IDENTIFYING,
            message="This shares details that could identify or locate you or your family "
            "({evidence}). Who could this reach, and what might it expose? Keep the "
            "experience and leave out names, places and contact details.",
            example_fires={"text": "I mentioned that my son Jack goes to Westfield Primary."},
            example_silent={"text": "I mentioned that my son is about the same age as hers."},
        ),
        RuleInfo(
            id="boundary.intimate_details",
            family="boundary",
            title="Intimate details",
            triggers="Sexual or intimate relationship details of your own, affairs and "
            "infidelity. Sexual orientation or a pregnancy stated as a fact do not fire.",
            why="High-intimacy disclosures are among those clients find impinging; they "
            "blur the role and can unsettle the client.",
            guideline=G_INTIMATE,
            message="This shares intimate details of your own life ({evidence}). What would "
            "the client take from that detail that a general statement would not give? Share "
            'the theme, e.g. "relationships go through hard times", and leave out the '
            "intimate specifics.",
            example_fires={"text": "I told her my husband had an affair last year."},
            example_silent={"text": "I mentioned that I'm gay when he asked if I'd understand."},
        ),
        RuleInfo(
            id="boundary.clinical_specifics",
            family="boundary",
            title="Clinical specifics or medical advice",
            triggers="Named medications (a maintained list of generic and brand names), "
            "doses, your own prescriber's details, or advice on medication (\"you should "
            'take", "come off your meds"). Mentioning a psychiatrist or medication in '
            "general does not fire.",
            why="Specific drugs and doses are outside most professional roles, can be taken "
            "as advice, and belong with the client's prescriber.",
            guideline=G_CLINICAL,
            message="This names clinical specifics ({evidence}). Could the client take it as "
            "advice about their own treatment? Speak of general strategies instead, and "
            "refer medication questions to the client's prescriber.",
            example_fires={"text": "I told him I was on sertraline 100mg for two years."},
            example_silent={
                "text": "Working with a psychiatrist and learning stress management helped me."
            },
        ),
        RuleInfo(
            id="boundary.dual_relationship",
            family="boundary",
            title="Contact outside the professional relationship",
            triggers="Invitations to follow or message you on social media, to contact you "
            "on a personal number, or to meet socially or as friends.",
            why="Clients are not friends; a second relationship blurs the role, risks "
            "exploitation and makes endings hard.",
            guideline=G_FRIENDS,
            message="This invites contact outside therapy ({evidence}). What would it mean "
            "for the client if that contact went wrong? Offer the service's own channels "
            "and crisis options instead.",
            example_fires={"text": "Told her she could add me on Instagram."},
            example_silent={
                "text": "Told her I can't be friends on Instagram, and gave her "
                "the crisis line number."
            },
        ),
        RuleInfo(
            id="boundary.personal_values",
            family="boundary",
            title="Imposed personal values",
            triggers="Your religious, political or moral views, or your own life choices, "
            "pressed on the client's decisions (\"as a Christian I believe divorce is "
            'wrong", "if I were you", "you should ... because I believe").',
            why="Imposing values undermines the client's autonomy and self-exploration and "
            "amplifies the power difference.",
            guideline=G_VALUES,
            message="This brings your own values into the client's decision ({evidence}). "
            'Whose choice is it? Explore what matters to the client instead, e.g. "What '
            'feels right to you?".',
            example_fires={"text": "I told him that as a Christian I believe divorce is wrong."},
            example_silent={
                "text": "I asked what her faith means to her as she thinks about the divorce."
            },
        ),
    )
}

RULE_IDS: tuple[str, ...] = tuple(RULES)
