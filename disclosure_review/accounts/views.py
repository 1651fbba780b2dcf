from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from disclosure_review.accounts.decorators import clinic_admin_required
from disclosure_review.accounts.forms import (
    AssignmentEndForm,
    AssignmentForm,
    ClientForm,
    LoginForm,
    ThresholdsForm,
    UserCreateForm,
    UserEditForm,
)
from disclosure_review.accounts.models import RescoreRun, SupervisionAssignment, User
from disclosure_review.accounts.services import (
    ManagementError,
    assignment_create,
    assignment_end,
    client_create,
    client_set_active,
    clinic_threshold_values,
    thresholds_update,
    user_invite,
    user_resend_invite,
    user_set_active,
    user_update,
)
from disclosure_review.core.scoping import (
    scoped_clients,
    scoped_exports,
    scoped_get_or_404,
    scoped_users,
)
from disclosure_review.disclosures.rescore import thresholds_preview
from disclosure_review.reviews.selectors import rule_agreement


def login(request: HttpRequest) -> HttpResponse:
    idle = request.session.pop("logged_out_idle", False)
    return auth_views.LoginView.as_view(
        template_name="accounts/login.html",
        authentication_form=LoginForm,
        redirect_authenticated_user=True,
        extra_context={"logged_out_idle": idle},
    )(request)


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    return auth_views.LogoutView.as_view()(request)


# Clinic management (clinic admins) --------------------------------------------------------


def _done(request: HttpRequest, message: str, url: str) -> HttpResponse:
    messages.success(request, message)
    return redirect(url)


@clinic_admin_required
def clinic_home(request: HttpRequest) -> HttpResponse:
    clinic = request.clinic
    users = scoped_users(request.user)
    context = {
        "clinic": clinic,
        "counts": {
            "users": users.filter(is_active=True).count(),
            "deactivated": users.filter(is_active=False).count(),
            "assignments": SupervisionAssignment.objects.active().filter(clinic=clinic).count(),
            "clients": scoped_clients(request.user).filter(active=True).count(),
        },
        "thresholds": clinic_threshold_values(clinic),
        "run": clinic.rescore_runs.first(),
        "exports": scoped_exports(request.user)[:3],
    }
    return render(request, "clinic/home.html", context)


@require_http_methods(["GET", "POST"])
@clinic_admin_required
def users(request: HttpRequest) -> HttpResponse:
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = user_invite(
            by=request.user, clinic=request.clinic, data=form.cleaned_data, request=request
        )
        return _done(
            request,
            f"{user.username} was created; an invitation to choose a password was e-mailed.",
            "/clinic/users/",
        )
    people = scoped_users(request.user).order_by("-is_active", "last_name", "first_name")
    return render(
        request,
        "clinic/users.html",
        {"form": form, "people": people},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@clinic_admin_required
def user_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = scoped_get_or_404(request, scoped_users(request.user), pk=pk)
    form = UserEditForm(request.POST or None, instance=User.objects.get(pk=person.pk))
    if request.method == "POST" and form.is_valid():
        try:
            changed = user_update(
                by=request.user, user=person, data=form.cleaned_data, request=request
            )
        except ManagementError as error:
            form.add_error(None, str(error))
        else:
            note = "Saved." if changed else "Nothing changed."
            return _done(request, note, f"/clinic/users/{person.pk}/")
    context = {
        "person": person,
        "form": form,
        "supervising": person.supervisee_links.select_related("clinician").order_by("-active_from"),
        "supervised_by": person.supervisor_links.select_related("supervisor").order_by(
            "-active_from"
        ),
        "invite_pending": person.is_active and not person.has_usable_password(),
    }
    return render(request, "clinic/user_detail.html", context, status=400 if form.errors else 200)


@require_POST
@clinic_admin_required
def user_active(request: HttpRequest, pk: int) -> HttpResponse:
    person = scoped_get_or_404(request, scoped_users(request.user), pk=pk)
    active = request.POST.get("active") == "1"
    try:
        user_set_active(by=request.user, user=person, active=active, request=request)
    except ManagementError as error:
        messages.error(request, str(error))
        return redirect(f"/clinic/users/{person.pk}/")
    state = (
        "reactivated"
        if active
        else "deactivated: they can no longer sign in; their records are kept"
    )
    return _done(request, f"{person.username} was {state}.", f"/clinic/users/{person.pk}/")


@require_POST
@clinic_admin_required
def user_invite_again(request: HttpRequest, pk: int) -> HttpResponse:
    person = scoped_get_or_404(request, scoped_users(request.user), pk=pk)
    try:
        user_resend_invite(by=request.user, user=person, request=request)
    except ManagementError as error:
        messages.error(request, str(error))
        return redirect(f"/clinic/users/{person.pk}/")
    return _done(
        request, f"The invitation was sent again to {person.email}.", f"/clinic/users/{person.pk}/"
    )


@require_http_methods(["GET", "POST"])
@clinic_admin_required
def supervision(request: HttpRequest) -> HttpResponse:
    form = AssignmentForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            assignment_create(by=request.user, request=request, **form.cleaned_data)
        except ManagementError as error:
            form.add_error(None, str(error))
        else:
            return _done(request, "The assignment was added.", "/clinic/supervision/")
    today = timezone.localdate()
    assignments = (
        SupervisionAssignment.objects.filter(
            clinic=request.clinic, supervisor__in=scoped_users(request.user)
        )
        .select_related("supervisor", "clinician")
        .order_by("supervisor__last_name", "clinician__last_name", "-active_from")
    )
    current = [a for a in assignments if a.active_until is None or a.active_until >= today]
    past = [a for a in assignments if a.active_until is not None and a.active_until < today]
    context = {"form": form, "current": current, "past": past, "today": today}
    return render(request, "clinic/supervision.html", context, status=400 if form.errors else 200)


@require_POST
@clinic_admin_required
def supervision_end(request: HttpRequest, pk: int) -> HttpResponse:
    scope = SupervisionAssignment.objects.filter(
        clinic=request.clinic, supervisor__in=scoped_users(request.user)
    ).select_related("supervisor", "clinician")
    assignment = scoped_get_or_404(request, scope, pk=pk)
    form = AssignmentEndForm(request.POST, assignment=assignment)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("on", ["Give the last day as a date."])))
        return redirect("/clinic/supervision/")
    try:
        assignment_end(
            by=request.user, assignment=assignment, on=form.cleaned_data["on"], request=request
        )
    except ManagementError as error:
        messages.error(request, str(error))
        return redirect("/clinic/supervision/")
    return _done(
        request,
        f"{assignment} ends on {assignment.active_until:%-d %b %Y}.",
        "/clinic/supervision/",
    )


