"""Reads for the review pages: the queue, one entry, rule agreement, supervisee trends.

Every read of clinical records starts from core.scoping. Each function issues a fixed
number of queries whatever the page size or data volume (joins, aggregates and prefetches,
never a query per row).
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import (
    Avg,
    CharField,
    Count,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import TruncWeek
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import User
from disclosure_review.core.scoping import reviewable_disclosures
from disclosure_review.disclosures.models import Assessment, Client, Disclosure, Finding
from disclosure_review.reviews.models import Comment, FindingFeedback, Review, ReviewEvent
from disclosure_review.reviews.services import WAITING_STATUSES

# Queue orderings: the first is the default (worst first, then the longest waiting).
SORTS: dict[str, tuple[str, list[str]]] = {
    "worst": ("Worst first", ["-category_rank", "-score", "submitted_at", "id"]),
    "oldest": ("Oldest session first", ["session_date", "id"]),
    "newest": ("Newest session first", ["-session_date", "-id"]),
    "clinician": (
        "Clinician",
        ["clinician__last_name", "clinician__first_name", "-category_rank", "-score", "id"],
    ),
}
ALL_SORT_DEFAULT = "newest"


@dataclass(frozen=True)
class QueueFilters:
    tab: str = "flagged"  # "flagged" or "all"
    clinician: User | None = None
    category: str = ""
    rule: str = ""
    status: str = "todo"  # "todo", "any" or one review status
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    q: str = ""
    sort: str = ""
    # Clients and clinicians matching `q`, looked up once per request and shared by the
    # rows and the counts (dataclasses.replace keeps the same dict).
    _matches: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

    @property
    def ordering(self) -> list[str]:
        default = "worst" if self.tab == "flagged" else ALL_SORT_DEFAULT
        return SORTS.get(self.sort or default, SORTS[default])[1]


def _filtered(user: User, filters: QueueFilters, *, with_status: bool) -> QuerySet[Disclosure]:
    entries = reviewable_disclosures(user)
    if filters.tab == "flagged":
        # review_status is the review's status copied onto the entry ("" without one).
        entries = entries.filter(flagged=True).exclude(review_status="")
    if filters.clinician is not None:
        entries = entries.filter(clinician=filters.clinician)
    if filters.category:
        entries = entries.filter(category=filters.category)
    if filters.rule:
        # An index-only probe of (clinic, rule, assessment) per candidate row, so the
        # worst-first walk stops after a page; the clinic only narrows the probe, scope
        # comes from reviewable_disclosures above.
        entries = entries.filter(
            Exists(
                Finding.objects.filter(
                    clinic_id=user.clinic_id,
                    rule=filters.rule,
                    assessment_id=OuterRef("current_assessment_id"),
                )
            )
        )
    if filters.date_from:
        entries = entries.filter(session_date__gte=filters.date_from)
    if filters.date_to:
        entries = entries.filter(session_date__lte=filters.date_to)
    if filters.q:
        entries = entries.filter(_text_match(user, filters))
    if with_status and filters.tab == "flagged":
        if filters.status == "todo":
            entries = entries.filter(review_status__in=WAITING_STATUSES)
        elif filters.status in Review.Status.values:
            entries = entries.filter(review_status=filters.status)
    return entries


def _text_match(user: User, filters: QueueFilters) -> Q:
    """Entries whose text contains `q`, or whose client code or clinician matches it.

    The few matching clients and clinicians of the clinic are looked up first (one small
    query), so the condition on the entries is `text LIKE … OR client_id IN (…) OR
    clinician_id IN (…)`: on PostgreSQL a BitmapOr of the trigram index on the text and the
    foreign-key indexes, instead of a join that reads every entry in scope.
    """
    key = (user.clinic_id, filters.q)
    if key not in filters._matches:
        q = filters.q
        label = CharField()
        clients = (
            Client.objects.filter(clinic_id=user.clinic_id, code__iexact=q)
            .order_by()
            .values_list(Value("client", output_field=label), "pk")
        )
        clinicians = (
            User.objects.filter(clinic_id=user.clinic_id)
            .filter(Q(first_name__icontains=q) | Q(last_name__icontains=q) | Q(username__iexact=q))
            .order_by()
            .values_list(Value("clinician", output_field=label), "pk")
        )
        found: dict[str, list[int]] = {"client": [], "clinician": []}
        for kind, pk in clients.union(clinicians, all=True).order_by():
            found[kind].append(pk)
        filters._matches[key] = found
    found = filters._matches[key]
    condition = Q(text__icontains=filters.q)
    if found["client"]:
        condition |= Q(client_id__in=found["client"])
    if found["clinician"]:
        condition |= Q(clinician_id__in=found["clinician"])
    return condition


def queue_entries(user: User, filters: QueueFilters) -> QuerySet[Disclosure]:
    """The rows of the queue (or the "All entries" tab), ordered, ready to paginate.

    One query for the rows and one for their findings' rule ids, whatever the page size.
    """
    return (
        _filtered(user, filters, with_status=True)
        .select_related("clinician", "client", "review", "current_assessment")
        .prefetch_related(
            Prefetch(
                "current_assessment__findings",
                queryset=Finding.objects.only("id", "assessment_id", "rule", "severity"),
            )
        )
        .defer("text", "intent_note", "outcome_note", "withdrawn_reason")
        .order_by(*filters.ordering)
    )


def queue_status_counts(user: User, filters: QueueFilters) -> dict[str, int]:
    """How many flagged entries match the other filters, per review status, plus "todo"
    (waiting for a reviewer) and "any": one aggregate query.

    Grouped by the review status copied onto the entry, so with the default filters it is an
    index-only scan of the flagged entries in scope, without a join to the reviews.
    """
    flagged = dataclasses.replace(filters, tab="flagged")
    rows = (
        _filtered(user, flagged, with_status=False)
        .order_by()
        .values_list("review_status")
        .annotate(n=Count("pk"))
    )
    counts = dict.fromkeys(Review.Status.values, 0)
    counts.update(rows)
    counts["any"] = sum(counts.values())
    counts["todo"] = sum(counts[status] for status in WAITING_STATUSES)
    return counts


def review_entry(user: User, disclosure_id: int) -> Disclosure | None:
    """One entry this user may review, with everything the review page shows, or None."""
    feedback = FindingFeedback.objects.filter(reviewer=user)
    return (
        reviewable_disclosures(user)
        .filter(pk=disclosure_id)
        .select_related("clinician", "client", "review", "review__supervisor", "current_assessment")
        .prefetch_related(
            Prefetch(
                "current_assessment__findings",
                queryset=Finding.objects.prefetch_related(
                    Prefetch("feedback", queryset=feedback, to_attr="my_feedback")
                ),
            ),
            Prefetch("assessments", queryset=Assessment.objects.order_by("-created_at", "-id")),
            Prefetch(
                "review__events",
                queryset=ReviewEvent.objects.select_related("actor").order_by("created_at", "id"),
            ),
            Prefetch("review__comments", queryset=Comment.objects.select_related("author")),
        )
        .first()
    )


def rule_agreement(clinic_id: int) -> list[dict[str, Any]]:
    """Per rule: how often this clinic's reviewers judged its findings helpful.

    One row per rule of the engine (rules without feedback have zero counts and rate None),
    in the engine's order: {"rule", "title", "family", "fired", "helpful", "not_helpful",
    "judged", "rate"}; `rate` is helpful / judged (0–1), the engine's precision as the clinic's
    supervisors see it. `fired` counts findings of current assessments.
    """
    judged = {
        row["rule"]: row
        for row in FindingFeedback.objects.filter(clinic_id=clinic_id)
        .values("rule")
        .annotate(
            n_helpful=Count("pk", filter=Q(helpful=True)),
            n_not_helpful=Count("pk", filter=Q(helpful=False)),
        )
        .order_by()
    }
    fired = dict(
        Finding.objects.filter(clinic_id=clinic_id)
        .values("rule")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("rule", "n")
    )
    rows = []
    known = list(rules.RULES.values())
    extra = sorted((set(judged) | set(fired)) - set(rules.RULES))  # retired rule ids
    for rule_id, title, family in [(r.id, r.title, r.family) for r in known] + [
        (x, x, "") for x in extra
    ]:
        helpful = judged.get(rule_id, {}).get("n_helpful", 0)
        not_helpful = judged.get(rule_id, {}).get("n_not_helpful", 0)
        total = helpful + not_helpful
        rows.append(
            {
                "rule": rule_id,
                "title": title,
                "family": family,
                "fired": fired.get(rule_id, 0),
                "helpful": helpful,
                "not_helpful": not_helpful,
                "judged": total,
                "rate": (helpful / total) if total else None,
            }
        )
    return rows


# Supervisee trends ---------------------------------------------------------------------------

FAMILIES = rules.FAMILIES


@dataclass
class Week:
    start: datetime.date
    entries: int = 0
    flagged: int = 0
    families: dict[str, float | None] | None = None

    @property
    def flag_rate(self) -> float | None:
        return self.flagged / self.entries if self.entries else None


def supervisee_trends(
    user: User, supervisee: User, *, weeks: int = 12, today: datetime.date | None = None
) -> dict:
    """Entries per week, flag rate, average family scores per week, the rules that fire most
    and the items still open, for one supervisee over the last `weeks` weeks. Four queries."""
    today = today or timezone.localdate()
    first_monday = (
        today - datetime.timedelta(days=today.weekday()) - datetime.timedelta(weeks=weeks - 1)
    )
    entries = reviewable_disclosures(user).filter(
        clinician=supervisee,
        status=Disclosure.Status.SUBMITTED,
        session_date__gte=first_monday,
        session_date__lte=today,
    )
    per_week = {
        (row["week"].date() if isinstance(row["week"], datetime.datetime) else row["week"]): row
        for row in entries.annotate(week=TruncWeek("session_date"))
        .values("week")
        .annotate(
            entries=Count("pk"),
            flagged=Count("pk", filter=Q(flagged=True)),
            **{family: Avg(f"current_assessment__{family}") for family in FAMILIES},
        )
        .order_by("week")
    }
    series = []
    for index in range(weeks):
        start = first_monday + datetime.timedelta(weeks=index)
        row = per_week.get(start)
        if row:
            series.append(
                Week(start, row["entries"], row["flagged"], {f: row[f] for f in FAMILIES})
            )
        else:
            series.append(Week(start, 0, 0, dict.fromkeys(FAMILIES)))
    top_rules = list(
        Finding.objects.filter(
            assessment__disclosure__in=entries.values("pk"),
            assessment_id__in=entries.values("current_assessment_id"),
        )
        .values("rule")
        .annotate(n=Count("pk"))
        .order_by("-n", "rule")[:8]
    )
    for row in top_rules:
        info = rules.RULES.get(row["rule"])
        row["title"] = info.title if info else row["rule"]
        row["guideline"] = info.guideline if info else ""
    open_items = list(
        reviewable_disclosures(user)
        .filter(
            clinician=supervisee,
            review__status__in=[*WAITING_STATUSES, Review.Status.REVISION_REQUESTED],
        )
        .select_related("review", "client")
        .defer("text", "intent_note", "outcome_note", "withdrawn_reason")
        .order_by("-category_rank", "-score", "submitted_at", "id")[:50]
    )
    total = sum(week.entries for week in series)
    flagged = sum(week.flagged for week in series)
    return {
        "weeks": series,
        "total": total,
        "flagged": flagged,
        "flag_rate": flagged / total if total else None,
        "top_rules": top_rules,
        "open_items": open_items,
        "first_monday": first_monday,
        "today": today,
    }


def supervisee_list(user: User) -> QuerySet[User]:
    """The people this user reviews, with their waiting items counted (one query)."""
    from disclosure_review.core.scoping import scoped_supervisees

    waiting = reviewable_disclosures(user).filter(review__status__in=WAITING_STATUSES)
    return (
        scoped_supervisees(user)
        .filter(is_active=True)
        .annotate(
            waiting=Count(
                "disclosures", filter=Q(disclosures__in=waiting.values("pk")), distinct=True
            ),
        )
        .order_by("last_name", "first_name", "username")
    )
