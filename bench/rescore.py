"""Re-score throughput after a threshold change (PostgreSQL).

    DATABASE_URL=postgres://… python bench/rescore.py [--entries 100000] [--no-cache]

Seeds a benchmark clinic once, changes its thresholds (alternating between two settings
so every run changes something) and runs the re-score task in this process, as a worker
does. Prints entries per second and the time for all of them. Budget (DESIGN.md): 100,000
entries in under 3 minutes. The seeded texts repeat (they come from the demo's templates),
so equal engine inputs are scored once; `--no-cache` scores every entry with the engine,
as a clinic of all-different texts would need.
"""

from __future__ import annotations

import argparse
import time

from _clinic import bench_clinic, setup_django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args()
    setup_django()
    from disclosure_review.celery import app

    app.conf.task_always_eager = False  # the run is executed below, in this process
    from disclosure_review.accounts.services import clinic_threshold_values, thresholds_update
    from disclosure_review.disclosures import rescore

    if args.no_cache:
        rescore.CACHE_RESULTS = False
    clinic, admin = bench_clinic(f"bench-{args.entries}", args.entries)
    values = clinic_threshold_values(clinic)
    values["length_warn_words"] = 40 if values["length_warn_words"] != 40 else 60
    run = thresholds_update(by=admin, clinic=clinic, values=values)
    start = time.perf_counter()
    rescore.rescore_run_execute(run.pk)
    seconds = time.perf_counter() - start
    run.refresh_from_db()
    print(
        f"re-scored {run.rescored:,} of {run.total:,} entries in {seconds:.1f} s "
        f"({run.rescored / seconds:,.0f} entries/s; {run.changed:,} changed category; "
        f"engine cache {'off' if args.no_cache else 'on'})"
    )


if __name__ == "__main__":
    main()
