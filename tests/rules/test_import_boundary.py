"""The engine stays free of Django and Celery, so the app, task and command can share it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_importing_the_engine_loads_neither_django_nor_celery():
    code = (
        "import sys, disclosure_review.rules, disclosure_review.rules.cli, "
        "disclosure_review.rules.docs\n"
        "assert 'django' not in sys.modules, 'django imported'\n"
        "assert 'celery' not in sys.modules, 'celery imported'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


def test_the_project_package_init_stays_empty():
    assert (REPO / "disclosure_review" / "__init__.py").read_text().strip() == ""
