"""The JSON Lines command: one output line per input line, errors inline, in order."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from disclosure_review.rules.cli import run

REPO = Path(__file__).resolve().parents[2]


def test_it_streams_results_and_errors_in_input_order():
    lines = [
        json.dumps({"id": "a", "text": "I know exactly how you feel."}),
        "{not json",
        "",
        json.dumps({"id": "c", "intent": "normalize"}),
        json.dumps({"id": "d", "text": "Brief.", "relevance": "sideways"}),
        json.dumps({"id": "e", "text": "I also found it hard; walking helped."}),
    ]
    out = io.StringIO()
    count = run(io.StringIO("\n".join(lines) + "\n"), out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == 5
    assert [r["id"] for r in results] == ["a", None, "c", "d", "e"]
    assert results[0]["category"] == "caution"
    assert "not valid JSON" in results[1]["error"]
    assert "text" in results[2]["error"]
    assert "relevance" in results[3]["error"]
    assert results[4]["category"] == "safe"


def test_the_module_reads_a_file_and_exits_zero(tmp_path):
    infile = tmp_path / "in.jsonl"
    infile.write_text('{"id": "x", "text": "Hi"}\n[1, 2]\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "disclosure_review.rules", str(infile)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    first, second = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["id"] == "x" and "error" in second


def test_an_unreadable_input_exits_non_zero(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "disclosure_review.rules", str(tmp_path / "missing.jsonl")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and "cannot read" in proc.stderr
