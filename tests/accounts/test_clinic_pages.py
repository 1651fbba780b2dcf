"""Every clinic admin page: it loads for the clinic's admin and is a 404 for everyone else."""

import pytest

from disclosure_review.audit.models import AuditEvent
from tests.conftest import login
from tests.factories import ClientFactory

PAGES = [
    "/clinic/",
    "/clinic/users/",
    "/clinic/supervision/",
    "/clinic/clients/",
    "/clinic/thresholds/",
    "/exports/",
    "/audit/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_it_loads_for_the_clinic_admin(client, carol, url):
    login(client, carol)
    response = client.get(url)
    assert response.status_code == 200
    assert b"<h1>" in response.content


@pytest.mark.django_db
def test_the_admin_home_names_the_clinic_in_its_heading(client, carol):
    login(client, carol)
    response = client.get("/clinic/")
    assert "<h1>Northside</h1>" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("who", ["alice", "bob", "dave"])
def test_it_is_a_404_for_clinicians_and_supervisors(client, request, url, who):
    user = request.getfixturevalue(who)
    login(client, user)
    assert client.get(url).status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_it_asks_an_anonymous_visitor_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


@pytest.mark.django_db
def test_another_clinics_records_are_a_404(client, frank, alice, bob, carol):
    code = ClientFactory(clinic=alice.clinic, code="C-777")
    login(client, frank)
    for url in [f"/clinic/users/{alice.pk}/", f"/clinic/clients/{code.pk}/active/"]:
        method = client.post if url.endswith("active/") else client.get
        assert method(url).status_code == 404
    code.refresh_from_db()
    assert code.active
    denied = AuditEvent.objects.filter(
        action="access.denied", actor=frank, object_type="accounts.user"
    )
    assert denied.get().object_id == str(alice.pk)
