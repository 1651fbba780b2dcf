"""The one adapter between the app's models and the rules engine."""

from __future__ import annotations

import bisect
import datetime
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from django.db.models import Q

from disclosure_review import rules
from disclosure_review.accounts.models import Clinic
from disclosure_review.disclosures.models import Disclosure

ENGINE_FIELDS = (
    "disclosure_type",
    "intent",
    "intent_note",
    "relevance",
    "experience_status",
    "client_response",
    "outcome_note",
)


def clinic_thresholds(clinic: Clinic) -> rules.Thresholds:
    """The clinic's thresholds: package defaults with the clinic's overrides applied."""
    return rules.Thresholds.from_mapping(
        {**clinic.thresholds, "flag_score": clinic.flag_threshold, "phone_region": clinic.phone_region}
    )


def prior_disclosures_30d(disclosure: Disclosure) -> int:
    """This clinician's earlier submitted disclosures to the same client in the 30 days before."""
    if not disclosure.client_id:
        return 0
    since = disclosure.session_date - datetime.timedelta(days=30)
    earlier = Disclosure.objects.filter(
        clinician_id=disclosure.clinician_id,
        client_id=disclosure.client_id,
        status=Disclosure.Status.SUBMITTED,
        session_date__gte=since,
    ).filter(
        Q(session_date__lt=disclosure.session_date)
        | Q(session_date=disclosure.session_date, pk__lt=disclosure.pk or 0)
    )
    if disclosure.pk:
        earlier = earlier.exclude(pk=disclosure.pk)
    return earlier.count()


def engine_input(disclosure: Disclosure, *, prior: int | None = None) -> rules.DisclosureInput:
    """Turn a disclosure (saved or not) into the engine's input."""
    data: dict[str, Any] = {"id": str(disclosure.pk or ""), "text": disclosure.text or ""}
    for field in ENGINE_FIELDS:
        value = getattr(disclosure, field)
        if value:
            data[field] = value
    if disclosure.months_since_experience is not None:
        data["months_since_experience"] = disclosure.months_since_experience
    if disclosure.duration_minutes is not None:
        data["duration_minutes"] = float(disclosure.duration_minutes)
    if disclosure.returned_focus is not None:
        data["returned_focus"] = disclosure.returned_focus
    data["prior_disclosures_30d"] = prior_disclosures_30d(disclosure) if prior is None else prior
    return rules.DisclosureInput.from_mapping(data)


def score_disclosure(disclosure: Disclosure, *, prior: int | None = None) -> rules.Result:
    """Score a disclosure with its clinic's thresholds; saves nothing."""
    return rules.score(engine_input(disclosure, prior=prior), clinic_thresholds(disclosure.clinic))



def prior_disclosures_30d_many(disclosures: Sequence[Disclosure]) -> dict[int, int]:
    """`prior_disclosures_30d` for many saved disclosures, by pk, with one query.

    For bulk re-scoring: the same counts as calling `prior_disclosures_30d` on each entry
    (earlier submitted entries of the same clinician to the same client, from 30 days
    before the session date, ties on the date broken by pk), without a query per entry.
    """
    with_client = [d for d in disclosures if d.client_id]
    counts = {d.pk: 0 for d in disclosures}
    if not with_client:
        return counts
    earliest = min(d.session_date for d in with_client) - datetime.timedelta(days=30)
    latest = max(d.session_date for d in with_client)
    rows = Disclosure.objects.filter(
        clinician_id__in={d.clinician_id for d in with_client},
        client_id__in={d.client_id for d in with_client},
        status=Disclosure.Status.SUBMITTED,
        session_date__gte=earliest,
        session_date__lte=latest,
    ).values_list("clinician_id", "client_id", "session_date", "pk")
    history: dict[tuple[int, int], list[tuple[datetime.date, int]]] = defaultdict(list)
    for clinician_id, client_id, session_date, pk in rows:
        history[(clinician_id, client_id)].append((session_date, pk))
    for entries in history.values():
        entries.sort()
    for d in with_client:
        entries = history.get((d.clinician_id, d.client_id), [])
        since = d.session_date - datetime.timedelta(days=30)
        lo = bisect.bisect_left(entries, (since,))
        hi = bisect.bisect_left(entries, (d.session_date, d.pk or 0))
        counts[d.pk] = hi - lo
    return counts


def score_disclosures(
    disclosures: Sequence[Disclosure], *, clinic: Clinic
) -> Iterator[tuple[Disclosure, rules.Result]]:
    """Score a batch of one clinic's saved disclosures; saves nothing.

    What `score_disclosure` gives for each entry, with the clinic's thresholds validated
    once and the prior-disclosure counts read in one query per batch. Feed it batches of a
    few hundred or thousand entries (e.g. from a keyset-paginated queryset).
    """
    thresholds = clinic_thresholds(clinic)
    priors = prior_disclosures_30d_many(disclosures)
    inputs = (engine_input(d, prior=priors[d.pk]) for d in disclosures)
    yield from zip(disclosures, rules.score_many(inputs, thresholds), strict=True)
