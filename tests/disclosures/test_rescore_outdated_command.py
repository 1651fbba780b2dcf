"""`manage.py rescore_outdated`: bringing every clinic onto its current ruleset after an
engine upgrade, through the same re-score runs as a threshold change."""

import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import RescoreRun
from disclosure_review.audit.models import AuditEvent
from disclosure_review.core.demo import seed_disclosures
from disclosure_review.disclosures.models import Assessment, Disclosure
from tests.conftest import login
from tests.factories import ClientFactory

OLD_ENGINE = "2025.4"


@pytest.fixture
def outdated(clinic, alice, dave):
    """Northside's entries, scored by an engine older than the installed one."""
    for number in range(1, 4):
        ClientFactory(clinic=clinic, code=f"C-{number:03d}")
    seed_disclosures(
        clinic=clinic, clinicians=[alice, dave], count=40, today=timezone.localdate(), key="old"
    )
    Assessment.objects.filter(disclosure__clinic=clinic).update(ruleset=OLD_ENGINE)
    return Disclosure.objects.filter(clinic=clinic)


@pytest.fixture
def current(other_clinic, erin):
    """Southside's entries, scored by the installed engine."""
    ClientFactory(clinic=other_clinic, code="S-001")
    seed_disclosures(
        clinic=other_clinic, clinicians=[erin], count=10, today=timezone.localdate(), key="new"
    )
    return Disclosure.objects.filter(clinic=other_clinic)


def rescore_outdated(*args: str) -> str:
    out = StringIO()
    call_command("rescore_outdated", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_a_dry_run_counts_the_outdated_entries_and_changes_nothing(clinic, outdated, current):
    revision = clinic.ruleset_revision
    output = rescore_outdated("--dry-run")
    assert (
        f"northside: 40 entries not on ruleset {rules.RULESET_VERSION} ({OLD_ENGINE}: 40); "
        "would start a re-score." in output
    )
    assert f"southside: current (ruleset {rules.RULESET_VERSION}), skipped." in output
    assert "Nothing was changed (dry run)." in output
    clinic.refresh_from_db()
    assert clinic.ruleset_revision == revision
    assert not RescoreRun.objects.exists()
    assert not AuditEvent.objects.filter(action="rescore.start").exists()


@pytest.mark.django_db
def test_an_outdated_clinic_gets_an_audited_run_without_a_requester(
    clinic, other_clinic, outdated, current
):
    revision = clinic.ruleset_revision
    output = rescore_outdated()
    run = RescoreRun.objects.get()
    assert f"northside: 40 entries not on ruleset {rules.RULESET_VERSION}" in output
    assert f"re-score run {run.pk} queued (revision {revision + 1})." in output
    assert "southside: current" in output
    assert "Re-score runs started: 1; already under way: 0; clinics current: 1." in output
    assert (run.clinic, run.requested_by, run.status) == (clinic, None, "pending")
    assert run.reason == RescoreRun.Reason.ENGINE_UPGRADE
    assert run.ruleset == rules.RULESET_VERSION
    assert run.ruleset_revision == revision + 1
    event = AuditEvent.objects.get(action="rescore.start")
    assert (event.clinic_id, event.actor, event.actor_username) == (clinic.pk, None, "")
    assert event.details == {
        "revision": revision + 1,
        "ruleset": rules.RULESET_VERSION,
        "reason": "engine upgrade",
        "outdated": {OLD_ENGINE: 40},
        "rescore_run": run.pk,
    }
    other_clinic.refresh_from_db()
    assert other_clinic.ruleset_revision == 1


@pytest.mark.django_db
def test_running_it_twice_starts_one_run(clinic, outdated):
    rescore_outdated("--clinic", "northside")
    run = RescoreRun.objects.get()
    output = rescore_outdated("--clinic", "northside")
    assert f"re-score run {run.pk} is already queued, skipped." in output
    assert RescoreRun.objects.count() == 1
    assert AuditEvent.objects.filter(action="rescore.start").count() == 1


@pytest.mark.django_db
def test_a_waiting_run_to_an_older_ruleset_is_superseded(clinic, carol, outdated):
    # A threshold change saved before the upgrade, not yet picked up by a worker.
    stale = RescoreRun.objects.create(
        clinic=clinic,
        requested_by=carol,
        reason=RescoreRun.Reason.THRESHOLD_CHANGE,
        ruleset_revision=1,
        ruleset=OLD_ENGINE,
    )
    rescore_outdated()
    stale.refresh_from_db()
    assert stale.status == "superseded"
    assert RescoreRun.objects.get(status="pending").ruleset == rules.RULESET_VERSION


@pytest.mark.django_db
def test_the_thresholds_page_says_the_run_started_after_an_engine_upgrade(
    client, clinic, carol, outdated
):
    rescore_outdated()
    run = RescoreRun.objects.get()
    login(client, carol)
    for url in ("/clinic/thresholds/", f"/clinic/rescore/{run.pk}/"):
        html = client.get(url).content.decode()
        assert (
            '<p class="muted" data-reason="engine_upgrade">Reason: <strong>Engine upgrade' in html
        )
        assert "Threshold change" not in html


@pytest.mark.django_db
def test_only_the_named_clinic_is_checked(clinic, outdated, current):
    output = rescore_outdated("--clinic", "southside")
    assert "northside" not in output
    assert not RescoreRun.objects.exists()


@pytest.mark.django_db
def test_an_unknown_clinic_is_a_command_error(clinic):
    with pytest.raises(CommandError, match='No clinic has the slug "nowhere"'):
        rescore_outdated("--clinic", "nowhere")


@pytest.mark.redis
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_worker_brings_the_entries_onto_the_current_ruleset_and_keeps_the_old_assessments(
    celery_worker_process, real_broker, clinic, outdated
):
    rescore_outdated()  # commits, so the run is queued to the real broker
    run = RescoreRun.objects.get()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if run.status not in {"pending", "running"}:
            break
        assert celery_worker_process.poll() is None, "the worker exited"
        time.sleep(0.2)
    assert (run.status, run.processed, run.rescored) == ("done", 40, 40)
    assert set(outdated.values_list("current_assessment__ruleset", flat=True)) == {
        rules.RULESET_VERSION
    }
    assert Assessment.objects.filter(disclosure__clinic=clinic, ruleset=OLD_ENGINE).count() == 40
    assert all(entry.assessments.count() == 2 for entry in outdated)
    assert "northside: current" in rescore_outdated()
    assert RescoreRun.objects.count() == 1


@pytest.mark.django_db
def test_an_entry_never_scored_counts_as_outdated(clinic, outdated):
    outdated.filter(pk=outdated.first().pk).update(current_assessment=None)
    output = rescore_outdated("--dry-run")
    assert (
        f"40 entries not on ruleset {rules.RULESET_VERSION} ({OLD_ENGINE}: 39, none: 1)" in output
    )
