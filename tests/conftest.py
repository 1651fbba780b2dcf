"""Shared fixtures: a fixed cast of users per role, and the real services.

The cast (as in every test): in the Demo-like clinic "Northside", alice is a clinician
supervised by bob; dave is a clinician nobody here supervises; carol is the clinic admin.
In "Southside", erin is a clinician and frank its admin. Nobody in Southside may see
anything of Northside, and the other way round.

Services: a test marked `postgres`, `redis` or `browser` runs when its service is
present. Otherwise it is skipped with the reason, or, when REQUIRE_SERVICES is set (CI),
it fails.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.factories import PASSWORD, AssignmentFactory, ClientFactory, ClinicFactory, UserFactory

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # live_server + sync Playwright


def _require(reason: str) -> None:
    if settings.REQUIRE_SERVICES:
        pytest.fail(f"required service missing: {reason}", pytrace=False)
    pytest.skip(reason=reason)


def redis_available() -> bool:
    if not settings.REDIS_URL:
        return False
    import redis

    try:
        return bool(redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        _require("PostgreSQL is not configured (set DATABASE_URL)")
    if item.get_closest_marker("redis") and not redis_available():
        _require("Redis is not reachable (set REDIS_URL)")
    if item.get_closest_marker("browser") and not Path(CHROMIUM).exists():
        _require("Chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Tests log in often; the production hasher's cost buys nothing here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _audit_table_flushable(request):
    """Let a transactional test's final flush empty the audit table.

    The audit table refuses TRUNCATE by design, and Django ends every transactional test
    by truncating all tables. The refusal is switched on for the test itself and off just
    before the flush; tests of the trigger therefore see it active.
    """
    marker = request.node.get_closest_marker("django_db")
    names = set(request.fixturenames)
    transactional = (marker is not None and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & names
    )
    if marker is None and not ({"db"} & names or transactional):
        yield
        return
    if marker is not None:
        request.getfixturevalue("_django_db_helper")
    else:
        request.getfixturevalue("transactional_db" if transactional else "db")
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_event_no_truncate")
    yield
    if transactional:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_no_truncate")


# The cast ---------------------------------------------------------------------------------


@pytest.fixture
def clinic(db):
    return ClinicFactory(name="Northside", slug="northside")


@pytest.fixture
def other_clinic(db):
    return ClinicFactory(name="Southside", slug="southside")


@pytest.fixture
def alice(clinic):
    return UserFactory(username="alice", clinic=clinic, role="clinician")


@pytest.fixture
def bob(clinic, alice):
    bob = UserFactory(username="bob", clinic=clinic, role="supervisor")
    AssignmentFactory(supervisor=bob, clinician=alice)
    return bob


@pytest.fixture
def carol(clinic):
    return UserFactory(username="carol", clinic=clinic, role="admin")


@pytest.fixture
def dave(clinic):
    return UserFactory(username="dave", clinic=clinic, role="clinician")


@pytest.fixture
def erin(other_clinic):
    return UserFactory(username="erin", clinic=other_clinic, role="clinician")


@pytest.fixture
def frank(other_clinic):
    return UserFactory(username="frank", clinic=other_clinic, role="admin")


@pytest.fixture
def client_code(clinic):
    return ClientFactory(clinic=clinic, code="C-014")


@pytest.fixture
def password():
    return PASSWORD


def login(client, user) -> None:
    assert client.login(username=user.username, password=PASSWORD)


# Celery: a real worker on the real broker ---------------------------------------------------


def start_worker(
    *, name: str, queue: str | None = None, env: dict | None = None
) -> subprocess.Popen:
    """Start a real Celery worker process on the test database and broker; return it once
    it answers a ping (or fail the test)."""
    from disclosure_review.celery import app

    db = connection.settings_dict
    environment = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        **(env or {}),
    }
    command = [sys.executable, "-m", "celery", "-A", "disclosure_review", "worker", "--pool=solo"]
    command += ["-Q", queue] if queue else []
    command += ["--without-heartbeat", "--without-mingle", "--without-gossip"]
    command += ["--loglevel=WARNING", "-n", name]
    process = subprocess.Popen(command, cwd=ROOT, env=environment)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if app.control.ping(destination=[name], timeout=0.5):
            return process
        if process.poll() is not None:
            pytest.fail("the Celery worker exited at start-up")
    process.kill()
    pytest.fail("the Celery worker did not answer a ping within 30 s")


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker):
    """A real Celery worker (separate process) on the Redis broker and the test database."""
    if not redis_available():
        _require("Redis is not reachable (set REDIS_URL)")
    if connection.vendor != "postgresql":
        _require("a worker process needs PostgreSQL to share the test database")
    from disclosure_review.celery import app

    app.control.purge()
    process = start_worker(name=f"test-{os.getpid()}@{socket.gethostname()}")
    yield process
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def real_broker(settings):
    """Send tasks to the real broker instead of running them in-process."""
    from disclosure_review.celery import app

    app.conf.task_always_eager = False
    yield app
    app.conf.task_always_eager = True
