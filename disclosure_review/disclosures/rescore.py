"""Scoring a clinic's entries again with other thresholds: the preview and the re-score.

Both walk the entries in one streamed pass ordered by clinician, client and date, so each
entry's count of earlier disclosures to the same client in 30 days comes from a sliding
window instead of a query per entry, and both score through the same function: the
preview shows exactly what the re-score then does. The engine is deterministic, so equal
inputs are scored once.
"""

from __future__ import annotations

import datetime
import logging
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import Clinic, RescoreRun
from disclosure_review.disclosures.models import Assessment, Disclosure, Finding
from disclosure_review.disclosures.scoring import ENGINE_FIELDS, engine_input
from disclosure_review.reviews.models import Review

logger = logging.getLogger(__name__)

PREVIEW_DAYS = 90
PRIOR_DAYS = 30
BATCH_SIZE = 1000
_CACHE_LIMIT = 20_000
# Off only to measure the engine's share (bench/rescore.py --no-cache).
CACHE_RESULTS = True

_INPUT_FIELDS = [
    *ENGINE_FIELDS,
    "text",
    "months_since_experience",
    "duration_minutes",
    "returned_focus",
]
_ROW_FIELDS = [
    "id",
    "session_date",
    "clinician_id",
    "client_id",
    "status",
    "category",
    "score",
    "flagged",
    "current_assessment__ruleset",
    "current_assessment__created_at",
    *_INPUT_FIELDS,
]


def rescore_queryset(clinic: Clinic):
    """What a re-score covers: every submitted or withdrawn entry of the clinic."""
    return Disclosure.objects.filter(clinic=clinic).exclude(status=Disclosure.Status.DRAFT)


def outdated_by_ruleset(clinic: Clinic, ruleset: str) -> dict[str, int]:
    """How many entries a re-score covers were last scored under a ruleset other than
    `ruleset`, per ruleset ("none": never scored)."""
    rows = (
        rescore_queryset(clinic)
        .filter(Q(current_assessment__isnull=True) | ~Q(current_assessment__ruleset=ruleset))
        .values_list("current_assessment__ruleset")
        .annotate(entries=Count("id"))
        .order_by()
    )
    return dict(sorted((old or "none", entries) for old, entries in rows))


def iter_rescored(
    *,
    clinic: Clinic,
    thresholds: rules.Thresholds,
    since: datetime.date | None = None,
    skip: Any = None,
) -> Iterator[tuple[dict[str, Any], rules.Result | None]]:
    """Each entry (from `since`, if given) with its result under `thresholds`.

    `skip(row)` true means the entry needs no scoring (it yields None for it) but still
    counts towards later entries' frequency.
    """
    entries = rescore_queryset(clinic)
    if since is not None:
        entries = entries.filter(session_date__gte=since - datetime.timedelta(days=PRIOR_DAYS))
    stream = entries.order_by("clinician_id", "client_id", "session_date", "id").values(
        *_ROW_FIELDS
    )
    group: tuple[int, int] | None = None
    window: deque[datetime.date] = deque()
    cache: dict[tuple, rules.Result] = {}
    for row in stream.iterator(chunk_size=BATCH_SIZE):
        key = (row["clinician_id"], row["client_id"])
        if key != group:
            group, window = key, deque()
        start = row["session_date"] - datetime.timedelta(days=PRIOR_DAYS)
        while window and window[0] < start:
            window.popleft()
        prior = len(window)
        if row["status"] == Disclosure.Status.SUBMITTED:
            window.append(row["session_date"])
        if since is not None and row["session_date"] < since:
            continue
        if skip is not None and skip(row):
            yield row, None
            continue
        cache_key = (prior, *(row[name] for name in _INPUT_FIELDS))
        result = cache.get(cache_key) if CACHE_RESULTS else None
        if result is None:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            disclosure = Disclosure(id=row["id"], **{name: row[name] for name in _INPUT_FIELDS})
            result = rules.score(engine_input(disclosure, prior=prior), thresholds)
            cache[cache_key] = result
        yield row, result


# Preview ----------------------------------------------------------------------------------


