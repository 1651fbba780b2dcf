"""The one adapter between the app's models and the rules engine."""

from __future__ import annotations

import datetime
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
        {
            **clinic.thresholds,
            "flag_score": clinic.flag_threshold,
            "phone_region": clinic.phone_region,
        }
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
    )
    # Same-day entries count as earlier for an entry not saved yet (a live preview).
    same_day = Q(session_date=disclosure.session_date)
    if disclosure.pk:
        same_day &= Q(pk__lt=disclosure.pk)
    earlier = earlier.filter(Q(session_date__lt=disclosure.session_date) | same_day)
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
