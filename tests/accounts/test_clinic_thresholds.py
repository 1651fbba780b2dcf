"""The thresholds editor: preview, save, and the re-score it starts."""

from collections import Counter

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import RescoreRun
from disclosure_review.accounts.services import clinic_threshold_values, thresholds_update
from disclosure_review.audit.models import AuditEvent
from disclosure_review.core.demo import seed_disclosures
from disclosure_review.disclosures.models import Assessment, Disclosure
from disclosure_review.disclosures.rescore import rescore_run_execute, thresholds_preview
from tests.conftest import login
from tests.factories import ClientFactory

STRICTER = {"length_warn_words": 20, "length_high_words": 45, "flag_score": 75}


@pytest.fixture
def entries(clinic, alice, dave):
    for number in range(1, 6):
        ClientFactory(clinic=clinic, code=f"C-{number:03d}")
    seed_disclosures(
        clinic=clinic, clinicians=[alice, dave], count=80, today=timezone.localdate(), key="t"
    )
    return Disclosure.objects.filter(clinic=clinic)


def form_data(clinic, **changes):
    return {**clinic_threshold_values(clinic), **changes}


@pytest.mark.django_db
def test_the_preview_matches_what_the_rescore_then_does(clinic, carol, entries):
    values = form_data(clinic, **STRICTER)
    preview = thresholds_preview(clinic=clinic, thresholds=rules.Thresholds.from_mapping(values))
    before = dict(entries.filter(session_date__gte=preview.since).values_list("id", "category"))
    assert preview.total == len(before)
    assert preview.changed > 0

    run = thresholds_update(by=carol, clinic=clinic, values=values)
    assert rescore_run_execute(run.pk) is True

    after = dict(entries.filter(session_date__gte=preview.since).values_list("id", "category"))
    transitions = Counter((before[pk], after[pk]) for pk in before if before[pk] != after[pk])
    assert transitions == preview.transitions
    assert sum(transitions.values()) == preview.changed
    for example in preview.examples:
        assert after[example.disclosure_id] == example.new_category
    run.refresh_from_db()
    assert run.status == "done"
    assert run.processed == run.total == entries.count()


@pytest.mark.django_db
def test_saving_bumps_the_revision_keeps_old_assessments_and_audits(clinic, carol, entries):
    revision = clinic.ruleset_revision
    assessments = Assessment.objects.count()
    run = thresholds_update(by=carol, clinic=clinic, values=form_data(clinic, **STRICTER))
    rescore_run_execute(run.pk)
    clinic.refresh_from_db()
    assert clinic.ruleset_revision == revision + 1
    assert clinic.flag_threshold == 75
    assert clinic.thresholds == {"length_warn_words": 20, "length_high_words": 45}
    assert Assessment.objects.count() == assessments + entries.count()
    sample = entries.first()
    assert sample.assessments.count() == 2
    assert sample.current_assessment.ruleset == run.ruleset != rules.RULESET_VERSION
    event = AuditEvent.objects.get(action="thresholds.change")
    assert event.details["changed"]["flag_score"] == {"from": 60, "to": 75}


@pytest.mark.django_db
def test_a_threshold_change_starts_a_run_that_says_so(clinic, carol, entries):
    run = thresholds_update(by=carol, clinic=clinic, values=form_data(clinic, **STRICTER))
    assert (run.reason, run.requested_by) == (RescoreRun.Reason.THRESHOLD_CHANGE, carol)


