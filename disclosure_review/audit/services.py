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
    for event in AuditEvent.objects.filter(clinic_id=clinic_id).order_by("seq").iterator(chunk_size=2000):
        if event.seq != expected_seq:
            return checked, ChainBreak(clinic_id, expected_seq, event.pk, f"event {expected_seq} is missing")
        if event.prev_hash != expected_prev:
            return checked, ChainBreak(clinic_id, event.seq, event.pk, "previous-hash link does not match")
        if event.compute_hash() != event.hash:
            return checked, ChainBreak(clinic_id, event.seq, event.pk, "contents were altered")
        expected_prev = event.hash
        expected_seq += 1
        checked += 1
    return checked, None
