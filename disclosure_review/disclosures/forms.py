"""Forms of the clinician pages: logging a disclosure, filtering the list, withdrawing,
deleting a draft."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from disclosure_review.accounts.models import User
from disclosure_review.core.scoping import scoped_clients
from disclosure_review.disclosures.models import Client, Disclosure
from disclosure_review.disclosures.services import EDITABLE_FIELDS
from disclosure_review.reviews.models import Review

# NUL and the other C0/C1 control characters (tab and newlines are ordinary text), and the
# bidirectional overrides that can make stored text read differently from what it is.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# Structured fields as quick choices. The engine compares numbers with the clinic's
# thresholds, so each choice stores one representative value inside its range.
DURATION_CHOICES = [
    ("0.5", "Under a minute"),
    ("1.5", "1–2 minutes"),
    ("3.5", "2–5 minutes"),
    ("7.5", "5–10 minutes"),
    ("15", "Over 10 minutes"),
]
MONTHS_CHOICES = [
    ("1", "Under a month ago"),
    ("3", "1–6 months ago"),
    ("9", "6–12 months ago"),
    ("24", "1–3 years ago"),
    ("60", "Over 3 years ago"),
]
RETURNED_FOCUS_CHOICES = [("yes", "Yes"), ("no", "No")]

NOTE_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 2000

# Fields of the model the form writes; the services take them as a plain dict.
DISCLOSURE_FIELDS = EDITABLE_FIELDS


def no_control_characters(value: str) -> None:
    if _CONTROL.search(value or ""):
        raise ValidationError(
            "This contains invisible control characters (for example from a copy and paste). "
            "Remove them and try again.",
            code="control_characters",
        )


def normalise_newlines(value: str) -> str:
    # Browsers send CRLF; the character count the clinician sees counts one per line break.
    return value.replace("\r\n", "\n").replace("\r", "\n")


class TextField(forms.CharField):
    """Free text: newlines normalised, control characters refused, length checked after."""

    def __init__(self, *, max_length: int, **kwargs: Any) -> None:
        super().__init__(strip=True, **kwargs)
        self.limit = max_length
        self.widget.attrs["maxlength"] = str(max_length)

    def to_python(self, value: Any) -> str:
        return normalise_newlines(super().to_python(value))

    def validate(self, value: str) -> None:
        super().validate(value)
        no_control_characters(value)
        if len(value) > self.limit:
            raise ValidationError(
                f"Keep this to {self.limit:,} characters; it has {len(value):,}. "
                "Your text is kept below so you can shorten it.",
                code="max_length",
            )


ChoiceRadio = forms.RadioSelect  # rendered as pill-shaped quick choices by the template

# Choice fields that the model stores as "" when nothing is chosen.
BLANK_CHOICE_FIELDS = (
    "disclosure_type",
    "intent",
    "relevance",
    "experience_status",
    "client_response",
)


class DisclosureForm(forms.Form):
    """Everything the clinician records about one disclosure.

    `submission_key` makes a resent form idempotent; `version` detects that a draft changed
    in another window since this form was opened.
    """

    client = forms.CharField(
        label="Client code",
        max_length=20,
        help_text="The client's pseudonymous code, such as C-014. Start typing to pick one.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    session_date = forms.DateField(
        label="Session date", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    setting = forms.ChoiceField(
        label="Setting",
        choices=Disclosure.Setting.choices,
        widget=ChoiceRadio,
        initial="individual",
    )
    text = TextField(
        label="What you shared",
        max_length=settings.DISCLOSURE_TEXT_MAX_LENGTH,
        help_text="In your own words, what you told the client. No client names.",
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    disclosure_type = forms.ChoiceField(
        label="Kind of disclosure",
        choices=Disclosure.Type.choices,
        required=False,
        widget=ChoiceRadio,
    )
    intent = forms.ChoiceField(
        label="Why you shared it",
        choices=Disclosure.Intent.choices,
        required=False,
        widget=ChoiceRadio,
    )
    intent_note = TextField(
        label="Intent note",
        max_length=NOTE_MAX_LENGTH,
        required=False,
        help_text="Optional: what you hoped it would do for the client.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    relevance = forms.ChoiceField(
        label="Link to the client's goals",
        choices=Disclosure.Relevance.choices,
        required=False,
        widget=ChoiceRadio,
    )
    experience_status = forms.ChoiceField(
        label="Your experience is",
        choices=Disclosure.ExperienceStatus.choices,
        required=False,
        widget=ChoiceRadio,
    )
    months_since_experience = forms.TypedChoiceField(
        label="When it happened",
        choices=MONTHS_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        widget=ChoiceRadio,
    )
    duration_minutes = forms.TypedChoiceField(
        label="Time it took in the session",
        choices=DURATION_CHOICES,
        coerce=Decimal,
        empty_value=None,
        required=False,
        widget=ChoiceRadio,
    )
    returned_focus = forms.TypedChoiceField(
        label="Returned the focus to the client",
        choices=RETURNED_FOCUS_CHOICES,
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        widget=ChoiceRadio,
    )
    client_response = forms.ChoiceField(
        label="How the client responded",
        choices=Disclosure.ClientResponse.choices,
        required=False,
        widget=ChoiceRadio,
    )
    outcome_note = TextField(
        label="Outcome note",
        max_length=NOTE_MAX_LENGTH,
        required=False,
        help_text="Optional: what happened next in the session.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput)
    version = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args: Any, user: User, instance: Disclosure | None = None, **kwargs: Any):
        self.user = user
        self.instance = instance
        if instance is not None and not kwargs.get("initial"):
            kwargs["initial"] = initial_from(instance)
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("session_date", timezone.localdate())
        kwargs["initial"].setdefault("setting", Disclosure.Setting.INDIVIDUAL)
        kwargs["initial"].setdefault("submission_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
        self.fields["session_date"].widget.attrs["max"] = timezone.localdate().isoformat()
        self.fields["text"].widget.attrs["aria-describedby"] = "text-count id_text_helptext"
        if instance is not None:
            self._keep_recorded_value("months_since_experience", instance.months_since_experience)
            self._keep_recorded_value("duration_minutes", instance.duration_minutes)

    def _keep_recorded_value(self, name: str, value: Any) -> None:
        # An entry recorded elsewhere (an import, the demo) may hold a value between the
        # quick choices; offer it so that editing does not silently drop it.
        if value is None:
            return
        field = self.fields[name]
        text = format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
        if text not in {choice for choice, _ in field.choices}:
            unit = "months ago" if name == "months_since_experience" else "minutes"
            field.choices = [*field.choices, (text, f"{text} {unit} (as recorded)")]
        self.initial[name] = text

    def clean_client(self) -> Client:
        code = self.cleaned_data["client"].strip().upper()
        client = scoped_clients(self.user).filter(code=code).first()
        if client is None:
            raise ValidationError(
                f"There is no client with the code {code} in your clinic. Check the code, or "
                "ask your clinic admin to add it.",
                code="unknown_client",
            )
        if not client.active:
            raise ValidationError(
                f"{code} is no longer an active client. "
                "Ask your clinic admin if this is a mistake.",
                code="inactive_client",
            )
        return client

    def clean_session_date(self):
        session_date = self.cleaned_data["session_date"]
        if session_date > timezone.localdate():
            raise ValidationError("The session date cannot be in the future.", code="future")
        if session_date.year < 2000:
            raise ValidationError("Check the year of the session date.", code="too_old")
        return session_date

    def disclosure_fields(self) -> dict[str, Any]:
        """The model's fields, as the services take them."""
        data = {name: self.cleaned_data.get(name) for name in DISCLOSURE_FIELDS}
        for name in BLANK_CHOICE_FIELDS:
            data[name] = data[name] or ""
        return data

    def preview_instance(self) -> Disclosure:
        """An unsaved disclosure with whatever was valid, for scoring a preview."""
        data = getattr(self, "cleaned_data", {})
        disclosure = Disclosure(
            pk=self.instance.pk if self.instance else None,
            clinic_id=self.user.clinic_id,
            clinician=self.user,
            session_date=data.get("session_date") or timezone.localdate(),
            text=data.get("text") or "",
        )
        if isinstance(data.get("client"), Client):
            disclosure.client = data["client"]
        for name in DISCLOSURE_FIELDS:
            if name in {"client", "session_date", "text"}:
                continue
            value = data.get(name)
            setattr(disclosure, name, (value or "") if name in BLANK_CHOICE_FIELDS else value)
        return disclosure


