"""Factories for test data; the fixed cast lives in conftest.py."""

from __future__ import annotations

import datetime

import factory
from django.utils import timezone

from disclosure_review.accounts.models import Clinic, SupervisionAssignment, User
from disclosure_review.disclosures.models import Client, Disclosure

PASSWORD = "a-long-test-password-42"


class ClinicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinic
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Clinic {n}")
    slug = factory.Sequence(lambda n: f"clinic-{n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    clinic = factory.SubFactory(ClinicFactory)
    role = User.Role.CLINICIAN
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save(update_fields=["password"])


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupervisionAssignment

    clinic = factory.SelfAttribute("supervisor.clinic")
    supervisor = factory.SubFactory(UserFactory, role=User.Role.SUPERVISOR)
    clinician = factory.SubFactory(UserFactory, clinic=factory.SelfAttribute("..supervisor.clinic"))
    active_from = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=365))


class ClientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Client
        django_get_or_create = ["clinic", "code"]

    clinic = factory.SubFactory(ClinicFactory)
    code = factory.Sequence(lambda n: f"C-{n + 100:03d}")


class DisclosureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Disclosure

    clinician = factory.SubFactory(UserFactory)
    clinic = factory.SelfAttribute("clinician.clinic")
    client = factory.SubFactory(ClientFactory, clinic=factory.SelfAttribute("..clinician.clinic"))
    session_date = factory.LazyFunction(timezone.localdate)
    text = (
        "I shared that walking helped me through a hard time years ago, then asked what helps her."
    )
    status = Disclosure.Status.DRAFT


def submitted_disclosure(**kwargs) -> Disclosure:
    """A disclosure submitted through the real service (scored, reviewed if flagged)."""
    from disclosure_review.disclosures.services import disclosure_submit

    disclosure = DisclosureFactory(**kwargs)
    disclosure_submit(disclosure=disclosure, by=disclosure.clinician)
    disclosure.refresh_from_db()
    return disclosure
