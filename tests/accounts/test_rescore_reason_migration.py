"""Runs started before re-score runs recorded their reason get the one that was true."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("accounts", "0003_rescore_run_requested_by_optional")]
AFTER = [("accounts", "0004_rescore_run_reason")]


@pytest.mark.django_db(transaction=True)
def test_earlier_runs_get_engine_upgrade_without_a_requester_and_threshold_change_with_one():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    clinic = old.get_model("accounts", "Clinic").objects.create(name="Northside", slug="north")
    admin = old.get_model("accounts", "User").objects.create(
        username="carol", clinic=clinic, role="admin"
    )
    runs = old.get_model("accounts", "RescoreRun").objects
    by_admin = runs.create(clinic=clinic, requested_by=admin, ruleset_revision=2, ruleset="a")
    by_command = runs.create(clinic=clinic, requested_by=None, ruleset_revision=3, ruleset="b")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("accounts", "RescoreRun")
    assert new.objects.get(pk=by_admin.pk).reason == "threshold_change"
    assert new.objects.get(pk=by_command.pk).reason == "engine_upgrade"
