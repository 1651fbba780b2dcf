import os

from django.core.management.base import BaseCommand

from disclosure_review.core.demo import DEFAULT_DISCLOSURES, seed_demo


class Command(BaseCommand):
    help = (
        "Create the demo clinic (idempotent). "
        "Passwords: DEMO_PASSWORD, else generated and printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--disclosures",
            type=int,
            default=DEFAULT_DISCLOSURES,
            help="How many demo disclosures (bulk inserted; 100000 for benchmarks).",
        )

    def handle(self, *args, disclosures: int, **options):
        report = seed_demo(
            password=os.environ.get("DEMO_PASSWORD") or None, disclosures=disclosures
        )
        if report.created_users:
            shown = report.password or "the value of DEMO_PASSWORD"
            self.stdout.write(f"Demo logins ({', '.join(report.created_users)}): password {shown}")
            if report.password:
                self.stdout.write(
                    "This password is shown once; set DEMO_PASSWORD to choose your own."
                )
        self.stdout.write(
            f"Seeded {', '.join(report.clinics)}: {len(report.created_users)} users created, "
            f"{report.disclosures_created} disclosures added."
        )
