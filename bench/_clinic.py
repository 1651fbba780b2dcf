"""A benchmark clinic with N scored entries (idempotent; shared by the bench scripts)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_review.settings")


def setup_django() -> None:
    import django

    django.setup()


def bench_clinic(slug: str, entries: int):
    """The clinic `slug` with 10 clinicians, 40 client codes and `entries` entries over 90 days."""
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from disclosure_review.accounts.models import Clinic, User
    from disclosure_review.core.demo import seed_disclosures
    from disclosure_review.disclosures.models import Client, Disclosure

    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database: the budgets are for PostgreSQL.")
    call_command("migrate", verbosity=0)  # a fresh database works too
    clinic, _ = Clinic.objects.get_or_create(slug=slug, defaults={"name": f"Bench {slug}"})
    admin, _ = User.objects.get_or_create(
        username=f"{slug}-admin", defaults={"clinic": clinic, "role": User.Role.ADMIN}
    )
    clinicians = [
        User.objects.get_or_create(username=f"{slug}-c{n}", defaults={"clinic": clinic})[0]
        for n in range(10)
    ]
    for n in range(40):
        Client.objects.get_or_create(clinic=clinic, code=f"B-{n:03d}")
    have = Disclosure.objects.filter(clinic=clinic).count()
    if have < entries:
        print(f"seeding {entries - have:,} entries into {slug} (once)…", flush=True)
        seed_disclosures(
            clinic=clinic,
            clinicians=clinicians,
            count=entries,
            today=timezone.localdate(),
            key=slug,
        )
    return clinic, admin
