"""Who sees what, per role and per clinic."""

import datetime

import pytest

from disclosure_review.accounts.models import SupervisionAssignment
from disclosure_review.core import scoping
from tests.factories import DisclosureFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(alice, bob, carol, dave, erin):
    """One submitted entry and one draft for alice; one entry each for dave, bob and erin."""
    now = datetime.datetime.now(datetime.UTC)
    return {
        "alice": DisclosureFactory(clinician=alice, status="submitted", submitted_at=now),
        "alice_draft": DisclosureFactory(clinician=alice),
        "dave": DisclosureFactory(clinician=dave, status="submitted", submitted_at=now),
        "bob": DisclosureFactory(clinician=bob, status="submitted", submitted_at=now),
        "erin": DisclosureFactory(clinician=erin, status="submitted", submitted_at=now),
    }


def ids(queryset):
    return set(queryset.values_list("pk", flat=True))


def test_a_clinician_sees_only_their_own_entries(alice, entries):
    assert ids(scoping.scoped_disclosures(alice)) == {
        entries["alice"].pk,
        entries["alice_draft"].pk,
    }
    assert ids(scoping.reviewable_disclosures(alice)) == set()


def test_a_supervisor_sees_their_supervisees_submitted_entries_and_their_own(bob, entries):
    assert ids(scoping.reviewable_disclosures(bob)) == {entries["alice"].pk}
    assert ids(scoping.scoped_disclosures(bob)) == {entries["alice"].pk, entries["bob"].pk}


def test_a_supervisor_never_sees_a_supervisees_drafts(bob, entries):
    assert entries["alice_draft"].pk not in ids(scoping.scoped_disclosures(bob))


def test_a_supervisor_never_reviews_their_own_entry(bob, entries):
    assert entries["bob"].pk not in ids(scoping.reviewable_disclosures(bob))


def test_an_ended_assignment_stops_access(bob, alice, entries):
    SupervisionAssignment.objects.filter(supervisor=bob, clinician=alice).update(
        active_until=datetime.date.today() - datetime.timedelta(days=1)
    )
    assert ids(scoping.reviewable_disclosures(bob)) == set()


def test_a_future_assignment_gives_no_access_yet(clinic, dave, entries):
    supervisor = UserFactory(clinic=clinic, role="supervisor")
    SupervisionAssignment.objects.create(
        clinic=clinic,
        supervisor=supervisor,
        clinician=dave,
        active_from=datetime.date.today() + datetime.timedelta(days=7),
    )
    assert ids(scoping.reviewable_disclosures(supervisor)) == set()


def test_an_assignment_across_clinics_gives_no_access(bob, erin, entries):
    SupervisionAssignment.objects.create(clinic=bob.clinic, supervisor=bob, clinician=erin)
    assert entries["erin"].pk not in ids(scoping.scoped_disclosures(bob))


def test_a_clinic_admin_sees_every_submitted_entry_of_their_clinic_only(carol, entries):
    assert ids(scoping.reviewable_disclosures(carol)) == {
        entries["alice"].pk,
        entries["dave"].pk,
        entries["bob"].pk,
    }


def test_another_clinics_admin_sees_nothing_of_this_clinic(frank, entries):
    assert ids(scoping.scoped_disclosures(frank)) == {entries["erin"].pk}


def test_a_deactivated_user_sees_nothing(alice, entries):
    alice.is_active = False
    alice.save(update_fields=["is_active"])
    assert ids(scoping.scoped_disclosures(alice)) == set()


def test_a_user_without_a_clinic_sees_no_clinical_records(entries):
    superuser = UserFactory(username="root", clinic=None, is_superuser=True, is_staff=True)
    assert ids(scoping.scoped_disclosures(superuser)) == set()
    assert not scoping.scoped_clients(superuser).exists()


def test_supervisees_are_the_assigned_clinicians(bob, alice, dave):
    assert set(scoping.scoped_supervisees(bob)) == {alice}


def test_only_admins_manage_users_and_read_the_audit_trail(alice, bob, carol, frank):
    assert set(scoping.scoped_users(carol)) >= {alice, bob, carol}
    assert frank not in set(scoping.scoped_users(carol))
    assert not scoping.scoped_users(bob).exists()
    assert not scoping.scoped_audit_events(bob).exists()
    assert not scoping.scoped_exports(alice).exists()
