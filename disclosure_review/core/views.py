from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from disclosure_review.accounts.models import User


def home_url_for(user: User) -> str:
    """Where each role starts: clinicians log, supervisors review, admins manage."""
    if user.is_clinic_admin:
        return "/clinic/"
    if user.is_supervisor:
        return "/review/"
    if user.clinic_id is None and user.is_staff:
        return "/admin/"
    return "/disclosures/"


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return redirect(home_url_for(request.user))


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def broker_ok() -> bool:
    from django.conf import settings

    if not settings.REDIS_URL:
        return True  # eager mode: there is no broker to be down
    import redis

    try:
        client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1
        )
        return bool(client.ping())
    except redis.RedisError:
        return False


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    from django.conf import settings

    checks = {
        "database": "ok" if database_ok() else "down",
        "broker": ("ok" if broker_ok() else "down") if settings.REDIS_URL else "eager",
    }
    healthy = all(value != "down" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "down", **checks}, status=200 if healthy else 503
    )
