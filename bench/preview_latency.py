"""Latency of the live-feedback preview endpoint, end to end inside Django.

    python bench/preview_latency.py [--requests N]

Creates a throwaway test database (SQLite in memory, or `test_<name>` on the PostgreSQL of
DATABASE_URL), a clinician with a few months of history, then posts the new-disclosure form
to /disclosures/preview/ as htmx does while the clinician types: middleware, session and
sign-in, form validation, the prior-disclosure count from the database, scoring and
rendering the panel. Prints p50, p95 and p99 against the budget (p95 < 50 ms).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_review.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

BUDGET_MS = 50
SENTENCES = [
    "I told her I also found the first year at university lonely.",
    "What helped me was joining a club and calling home every Sunday.",
    "I mentioned that I know how hard it can be to ask for help.",
    "I gave him my personal mobile number, 07700 900123, in case he needed me.",
    "Years ago I struggled with panic attacks, and breathing exercises made a difference.",
    "I know exactly how you feel, I said, because I've been there.",
    "Then I asked what that was like for her.",
    "The silence was getting awkward so I talked about my weekend.",
    "I shared that my kids go to Westfield Primary just down the road.",
    "She comforted me when I got upset about my dad.",
]


def text_of(words: int, rng: random.Random) -> str:
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < words:
        parts.append(rng.choice(SENTENCES))
    return " ".join(parts)


def seed() -> tuple:
    from disclosure_review.accounts.models import Clinic, User
    from disclosure_review.disclosures.models import Client as ClientCode
    from disclosure_review.disclosures.models import Disclosure

    clinic = Clinic.objects.create(name="Bench Clinic", slug="bench")
    user = User.objects.create_user("bench", clinic=clinic, role=User.Role.CLINICIAN)
    clients = ClientCode.objects.bulk_create(
        ClientCode(clinic=clinic, code=f"C-{n:03d}") for n in range(1, 41)
    )
    today = timezone.localdate()
    rng = random.Random(7)
    Disclosure.objects.bulk_create(
        Disclosure(
            clinic=clinic,
            clinician=user,
            client=rng.choice(clients),
            session_date=today - datetime.timedelta(days=rng.randrange(120)),
            text=text_of(60, rng),
            status=Disclosure.Status.SUBMITTED,
            submitted_at=timezone.now(),
        )
        for _ in range(400)
    )
    return user, clients


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        user, clients = seed()
        browser = Client()
        browser.force_login(user)
        rng = random.Random(11)
        today = timezone.localdate().isoformat()

        def post(words: int) -> float:
            data = {
                "client": rng.choice(clients).code,
                "session_date": today,
                "setting": "individual",
                "text": text_of(words, rng),
                "intent": "model_coping",
                "returned_focus": "yes",
                "submission_key": str(uuid.uuid4()),
            }
            start = time.perf_counter()
            response = browser.post("/disclosures/preview/", data, headers={"HX-Request": "true"})
            elapsed = (time.perf_counter() - start) * 1000
            assert response.status_code == 200, response.status_code
            return elapsed

        for _ in range(20):
            post(60)
        print(
            f"database: {connection.vendor}; Python {platform.python_version()}; "
            f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}"
        )
        print(f"{'text':<10} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
        worst_p95 = 0.0
        for words in (30, 150, 400):
            times = sorted(post(words) for _ in range(args.requests))
            q = statistics.quantiles(times, n=100)
            worst_p95 = max(worst_p95, q[94])
            print(f"{words:>4} words {len(times):>8} {q[49]:>8.1f} {q[94]:>8.1f} {q[98]:>8.1f}")
        verdict = "within" if worst_p95 < BUDGET_MS else "OVER"
        print(f"worst p95: {worst_p95:.1f} ms, {verdict} the {BUDGET_MS} ms budget")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
