"""Settings read from the environment, checked in a fresh interpreter each time."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "db = s.DATABASES['default']; "
    "print(json.dumps({'engine': db['ENGINE'], 'name': db['NAME'], "
    "'eager': s.CELERY_TASK_ALWAYS_EAGER, 'broker': s.CELERY_BROKER_URL, 'debug': s.DEBUG, "
    "'cache': s.CACHES['default']['BACKEND']}))"
)


def read_settings(**env: str) -> dict:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "CELERY_TASK_ALWAYS_EAGER"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="disclosure_review.settings")
    output = subprocess.run(
        [sys.executable, "-c", PRINT],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)


def test_a_bare_machine_gets_sqlite_and_eager_celery():
    values = read_settings()
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["eager"] is True
    assert values["broker"] == "memory://"


def test_database_and_redis_urls_select_postgresql_and_a_real_broker():
    values = read_settings(
        DATABASE_URL="postgres://app:app@127.0.0.1:5432/somewhere",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "somewhere"
    assert values["eager"] is False
    assert values["broker"] == "redis://127.0.0.1:6379/3"
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"


def test_a_malformed_boolean_fails_loudly():
    clean = {**os.environ, "DEBUG": "maybe", "DJANGO_SETTINGS_MODULE": "disclosure_review.settings"}
    result = subprocess.run(
        [sys.executable, "-c", PRINT], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "DEBUG='maybe'" in result.stderr


def test_production_settings_pass_the_deploy_check():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "EMAIL_HOST": "smtp.example.org",
        "DATABASE_URL": "postgres://app:app@127.0.0.1:5432/app",
        "SECURE_SSL_REDIRECT": "true",
        "DJANGO_SETTINGS_MODULE": "disclosure_review.settings",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
