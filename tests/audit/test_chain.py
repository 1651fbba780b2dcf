"""The audit trail is append-only and its hash chain shows any tampering."""

import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from django.db.utils import DatabaseError

from disclosure_review.audit.models import AuditEvent
from disclosure_review.audit.services import audit_log, verify_chain, verify_chains


def write_events(clinic, n=5):
    return [audit_log(action="test.event", clinic=clinic, details={"n": i}) for i in range(n)]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)  # committed rows: a TRUNCATE meets the trigger itself
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_auditevent SET action = 'forged'",
        "DELETE FROM audit_auditevent",
        "TRUNCATE audit_auditevent",
    ],
)
def test_the_database_refuses_to_change_or_remove_events(clinic, statement):
    write_events(clinic, 2)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement)
    assert AuditEvent.objects.count() == 2


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_orm_cannot_edit_or_delete_an_event_either(clinic):
    (event,) = write_events(clinic, 1)
    event.action = "forged"
    with pytest.raises(DatabaseError), transaction.atomic():
        event.save()
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.all().delete()


def tamper(event_id, **changes):
    """Change a row behind the application's back, as an attacker with the owner role would."""
    assignments = ", ".join(f"{column} = %s" for column in changes)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending FK checks block ALTER
            cursor.execute(
                "ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_no_update_delete"
            )
        cursor.execute(
            f"UPDATE audit_auditevent SET {assignments} WHERE id = %s",  # noqa: S608 (test's own columns)
            [*changes.values(), event_id],
        )
        if connection.vendor == "postgresql":
            cursor.execute(
                "ALTER TABLE audit_auditevent ENABLE TRIGGER audit_event_no_update_delete"
            )


@pytest.mark.django_db
def test_the_chain_verifies_then_breaks_at_the_altered_event(clinic, other_clinic):
    events = write_events(clinic, 6)
    write_events(other_clinic, 3)
    call_command("verify_audit_chain")
    assert verify_chains().ok

    tamper(events[3].pk, action="login.innocent")
    with pytest.raises(CommandError) as failure:
        call_command("verify_audit_chain")
    message = str(failure.value)
    assert f"clinic {clinic.pk}, event seq 4 (id {events[3].pk})" in message
    assert "contents were altered" in message
    checked, broken = verify_chain(clinic.pk)
    assert (checked, broken.seq) == (3, 4)
    # The other clinic's chain is untouched.
    assert verify_chain(other_clinic.pk)[1] is None


@pytest.mark.django_db
def test_a_rewritten_event_with_a_recomputed_hash_breaks_the_next_link(clinic):
    events = write_events(clinic, 4)
    forged = AuditEvent.objects.get(pk=events[1].pk)
    forged.action = "forged"
    tamper(forged.pk, action="forged", hash=forged.compute_hash())
    _, broken = verify_chain(clinic.pk)
    assert broken.seq == 3
    assert broken.reason == "previous-hash link does not match"


@pytest.mark.django_db
def test_a_removed_event_is_named(clinic):
    events = write_events(clinic, 4)
    tamper(events[1].pk, seq=99)
    _, broken = verify_chain(clinic.pk)
    assert broken.seq == 2
    assert "missing" in broken.reason


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_writers_leave_one_valid_chain(clinic):
    barrier = threading.Barrier(50)
    errors = []

    def writer(n):
        try:
            barrier.wait(timeout=30)
            with transaction.atomic():
                audit_log(action="test.concurrent", clinic=clinic, details={"writer": n})
        except Exception as error:  # collected and reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(AuditEvent.objects.filter(clinic=clinic).values_list("seq", flat=True)) == list(
        range(1, 51)
    )
    checked, broken = verify_chain(clinic.pk)
    assert (checked, broken) == (50, None)
