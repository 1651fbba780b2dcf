"""Reads of the clinician pages: the filtered list and the figures of My patterns.

Everything starts from `core.scoping.own_disclosures`, so a clinician only ever counts
their own entries.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F, Max, Q, QuerySet
from django.db.models.functions import TruncWeek

from disclosure_review import rules
from disclosure_review.accounts.models import User
from disclosure_review.core.scoping import own_disclosures
from disclosure_review.disclosures.models import Disclosure, Finding
from disclosure_review.reviews.models import Review


def disclosure_list(user: User, filters: dict[str, Any]) -> QuerySet[Disclosure]:
    """The user's own entries, newest session first, narrowed by the list's filters."""
    entries = (
        own_disclosures(user).select_related("client", "review").order_by("-session_date", "-id")
    )
    if filters.get("client"):
        entries = entries.filter(client__code__startswith=filters["client"])
    if filters.get("category"):
        entries = entries.filter(category=filters["category"])
    status = filters.get("status")
    if status == "revision_requested":
        entries = entries.filter(
            status=Disclosure.Status.SUBMITTED, review__status=Review.Status.REVISION_REQUESTED
        )
    elif status:
        entries = entries.filter(status=status)
    if filters.get("date_from"):
        entries = entries.filter(session_date__gte=filters["date_from"])
    if filters.get("date_to"):
        entries = entries.filter(session_date__lte=filters["date_to"])
    return entries


def needs_attention(user: User) -> dict[str, int]:
    """Entries waiting for the clinician: drafts not yet submitted, revisions requested."""
    return own_disclosures(user).aggregate(
        drafts=Count("id", filter=Q(status=Disclosure.Status.DRAFT)),
        revisions=Count(
            "id",
            filter=Q(
                status=Disclosure.Status.SUBMITTED,
                review__status=Review.Status.REVISION_REQUESTED,
            ),
        ),
    )


def recent_client_codes(user: User, limit: int = 8) -> list[str]:
    """Codes of the active clients this user logged most recently, for the autocomplete."""
    codes: list[str] = []
    for code in (
        own_disclosures(user)
        .filter(client__active=True)
        .order_by("-session_date", "-id")
        .values_list("client__code", flat=True)[:50]
    ):
        if code not in codes:
            codes.append(code)
        if len(codes) == limit:
            break
    return codes


# My patterns ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCounts:
    week: datetime.date
    total: int
    by_category: dict[str, int]


@dataclass(frozen=True)
class RuleCount:
    rule: str
    title: str
    count: int


@dataclass(frozen=True)
class ClientCount:
    code: str
    count: int
    last_date: datetime.date


def week_start(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def weekly_counts(user: User, *, today: datetime.date, weeks: int = 12) -> list[WeekCounts]:
    """Submitted entries per week (Monday to Sunday) by category, oldest week first, with
    empty weeks included so the chart's axis is continuous."""
    first = week_start(today) - datetime.timedelta(weeks=weeks - 1)
    rows = (
        own_disclosures(user)
        .filter(
            status=Disclosure.Status.SUBMITTED, session_date__gte=first, session_date__lte=today
        )
        .annotate(week=TruncWeek("session_date"))
        .values("week", "category")
        .annotate(n=Count("id"))
    )
    table: dict[datetime.date, dict[str, int]] = {}
    for row in rows:
        week = row["week"]
        if isinstance(week, datetime.datetime):
            week = week.date()
        table.setdefault(week, {})[row["category"] or "unscored"] = row["n"]
    result = []
    for i in range(weeks):
        week = first + datetime.timedelta(weeks=i)
        counts = table.get(week, {})
        by_category = {category: counts.get(category, 0) for category in reversed(rules.CATEGORIES)}
        result.append(WeekCounts(week=week, total=sum(counts.values()), by_category=by_category))
    return result


def top_rules(user: User, *, since: datetime.date, limit: int = 8) -> list[RuleCount]:
    """The rules that fired most in the current assessments of the user's submitted entries."""
    current = (
        own_disclosures(user)
        .filter(status=Disclosure.Status.SUBMITTED, session_date__gte=since)
        .values("current_assessment_id")
    )
    rows = (
        Finding.objects.filter(clinician=user, clinic_id=user.clinic_id, assessment_id__in=current)
        .values("rule")
        .annotate(n=Count("id"))
        .order_by("-n", "rule")[:limit]
    )
    return [
        RuleCount(
            row["rule"],
            rules.RULES[row["rule"]].title if row["rule"] in rules.RULES else row["rule"],
            row["n"],
        )
        for row in rows
    ]


def client_frequency(
    user: User, *, today: datetime.date, days: int = 30, limit: int = 10
) -> list[ClientCount]:
    """How often the user disclosed to each client in the last `days` days, most first."""
    since = today - datetime.timedelta(days=days)
    rows = (
        own_disclosures(user)
        .filter(
            status=Disclosure.Status.SUBMITTED, session_date__gte=since, session_date__lte=today
        )
        .values(code=F("client__code"))
        .annotate(n=Count("id"), last=Max("session_date"))
        .order_by("-n", "code")[:limit]
    )
    return [ClientCount(row["code"], row["n"], row["last"]) for row in rows]


def summary(user: User, *, since: datetime.date) -> dict[str, int]:
    return (
        own_disclosures(user)
        .filter(status=Disclosure.Status.SUBMITTED, session_date__gte=since)
        .aggregate(
            total=Count("id"),
            flagged=Count("id", filter=Q(flagged=True)),
            safe=Count("id", filter=Q(category="safe")),
        )
    )
