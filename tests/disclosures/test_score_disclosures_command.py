import io
import json
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]

LINES = (
    '{"id": "a", "text": "I told him I know exactly how he feels."}\n'
    "this is not json\n"
    '{"id": "c", "intent": "normalize"}\n'
    '{"id": "d", "text": "My number is 0412 555 019, text me any time."}\n'
)


def test_it_scores_each_line_in_order_and_reports_bad_lines(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(LINES)
    out = io.StringIO()
    call_command("score_disclosures", str(source), stdout=out, stderr=io.StringIO())
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r.get("id") for r in results] == ["a", None, "c", "d"]
    assert results[0]["category"] in {"caution", "safe", "unsafe_sharing", "trauma_dumping"}
    assert "error" in results[1] and "JSON" in results[1]["error"]
    assert "error" in results[2] and "text" in results[2]["error"]
    assert results[3]["category"] == "unsafe_sharing"


def test_it_reads_standard_input_without_a_database():
    env = {
        "DJANGO_SETTINGS_MODULE": "disclosure_review.settings",
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": "postgres://nobody:nothing@127.0.0.1:1/none",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "score_disclosures", "-"],
        input=LINES,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(result.stdout.splitlines()) == 4


def test_an_unreadable_file_is_a_clear_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "score_disclosures", str(tmp_path / "missing.jsonl")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "cannot read" in result.stderr
