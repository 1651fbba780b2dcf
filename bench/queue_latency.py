"""Latency and query count of the supervisor queue on a large clinic.

    DATABASE_URL=postgres://... python manage.py seed_demo --disclosures 100000
    DATABASE_URL=postgres://... python bench/queue_latency.py [--repeat N]

Requests go through Django's full stack in-process (middleware, session, templates) with
the test client, signed in as the demo supervisor and admin. Prints p50/p95 per scenario
and the number of SQL queries per request (which must not depend on page size).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_review.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from disclosure_review.accounts.models import User  # noqa: E402
from disclosure_review.disclosures.models import Disclosure  # noqa: E402

SCENARIOS = [
    ("queue, default (waiting, worst first, 25 rows)", "/review/"),
    ("queue, 100 rows", "/review/?per_page=100"),
    ("queue, any status, page 40", "/review/?status=any&page=40"),
    ("queue, one clinician", "/review/?clinician={clinician}"),
    ("queue, by prompt", "/review/?rule=client_focus.role_reversal&status=any"),
    ("queue, date range", "/review/?status=any&date_from={month_ago}"),
    ("queue, text search", "/review/?q=partner&status=any"),
    ("queue, text search, common word", "/review/?q=divorce&status=any"),
    ("all entries, newest first", "/review/?tab=all"),
    ("htmx fragment (filter change)", "/review/?status=any&category=caution"),
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    import datetime

    settings.ALLOWED_HOSTS = ["*"]
    clinic_size = Disclosure.objects.filter(clinic__slug="demo-clinic").count()
    flagged = Disclosure.objects.filter(clinic__slug="demo-clinic", flagged=True).count()
    print(f"{connection.vendor}; Demo Clinic: {clinic_size:,} entries, {flagged:,} flagged")
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {args.repeat} requests each")
    print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    clinician = User.objects.get(username="clinician1")
    month_ago = (datetime.date.today() - datetime.timedelta(days=30)).isoformat()
    for username in ("supervisor1", "admin"):
        client = Client()
        client.force_login(User.objects.get(username=username))
        print(f"\n{username}")
        print(f"{'scenario':52} {'p50 ms':>8} {'p95 ms':>8} {'SQL p50':>8} {'queries':>8}")
        for label, url in SCENARIOS:
            url = url.format(clinician=clinician.pk, month_ago=month_ago)
            headers = (
                {"HX-Request": "true", "HX-Target": "queue"} if label.startswith("htmx") else {}
            )
            client.get(url, headers=headers)  # warm up
            timings, sql = [], []
            for _ in range(args.repeat):
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    response = client.get(url, headers=headers)
                    timings.append((time.perf_counter() - start) * 1000)
                sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            print(
                f"{label:52} {statistics.median(timings):8.1f} {percentile(timings, 0.95):8.1f} "
                f"{statistics.median(sql):8.1f} {len(queries):8d}"
            )


if __name__ == "__main__":
    main()
