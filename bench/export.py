"""Export throughput and worker memory (PostgreSQL).

    DATABASE_URL=postgres://… python bench/export.py [--entries 100000] [--format csv]

Seeds a benchmark clinic once, then builds the export in a fresh process, exactly as a
worker does (`export_build`), and prints rows per second and the process's peak memory
(resident set) before and after, so a list of all rows would show as growth. Budget
(DESIGN.md): a CSV of 100,000 entries in under 15 s, worker memory flat.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from _clinic import ROOT, bench_clinic, setup_django


def build_in_child(job_id: int) -> dict:
    """Run in a child process: build one job, report time and peak RSS."""
    import resource

    setup_django()
    from disclosure_review.audit.models import ExportJob
    from disclosure_review.audit.tasks import export_build

    ExportJob.objects.filter(pk=job_id)  # imports and connection set up before measuring
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    export_build(job_id)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    job = ExportJob.objects.get(pk=job_id)
    return {
        "rows": job.row_count,
        "seconds": seconds,
        "rss_before_mb": before / 1024,
        "rss_peak_mb": after / 1024,
        "status": job.status,
        "bytes": job.file.size,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--format", default="csv", choices=["csv", "xlsx", "pdf"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(build_in_child(args.child)))
        return

    setup_django()
    from disclosure_review.audit.models import ExportJob

    clinic, admin = bench_clinic(f"bench-{args.entries}", args.entries)
    job = ExportJob.objects.create(
        clinic=clinic, requested_by=admin, format=args.format, filters={}
    )
    output = subprocess.run(
        [sys.executable, __file__, "--child", str(job.pk)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result = json.loads(output.strip().splitlines()[-1])
    print(
        f"{args.format} export of {result['rows']:,} entries: {result['seconds']:.1f} s, "
        f"{result['rows'] / result['seconds']:,.0f} rows/s, file {result['bytes'] / 1e6:.1f} MB"
    )
    print(
        f"worker memory: {result['rss_before_mb']:.0f} MB before, "
        f"peak {result['rss_peak_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
