import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from disclosure_review.accounts.models import SupervisionAssignment, User
from disclosure_review.disclosures.models import Client
from tests.factories import AssignmentFactory, ClientFactory, DisclosureFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_it_refuses_an_unknown_role(clinic):
    with pytest.raises(IntegrityError):
        User.objects.create(username="x", clinic=clinic, role="superhero")


def test_it_refuses_self_supervision(alice):
    with pytest.raises(IntegrityError):
        SupervisionAssignment.objects.create(clinic=alice.clinic, supervisor=alice, clinician=alice)


def test_it_refuses_an_assignment_that_ends_before_it_starts(alice, clinic):
    supervisor = UserFactory(clinic=clinic, role="supervisor")
    with pytest.raises(IntegrityError):
        SupervisionAssignment.objects.create(
            clinic=clinic,
            supervisor=supervisor,
            clinician=alice,
            active_from=datetime.date(2026, 5, 1),
            active_until=datetime.date(2026, 4, 1),
        )


def test_active_assignments_respect_their_dates(alice, bob):
    today = datetime.date.today()
    assert SupervisionAssignment.objects.active(today).filter(supervisor=bob).count() == 1
    SupervisionAssignment.objects.filter(supervisor=bob).update(
        active_until=today - datetime.timedelta(days=1)
    )
    assert SupervisionAssignment.objects.active(today).filter(supervisor=bob).count() == 0


def test_client_codes_are_unique_within_a_clinic_only(clinic, other_clinic):
    ClientFactory(clinic=clinic, code="C-001")
    ClientFactory(clinic=other_clinic, code="C-001")  # another clinic may reuse the code
    with pytest.raises(IntegrityError):
        Client.objects.create(clinic=clinic, code="C-001")


@pytest.mark.parametrize("code", ["Jane Smith", "jane", "JS", "C-1", "ABCDE-001", "C-0012345"])
def test_it_rejects_client_codes_that_could_be_names(clinic, code):
    with pytest.raises(ValidationError):
        Client(clinic=clinic, code=code).full_clean()


@pytest.mark.parametrize("code", ["C-014", "C014", "AB-1234"])
def test_it_accepts_pseudonymous_client_codes(clinic, code):
    Client(clinic=clinic, code=code).full_clean()


def test_it_refuses_a_negative_duration(alice):
    with pytest.raises(IntegrityError):
        DisclosureFactory(clinician=alice, duration_minutes=-1)


def test_it_refuses_a_submitted_entry_without_a_submission_time(alice):
    with pytest.raises(IntegrityError):
        DisclosureFactory(clinician=alice, status="submitted", submitted_at=None)


def test_each_disclosure_gets_its_own_submission_key(alice):
    first, second = DisclosureFactory(clinician=alice), DisclosureFactory(clinician=alice)
    assert first.submission_key != second.submission_key


def test_assignment_factory_keeps_both_people_in_one_clinic():
    assignment = AssignmentFactory()
    assert assignment.supervisor.clinic == assignment.clinician.clinic == assignment.clinic
