"""The supervisor's pages: the queue, one entry beside it, agreement, supervisees, and the
notification list every user has.

Every page works as plain HTML; htmx swaps the queue (`#queue`) or the entry panel
(`#review-panel`) in place. Access goes through core.scoping; anything out of scope is 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from disclosure_review.accounts.models import User
from disclosure_review.audit.services import audit_denied
from disclosure_review.core import charts
from disclosure_review.core.scoping import scoped_get_or_404, scoped_reviews, scoped_supervisees
from disclosure_review.disclosures.feedback import FAMILY_LABELS, evidence_spans, highlight
from disclosure_review.disclosures.models import Finding
from disclosure_review.reviews import selectors, services
from disclosure_review.reviews.forms import (
    BulkForm,
    CommentForm,
    FeedbackForm,
    QueueFilterForm,
    StatusForm,
)
from disclosure_review.reviews.models import Notification, Review
from disclosure_review.reviews.services import ACTION_LABELS

QUEUE_TEMPLATE = "reviews/queue.html"


def _reviewer(request: HttpRequest) -> User:
    """The signed-in user, if they review anyone's entries; otherwise there is nothing here."""
    if not request.user.can_review or not request.user.clinic_id:
        raise Http404
    return request.user


def _queue_context(request: HttpRequest, user: User, base: str = "/review/") -> dict:
    form = QueueFilterForm(request.GET, user=user)
    form.is_valid()
    filters = form.filters()
    paginator = Paginator(selectors.queue_entries(user, filters), form.page_size)
    counts = None
    if filters.tab == "flagged":
        # The counts per status already hold the number of rows: no second COUNT query.
        counts = selectors.queue_status_counts(user, filters)
        paginator.count = counts.get(filters.status, counts["todo"])
    page = paginator.get_page(form.page_number)
    return {
        "form": form,
        "filters": filters,
        "page": page,
        "entries": list(page.object_list),
        "counts": counts,
        "status_choices": Review.Status.choices,
        # Where the filters, pages and refreshes of the list go: the queue, or the open entry.
        "queue_base": base,
    }


def _entry_context(request: HttpRequest, user: User, disclosure_id: int) -> dict:
    disclosure = selectors.review_entry(user, disclosure_id)
    if disclosure is None:
        audit_denied(request=request, object_type="disclosures.disclosure", object_id=disclosure_id)
        raise Http404
    review = getattr(disclosure, "review", None)
    assessment = disclosure.current_assessment
    findings = list(assessment.findings.all()) if assessment else []
    spans = [span for f in findings for span in evidence_spans(disclosure.text, f.evidence)]
    actions = []
    if review is not None:
        actions = [
            (status, ACTION_LABELS[status]) for status in services.allowed_transitions(review, user)
        ]
    return {
        "disclosure": disclosure,
        "review": review,
        "assessment": assessment,
        "findings": findings,
        "highlighted_text": highlight(disclosure.text, spans, whole=True),
        "actions": actions,
        "families": [(FAMILY_LABELS[f], getattr(assessment, f)) for f in selectors.FAMILIES]
        if assessment
        else [],
        "status_form": StatusForm(initial={"version": review.version}) if review else None,
        "comment_form": CommentForm(),
    }


def _render_entry(
    request: HttpRequest,
    user: User,
    disclosure_id: int,
    extra: dict | None = None,
    status: int = 200,
) -> HttpResponse:
    """The entry: its panel for htmx, else the whole page with the queue beside it.

    Each render shows the clinical record, so each is audited as a view.
    """
    context = _entry_context(request, user, disclosure_id)
    context.update(extra or {})
    with transaction.atomic():
        services.disclosure_view_log(disclosure=context["disclosure"], by=user, request=request)
    if request.htmx and request.htmx.target == "review-panel":
        return render(request, f"{QUEUE_TEMPLATE}#review-panel", context, status=200)
    context.update(_queue_context(request, user, base=f"/review/{disclosure_id}/"))
    context["selected_id"] = disclosure_id
    return render(request, QUEUE_TEMPLATE, context, status=status)


@require_GET
@vary_on_headers("HX-Request", "HX-Target")
@login_required
def queue(request: HttpRequest) -> HttpResponse:
    user = _reviewer(request)
    context = _queue_context(request, user)
    if request.htmx and request.htmx.target == "queue":
        return render(request, f"{QUEUE_TEMPLATE}#queue", context)
    return render(request, QUEUE_TEMPLATE, context)


