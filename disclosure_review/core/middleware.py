from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django_htmx.http import HttpResponseClientRedirect

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


class DeletedDraftMiddleware:
    """Answers the author of a deleted draft with 410 Gone and when they deleted it.

    `core.scoping.scoped_get_or_404` raises `DeletedDraft` for that one case; everyone
    else asking for the id still gets its 404. An htmx request is sent to My disclosures
    with the same sentence as a message, since htmx swaps no error response into a page.
    The edit view answers a form posted to the draft itself (the new-entry form with what
    was typed), so only requests with nothing of the author's to keep reach this.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        from disclosure_review.core.scoping import DeletedDraft

        if not isinstance(exception, DeletedDraft):
            return None
        if getattr(request, "htmx", False):
            deleted_on = date_format(timezone.localtime(exception.deleted_at), "j M Y")
            messages.info(request, f"You deleted draft #{exception.pk} on {deleted_on}.")
            response = HttpResponseClientRedirect(reverse("disclosure_list"))
            response.status_code = 410
        else:
            context = {"pk": exception.pk, "deleted_at": exception.deleted_at}
            response = render(request, "disclosures/deleted_draft.html", context, status=410)
        add_never_cache_headers(response)
        return response
