import pytest
from django.core.management import call_command

from disclosure_review.accounts.models import SupervisionAssignment, User
from disclosure_review.disclosures.models import Assessment, Client, Disclosure, Finding
from disclosure_review.reviews.models import Review

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        "users": sorted(User.objects.values_list("username", "role", "clinic__name")),
        "assignments": sorted(
            SupervisionAssignment.objects.values_list("supervisor__username", "clinician__username")
        ),
        "clients": Client.objects.count(),
        "disclosures": sorted(
            Disclosure.objects.values_list("submission_key", "category", "score")
        ),
        "assessments": Assessment.objects.count(),
        "findings": Finding.objects.count(),
        "reviews": Review.objects.count(),
    }


def test_it_creates_the_demo_clinic_with_the_fixed_users(monkeypatch, capsys):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    call_command("seed_demo", disclosures=60)
    usernames = set(User.objects.values_list("username", flat=True))
    assert {"admin", "supervisor1", "supervisor2", "other_admin", "other_clinician"} <= usernames
    assert {f"clinician{n}" for n in range(1, 6)} <= usernames
    assert set(
        SupervisionAssignment.objects.filter(supervisor__username="supervisor1").values_list(
            "clinician__username", flat=True
        )
    ) == {"clinician1", "clinician2", "clinician3"}
    assert Client.objects.filter(clinic__name="Demo Clinic").count() == 20
    assert User.objects.get(username="clinician1").check_password("demo-password-for-tests")
    assert "Demo logins" in capsys.readouterr().out


def test_every_demo_entry_is_scored_and_flagged_ones_have_a_review():
    call_command("seed_demo", disclosures=80)
    entries = Disclosure.objects.filter(clinic__name="Demo Clinic")
    assert entries.count() == 80
    assert not entries.filter(current_assessment__isnull=True).exists()
    assert set(entries.values_list("category", flat=True)) == {
        "safe",
        "caution",
        "unsafe_sharing",
        "trauma_dumping",
    }
    assert (
        Review.objects.filter(disclosure__in=entries).count()
        == entries.filter(flagged=True).count()
    )


def test_seeding_twice_gives_the_same_data(capsys):
    call_command("seed_demo", disclosures=50)
    first = snapshot()
    call_command("seed_demo", disclosures=50)
    assert snapshot() == first


def test_a_generated_password_is_printed_once(capsys, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("seed_demo", disclosures=5)
    assert "password" in capsys.readouterr().out
    call_command("seed_demo", disclosures=5)
    assert "Demo logins" not in capsys.readouterr().out
