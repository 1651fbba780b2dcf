import re

import pytest
from django.core import mail

from disclosure_review.accounts.models import User
from disclosure_review.audit.models import AuditEvent
from tests.conftest import login
from tests.factories import PASSWORD

NEW_USER = {
    "username": "grace",
    "first_name": "Grace",
    "last_name": "Hopper",
    "email": "grace@example.org",
    "role": "clinician",
    "job_title": "Counsellor",
}


@pytest.mark.django_db
def test_it_invites_a_user_who_then_chooses_a_password(
    client, carol, django_capture_on_commit_callbacks
):
    login(client, carol)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/clinic/users/", NEW_USER)
    assert response.status_code == 302
    grace = User.objects.get(username="grace")
    assert grace.clinic == carol.clinic
    assert not grace.has_usable_password()
    assert AuditEvent.objects.get(action="user.create").object_id == str(grace.pk)

    (message,) = mail.outbox
    link = re.search(r"http://[^/]+(/invite/\S+/)", message.body).group(1)
    client.logout()
    form_page = client.get(link, follow=True)
    assert b"Choose your password" in form_page.content
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    done = client.post(
        set_url, {"new_password1": "a-fresh-password-99", "new_password2": "a-fresh-password-99"}
    )
    assert done.status_code == 302
    assert client.login(username="grace", password="a-fresh-password-99")


@pytest.mark.django_db
def test_bad_input_keeps_what_was_typed(client, carol, alice):
    login(client, carol)
    response = client.post(
        "/clinic/users/", {**NEW_USER, "username": "alice", "email": "not-an-email"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Grace"' in html
    assert "A user with that username already exists." in html
    assert User.objects.filter(username="alice").count() == 1


@pytest.mark.django_db
def test_it_changes_a_role_and_audits_it(client, carol, alice):
    login(client, carol)
    data = {
        "first_name": alice.first_name,
        "last_name": alice.last_name,
        "email": "a@example.org",
        "role": "supervisor",
        "job_title": "",
    }
    assert client.post(f"/clinic/users/{alice.pk}/", data).status_code == 302
    alice.refresh_from_db()
    assert alice.role == "supervisor"
    event = AuditEvent.objects.get(action="user.change")
    assert event.details["role"] == {"from": "clinician", "to": "supervisor"}


@pytest.mark.django_db
def test_it_deactivates_without_deleting_and_the_user_can_no_longer_sign_in(client, carol, alice):
    login(client, carol)
    assert client.post(f"/clinic/users/{alice.pk}/active/", {"active": "0"}).status_code == 302
    alice.refresh_from_db()
    assert alice.is_active is False
    assert AuditEvent.objects.filter(action="user.deactivate", object_id=str(alice.pk)).exists()
    client.logout()
    assert not client.login(username="alice", password=PASSWORD)
    login(client, carol)
    client.post(f"/clinic/users/{alice.pk}/active/", {"active": "1"})
    alice.refresh_from_db()
    assert alice.is_active is True


@pytest.mark.django_db
def test_an_admin_cannot_deactivate_themselves(client, carol):
    login(client, carol)
    response = client.post(f"/clinic/users/{carol.pk}/active/", {"active": "0"}, follow=True)
    carol.refresh_from_db()
    assert carol.is_active
    assert "You cannot deactivate your own account." in response.content.decode()


@pytest.mark.django_db
def test_the_last_admin_keeps_the_admin_role(client, carol):
    login(client, carol)
    data = {
        "first_name": "C",
        "last_name": "D",
        "email": "c@example.org",
        "role": "clinician",
        "job_title": "",
    }
    response = client.post(f"/clinic/users/{carol.pk}/", data)
    assert response.status_code == 400
    carol.refresh_from_db()
    assert carol.role == "admin"