@require_GET
@vary_on_headers("HX-Request", "HX-Target")
@login_required
def entry(request: HttpRequest, disclosure_id: int) -> HttpResponse:
    user = _reviewer(request)
    if request.htmx and request.htmx.target == "queue":
        # The filters changed while an entry is open: only the list is redrawn.
        if selectors.review_entry(user, disclosure_id) is None:
            audit_denied(
                request=request, object_type="disclosures.disclosure", object_id=disclosure_id
            )
            raise Http404
        context = _queue_context(request, user, base=request.path)
        context["selected_id"] = disclosure_id
        return render(request, f"{QUEUE_TEMPLATE}#queue", context)
    return _render_entry(request, user, disclosure_id)


def _entry_url(disclosure_id: int, request: HttpRequest) -> str:
    query = request.GET.urlencode()
    return f"/review/{disclosure_id}/" + (f"?{query}" if query else "")


def _changed(response: HttpResponse) -> HttpResponse:
    """Tell the page the queue's rows may have changed (it redraws them)."""
    return trigger_client_event(response, "queue-changed")


@require_POST
@login_required
def entry_status(request: HttpRequest, disclosure_id: int) -> HttpResponse:
    user = _reviewer(request)
    review = scoped_get_or_404(
        request, scoped_reviews(user).select_related("disclosure"), disclosure_id=disclosure_id
    )
    form = StatusForm(request.POST)
    if not form.is_valid():
        return _render_entry(request, user, disclosure_id, {"status_form": form}, status=400)
    data = form.cleaned_data
    try:
        outcome = services.review_decide(
            review=review,
            by=user,
            status=data["status"],
            version=data["version"],
            note=data["note"],
            note_posted=data["note_posted"],
            request=request,
        )
    except services.TransitionRefused as refusal:
        form.add_error(None, str(refusal))
        return _render_entry(request, user, disclosure_id, {"status_form": form}, status=400)
    if not outcome.applied:
        conflict = {
            "conflict": {
                "wanted": data["status"],
                "wanted_label": Review.Status(data["status"]).label,
                "note": data["note"],
                "note_kept": outcome.comment is not None or data["note_posted"],
                "current": outcome.review,
                "last_event": outcome.review.events.select_related("actor")
                .order_by("-created_at", "-id")
                .first(),
                "can_reapply": data["status"] in services.allowed_transitions(outcome.review, user),
            }
        }
        response = _render_entry(request, user, disclosure_id, conflict, status=409)
        return _changed(response) if request.htmx else response
    label = Review.Status(outcome.review.status).label.lower()
    if request.htmx:
        response = _render_entry(
            request, user, disclosure_id, {"notice": f"Status set to “{label}”."}
        )
        return _changed(response)
    messages.success(request, f"Entry #{disclosure_id}: status set to “{label}”.")
    return redirect(_entry_url(disclosure_id, request))


@require_POST
@login_required
def entry_comment(request: HttpRequest, disclosure_id: int) -> HttpResponse:
    user = _reviewer(request)
    review = scoped_get_or_404(
        request, scoped_reviews(user).select_related("disclosure"), disclosure_id=disclosure_id
    )
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.comment_add(
                review=review, author=user, body=form.cleaned_data["body"], request=request
            )
        except ValueError as error:
            form.add_error("body", str(error))
    if form.errors:
        return _render_entry(request, user, disclosure_id, {"comment_form": form}, status=400)
    if request.htmx:
        return _render_entry(request, user, disclosure_id, {"notice": "Comment added."})
    messages.success(request, "Comment added.")
    return redirect(_entry_url(disclosure_id, request) + "#conversation")


@require_POST
@login_required
def finding_feedback(request: HttpRequest, disclosure_id: int, finding_id: int) -> HttpResponse:
    user = _reviewer(request)
    if selectors.review_entry(user, disclosure_id) is None:
        audit_denied(request=request, object_type="disclosures.disclosure", object_id=disclosure_id)
        raise Http404
    finding = get_object_or_404(Finding, pk=finding_id, assessment__disclosure_id=disclosure_id)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return _render_entry(
            request, user, disclosure_id, {"feedback_errors": {finding.pk: form}}, status=400
        )
    try:
        services.finding_feedback_set(
            finding=finding,
            by=user,
            helpful=form.cleaned_data["helpful"],
            reason=form.cleaned_data["reason"],
            request=request,
        )
    except ValueError as error:
        form.add_error("reason", str(error))
        return _render_entry(
            request, user, disclosure_id, {"feedback_errors": {finding.pk: form}}, status=400
        )
    if request.htmx:
        return _render_entry(
            request,
            user,
            disclosure_id,
            {"notice": "Thank you: your view of this prompt is saved."},
        )
    messages.success(request, "Your view of this prompt is saved.")
    return redirect(_entry_url(disclosure_id, request) + f"#finding-{finding.pk}")


