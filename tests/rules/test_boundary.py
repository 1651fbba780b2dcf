"""Boundary safety: identifying, intimate, clinical, dual relationship, values."""

from __future__ import annotations

import pytest

from disclosure_review.rules import Thresholds

from .conftest import concerns, severities

IDENTIFYING = "boundary.identifying_details"
INTIMATE = "boundary.intimate_details"
CLINICAL = "boundary.clinical_specifics"
DUAL = "boundary.dual_relationship"
VALUES = "boundary.personal_values"


@pytest.mark.parametrize(
    "text",
    [
        "I gave her my number, 07700 900123, so she could reach me.",
        "Told him my mobile is 0412 555 019.",
        "I said she could call me on +44 7700 900 123 whenever.",
        "I wrote down my email, jane.doe.therapy@gmail.com, for him.",
        "I told her my insta is @jane_runs_far.",
        "I mentioned I live on Maple Avenue, near the park.",
        "I let slip that we live at 14 Orchard Close.",
        "told him i live on harcourt st",
        "I said I live just round the corner from her flat.",
        "Shared that my house is in the same street as his.",
        "I told her where I live.",
        "I mentioned my daughter goes to St Mary's Primary.",
        "My kids attend Hillcrest Academy, I told him.",
        "I mentioned that my son Jack is the same age.",
        "I said my little girl, Poppy, loves horses too.",
        "I told her my husband works at Barclays in town.",
        "I mentioned that my wife works at this hospital.",
        "Told him my kids go to the same school as his son 😊",
    ],
)
def test_it_finds_identifying_details(text):
    assert concerns(IDENTIFYING, text)


@pytest.mark.parametrize(
    "text",
    [
        "I never gave him my number.",
        "I didn't tell her where I live.",
        "I would never give a client my home address.",
        "I gave her the Samaritans number, 116 123, for the weekend.",
        "I gave him the crisis line number 0800 555 111 in case he needs it tonight.",
        "The food bank at 12 Market Street opens on Tuesdays, I told her.",
        "I live with anxiety too, and breathing exercises help me.",
        "I live in hope that things improve for everyone.",
        "I mentioned that my son's age made the teenage years feel familiar.",
        "My son is about the same age as hers.",
        "My husband works in IT, so I understand shift patterns.",
        "I went to university a long time ago.",
        "It was five minutes down the road from the station.",
        "I said the school nurse at Westfield Primary is lovely to talk to.",
        "I shared that I have practised for 12 years since 2014.",
    ],
)
def test_it_ignores_near_misses_for_identifying_details(text):
    assert not concerns(IDENTIFYING, text)


def test_a_phone_number_in_the_clinic_region_is_found_with_a_clear_span():
    text = "I gave him my personal mobile number, 0412 555 019, in case he needed me."
    result = severities(text, thresholds=Thresholds(phone_region="AU"))
    assert result[IDENTIFYING] == "high"


def test_it_ignores_negated_phone_sharing():
    assert not concerns(IDENTIFYING, "I never gave him my number, 07700 900123 stays private.")


@pytest.mark.parametrize(
    "text",
    [
        "I shared that my husband and I went through a rough patch in our sex life.",
        "I told him I had an affair when my marriage was ending.",
        "Mentioned that my ex cheated on me with my best friend.",
        "I told her things in the bedroom got difficult after my surgery.",
        "I said that my partner and I have an open relationship.",
        "I told him my libido dropped on the medication.",
        "I admitted I’d slept with someone else while engaged.",
    ],
)
def test_it_finds_intimate_details(text):
    assert concerns(INTIMATE, text)


@pytest.mark.parametrize(
    "text",
    [
        "I mentioned I'm gay when she asked if I would understand.",
        "I told her that when I was pregnant I also felt anxious.",
        "I shared that I am bisexual and it took me time to accept it.",
        "She told me about her affair and I listened.",
        "He said his wife cheated on him.",
        "I stayed in bed for days when I was depressed, and therapy helped.",
        "I never discussed my sex life with him.",
        "I said I keep up with current affairs to switch off.",
        "I told her my financial affairs were a mess once, and budgeting helped.",
    ],
)
def test_it_ignores_orientation_pregnancy_and_the_clients_own_story(text):
    assert not concerns(INTIMATE, text)