@require_http_methods(["GET", "POST"])
@clinic_admin_required
def clients(request: HttpRequest) -> HttpResponse:
    form = ClientForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        client = client_create(by=request.user, code=form.cleaned_data["code"], request=request)
        return _done(request, f"Client code {client.code} was added.", "/clinic/clients/")
    codes = (
        scoped_clients(request.user)
        .annotate(entries=Count("disclosures"))
        .order_by("-active", "code")
    )
    return render(
        request,
        "clinic/clients.html",
        {"form": form, "codes": codes},
        status=400 if form.errors else 200,
    )


@require_POST
@clinic_admin_required
def client_active(request: HttpRequest, pk: int) -> HttpResponse:
    client = scoped_get_or_404(request, scoped_clients(request.user), pk=pk)
    active = request.POST.get("active") == "1"
    client_set_active(by=request.user, client=client, active=active, request=request)
    state = "reactivated" if active else "deactivated: it can no longer be chosen for new entries"
    return _done(request, f"Client code {client.code} was {state}.", "/clinic/clients/")


@require_http_methods(["GET", "POST"])
@clinic_admin_required
def thresholds(request: HttpRequest) -> HttpResponse:
    """Edit the thresholds: preview what the change does to the last 90 days, then save."""
    clinic = request.clinic
    current = clinic_threshold_values(clinic)
    preview = None
    changed: list[dict] = []
    form = ThresholdsForm(request.POST or None, initial=current)
    if request.method == "POST" and form.is_valid():
        values = form.values()
        previewed = json.dumps(values, sort_keys=True)
        if request.POST.get("action") == "save" and request.POST.get("previewed") == previewed:
            run = thresholds_update(by=request.user, clinic=clinic, values=values, request=request)
            if run is None:
                return _done(
                    request,
                    "Nothing changed: the thresholds are as they were.",
                    "/clinic/thresholds/",
                )
            return _done(
                request,
                f"Saved as ruleset revision {run.ruleset_revision}. Every entry is being scored "
                "again; the old assessments are kept.",
                "/clinic/thresholds/",
            )
        if request.POST.get("action") == "save":
            form.add_error(
                None, "The values changed after the preview. Check the new preview, then save."
            )
        preview = thresholds_preview(clinic=clinic, thresholds=form.thresholds)
        names = {person.pk: str(person) for person in scoped_users(request.user)}
        for example in preview.examples:
            example.clinician_name = names.get(example.clinician_id, "")
        changed = [
            {"label": form.fields[name].label, "old": current[name], "new": value}
            for name, value in values.items()
            if value != current[name]
        ]
    context = {
        "form": form,
        "fields": [(form[name], current[name]) for name in form.fields],
        "preview": preview,
        "previewed": json.dumps(form.values(), sort_keys=True) if preview else "",
        "changed_fields": changed,
        "clinic": clinic,
        "run": clinic.rescore_runs.first(),
        "agreement": rule_agreement(clinic.pk),
    }
    # htmx swaps only successful responses: its requests get the errors with a 200.
    status = 400 if form.errors and not request.htmx else 200
    return render(request, "clinic/thresholds.html", context, status=status)


@clinic_admin_required
def rescore_status(request: HttpRequest, pk: int) -> HttpResponse:
    run = scoped_get_or_404(request, RescoreRun.objects.filter(clinic=request.clinic), pk=pk)
    return render(request, "clinic/thresholds.html#rescore-progress", {"run": run})


def invite_accept(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The invitation link: the new user chooses a password, then signs in."""
    return auth_views.PasswordResetConfirmView.as_view(
        template_name="clinic/invite_accept.html",
        success_url="/login/",
        post_reset_login=False,
    )(request, uidb64=uidb64, token=token)