@require_POST
@login_required
def bulk(request: HttpRequest) -> HttpResponse:
    user = _reviewer(request)
    form = BulkForm(request.POST)
    if form.is_valid():
        outcome = services.review_bulk_set_status(user=user, items=form.items(), request=request)
        summary = _bulk_summary(outcome)
    else:
        summary = {"level": "error", "text": form.errors["rows"][0], "refused": []}
    if request.htmx:
        context = _queue_context(request, user)
        context["bulk_summary"] = summary
        return render(request, f"{QUEUE_TEMPLATE}#queue", context)
    getattr(messages, summary["level"])(request, summary["text"])
    for disclosure_id, reason in summary["refused"]:
        messages.warning(request, f"Entry #{disclosure_id} was not changed: {reason}.")
    query = request.GET.urlencode()
    return redirect("/review/" + (f"?{query}" if query else ""))


def _bulk_summary(outcome: services.BulkOutcome) -> dict:
    done = len(outcome.applied)
    text = f"{done} {'entry' if done == 1 else 'entries'} marked discussed."
    if outcome.refused:
        text += f" {len(outcome.refused)} not changed (see below)."
    return {
        "level": "success" if done and not outcome.refused else ("warning" if done else "error"),
        "text": text,
        "refused": outcome.refused,
    }


@require_GET
@login_required
def agreement(request: HttpRequest) -> HttpResponse:
    user = _reviewer(request)
    return render(
        request, "reviews/agreement.html", {"agreement": selectors.rule_agreement(user.clinic_id)}
    )


@require_GET
@login_required
def supervisees(request: HttpRequest) -> HttpResponse:
    user = _reviewer(request)
    return render(request, "reviews/supervisees.html", {"people": selectors.supervisee_list(user)})


TREND_WEEKS = (4, 12, 26, 52)


@require_GET
@login_required
def supervisee(request: HttpRequest, user_id: int) -> HttpResponse:
    user = _reviewer(request)
    person = scoped_get_or_404(request, scoped_supervisees(user), pk=user_id)
    try:
        weeks = int(request.GET.get("weeks", 12))
    except ValueError:
        weeks = 12
    if weeks not in TREND_WEEKS:
        weeks = 12
    trends = selectors.supervisee_trends(user, person, weeks=weeks)
    with transaction.atomic():
        services.supervisee_view_log(supervisee=person, by=user, request=request)
    series = trends["weeks"]
    labels = [f"{week.start:%d %b}" for week in series]
    context = {
        "person": person,
        "trends": trends,
        "weeks": weeks,
        "week_choices": TREND_WEEKS,
        "entries_chart": charts.bar_chart([w.entries for w in series], labels),
        "flag_chart": charts.line_chart(
            {"Flag rate": [w.flag_rate for w in series]}, labels, maximum=1, percent=True
        ),
        "family_chart": charts.line_chart(
            {FAMILY_LABELS[f]: [w.families[f] for w in series] for f in selectors.FAMILIES},
            labels,
            maximum=100,
        ),
    }
    return render(request, "reviews/supervisee.html", context)


# Notifications: every signed-in user ------------------------------------------------------


def _in_app(user: User):
    """Notifications shown in the app (the weekly digest is an e-mail only)."""
    return Notification.objects.filter(recipient=user).exclude(kind=Notification.Kind.DIGEST)


@require_GET
@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    page = Paginator(_in_app(request.user), 25).get_page(request.GET.get("page"))
    return render(request, "reviews/notifications.html", {"page": page})


@require_GET
@login_required
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Follow a notification's link, marking it read on the way."""
    notification = get_object_or_404(Notification, pk=notification_id, recipient=request.user)
    services.notification_mark_read(user=request.user, notification_id=notification.pk)
    # Only links inside the app (an outbox row's url is a path written by our code).
    url = (
        notification.url
        if notification.url.startswith("/") and not notification.url.startswith("//")
        else "/"
    )
    return redirect(url)


@require_POST
@login_required
def notifications_read(request: HttpRequest) -> HttpResponse:
    raw = request.POST.get("id", "")
    notification_id = int(raw) if raw.isdigit() and len(raw) < 19 else None
    if raw and notification_id is None:
        raise Http404
    services.notification_mark_read(user=request.user, notification_id=notification_id)
    if request.htmx:
        page = Paginator(_in_app(request.user), 25).get_page(request.GET.get("page"))
        response = render(request, "reviews/notifications.html#notification-list", {"page": page})
        return trigger_client_event(response, "notifications-changed")
    return redirect("/notifications/")


@require_GET
@login_required
def notification_badge(request: HttpRequest) -> HttpResponse:
    return render(request, "reviews/_notification_badge.html")
