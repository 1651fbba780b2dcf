from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def navigation(request: HttpRequest) -> dict:
    """The navigation links of the signed-in user's role, the current one marked."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_links": []}
    links = [
        ("My disclosures", "/disclosures/"),
        ("New disclosure", "/disclosures/new/"),
        ("My patterns", "/patterns/"),
    ]
    if user.can_review:
        links.append(("Review queue", "/review/"))
    if user.is_clinic_admin:
        links += [("Clinic", "/clinic/"), ("Exports", "/exports/"), ("Audit trail", "/audit/")]
    # The longest link that prefixes the path is the current page.
    matches = [url for _, url in links if request.path.startswith(url)]
    current = max(matches, key=len) if matches else None
    return {
        "nav_links": [
            {"label": label, "url": url, "current": url == current} for label, url in links
        ],
        "idle_timeout_minutes": settings.IDLE_TIMEOUT_MINUTES,
    }