@pytest.mark.parametrize(
    "text",
    [
        "I told him I was on sertraline 100mg for two years.",
        "Mentioned that Prozac worked for me.",
        "I said my doctor put me on quetiapine at night.",
        "I shared that I took 20 mg of citalopram.",
        "I said she should try taking melatonin to sleep.",
        "I told him he could come off his meds if he felt better.",
        "Told her she doesn't need antidepressants, just exercise.",
        "I said my psychiatrist, Dr Patel, doubled my dose.",
        "I mentioned my Xanax prescription helped with flights.",
        "I told her that lithium levels were a pain for me.",
    ],
)
def test_it_finds_clinical_specifics(text):
    assert concerns(CLINICAL, text)


@pytest.mark.parametrize(
    "text",
    [
        "What helped me was working closely with a psychiatrist and learning stress management.",
        "I told her medication can be one option to discuss with her GP.",
        "I mentioned that I also saw a psychiatrist for a while, and it helped.",
        "She told me she was on sertraline, and I asked how it was going.",
        "I didn't tell him to stop taking his medication.",
        "I suggested he ask his GP about any medication questions.",
        "I said the walk took 20 minutes.",
    ],
)
def test_it_ignores_general_mentions_of_medication_or_a_psychiatrist(text):
    assert not concerns(CLINICAL, text)


@pytest.mark.parametrize(
    "text",
    [
        "Told her she could add me on Instagram.",
        "I said he could DM me whenever.",
        "I suggested we meet for coffee after our sessions end.",
        "I told her we could be friends once therapy is over.",
        "I gave him my personal number in case he needed me.",
        "I accepted her friend request on Facebook.",
        "I said he can text me at the weekend if things get bad.",
        "Invited him to my church’s barbecue.",
        "I told her to follow me on TikTok 😂",
        "Told him we should grab a drink sometime.",
    ],
)
def test_it_finds_invitations_outside_therapy(text):
    assert concerns(DUAL, text)


@pytest.mark.parametrize(
    "text",
    [
        "I explained that I can't add clients on Instagram.",
        "I told her we can't be friends, and why that protects her.",
        "I said she could reach me through the clinic's reception.",
        "I mentioned I deleted Facebook and it helped my mood.",
        "I told him I grab a coffee before work to settle myself.",
        "If she asks to meet for coffee, I will decline.",
        "She said her friends don't understand her.",
    ],
)
def test_it_ignores_refusals_and_mentions_of_social_media(text):
    assert not concerns(DUAL, text)


@pytest.mark.parametrize(
    "text",
    [
        "I told him that as a Christian I believe divorce is wrong.",
        "Said abortion is a sin and she should think about that.",
        "I told her that if I were you I'd leave him.",
        "I said as a Muslim I think he must stay in the marriage.",
        "I told him living together before marriage is immoral.",
        "I said he should vote for the party that supports people like him.",
        "I mentioned my faith teaches that she needs to forgive her father.",
    ],
)
def test_it_finds_imposed_values(text):
    assert concerns(VALUES, text)


@pytest.mark.parametrize(
    "text",
    [
        "I asked what her faith means to her as she thinks about the divorce.",
        "I acknowledged that I was wrong to interrupt her last week.",
        "I told her there's nothing wrong with wanting space.",
        "I told him I had gone through a divorce too, and counselling helped.",
        "I said I don't think it's my place to say what she should do.",
        "I told him something was wrong with my car that morning.",
    ],
)
def test_it_ignores_values_that_are_not_imposed(text):
    assert not concerns(VALUES, text)


def test_unsafe_sharing_needs_a_high_boundary_finding(category):
    assert category("I told her my home address is 3 Elm Road.") == "unsafe_sharing"
    assert category("I told him I was on sertraline for a while.") == "caution"


@pytest.mark.parametrize(
    "text",
    ["My number is 07700 900123.", "It's 020 7946 0958 if you need me.", "0412555019"],
)
def test_it_finds_a_bare_phone_number_with_its_exact_span(text):
    result = severities(text)
    assert result[IDENTIFYING] == "high"


def test_a_long_year_range_is_not_a_phone_number():
    assert not concerns(IDENTIFYING, "I trained in 2014-2016 and again 2018 2019.")