@pytest.mark.django_db
def test_a_run_must_say_why_it_started(clinic):
    with pytest.raises(IntegrityError), transaction.atomic():
        RescoreRun.objects.create(clinic=clinic, ruleset_revision=2, ruleset="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        RescoreRun.objects.create(clinic=clinic, reason="whim", ruleset_revision=2, ruleset="x")


@pytest.mark.django_db
def test_the_rescore_is_idempotent_and_resumes_where_it_stopped(clinic, carol, entries):
    run = thresholds_update(by=carol, clinic=clinic, values=form_data(clinic, **STRICTER))
    rescore_run_execute(run.pk)
    count = Assessment.objects.count()
    # Running the finished run again does nothing.
    assert rescore_run_execute(run.pk) is False
    # A run whose worker died (stale, still "running") is picked up and writes nothing twice.
    RescoreRun.objects.filter(pk=run.pk).update(
        status="running", heartbeat_at=timezone.now() - timezone.timedelta(hours=1)
    )
    assert rescore_run_execute(run.pk) is True
    assert Assessment.objects.count() == count
    run.refresh_from_db()
    assert (run.status, run.attempts) == ("done", 2)


@pytest.mark.django_db
def test_a_newer_change_supersedes_a_running_rescore(clinic, carol, entries):
    first = thresholds_update(by=carol, clinic=clinic, values=form_data(clinic, **STRICTER))
    second = thresholds_update(by=carol, clinic=clinic, values=form_data(clinic, flag_score=50))
    first.refresh_from_db()
    assert first.status == "superseded"
    assert rescore_run_execute(first.pk) is False
    assert rescore_run_execute(second.pk) is True


@pytest.mark.django_db
def test_the_page_previews_then_saves_and_shows_progress(
    client, clinic, carol, entries, django_capture_on_commit_callbacks
):
    login(client, carol)
    data = form_data(clinic, **STRICTER)
    preview = client.post("/clinic/thresholds/", {**data, "action": "preview"})
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "would change category" in html
    assert 'name="previewed"' in html
    previewed = preview.context["previewed"]

    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(
            "/clinic/thresholds/", {**data, "action": "save", "previewed": previewed}
        )
    assert saved.status_code == 302
    run = RescoreRun.objects.get()
    assert run.status == "done"  # eager mode runs the task on commit
    status = client.get(f"/clinic/rescore/{run.pk}/")
    assert b"<progress" in status.content
    assert b'value="100"' in status.content
    for html in (status.content.decode(), client.get("/clinic/thresholds/").content.decode()):
        assert (
            '<p class="muted" data-reason="threshold_change">Reason: <strong>Threshold change'
            in html
        )


@pytest.mark.django_db
def test_a_save_with_values_other_than_the_previewed_ones_previews_again(
    client, clinic, carol, entries
):
    login(client, carol)
    data = form_data(clinic, **STRICTER)
    response = client.post("/clinic/thresholds/", {**data, "action": "save", "previewed": "{}"})
    assert response.status_code == 400
    assert "The values changed after the preview" in response.content.decode()
    assert not RescoreRun.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"length_warn_words": 200}, "length_warn_words", "must not be greater than"),
        ({"flag_score": 140}, "flag_score", "between 0 and 100"),
        ({"frequency_warn": -1}, "frequency_warn", "greater than or equal to 0"),
        ({"phone_region": "G1"}, "phone_region", "two-letter"),
        ({"recent_months": "soon"}, "recent_months", "Enter a number"),
    ],
)
def test_invalid_thresholds_are_field_errors_that_keep_the_input(
    client, clinic, carol, changes, field, message
):
    login(client, carol)
    response = client.post(
        "/clinic/thresholds/", {**form_data(clinic), **changes, "action": "preview"}
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert any(message in error for error in errors.get(field, []) + errors.get("__all__", []))
    assert f'value="{next(iter(changes.values()))}"' in response.content.decode()
    clinic.refresh_from_db()
    assert clinic.ruleset_revision == 1


@pytest.mark.django_db
def test_the_page_shows_how_often_supervisors_found_each_prompt_helpful(
    client, clinic, carol, bob, alice
):
    from disclosure_review.disclosures.models import Finding
    from disclosure_review.reviews.models import FindingFeedback
    from tests.audit.conftest import FLAGGED_TEXT
    from tests.factories import submitted_disclosure

    entry = submitted_disclosure(clinician=alice, text=FLAGGED_TEXT)
    finding = Finding.objects.filter(assessment=entry.current_assessment).first()
    FindingFeedback.objects.create(
        finding=finding, clinic=clinic, rule=finding.rule, reviewer=bob, helpful=True
    )
    login(client, carol)
    response = client.get("/clinic/thresholds/")
    row = next(row for row in response.context["agreement"] if row["rule"] == finding.rule)
    assert (row["helpful"], row["judged"]) == (1, 1)
    assert f'<tr data-rule="{finding.rule}">' in response.content.decode()