def initial_from(disclosure: Disclosure) -> dict[str, Any]:
    initial: dict[str, Any] = {name: getattr(disclosure, name) for name in DISCLOSURE_FIELDS}
    initial["client"] = disclosure.client.code if disclosure.client_id else ""
    if disclosure.returned_focus is not None:
        initial["returned_focus"] = "yes" if disclosure.returned_focus else "no"
    initial["submission_key"] = disclosure.submission_key
    initial["version"] = draft_version(disclosure)
    return initial


def draft_version(disclosure: Disclosure) -> str:
    """A token that changes whenever the entry is saved."""
    return disclosure.updated_at.isoformat() if disclosure.updated_at else ""


class RevisionForm(DisclosureForm):
    """Resubmitting after the supervisor asked for more context."""

    note = TextField(
        label="Note to your supervisor",
        max_length=NOTE_MAX_LENGTH,
        required=False,
        help_text="Optional: what you added or changed, in a sentence or two.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    review_version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, review: Review, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("review_version", review.version)


class WithdrawForm(forms.Form):
    reason = TextField(
        label="Why are you withdrawing this entry?",
        max_length=REASON_MAX_LENGTH,
        help_text="For example: logged for the wrong client, or entered twice. The entry is kept, "
        "marked withdrawn.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DeleteDraftForm(forms.Form):
    """The confirmation of deleting a draft; `version` is the draft's save the page showed."""

    version = forms.CharField(max_length=64, widget=forms.HiddenInput)


class CommentForm(forms.Form):
    body = TextField(
        label="Reply to your supervisor",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


STATUS_FILTER_CHOICES = [
    ("", "Any status"),
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("revision_requested", "Revision requested"),
    ("withdrawn", "Withdrawn"),
]


class DisclosureFilterForm(forms.Form):
    client = forms.CharField(
        label="Client code",
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    category = forms.ChoiceField(
        label="Category",
        required=False,
        choices=[("", "Any category"), *Disclosure.Category.choices],
    )
    status = forms.ChoiceField(label="Status", required=False, choices=STATUS_FILTER_CHOICES)
    date_from = forms.DateField(
        label="From",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label="To",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def clean_client(self) -> str:
        code = self.cleaned_data["client"].strip().upper()
        no_control_characters(code)
        return code

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The end date is before the start date.")
        return data
