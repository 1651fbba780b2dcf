"""Helpers shared by the clinician view tests."""

from __future__ import annotations

import uuid

from django.utils import timezone

PHONE_TEXT = "I told him my number is 07700 900123 so he could call me at the weekend."
SAFE_TEXT = (
    "I shared that short walks helped me through exams years ago, then asked what has "
    "helped her so far."
)


def form_data(**overrides) -> dict:
    """A complete, valid new-disclosure form as a browser would post it."""
    data = {
        "client": "C-014",
        "session_date": timezone.localdate().isoformat(),
        "setting": "individual",
        "text": SAFE_TEXT,
        "disclosure_type": "strategy",
        "intent": "model_coping",
        "intent_note": "",
        "relevance": "direct",
        "experience_status": "resolved",
        "months_since_experience": "60",
        "duration_minutes": "0.5",
        "returned_focus": "yes",
        "client_response": "engaged",
        "outcome_note": "",
        "submission_key": str(uuid.uuid4()),
        "version": "",
        "action": "submit",
    }
    data.update(overrides)
    return data
