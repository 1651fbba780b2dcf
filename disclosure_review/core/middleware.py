from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

_request_meta: ContextVar[tuple[str | None, str]] = ContextVar("request_meta", default=(None, ""))


def current_request_meta() -> tuple[str | None, str]:
    """Address and user agent of the request being served, for audit events."""
    return _request_meta.get()


class RequestContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _request_meta.set(
            (request.META.get("REMOTE_ADDR") or None, request.headers.get("User-Agent", "")[:300])
        )
        try:
            return self.get_response(request)
        finally:
            _request_meta.reset(token)


class IdleLogoutMiddleware:
    """Logs a user out after IDLE_TIMEOUT_MINUTES without a request (automatic logoff).

    The session cookie's own age does the same in the browser; this makes it hold on the
    server too, whatever the client sends.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            last = request.session.get("last_seen")
            if last is not None and now - int(last) > settings.IDLE_TIMEOUT_MINUTES * 60:
                from disclosure_review.audit.services import audit_log

                audit_log(action="auth.idle_logout", actor=request.user, request=request)
                logout(request)
                request.session["logged_out_idle"] = True
            else:
                request.session["last_seen"] = now
        return self.get_response(request)
