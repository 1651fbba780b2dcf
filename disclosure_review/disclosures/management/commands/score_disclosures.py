import sys

from django.core.management.base import BaseCommand, CommandError

from disclosure_review.rules.cli import run


class Command(BaseCommand):
    help = (
        "Score disclosures from JSON Lines (a file, or - for standard input) and write one "
        "result per line to standard output. Needs no database, broker or network."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("input", help="a JSON Lines file, or - for standard input")

    def handle(self, *args, input: str, **options):
        try:
            infile = sys.stdin if input == "-" else open(input, encoding="utf-8", errors="replace")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"cannot read {input}: {error.strerror}") from None
        with infile:
            lines = run(infile, self.stdout)
        self.stderr.write(f"Scored {lines} lines.")
