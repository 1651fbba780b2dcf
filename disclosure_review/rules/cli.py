"""Score JSON Lines: one disclosure per line in, one result per line out, same order.

    python -m disclosure_review.rules INPUT.jsonl   # or - for standard input

A line that is not valid JSON, lacks a string `text`, or has an invalid field value gives
`{"id": ..., "error": "<reason>"}` and the run goes on. Blank lines are skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import IO

from .engine import score
from .model import DisclosureInput, InvalidInput, Thresholds


def _error(line_id: object, reason: str) -> str:
    return json.dumps({"id": line_id, "error": reason}, ensure_ascii=False)


def score_line(line: str, thresholds: Thresholds, line_number: int) -> str:
    """The output line for one input line: a result or an error object."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(None, f"line {line_number}: not valid JSON ({exc.msg})")
    raw_id = data.get("id") if isinstance(data, dict) else None
    line_id = raw_id if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else None
    try:
        disclosure = DisclosureInput.from_mapping(data)
    except InvalidInput as exc:
        return _error(line_id, f"line {line_number}: {exc}")
    return json.dumps(score(disclosure, thresholds).to_dict(), ensure_ascii=False)


def run(infile: IO[str], outfile: IO[str], thresholds: Thresholds | None = None) -> int:
    """Stream `infile` to `outfile`; return the number of non-blank lines handled."""
    thresholds = thresholds or Thresholds()
    count = 0
    for number, line in enumerate(infile, start=1):
        if not line.strip():
            continue
        outfile.write(score_line(line, thresholds, number) + "\n")
        count += 1
    outfile.flush()
    return count


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; exit status 0 unless the input cannot be read."""
    parser = argparse.ArgumentParser(
        prog="python -m disclosure_review.rules", description=__doc__.splitlines()[0]
    )
    parser.add_argument("input", help="JSON Lines file, or - for standard input")
    parser.add_argument(
        "--thresholds", help="JSON object of threshold overrides, e.g. '{\"flag_score\": 50}'"
    )
    args = parser.parse_args(argv)
    try:
        thresholds = Thresholds.from_mapping(
            json.loads(args.thresholds) if args.thresholds else None
        )
    except (json.JSONDecodeError, InvalidInput) as exc:
        print(f"invalid --thresholds: {exc}", file=sys.stderr)
        return 2
    try:
        if args.input == "-":
            count = run(sys.stdin, sys.stdout, thresholds)
        else:
            with open(args.input, encoding="utf-8") as infile:
                count = run(infile, sys.stdout, thresholds)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.input}: {exc}", file=sys.stderr)
        return 1
    print(f"scored {count} line(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
