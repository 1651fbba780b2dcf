"""Check the audit trail's hash chains; exit non-zero at the first broken link."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from disclosure_review.accounts.models import Clinic
from disclosure_review.audit.services import verify_chains


class Command(BaseCommand):
    help = "Verify the audit trail's hash chain of every clinic (or of one, with --clinic)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--clinic", help="the slug of one clinic to check")

    def handle(self, *args, clinic: str | None = None, **options) -> None:
        clinic_ids = None
        if clinic:
            found = Clinic.objects.filter(slug=clinic).values_list("pk", flat=True).first()
            if found is None:
                raise CommandError(f"no clinic with the slug {clinic!r}")
            clinic_ids = [found]
        report = verify_chains(clinic_ids)
        if not report.ok:
            first = report.broken[0]
            chain = f"clinic {first.clinic_id}" if first.clinic_id else "events without a clinic"
            raise CommandError(
                f"audit chain broken: {chain}, event seq {first.seq} (id {first.event_id}): "
                f"{first.reason}; {report.checked} events verified before it"
            )
        self.stdout.write(f"audit chain intact: {report.checked} events verified")
