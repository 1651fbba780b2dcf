import datetime

import pytest
from django.utils import timezone

from disclosure_review.accounts.models import SupervisionAssignment
from disclosure_review.audit.models import AuditEvent
from disclosure_review.core.scoping import scoped_supervisees
from tests.conftest import login
from tests.factories import AssignmentFactory


@pytest.mark.django_db
def test_it_assigns_a_supervisor_and_access_follows(client, carol, bob, dave):
    login(client, carol)
    today = timezone.localdate()
    response = client.post(
        "/clinic/supervision/",
        {
            "supervisor": bob.pk,
            "clinician": dave.pk,
            "active_from": today.isoformat(),
            "active_until": "",
        },
    )
    assert response.status_code == 302
    assert dave in scoped_supervisees(bob)
    assert AuditEvent.objects.filter(action="assignment.create").exists()


@pytest.mark.django_db
def test_overlapping_periods_for_one_pair_are_refused(client, carol, bob, alice):
    login(client, carol)
    response = client.post(
        "/clinic/supervision/",
        {
            "supervisor": bob.pk,
            "clinician": alice.pk,
            "active_from": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 400
    assert "already supervises" in response.content.decode()
    assert SupervisionAssignment.objects.filter(supervisor=bob, clinician=alice).count() == 1


@pytest.mark.django_db
def test_an_end_before_the_start_is_a_field_error(client, carol, bob, dave):
    login(client, carol)
    response = client.post(
        "/clinic/supervision/",
        {
            "supervisor": bob.pk,
            "clinician": dave.pk,
            "active_from": "2026-05-10",
            "active_until": "2026-05-01",
        },
    )
    assert response.status_code == 400
    assert "The end must not be before the start." in response.content.decode()


@pytest.mark.django_db
def test_ending_an_assignment_keeps_it_and_ends_access(client, carol, bob, alice):
    assignment = SupervisionAssignment.objects.get(supervisor=bob, clinician=alice)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    login(client, carol)
    assert (
        client.post(
            f"/clinic/supervision/{assignment.pk}/end/", {"on": yesterday.isoformat()}
        ).status_code
        == 302
    )
    assignment.refresh_from_db()
    assert assignment.active_until == yesterday
    assert alice not in scoped_supervisees(bob)
    assert AuditEvent.objects.filter(action="assignment.end", object_id=str(assignment.pk)).exists()


@pytest.mark.django_db
def test_an_admin_ends_an_assignment_of_their_own_clinic(client, frank, other_clinic):
    foreign = AssignmentFactory(supervisor__clinic=other_clinic)
    login(client, frank)
    own = client.post(f"/clinic/supervision/{foreign.pk}/end/", {"on": "2026-01-01"})
    assert own.status_code == 302


@pytest.mark.django_db
def test_an_admin_cannot_end_another_clinics_assignment(client, frank, bob, alice):
    assignment = SupervisionAssignment.objects.get(supervisor=bob, clinician=alice)
    login(client, frank)
    assert (
        client.post(f"/clinic/supervision/{assignment.pk}/end/", {"on": "2026-01-01"}).status_code
        == 404
    )
    assignment.refresh_from_db()
    assert assignment.active_until is None
