"""The clinician's pages: log a disclosure with live feedback, My disclosures, My patterns."""

from __future__ import annotations

import datetime
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect, retarget

from disclosure_review.audit.services import audit_log
from disclosure_review.core import charts
from disclosure_review.core.scoping import (
    DeletedDraft,
    own_disclosures,
    own_draft_deleted_at,
    scoped_clients,
    scoped_get_or_404,
)
from disclosure_review.disclosures import feedback, selectors
from disclosure_review.disclosures.forms import (
    CommentForm,
    DeleteDraftForm,
    DisclosureFilterForm,
    DisclosureForm,
    RevisionForm,
    WithdrawForm,
    draft_version,
)
from disclosure_review.disclosures.models import Disclosure
from disclosure_review.disclosures.scoring import clinic_thresholds, score_disclosure
from disclosure_review.disclosures.services import (
    AlreadyDeleted,
    AlreadySubmitted,
    NotAllowed,
    StaleForm,
    disclosure_delete_draft,
    disclosure_revise,
    disclosure_save_and_submit,
    disclosure_save_draft,
    disclosure_withdraw,
    withdraw_blocker,
)
from disclosure_review.reviews.models import Comment, Review
from disclosure_review.reviews.services import comment_add

PAGE_SIZE = 20
CLIENT_OPTIONS_LIMIT = 10
PATTERN_WEEKS = 12


def _require_clinic(request: HttpRequest) -> None:
    # A user outside any clinic (a bare superuser) has no clinical records to log.
    if not request.user.clinic_id:
        raise Http404


# My disclosures ------------------------------------------------------------------------


