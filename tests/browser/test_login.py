import pytest
from django.core.management import call_command

from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO_PASSWORD = "demo-password-for-browser-tests"


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    call_command("seed_demo", disclosures=40)


def test_the_login_page_loads_and_is_accessible(page, live_server):
    page.goto(f"{live_server.url}/login/")
    assert page.locator("h1").inner_text() == "Sign in"
    assert serious_violations(page) == []


@pytest.mark.parametrize(
    ("username", "home", "heading"),
    [
        ("clinician1", "/disclosures/", "My disclosures"),
        ("supervisor1", "/review/", "Review queue"),
        ("admin", "/clinic/", "Demo Clinic"),
    ],
)
def test_each_demo_role_lands_on_its_home_page(demo, sign_in, live_server, username, home, heading):
    page = sign_in(username, DEMO_PASSWORD)
    assert page.url == f"{live_server.url}{home}"
    assert heading in page.locator("h1").first.inner_text()


def test_a_wrong_password_keeps_the_user_on_the_login_page(demo, sign_in, live_server):
    page = sign_in("clinician1", "not-the-password")
    assert page.url.startswith(f"{live_server.url}/login/")
    assert page.get_by_role("alert").is_visible()
