import pytest

from disclosure_review.audit.models import AuditEvent
from disclosure_review.disclosures.models import Client
from tests.conftest import login


@pytest.mark.django_db
def test_it_adds_a_code_written_in_lower_case_as_upper_case(client, carol):
    login(client, carol)
    assert client.post("/clinic/clients/", {"code": "c-015"}).status_code == 302
    created = Client.objects.get(clinic=carol.clinic, code="C-015")
    assert AuditEvent.objects.get(action="client.create").object_id == str(created.pk)


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["Sam", "JS", "Jane Smith", "C-1", ""])
def test_a_name_cannot_be_typed_as_a_code(client, carol, typed):
    login(client, carol)
    response = client.post("/clinic/clients/", {"code": typed})
    assert response.status_code == 400
    assert not Client.objects.filter(clinic=carol.clinic).exists()


@pytest.mark.django_db
def test_a_duplicate_code_is_a_field_error(client, carol, client_code):
    login(client, carol)
    response = client.post("/clinic/clients/", {"code": "C-014"})
    assert response.status_code == 400
    assert "already a client code" in response.content.decode()


@pytest.mark.django_db
def test_a_code_of_another_clinic_may_be_reused(client, frank, client_code):
    login(client, frank)
    assert client.post("/clinic/clients/", {"code": "C-014"}).status_code == 302


@pytest.mark.django_db
def test_it_deactivates_a_code_without_deleting_it(client, carol, client_code):
    login(client, carol)
    client.post(f"/clinic/clients/{client_code.pk}/active/", {"active": "0"})
    client_code.refresh_from_db()
    assert client_code.active is False
    assert AuditEvent.objects.filter(action="client.deactivate").exists()