@require_GET
@login_required
@never_cache
@vary_on_headers("HX-Request")
def disclosure_list(request: HttpRequest) -> HttpResponse:
    form = DisclosureFilterForm(request.GET or None)
    valid = form.is_valid() if form.is_bound else True
    # With a bad filter, apply the good ones; the bad one says why next to its field.
    filters = {k: v for k, v in getattr(form, "cleaned_data", {}).items() if k not in form.errors}
    page = Paginator(selectors.disclosure_list(request.user, filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    template = "disclosures/list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#disclosure-table"
    else:
        context["attention"] = selectors.needs_attention(request.user)
    return render(request, template, context, status=200 if valid else 400)


# Logging a disclosure ------------------------------------------------------------------


def _form_context(
    form: DisclosureForm, *, disclosure: Disclosure | None = None, result=None
) -> dict:
    return {
        "form": form,
        "disclosure": disclosure,
        "feedback": result,
        "client_codes": selectors.recent_client_codes(form.user),
        **_panel_context(form),
        **_delete_context(disclosure),
    }


def _delete_context(disclosure: Disclosure | None) -> dict:
    # The edit page of a draft offers to delete it; the confirmation carries the save it shows.
    if disclosure is None or disclosure.status != Disclosure.Status.DRAFT:
        return {}
    form = DeleteDraftForm(initial={"version": draft_version(disclosure)}, auto_id="delete_%s")
    return {"delete_form": form}


def _panel_context(form: DisclosureForm) -> dict:
    # An empty text is not an error in a preview: the panel just invites typing.
    text_error = ""
    if form.is_bound and form.data.get("text", "").strip() and "text" in form.errors:
        text_error = " ".join(form.errors["text"])
    return {"text_limit": form.fields["text"].limit, "text_error": text_error}


def _preview_feedback(form: DisclosureForm) -> feedback.Feedback | None:
    """Score what was typed, whatever else on the form is still incomplete; saves nothing."""
    if "text" in form.errors:
        return None
    disclosure = form.preview_instance()
    if not disclosure.text.strip():
        return None
    disclosure.clinic = form.user.clinic
    return feedback.from_result(disclosure.text, score_disclosure(disclosure))


def _saved_feedback(disclosure: Disclosure) -> feedback.Feedback | None:
    """Feedback on an entry as it is saved, for the form that opens it again."""
    if not disclosure.text.strip():
        return None
    return feedback.from_result(disclosure.text, score_disclosure(disclosure))


def _save(
    request: HttpRequest, form: DisclosureForm, *, disclosure: Disclosure | None
) -> HttpResponse:
    """Save a valid form as a draft or submit it, and redirect to what was saved."""
    action = request.POST.get("action", "submit")
    args = {
        "by": request.user,
        "fields": form.disclosure_fields(),
        "submission_key": form.cleaned_data["submission_key"],
        "disclosure": disclosure,
        "version": form.cleaned_data["version"],
        "request": request,
    }
    try:
        if action == "draft":
            draft = disclosure_save_draft(**args)
            messages.success(request, "Draft saved. It stays private to you until you submit it.")
            return redirect("disclosure_edit", pk=draft.pk)
        assessment = disclosure_save_and_submit(**args)
    except AlreadySubmitted as already:
        messages.info(request, "This entry was already submitted; here it is.")
        return redirect(already.disclosure)
    messages.success(
        request,
        "Submitted. Your supervisor will see it in their queue."
        if assessment.flagged
        else "Submitted. Thank you: the feedback is below.",
    )
    return redirect(assessment.disclosure)


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def disclosure_new(request: HttpRequest) -> HttpResponse:
    _require_clinic(request)
    if request.method == "GET":
        form = DisclosureForm(user=request.user, initial=_initial_from_query(request))
        return render(request, "disclosures/form.html", _form_context(form))
    form = DisclosureForm(request.POST, user=request.user)
    return _handle_form(request, form, disclosure=None)


def _initial_from_query(request: HttpRequest) -> dict:
    # "Log another for this client" links carry the client's code.
    code = request.GET.get("client", "")[:20]
    return {"client": code} if code else {}


def _handle_form(
    request: HttpRequest, form: DisclosureForm, *, disclosure: Disclosure | None
) -> HttpResponse:
    action = request.POST.get("action", "submit")
    if action != "preview" and form.is_valid():
        try:
            return _save(request, form, disclosure=disclosure)
        except StaleForm as stale:
            form.add_error(None, f"{stale} Your text is kept below: check it, then save again.")
            form.data = form.data.copy()
            if disclosure is not None:
                disclosure.refresh_from_db()
                form.data["version"] = disclosure.updated_at.isoformat()
            else:
                form.data["submission_key"] = str(uuid.uuid4())
            return render(
                request,
                "disclosures/form.html",
                _form_context(form, disclosure=disclosure, result=_preview_feedback(form)),
                status=409,
            )
    elif action == "preview":
        form.is_valid()
    status = 200 if action == "preview" else 422
    return render(
        request,
        "disclosures/form.html",
        _form_context(form, disclosure=disclosure, result=_preview_feedback(form)),
        status=status,
    )


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def disclosure_edit(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        disclosure = scoped_get_or_404(
            request, own_disclosures(request.user).select_related("client"), pk=pk
        )
    except DeletedDraft as deleted:
        # A GET has nothing to lose and gets the middleware's 410 page; a form sent from a
        # tab left open on the draft carries what its author typed since.
        if request.method != "POST":
            raise
        return _deleted_draft_as_new_entry(request, deleted)
    if disclosure.status != Disclosure.Status.DRAFT:
        messages.info(request, "Only drafts can be edited; this entry has been submitted.")
        return redirect(disclosure)
    if request.method == "GET":
        _audit_view(request, disclosure, "edit")
        form = DisclosureForm(user=request.user, instance=disclosure)
        context = _form_context(form, disclosure=disclosure, result=_saved_feedback(disclosure))
        return render(request, "disclosures/form.html", context)
    form = DisclosureForm(request.POST, user=request.user, instance=disclosure)
    return _handle_form(request, form, disclosure=disclosure)


def _deleted_draft_as_new_entry(request: HttpRequest, deleted: DeletedDraft) -> HttpResponse:
    """The edit form of a draft its author has since deleted, offered back as a new entry.

    Only `core.scoping` decides that the draft was this user's and that they deleted it
    (it raises `DeletedDraft`); anyone else got its 404 there. The posted fields are checked
    as a new entry's and shown on the new-entry form, which posts to `disclosure_new`, under
    a notice of when the draft was deleted. Nothing is saved or audited until they save
    from it, as for any new entry. The form gets a fresh `submission_key`: the deleted
    draft's would let two such tabs land on one new entry. 410, like every other request
    for the draft, since nothing asked for was done; htmx swaps the whole page in, as the
    edit form has no part that could hold it.
    """
    data = request.POST.copy()
    data["submission_key"] = str(uuid.uuid4())
    data["version"] = ""
    form = DisclosureForm(data, user=request.user)
    form.is_valid()
    context = {**_form_context(form, result=_preview_feedback(form)), "deleted_draft": deleted}
    response = render(request, "disclosures/form.html", context, status=410)
    if request.htmx:
        retarget(response, "body")
        response["HX-Reswap"] = "innerHTML show:window:top"
    return response


@require_POST
@login_required
@never_cache
def disclosure_preview(request: HttpRequest) -> HttpResponse:
    """The feedback panel for the form as typed. Saves nothing, audits nothing."""
    _require_clinic(request)
    # On an entry's edit or revision form, the entry itself is not an earlier disclosure.
    entry = request.POST.get("entry", "")
    instance = own_disclosures(request.user).filter(pk=entry).first() if entry.isdigit() else None
    form = DisclosureForm(request.POST, user=request.user, instance=instance)
    form.is_valid()
    context = {"feedback": _preview_feedback(form), "form": form, **_panel_context(form)}
    return render(request, "disclosures/form.html#feedback-panel", context)


@require_GET
@login_required
@never_cache
def client_options(request: HttpRequest) -> HttpResponse:
    """<option>s of the clinic's active clients whose code starts with what was typed."""
    typed = (request.GET.get("client") or request.GET.get("q") or "").strip().upper()[:20]
    clients = scoped_clients(request.user).filter(active=True)
    if typed:
        clients = clients.filter(code__startswith=typed)
    codes = list(clients.order_by("code").values_list("code", flat=True)[:CLIENT_OPTIONS_LIMIT])
    return render(request, "disclosures/form.html#client-options", {"client_codes": codes})


# One entry -----------------------------------------------------------------------------


def _audit_view(request: HttpRequest, disclosure: Disclosure, page: str = "") -> None:
    details = {"page": page} if page else None
    audit_log(
        action="disclosure.view",
        actor=request.user,
        obj=disclosure,
        request=request,
        details=details,
    )


def _own_entry(request: HttpRequest, pk: int) -> Disclosure:
    return scoped_get_or_404(
        request, own_disclosures(request.user).select_related("client", "clinic"), pk=pk
    )


def _detail_context(request: HttpRequest, disclosure: Disclosure, **extra) -> dict:
    assessments = list(
        disclosure.assessments.prefetch_related("findings").order_by("-created_at", "-id")
    )
    current = next((a for a in assessments if a.pk == disclosure.current_assessment_id), None)
    review = (
        Review.objects.filter(disclosure=disclosure)
        .select_related("supervisor")
        .prefetch_related(
            Prefetch(
                "comments", queryset=Comment.objects.select_related("author"), to_attr="thread"
            )
        )
        .first()
    )
    can_withdraw = disclosure.status == Disclosure.Status.SUBMITTED and not withdraw_blocker(
        disclosure
    )
    return {
        "disclosure": disclosure,
        "feedback": feedback.from_assessment(disclosure.text, current) if current else None,
        "history": assessments,
        "review": review,
        "can_withdraw": can_withdraw,
        "withdraw_form": extra.pop("withdraw_form", None) or WithdrawForm(),
        "comment_form": extra.pop("comment_form", None) or CommentForm(),
        "revision_requested": review is not None
        and review.status == Review.Status.REVISION_REQUESTED
        and disclosure.status == Disclosure.Status.SUBMITTED,
        **extra,
    }


@require_GET
@login_required
@never_cache
def disclosure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure = _own_entry(request, pk)
    _audit_view(request, disclosure)
    return render(request, "disclosures/detail.html", _detail_context(request, disclosure))


@require_POST
@login_required
@never_cache
def disclosure_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure = _own_entry(request, pk)
    form = WithdrawForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            disclosure_withdraw(
                disclosure=disclosure,
                by=request.user,
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except NotAllowed as refused:
            form.add_error(None, str(refused))
            status = 409
        else:
            messages.success(
                request, "The entry is withdrawn. It is kept in your list, marked withdrawn."
            )
            return redirect(disclosure)
    disclosure.refresh_from_db()
    _audit_view(request, disclosure)
    return render(
        request,
        "disclosures/detail.html",
        _detail_context(request, disclosure, withdraw_form=form, withdraw_open=True),
        status=status,
    )


@require_POST
@login_required
@never_cache
def disclosure_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a draft once confirmed on its edit page; then to My disclosures with a message.

    A resent form (double click) finds the draft already deleted and answers like the first.
    A submitted or withdrawn entry, or a draft saved in another window since the page
    opened, is refused with 409; a form without its version with 422.
    """
    if own_draft_deleted_at(request.user, pk) is not None:
        messages.info(request, "This draft was already deleted.")
        return _to_list(request)
    disclosure = _own_entry(request, pk)
    form = DeleteDraftForm(request.POST)
    status = 422
    error = "This form is incomplete, so nothing was deleted. Try again from the draft's page."
    if form.is_valid():
        try:
            disclosure_delete_draft(
                disclosure=disclosure,
                by=request.user,
                version=form.cleaned_data["version"],
                request=request,
            )
        except AlreadyDeleted:
            messages.info(request, "This draft was already deleted.")
            return _to_list(request)
        except (NotAllowed, StaleForm) as refused:
            status, error = 409, str(refused)
        else:
            messages.success(request, f"Draft #{pk} deleted. Nothing of it is kept.")
            return _to_list(request)
    disclosure.refresh_from_db()
    context = {"delete_error": error, "delete_open": True}
    if request.htmx:
        context.update(disclosure=disclosure, **_delete_context(disclosure))
        return render(request, "disclosures/form.html#delete-draft", context, status=status)
    if disclosure.status != Disclosure.Status.DRAFT:
        _audit_view(request, disclosure)
        context = _detail_context(request, disclosure, **context)
        return render(request, "disclosures/detail.html", context, status=status)
    _audit_view(request, disclosure, "edit")
    form = DisclosureForm(user=request.user, instance=disclosure)
    context.update(_form_context(form, disclosure=disclosure, result=_saved_feedback(disclosure)))
    return render(request, "disclosures/form.html", context, status=status)


def _to_list(request: HttpRequest) -> HttpResponse:
    # An htmx form is answered with a full-page visit, so the list and its message load whole.
    if request.htmx:
        return HttpResponseClientRedirect(reverse("disclosure_list"))
    return redirect("disclosure_list")


@require_POST
@login_required
@never_cache
def disclosure_comment(request: HttpRequest, pk: int) -> HttpResponse:
    """The clinician's reply to the supervisor's comments on the entry's review."""
    disclosure = _own_entry(request, pk)
    review = get_object_or_404(Review, disclosure=disclosure)
    form = CommentForm(request.POST)
    sent = False
    if form.is_valid():
        try:
            comment_add(
                review=review, author=request.user, body=form.cleaned_data["body"], request=request
            )
            sent = True
        except ValueError as refused:
            form.add_error("body", str(refused))
    if sent and not request.htmx:
        messages.success(request, "Your reply was sent.")
        return redirect(f"{disclosure.get_absolute_url()}#comments")
    if sent:
        form = CommentForm()
    status = 200 if sent else 422
    template = "disclosures/detail.html"
    if request.htmx:
        template += "#comments"
    else:
        _audit_view(request, disclosure)
    context = _detail_context(request, disclosure, comment_form=form, comment_sent=status == 200)
    return render(request, template, context, status=status)


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def disclosure_revise_view(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure = _own_entry(request, pk)
    review = Review.objects.filter(disclosure=disclosure).first()
    if (
        review is None
        or review.status != Review.Status.REVISION_REQUESTED
        or (disclosure.status != Disclosure.Status.SUBMITTED)
    ):
        messages.info(request, "This entry is not waiting for a revision.")
        return redirect(disclosure)
    if request.method == "GET":
        _audit_view(request, disclosure, "revise")
        form = RevisionForm(user=request.user, instance=disclosure, review=review)
        return render(
            request,
            "disclosures/form.html",
            {
                **_form_context(form, disclosure=disclosure, result=_saved_feedback(disclosure)),
                "revising": True,
                "review": review,
            },
        )
    form = RevisionForm(request.POST, user=request.user, instance=disclosure, review=review)
    action = request.POST.get("action", "submit")
    status = 200 if action == "preview" else 422
    if action != "preview" and form.is_valid():
        try:
            with transaction.atomic():
                disclosure_revise(
                    disclosure=disclosure,
                    by=request.user,
                    fields=form.disclosure_fields(),
                    review_version=form.cleaned_data["review_version"],
                    note=form.cleaned_data["note"],
                    request=request,
                )
        except (StaleForm, NotAllowed) as refused:
            form.add_error(None, f"{refused} Your changes are kept below.")
            review.refresh_from_db()
            form.data = form.data.copy()
            form.data["review_version"] = str(review.version)
            status = 409
        else:
            messages.success(request, "Resubmitted. Your supervisor has been told.")
            return redirect(disclosure)
    else:
        form.is_valid()
    context = {
        **_form_context(form, disclosure=disclosure, result=_preview_feedback(form)),
        "revising": True,
        "review": review,
    }
    return render(request, "disclosures/form.html", context, status=status)


# My patterns ----------------------------------------------------------------------------


@require_GET
@login_required
@never_cache
def patterns(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    weeks = selectors.weekly_counts(request.user, today=today, weeks=PATTERN_WEEKS)
    since = weeks[0].week
    rule_counts = selectors.top_rules(request.user, since=since)
    client_counts = selectors.client_frequency(request.user, today=today, days=30)
    context = {
        "weeks": weeks,
        "since": since,
        "today": today,
        "summary": selectors.summary(request.user, since=since),
        "weekly_chart": charts.week_columns(weeks, stacked=False),
        "category_chart": charts.week_columns(weeks, stacked=True),
        "rule_counts": rule_counts,
        "rule_chart": charts.horizontal_bars([(r.title, r.count) for r in rule_counts]),
        "client_counts": client_counts,
        "client_chart": charts.horizontal_bars(
            [(c.code, c.count) for c in client_counts], css="chart-bar--client"
        ),
        "categories": list(feedback.CATEGORY_LABELS.items()),
        "month_ago": today - datetime.timedelta(days=30),
        "frequency_warn": clinic_thresholds(request.user.clinic).frequency_warn
        if request.user.clinic_id
        else 3,
    }
    return render(request, "disclosures/patterns.html", context)
