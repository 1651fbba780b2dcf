import time

import pytest

from disclosure_review.audit.models import AuditEvent
from tests.conftest import login

pytestmark = pytest.mark.django_db


def test_the_login_page_loads(client):
    response = client.get("/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


@pytest.mark.parametrize(
    ("user_fixture", "home"),
    [("alice", "/disclosures/"), ("bob", "/review/"), ("carol", "/clinic/")],
)
def test_each_role_lands_on_its_home_page(client, request, password, user_fixture, home):
    user = request.getfixturevalue(user_fixture)
    response = client.post("/login/", {"username": user.username, "password": password})
    assert response.status_code == 302
    assert client.get(response["Location"])["Location"] == home


def test_a_wrong_password_gets_a_clear_message_and_keeps_the_username(client, alice):
    response = client.post("/login/", {"username": "alice", "password": "wrong-password"})
    assert response.status_code == 200
    assert b"do not match" in response.content
    assert b'value="alice"' in response.content


def test_a_failed_login_is_audited_without_the_password(client, alice):
    client.post("/login/", {"username": "alice", "password": "wrong-password"})
    event = AuditEvent.objects.get(action="auth.login_failed")
    assert event.clinic_id == alice.clinic_id
    assert event.details == {"username": "alice"}


def test_login_and_logout_are_audited(client, alice, password):
    client.post("/login/", {"username": "alice", "password": password})
    client.post("/logout/")
    assert list(AuditEvent.objects.order_by("seq").values_list("action", flat=True)) == [
        "auth.login",
        "auth.logout",
    ]


def test_logout_needs_a_post(client, alice):
    login(client, alice)
    assert client.get("/logout/").status_code == 405


def test_logout_ends_the_session(client, alice):
    login(client, alice)
    client.post("/logout/")
    assert client.get("/")["Location"].startswith("/login/")


def test_an_idle_session_is_logged_out(client, alice, settings):
    login(client, alice)
    client.get("/")
    session = client.session
    session["last_seen"] = int(time.time()) - settings.IDLE_TIMEOUT_MINUTES * 60 - 5
    session.save()
    response = client.get("/")
    assert response["Location"].startswith("/login/")
    assert AuditEvent.objects.filter(action="auth.idle_logout", actor=alice).exists()
    assert b"inactivity" in client.get("/login/").content


def test_pages_carry_a_strict_content_security_policy(client):
    policy = client.get("/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
