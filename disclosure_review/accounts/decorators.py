from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

from disclosure_review.core.scoping import administered_clinic


def clinic_admin_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed in as an active clinic admin, or 404 (the pages' existence is not revealed).

    The view receives the administered clinic as `request.clinic`.
    """

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        clinic = administered_clinic(request.user)
        if clinic is None:
            from disclosure_review.audit.services import audit_denied

            audit_denied(
                request=request, object_type="page", object_id=request.path[:64], reason="not_admin"
            )
            raise Http404("Page not found")
        request.clinic = clinic
        return view(request, *args, **kwargs)

    return wrapper
