from django.core.management.base import BaseCommand, CommandError

from disclosure_review.accounts.models import Clinic
from disclosure_review.accounts.services import (
    OutdatedEntries,
    outdated_entries,
    outdated_rescore,
)


def _describe(entries: OutdatedEntries) -> str:
    by_ruleset = ", ".join(f"{ruleset}: {count}" for ruleset, count in entries.outdated.items())
    return f"{entries.count} entries not on ruleset {entries.ruleset} ({by_ruleset})"


class Command(BaseCommand):
    help = (
        "Re-score every clinic (or one) whose entries were scored under a ruleset other than "
        "its current one, as after an engine upgrade. Safe to run again: a clinic already "
        "current, or with a re-score to its current ruleset under way, is skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--clinic", metavar="SLUG", help="only this clinic")
        parser.add_argument(
            "--dry-run", action="store_true", help="count the outdated entries; change nothing"
        )

    def handle(self, *args, clinic: str | None, dry_run: bool, **options):
        clinics = Clinic.objects.order_by("slug")
        if clinic is not None:
            clinics = clinics.filter(slug=clinic)
            if not clinics.exists():
                raise CommandError(f'No clinic has the slug "{clinic}".')
        started = under_way = current = 0
        for each in clinics:
            entries = outdated_entries(each) if dry_run else outdated_rescore(clinic=each)
            if not entries.outdated:
                current += 1
                self.stdout.write(f"{each.slug}: current (ruleset {entries.ruleset}), skipped.")
            elif entries.run is not None and not entries.started:
                under_way += 1
                self.stdout.write(
                    f"{each.slug}: {_describe(entries)}; re-score run {entries.run.pk} is "
                    f"already {entries.run.get_status_display().lower()}, skipped."
                )
            elif dry_run:
                started += 1
                self.stdout.write(f"{each.slug}: {_describe(entries)}; would start a re-score.")
            else:
                started += 1
                self.stdout.write(
                    f"{each.slug}: {_describe(entries)}; re-score run {entries.run.pk} queued "
                    f"(revision {entries.run.ruleset_revision})."
                )
        verb = "to start" if dry_run else "started"
        self.stdout.write(
            f"Re-score runs {verb}: {started}; already under way: {under_way}; "
            f"clinics current: {current}." + (" Nothing was changed (dry run)." if dry_run else "")
        )
