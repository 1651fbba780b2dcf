from __future__ import annotations

from django import forms

from disclosure_review import rules
from disclosure_review.accounts.models import User
from disclosure_review.core.scoping import scoped_supervisees
from disclosure_review.disclosures.models import Disclosure
from disclosure_review.reviews.models import Review
from disclosure_review.reviews.selectors import SORTS, QueueFilters
from disclosure_review.reviews.services import (
    COMMENT_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    REASON_MAX_LENGTH,
)

PAGE_SIZES = (10, 25, 50, 100)


class ClinicianChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.get_full_name() or obj.username


class QueueFilterForm(forms.Form):
    """The queue's filters, sort and page, all from the query string (shareable links)."""

    tab = forms.ChoiceField(
        choices=[("flagged", "Flagged entries"), ("all", "All entries")], required=False
    )
    clinician = ClinicianChoiceField(
        queryset=User.objects.none(), required=False, empty_label="Everyone"
    )
    category = forms.ChoiceField(
        choices=[("", "Any category"), *Disclosure.Category.choices], required=False
    )
    rule = forms.ChoiceField(
        choices=[("", "Any prompt"), *[(r.id, r.title) for r in rules.RULES.values()]],
        required=False,
        label="Prompt",
    )
    status = forms.ChoiceField(
        choices=[("todo", "Waiting for review"), *Review.Status.choices, ("any", "Any status")],
        required=False,
        label="Review status",
    )
    date_from = forms.DateField(
        required=False, label="Session from", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="Session to", widget=forms.DateInput(attrs={"type": "date"})
    )
    q = forms.CharField(
        required=False,
        max_length=100,
        label="Search",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words, client code, name"}),
    )
    sort = forms.ChoiceField(
        choices=[("", "Default"), *[(key, label) for key, (label, _) in SORTS.items()]],
        required=False,
    )
    per_page = forms.TypedChoiceField(
        choices=[(n, str(n)) for n in PAGE_SIZES],
        coerce=int,
        required=False,
        empty_value=25,
        label="Rows",
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["clinician"].queryset = (
            scoped_supervisees(user)
            .filter(is_active=True)
            .order_by("last_name", "first_name", "username")
        )

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date is before the start date.")
        return cleaned

    def filters(self) -> QueueFilters:
        """The valid filters (an invalid one is shown with its error and left out)."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        return QueueFilters(
            tab=data.get("tab") or "flagged",
            clinician=data.get("clinician"),
            category=data.get("category") or "",
            rule=data.get("rule") or "",
            status=data.get("status") or "todo",
            date_from=data.get("date_from"),
            date_to=data.get("date_to") if "date_to" not in self.errors else None,
            q=(data.get("q") or "").strip(),
            sort=data.get("sort") or "",
        )

    @property
    def page_size(self) -> int:
        return (self.cleaned_data.get("per_page") if hasattr(self, "cleaned_data") else None) or 25

    @property
    def page_number(self) -> int:
        return (self.cleaned_data.get("page") if hasattr(self, "cleaned_data") else None) or 1


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Review.Status.choices)
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    note = forms.CharField(
        required=False,
        max_length=NOTE_MAX_LENGTH,
        label="Note (optional)",
        help_text="Kept with the decision and added to the conversation for the clinician.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # Set when re-applying after a conflict: the note is already in the conversation.
    note_posted = forms.BooleanField(required=False, widget=forms.HiddenInput)


class CommentForm(forms.Form):
    body = forms.CharField(
        max_length=COMMENT_MAX_LENGTH,
        label="Add to the conversation",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write something before sending."},
    )


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("yes", "Helpful"), ("no", "Not helpful")], coerce=lambda v: v == "yes"
    )
    reason = forms.CharField(required=False, max_length=REASON_MAX_LENGTH, label="Why (optional)")


class BulkForm(forms.Form):
    """Rows chosen for "mark discussed": each value is "<disclosure id>:<version>"."""

    rows = forms.MultipleChoiceField(
        choices=[], required=True, error_messages={"required": "Choose at least one entry."}
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Any well-formed value; scope and versions are checked by the service.
        self.fields["rows"].valid_value = lambda value: _parse_row(value) is not None

    def items(self) -> list[tuple[int, int]]:
        parsed = [_parse_row(value) for value in self.cleaned_data["rows"]]
        return list(dict.fromkeys(item for item in parsed if item is not None))


def _parse_row(value: str) -> tuple[int, int] | None:
    pk, _, version = str(value).partition(":")
    if not (pk.isdigit() and version.isdigit()) or len(pk) > 18 or len(version) > 9:
        return None
    return int(pk), int(version)
