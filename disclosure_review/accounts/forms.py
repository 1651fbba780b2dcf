from __future__ import annotations

import datetime
from dataclasses import fields as dataclass_fields
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import SupervisionAssignment, User
from disclosure_review.core.scoping import scoped_clients, scoped_users
from disclosure_review.disclosures.models import client_code_validator


class LoginForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "That username and password do not match. Check both and try again.",
        "inactive": "This account has been deactivated. Ask your clinic admin.",
    }


# Clinic management ------------------------------------------------------------------------


class UserCreateForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "role", "job_title"]
        help_texts = {"username": "Letters, digits and @ . + - _ only. They sign in with it."}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["email"].help_text = "The invitation to choose a password goes here."
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True


class UserEditForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "email", "role", "job_title"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True


class UserNameChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return f"{obj.get_full_name() or obj.username} ({obj.get_role_display().lower()})"


class AssignmentForm(forms.Form):
    supervisor = UserNameChoiceField(queryset=User.objects.none())
    clinician = UserNameChoiceField(queryset=User.objects.none(), label="Supervisee")
    active_from = forms.DateField(
        label="From", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    active_until = forms.DateField(
        label="Until",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Leave empty for an open-ended assignment.",
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        people = scoped_users(user).filter(is_active=True).order_by("last_name", "first_name")
        self.fields["supervisor"].queryset = people.filter(
            role__in=[User.Role.SUPERVISOR, User.Role.ADMIN]
        )
        self.fields["clinician"].queryset = people
        self.initial.setdefault("active_from", timezone.localdate())

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if (
            data.get("supervisor")
            and data.get("clinician")
            and data["supervisor"] == data["clinician"]
        ):
            self.add_error("clinician", "Nobody can supervise themselves.")
        start, end = data.get("active_from"), data.get("active_until")
        if start and end and end < start:
            self.add_error("active_until", "The end must not be before the start.")
        return data


class AssignmentEndForm(forms.Form):
    on = forms.DateField(
        label="Last day", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args: Any, assignment: SupervisionAssignment, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.assignment = assignment

    def clean_on(self) -> datetime.date:
        on = self.cleaned_data["on"]
        if on < self.assignment.active_from:
            raise forms.ValidationError("The last day must not be before the assignment starts.")
        return on


class ClientForm(forms.Form):
    code = forms.CharField(
        label="New client code",
        max_length=12,
        validators=[client_code_validator],
        help_text="A pseudonymous code such as C-014: never a name or initials.",
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        if scoped_clients(self.user).filter(code=code).exists():
            raise forms.ValidationError(f"{code} is already a client code of this clinic.")
        return code

    def full_clean(self) -> None:
        # Accept "c-014" as C-014: the validator runs on the upper-cased code.
        if self.is_bound and "code" in self.data:
            self.data = self.data.copy()
            self.data["code"] = str(self.data["code"]).strip().upper()
        super().full_clean()


_LABELS = {
    "length_warn_words": (
        "Length: worth reflecting on from (words)",
        "A disclosure longer than this draws a finding.",
    ),
    "length_high_words": ("Length: needs discussion from (words)", ""),
    "duration_warn_minutes": ("Duration: worth reflecting on from (minutes)", ""),
    "duration_high_minutes": ("Duration: needs discussion from (minutes)", ""),
    "frequency_warn": (
        "Frequency: worth reflecting on from (disclosures to one client in 30 days)",
        "Counts the disclosure itself.",
    ),
    "frequency_high": (
        "Frequency: needs discussion from (disclosures to one client in 30 days)",
        "",
    ),
    "recent_months": ("An experience counts as recent for (months)", ""),
    "flag_score": (
        "Flag for supervision below this score (0–100)",
        "Entries scoring lower go to the review queue.",
    ),
    "phone_region": (
        "Phone number region",
        "Two-letter code, e.g. GB or US; used to spot phone numbers.",
    ),
}


class ThresholdsForm(forms.Form):
    """Every setting of `rules.Thresholds`; the rules package validates the combination."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for spec in dataclass_fields(rules.Thresholds):
            label, help_text = _LABELS.get(
                spec.name, (spec.name.replace("_", " ").capitalize(), "")
            )
            if spec.name == "phone_region":
                field: forms.Field = forms.CharField(min_length=2, max_length=2)
            elif isinstance(spec.default, float) or spec.name.endswith(("_minutes", "_months")):
                field = forms.DecimalField(min_value=0, max_value=10_000, decimal_places=1)
            else:
                field = forms.IntegerField(min_value=0, max_value=10_000)
            field.label, field.help_text = label, help_text
            self.fields[spec.name] = field

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.errors:
            return data
        try:
            self.thresholds = rules.Thresholds.from_mapping(self.values())
        except rules.InvalidInput as error:
            message = str(error)
            name = next((n for n in self.fields if message.startswith(n)), None)
            self.add_error(name, _readable(message))
        return data

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in self.cleaned_data.items():
            if name == "phone_region":
                values[name] = value.upper()
            elif value == int(value):
                values[name] = int(value)  # whole numbers pass whatever type the default has
            else:
                values[name] = float(value)
        return values


def _readable(message: str) -> str:
    for spec in dataclass_fields(rules.Thresholds):
        label = _LABELS.get(spec.name, (spec.name,))[0]
        message = message.replace(spec.name, f"“{label}”")
    return message[:1].upper() + message[1:] + "."