@dataclass
class Change:
    disclosure_id: int
    session_date: datetime.date
    clinician_id: int
    old_category: str
    new_category: str
    old_score: int | None
    new_score: int
    clinician_name: str = ""

    @property
    def old_label(self) -> str:
        return Disclosure.Category(self.old_category).label if self.old_category else "Not scored"

    @property
    def new_label(self) -> str:
        return Disclosure.Category(self.new_category).label


@dataclass
class Preview:
    since: datetime.date
    total: int = 0
    changed: int = 0
    flagged_before: int = 0
    flagged_after: int = 0
    transitions: Counter = field(default_factory=Counter)
    examples: list[Change] = field(default_factory=list)

    def transition_rows(self) -> list[dict[str, Any]]:
        labels = dict(Disclosure.Category.choices)
        return [
            {"from": labels.get(old, "Not scored"), "to": labels[new], "count": count}
            for (old, new), count in self.transitions.most_common()
        ]


def thresholds_preview(
    *,
    clinic: Clinic,
    thresholds: rules.Thresholds,
    today: datetime.date | None = None,
    days: int = PREVIEW_DAYS,
    examples: int = 8,
) -> Preview:
    """What `thresholds` would do to the last `days` days of entries; saves nothing."""
    since = (today or timezone.localdate()) - datetime.timedelta(days=days)
    preview = Preview(since=since)
    for row, result in iter_rescored(clinic=clinic, thresholds=thresholds, since=since):
        preview.total += 1
        preview.flagged_before += row["flagged"]
        preview.flagged_after += result.flagged
        if result.category != row["category"]:
            preview.changed += 1
            preview.transitions[(row["category"], result.category)] += 1
            if len(preview.examples) < examples:
                preview.examples.append(
                    Change(
                        disclosure_id=row["id"],
                        session_date=row["session_date"],
                        clinician_id=row["clinician_id"],
                        old_category=row["category"],
                        new_category=result.category,
                        old_score=row["score"],
                        new_score=result.score,
                    )
                )
    return preview


# Re-score ---------------------------------------------------------------------------------


class LeaseLost(Exception):
    """A newer change superseded this run, or another worker took it over."""


def _stale_before() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.RESCORE_STALE_SECONDS)


def rescore_claim(run_id: int) -> int | None:
    claimable = Q(status=RescoreRun.Status.PENDING) | Q(
        status=RescoreRun.Status.RUNNING, heartbeat_at__lt=_stale_before()
    )
    now = timezone.now()
    with transaction.atomic():
        run = RescoreRun.objects.select_for_update().filter(claimable, pk=run_id).first()
        if run is None:
            return None
        run.attempts += 1
        run.status = RescoreRun.Status.RUNNING
        run.started_at = run.started_at or now
        run.heartbeat_at = now
        run.save(update_fields=["attempts", "status", "started_at", "heartbeat_at"])
        return run.attempts


def rescore_run_execute(run_id: int) -> bool:
    """Re-score a clinic in batches under the run's lease; True when this call finished it.

    Resumable and idempotent: an entry whose current assessment already comes from this
    run's ruleset and was made after the run was requested is skipped, so a run picked up
    after a crash continues where it stopped and a finished run changes nothing.
    """
    attempt = rescore_claim(run_id)
    if attempt is None:
        return False
    run = RescoreRun.objects.select_related("clinic").get(pk=run_id)
    thresholds = rules.Thresholds.from_mapping(run.thresholds)
    RescoreRun.objects.filter(pk=run_id, attempts=attempt).update(
        total=rescore_queryset(run.clinic).count(), processed=0
    )

    def done(row: dict[str, Any]) -> bool:
        created = row["current_assessment__created_at"]
        return (
            row["current_assessment__ruleset"] == run.ruleset
            and created is not None
            and created >= run.created_at
        )

    batch: list[tuple[dict[str, Any], rules.Result]] = []
    processed = 0
    try:
        for row, result in iter_rescored(clinic=run.clinic, thresholds=thresholds, skip=done):
            processed += 1
            if result is not None:
                batch.append((row, result))
            if processed % BATCH_SIZE == 0:
                _write_batch(run, attempt, batch, processed)
                batch = []
        _write_batch(run, attempt, batch, processed)
    except LeaseLost:
        logger.info(
            "re-score run %s: attempt %s stopped (superseded or taken over)", run_id, attempt
        )
        return False
    except Exception as error:
        RescoreRun.objects.filter(pk=run_id, attempts=attempt).update(
            status=RescoreRun.Status.FAILED, error=f"{type(error).__name__}: {error}"[:1000]
        )
        raise
    finished = RescoreRun.objects.filter(
        pk=run_id, attempts=attempt, status=RescoreRun.Status.RUNNING
    ).update(status=RescoreRun.Status.DONE, finished_at=timezone.now(), processed=processed)
    return bool(finished)


