"""Resolved experience: ongoing or recent difficulties, and closing on coping."""

from __future__ import annotations

import pytest

from .conftest import concerns, severities

ONGOING = "resolved.ongoing"
CLOSE = "resolved.no_positive_close"


@pytest.mark.parametrize(
    "text",
    [
        "My partner left me two weeks ago and I'm still a mess.",
        "Told her my mum passed away last month.",
        "I said I'm going through a divorce at the moment.",
        "I’m struggling with my own depression right now.",
        "Mentioned that I've been grieving my brother lately.",
        "I told him my dad died three weeks ago.",
        "I told her I still haven't got over my breakup.",
        "i'm still finding it so hard since my dog died",
        "I said I'm currently dealing with a cancer diagnosis 😔",
        "Shared that my wife just left me.",
        "I haven't been sleeping since we split up last month.",
    ],
)
def test_it_finds_ongoing_or_recent_difficulties(text):
    assert severities(text).get(ONGOING) == "high"


@pytest.mark.parametrize(
    "text",
    [
        "I used to struggle with severe depressive episodes up until the age of 17.",
        "Years ago my father died, and therapy helped me grieve.",
        "When I was 19 I went through a breakup that floored me, and friends got me through.",
        "I'm no longer struggling with it, and running helped.",
        "I still use the breathing exercises I learned years ago.",
        "I still remember how hard it was as a teenager, and how much it helped to talk.",
        "I misunderstood what she meant last week and apologised.",
        "I also find it hard to ask for help sometimes.",
        "I went through a divorce a long time ago; what helped was routine.",
    ],
)
def test_it_ignores_long_past_or_processed_experience(text):
    assert not concerns(ONGOING, text)


def test_the_ongoing_field_is_high_and_partly_resolved_warns():
    assert severities("I mentioned it.", experience_status="ongoing")[ONGOING] == "high"
    assert severities("I mentioned it.", experience_status="partly_resolved")[ONGOING] == "warn"


def test_a_recent_experience_by_months_is_flagged():
    assert severities("I mentioned my loss.", months_since_experience=1)[ONGOING] == "high"
    assert severities("I mentioned my loss.", months_since_experience=4)[ONGOING] == "warn"
    assert ONGOING not in severities("I mentioned my loss.", months_since_experience=24)


def test_resolved_with_a_long_gap_quietens_weak_text_recency():
    text = "I shared that my dad died last month."
    assert severities(text)[ONGOING] == "high"
    quiet = severities(text, experience_status="resolved", months_since_experience=30)
    assert quiet.get(ONGOING) in {None, "info"}


def test_ongoing_at_high_is_trauma_dumping(category):
    assert category("I said I'm going through a horrible breakup right now.") == "trauma_dumping"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("I told her I'd also had a miscarriage.", {}),
        ("I shared that I was bullied at school and it was awful.", {}),
        ("Mentioned I went through a divorce years ago.", {"disclosure_type": "personal_history"}),
        ("I told him my brother died when I was young and nothing made sense after.", {}),
    ],
)
def test_it_finds_personal_history_that_stops_at_the_difficulty(text, fields):
    assert concerns(CLOSE, text, **fields)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("I told her I'd also had a miscarriage, and talking to others helped me heal.", {}),
        ("I was bullied at school. What got me through was one good teacher.", {}),
        ("I went through a divorce years ago. I learned to ask for help.", {}),
        ("I've practised CBT for eight years.", {"disclosure_type": "facts"}),
        ("I felt moved when she spoke.", {"disclosure_type": "immediacy"}),
        ("I also like hiking at weekends.", {}),
        (
            "I struggled with panic attacks at uni. These days I'm doing well and feel "
            "stronger for it.",
            {},
        ),
    ],
)
def test_it_accepts_history_that_closes_on_coping(text, fields):
    assert not concerns(CLOSE, text, **fields)


@pytest.mark.parametrize(
    "text",
    [
        # Present-tense continuing struggle, in the clinician's own words or reported.
        "I mentioned I still struggle with this right now, last week was hard.",
        "Told him I'm still not over my divorce, it's been rough lately.",
        "I said that these days I'm barely holding it together since the accident.",
        "Let her know I haven't gotten over losing my job yet.",
        "I told him honestly that I never really got over my brother's suicide.",
        "told her i'm still grieving for my nan tbh",
        "I admitted I struggle with my drinking at the moment.",
        "Said I can't move on from what happened with my ex.",
        "I explained that I\u2019m currently having a really hard time with my health.",
    ],
)
def test_present_continuing_struggle_is_high(text):
    assert severities(text).get(ONGOING) == "high"


@pytest.mark.parametrize(
    "text",
    [
        "I admitted my own anxiety is pretty bad at the moment.",
        "I told him it's been a hard few weeks for me personally.",
        "Mentioned I've been exhausted lately with the new baby.",
        "I shared that last week was a rough one for me.",
        "I said I still struggle with it sometimes, though slow breathing gets me through.",
    ],
)
def test_milder_or_hedged_present_difficulty_warns(text):
    assert severities(text).get(ONGOING) == "warn"


@pytest.mark.parametrize(
    "text",
    [
        "I had a hard time at first, but I'm still here and much stronger.",
        "We had a difficult session last week and I apologised for rushing her.",
        "I can't get over how brave she was to say that.",
        "Last week she told me she was struggling at work.",
        "I told him I'm not struggling any more and things are good.",
        "I said that I don't feel low these days.",
        "I still miss my grandmother, who died ten years ago, but the memories are happy now.",
        "I explained that right now is a hard time for lots of people.",
        "It took a few weeks to feel settled when I moved, and routine helped.",
        "I let him know I still feel anxious before big talks, and planning helps me.",
        "If I were still struggling right now, I wouldn't bring it into the room.",
    ],
)
def test_past_hedged_or_someone_elses_difficulty_does_not_concern(text):
    assert not concerns(ONGOING, text)


def test_a_resolved_status_does_not_hide_a_present_struggle_in_the_text():
    text = "I told her I still struggle with it right now."
    assert severities(text, experience_status="resolved").get(ONGOING) == "warn"
