"""Writing and verifying the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.db.models import Model
from django.http import HttpRequest
from django.utils import timezone

from disclosure_review.accounts.models import Clinic, User
from disclosure_review.audit.models import GENESIS_HASH, AuditEvent
from disclosure_review.core.middleware import current_request_meta

# Any value that fits PostgreSQL's bigint; chains of different clinics lock independently.
_LOCK_NAMESPACE = 0x5EC0_0000


def _lock_chain(clinic_id: int | None) -> None:
    """Serialise writers of one clinic's chain so it cannot fork."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_NAMESPACE + (clinic_id or 0)])
    # SQLite serialises writers itself (one writer at a time per database).


def audit_log(
    *,
    action: str,
    actor: User | None = None,
    clinic: Clinic | int | None = None,
    obj: Model | None = None,
    object_type: str = "",
    object_id: str | int = "",
    request: HttpRequest | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the clinic's hash chain, inside the caller's transaction.

    Never put disclosure text or other clinical content in `details`: ids and field names
    only.
    """
    if actor is not None and not actor.is_authenticated:
        actor = None
    if clinic is None and actor is not None:
        clinic = actor.clinic_id
    clinic_id = clinic.pk if isinstance(clinic, Clinic) else clinic
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or obj.pk
    ip, user_agent = _request_meta(request)

    with transaction.atomic():
        _lock_chain(clinic_id)
        last = (
            AuditEvent.objects.filter(clinic_id=clinic_id)
            .order_by("-seq")
            .values("seq", "hash")
            .first()
        )
        event = AuditEvent(
            clinic_id=clinic_id,
            seq=(last["seq"] + 1) if last else 1,
            actor=actor,
            actor_username=actor.get_username() if actor else "",
            action=action,
            object_type=object_type,
            object_id=str(object_id) if object_id != "" else "",
            ip_address=ip,
            user_agent=user_agent,
            details=details or {},
            created_at=timezone.now(),
            prev_hash=last["hash"] if last else GENESIS_HASH,
        )
        event.hash = event.compute_hash()
        event.save(force_insert=True)
    return event


def _request_meta(request: HttpRequest | None) -> tuple[str | None, str]:
    if request is None:
        return current_request_meta()
    return request.META.get("REMOTE_ADDR") or None, request.headers.get("User-Agent", "")[:300]


@dataclass(frozen=True)
class ChainBreak:
    clinic_id: int | None
    seq: int
    event_id: int
    reason: str


def verify_chain(clinic_id: int | None) -> tuple[int, ChainBreak | None]:
    """Walk one clinic's chain in order; return events checked and the first broken link."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for event in (
        AuditEvent.objects.filter(clinic_id=clinic_id).order_by("seq").iterator(chunk_size=2000)
    ):
        if event.seq != expected_seq:
            return checked, ChainBreak(
                clinic_id, expected_seq, event.pk, f"event {expected_seq} is missing"
            )
        if event.prev_hash != expected_prev:
            return checked, ChainBreak(
                clinic_id, event.seq, event.pk, "previous-hash link does not match"
            )
        if event.compute_hash() != event.hash:
            return checked, ChainBreak(clinic_id, event.seq, event.pk, "contents were altered")
        expected_prev = event.hash
        expected_seq += 1
        checked += 1
    return checked, None


def audit_denied(
    *,
    request: HttpRequest | None,
    object_type: str,
    object_id: str | int = "",
    reason: str = "out_of_scope",
) -> AuditEvent:
    """Record a refused access (the caller answers 404, so nothing is revealed).

    Written in its own transaction so the record survives the error response.
    """
    user = getattr(request, "user", None) if request is not None else None
    actor = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        return audit_log(
            action="access.denied",
            actor=actor,
            clinic=actor.clinic_id if actor else None,
            object_type=object_type,
            object_id=str(object_id)[:64],
            request=request,
            details={"path": request.path[:200] if request is not None else "", "reason": reason},
        )


def chain_clinic_ids() -> list[int | None]:
    """Every chain in the table: one per clinic, plus the chain of events without a clinic."""
    ids = list(AuditEvent.objects.order_by().values_list("clinic_id", flat=True).distinct())
    return sorted(ids, key=lambda value: (value is not None, value or 0))


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken: list[ChainBreak]

    @property
    def ok(self) -> bool:
        return not self.broken


def verify_chains(clinic_ids: list[int | None] | None = None) -> ChainReport:
    """Verify the given chains (all of them by default); the first broken link of each."""
    checked = 0
    broken: list[ChainBreak] = []
    for clinic_id in chain_clinic_ids() if clinic_ids is None else clinic_ids:
        count, chain_break = verify_chain(clinic_id)
        checked += count
        if chain_break is not None:
            broken.append(chain_break)
    return ChainReport(checked=checked, broken=broken)


def audit_chain_verify(
    *, clinic_id: int, by: User, request: HttpRequest | None = None
) -> ChainReport:
    """Verify one clinic's chain on an admin's request, and record that it was checked."""
    report = verify_chains([clinic_id])
    details: dict[str, Any] = {"checked": report.checked, "ok": report.ok}
    if report.broken:
        details["first_broken_seq"] = report.broken[0].seq
    audit_log(action="audit.verify", actor=by, clinic=clinic_id, request=request, details=details)
    return report


def export_request(
    *, by: User, export_format: str, filters: dict[str, Any], request: HttpRequest | None = None
):
    """Record an export job and queue it once the transaction commits."""
    from disclosure_review.audit.models import ExportJob
    from disclosure_review.audit.tasks import export_enqueue

    with transaction.atomic():
        job = ExportJob.objects.create(
            clinic_id=by.clinic_id, requested_by=by, format=export_format, filters=filters
        )
        audit_log(
            action="export.request",
            actor=by,
            obj=job,
            request=request,
            details={"format": export_format, "filters": filters},
        )
        transaction.on_commit(lambda: export_enqueue(job.pk))
    return job


def export_downloaded(*, job, by: User, request: HttpRequest | None = None) -> AuditEvent:
    return audit_log(
        action="export.download",
        actor=by,
        obj=job,
        request=request,
        details={"format": job.format, "rows": job.row_count, "sha256": job.checksum},
    )