def _write_batch(run: RescoreRun, attempt: int, batch: list, processed: int) -> None:
    """Store one batch's assessments and findings and point the entries at them, atomically."""
    now = timezone.now()
    with transaction.atomic():
        changed = sum(1 for row, result in batch if result.category != row["category"])
        alive = RescoreRun.objects.filter(
            pk=run.pk, attempts=attempt, status=RescoreRun.Status.RUNNING
        ).update(
            processed=processed,
            rescored=F("rescored") + len(batch),
            changed=F("changed") + changed,
            heartbeat_at=now,
        )
        if not alive:
            raise LeaseLost
        if not batch:
            return
        assessments = Assessment.objects.bulk_create(
            Assessment.from_result(result, disclosure_id=row["id"]) for row, result in batch
        )
        Finding.objects.bulk_create(
            [
                finding
                for assessment, (row, result) in zip(assessments, batch, strict=True)
                for finding in Finding.from_result(
                    result,
                    assessment_id=assessment.pk,
                    clinic_id=run.clinic_id,
                    clinician_id=row["clinician_id"],
                )
            ],
            batch_size=2000,
        )
        _point_at_assessments(
            [
                (row["id"], assessment.pk, result.score, result.category, result.flagged)
                for assessment, (row, result) in zip(assessments, batch, strict=True)
            ],
            now,
        )
        _open_reviews(
            run.clinic_id,
            [
                row["id"]
                for row, result in batch
                if result.flagged and row["status"] == Disclosure.Status.SUBMITTED
            ],
        )


def _point_at_assessments(
    rows: list[tuple[int, int, int, str, bool]], now: datetime.datetime
) -> None:
    """Make each new assessment its entry's current one (one statement per batch)."""
    if connection.vendor != "postgresql":
        Disclosure.objects.bulk_update(
            [
                Disclosure(
                    id=pk,
                    current_assessment_id=assessment_id,
                    score=score,
                    category=category,
                    category_rank=Disclosure.CATEGORY_RANK[category],
                    flagged=flagged,
                    updated_at=now,
                )
                for pk, assessment_id, score, category, flagged in rows
            ],
            ["current_assessment", "score", "category", "category_rank", "flagged", "updated_at"],
            batch_size=500,
        )
        return
    # Django's bulk_update builds a CASE per column and row; on PostgreSQL one UPDATE from
    # arrays does the same work in a fraction of the time.
    ids, assessment_ids, scores, categories, flags = (
        list(column) for column in zip(*rows, strict=True)
    )
    ranks = [Disclosure.CATEGORY_RANK[category] for category in categories]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {Disclosure._meta.db_table} AS d
               SET current_assessment_id = v.assessment_id, score = v.score, category = v.category,
                   category_rank = v.category_rank, flagged = v.flagged, updated_at = %s
              FROM unnest(%s::bigint[], %s::bigint[], %s::smallint[], %s::varchar[], %s::smallint[],
                          %s::boolean[])
                   AS v(id, assessment_id, score, category, category_rank, flagged)
             WHERE d.id = v.id
            """,  # noqa: S608 (the table name is the model's own)
            [now, ids, assessment_ids, scores, categories, ranks, flags],
        )


def _open_reviews(clinic_id: int, disclosure_ids: list[int]) -> None:
    """Open a review for each newly flagged entry so it reaches the supervisors' queue.

    A threshold change can flag thousands of past entries at once, so no e-mail goes out
    per entry (unlike a new submission): the entries simply appear in the queue.
    """
    if disclosure_ids:
        Review.objects.bulk_create(
            [Review(disclosure_id=pk, clinic_id=clinic_id) for pk in disclosure_ids],
            ignore_conflicts=True,
        )
