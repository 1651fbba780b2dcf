from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils import timezone

from disclosure_review.accounts.models import User
from disclosure_review.audit.exports import NO_REVIEW, export_queryset, pdf_max_rows
from disclosure_review.audit.models import ExportJob
from disclosure_review.core.scoping import scoped_audit_events, scoped_users
from disclosure_review.disclosures.models import Disclosure
from disclosure_review.reviews.models import Review


class UserChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: User) -> str:
        name = obj.get_full_name() or obj.username
        return name if obj.is_active else f"{name} (deactivated)"


def last_quarter(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The calendar quarter before the one `today` is in."""
    first_this = datetime.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_this - datetime.timedelta(days=1)
    start = datetime.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    return start, end


class ExportForm(forms.Form):
    date_from = forms.DateField(
        label="From", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_to = forms.DateField(
        label="To", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    clinicians = UserChoiceField(
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every clinician.",
    )
    categories = forms.MultipleChoiceField(
        choices=Disclosure.Category.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every category.",
    )
    review_statuses = forms.MultipleChoiceField(
        label="Review status",
        choices=[*Review.Status.choices, (NO_REVIEW, "Not flagged (no review)")],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every entry, reviewed or not.",
    )
    format = forms.ChoiceField(
        choices=ExportJob.Format.choices, widget=forms.RadioSelect, initial="csv"
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["clinicians"].queryset = scoped_users(user).order_by(
            "last_name", "first_name", "username"
        )
        if not self.is_bound:
            start, end = last_quarter(timezone.localdate())
            self.initial.setdefault("date_from", start)
            self.initial.setdefault("date_to", end)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end of the range must not be before its start.")
        if not self.errors and data.get("format") == ExportJob.Format.PDF:
            rows = export_queryset(user=self.user, filters=self.filters()).count()
            if rows > pdf_max_rows():
                self.add_error(
                    "format",
                    f"A PDF holds at most {pdf_max_rows():,} entries "
                    f"and this selection has {rows:,}. "
                    "Narrow the range or choose CSV or XLSX.",
                )
        return data

    def filters(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "date_from": data["date_from"].isoformat(),
            "date_to": data["date_to"].isoformat(),
            "clinicians": sorted(user.pk for user in data.get("clinicians") or []),
            "categories": list(data.get("categories") or []),
            "review_statuses": list(data.get("review_statuses") or []),
        }


class AuditFilterForm(forms.Form):
    actor = forms.ModelChoiceField(
        queryset=User.objects.none(), required=False, empty_label="Anyone"
    )
    action = forms.ChoiceField(required=False)
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
    object_type = forms.ChoiceField(label="Object type", required=False)
    object_id = forms.CharField(label="Object id", required=False, max_length=64)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        events = scoped_audit_events(user).order_by()
        self.fields["actor"].queryset = scoped_users(user).order_by("username")
        self.fields["actor"].label_from_instance = lambda u: u.username
        actions = events.values_list("action", flat=True).distinct().order_by("action")
        self.fields["action"].choices = [("", "Any action"), *((a, a) for a in actions)]
        types = events.exclude(object_type="").values_list("object_type", flat=True).distinct()
        self.fields["object_type"].choices = [
            ("", "Any"),
            *((t, t) for t in types.order_by("object_type")),
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The end of the range must not be before its start.")
        return data

    def filter(self, events):
        if not self.is_valid():
            return events
        data = self.cleaned_data
        if data.get("actor"):
            events = events.filter(actor=data["actor"])
        if data.get("action"):
            events = events.filter(action=data["action"])
        if data.get("date_from"):
            events = events.filter(created_at__date__gte=data["date_from"])
        if data.get("date_to"):
            events = events.filter(created_at__date__lte=data["date_to"])
        if data.get("object_type"):
            events = events.filter(object_type=data["object_type"])
        if data.get("object_id"):
            events = events.filter(object_id=data["object_id"].strip())
        return events
