"""Every clinician page keeps to the strict CSP: no inline styles, scripts or handlers."""

import re

import pytest

from tests.conftest import login
from tests.disclosures.helpers import PHONE_TEXT
from tests.factories import DisclosureFactory, submitted_disclosure

pytestmark = pytest.mark.django_db

INLINE = [
    re.compile(r"\sstyle\s*=", re.I),
    re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.I),
    re.compile(r"\shx-on", re.I),
    re.compile(r"\son[a-z]+\s*=", re.I),
]


def test_no_page_has_inline_styles_scripts_or_handlers(client, alice, bob, client_code):
    login(client, alice)
    entry = submitted_disclosure(clinician=alice, client=client_code, text=PHONE_TEXT)
    draft = DisclosureFactory(clinician=alice, client=client_code)
    urls = [
        "/disclosures/",
        "/disclosures/new/",
        f"/disclosures/{entry.pk}/",
        f"/disclosures/{draft.pk}/edit/",
        "/patterns/",
    ]
    for url in urls:
        html = client.get(url).content.decode()
        for pattern in INLINE:
            assert not pattern.search(html), f"{url}: {pattern.pattern}"
    preview = client.post("/disclosures/preview/", {"text": PHONE_TEXT}).content.decode()
    assert not any(pattern.search(preview) for pattern in INLINE)
