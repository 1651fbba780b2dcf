from django.db import migrations, models


def reasons_of_earlier_runs(apps, schema_editor):
    # Before this field, a run without a requester could only come from
    # `manage.py rescore_outdated` (an engine upgrade); every other run was started by an
    # admin saving thresholds, which the field's default already says.
    RescoreRun = apps.get_model("accounts", "RescoreRun")
    RescoreRun.objects.filter(requested_by__isnull=True).update(reason="engine_upgrade")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_rescore_run_requested_by_optional"),
    ]

    operations = [
        migrations.AddField(
            model_name="rescorerun",
            name="reason",
            field=models.CharField(
                choices=[
                    ("threshold_change", "Threshold change"),
                    ("engine_upgrade", "Engine upgrade"),
                ],
                default="threshold_change",
                max_length=20,
            ),
            preserve_default=False,
        ),
        migrations.RunPython(reasons_of_earlier_runs, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="rescorerun",
            constraint=models.CheckConstraint(
                condition=models.Q(("reason__in", ["threshold_change", "engine_upgrade"])),
                name="rescore_reason_valid",
            ),
        ),
    ]
