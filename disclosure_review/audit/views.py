"""Clinic admin pages: exports and the audit trail."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from disclosure_review.accounts.decorators import clinic_admin_required
from disclosure_review.audit.exports import CONTENT_TYPES
from disclosure_review.audit.forms import AuditFilterForm, ExportForm
from disclosure_review.audit.models import ExportJob
from disclosure_review.audit.services import audit_chain_verify, export_downloaded, export_request
from disclosure_review.core.scoping import scoped_audit_events, scoped_exports, scoped_get_or_404

AUDIT_PAGE_SIZE = 50


@require_http_methods(["GET", "POST"])
@clinic_admin_required
def exports(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = ExportForm(request.POST, user=request.user)
        if form.is_valid():
            job = export_request(
                by=request.user,
                export_format=form.cleaned_data["format"],
                filters=form.filters(),
                request=request,
            )
            messages.success(
                request, f"Export #{job.pk} is being prepared. It appears below when ready."
            )
            return redirect(f"/exports/#export-{job.pk}")
    else:
        form = ExportForm(user=request.user)
    jobs = scoped_exports(request.user).select_related("requested_by")[:25]
    context = {"form": form, "jobs": jobs, "expiry_days": settings.EXPORT_EXPIRY_DAYS}
    return render(request, "audit/exports.html", context, status=400 if form.errors else 200)


@clinic_admin_required
def export_status(request: HttpRequest, pk: int) -> HttpResponse:
    """One job's row; polled by htmx while the job runs."""
    job = scoped_get_or_404(
        request, scoped_exports(request.user).select_related("requested_by"), pk=pk
    )
    return render(request, "audit/exports.html#export-row", {"job": job})


@clinic_admin_required
def export_download(request: HttpRequest, pk: int) -> HttpResponse:
    job = scoped_get_or_404(request, scoped_exports(request.user).select_related("clinic"), pk=pk)
    if job.status != ExportJob.Status.DONE or not job.file:
        raise Http404("This export has no file to download (still running, failed or expired).")
    export_downloaded(job=job, by=request.user, request=request)
    response = FileResponse(job.file.open("rb"), as_attachment=True, filename=job.download_name())
    response["Content-Type"] = CONTENT_TYPES[job.format]
    response["Cache-Control"] = "no-store"
    return response


@clinic_admin_required
def audit_trail(request: HttpRequest) -> HttpResponse:
    form = AuditFilterForm(request.GET or None, user=request.user)
    events = form.filter(scoped_audit_events(request.user).select_related("actor"))
    page = Paginator(events.order_by("-seq"), AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    template = "audit/trail.html#audit-table" if request.htmx else "audit/trail.html"
    return render(request, template, context)


@require_POST
@clinic_admin_required
def audit_verify(request: HttpRequest) -> HttpResponse:
    report = audit_chain_verify(clinic_id=request.clinic.pk, by=request.user, request=request)
    if request.htmx:
        return render(request, "audit/trail.html#verify-result", {"report": report})
    if report.ok:
        messages.success(request, f"The audit trail is intact: {report.checked:,} events verified.")
    else:
        broken = report.broken[0]
        messages.error(
            request, f"The audit trail is broken at event {broken.seq}: {broken.reason}."
        )
    return redirect("/audit/")
