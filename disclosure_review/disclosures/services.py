"""Writes that span several models: submitting, scoring and withdrawing disclosures."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import SupervisionAssignment, User
from disclosure_review.audit.services import audit_log
from disclosure_review.disclosures.models import Assessment, Disclosure, Finding
from disclosure_review.disclosures.scoring import score_disclosure
from disclosure_review.reviews.models import Notification, Review


def assessment_record(*, disclosure: Disclosure, result: rules.Result) -> Assessment:
    """Store one scoring run and make it the disclosure's current assessment."""
    assessment = Assessment.objects.create(
        disclosure=disclosure,
        ruleset=result.ruleset,
        score=result.score,
        category=result.category,
        flagged=result.flagged,
        brevity=result.families["brevity"],
        client_focus=result.families["client_focus"],
        resolved=result.families["resolved"],
        boundary=result.families["boundary"],
    )
    Finding.objects.bulk_create(
        Finding(
            assessment=assessment,
            clinic_id=disclosure.clinic_id,
            clinician_id=disclosure.clinician_id,
            rule=finding.rule,
            family=finding.family,
            severity=finding.severity,
            message=finding.message,
            evidence=[{"start": e.start, "end": e.end, "text": e.text} for e in finding.evidence],
            guideline=finding.guideline,
        )
        for finding in result.findings
    )
    disclosure.current_assessment = assessment
    disclosure.score = result.score
    disclosure.category = result.category
    disclosure.category_rank = Disclosure.CATEGORY_RANK[result.category]
    disclosure.flagged = result.flagged
    disclosure.save(
        update_fields=["current_assessment", "score", "category", "category_rank", "flagged", "updated_at"]
    )
    return assessment


def reviewers_for(clinician: User) -> list[User]:
    """Who hears about a flagged entry: the clinician's active supervisors, else the clinic's
    admins (so a supervisor's own entry goes to someone other than themselves)."""
    supervisor_ids = SupervisionAssignment.objects.active().filter(clinician=clinician).values("supervisor_id")
    reviewers = list(
        User.objects.filter(pk__in=supervisor_ids, is_active=True, clinic_id=clinician.clinic_id).exclude(
            pk=clinician.pk
        )
    )
    if not reviewers:
        reviewers = list(
            User.objects.filter(clinic_id=clinician.clinic_id, role=User.Role.ADMIN, is_active=True).exclude(
                pk=clinician.pk
            )
        )
    return reviewers


def review_open_for(*, disclosure: Disclosure) -> Review:
    """Open (or reopen) the review of a flagged entry and notify its reviewers via the outbox."""
    review, created = Review.objects.get_or_create(disclosure=disclosure, defaults={"clinic_id": disclosure.clinic_id})
    if created:
        for reviewer in reviewers_for(disclosure.clinician):
            Notification.objects.get_or_create(
                dedupe_key=f"flagged:{disclosure.pk}:{reviewer.pk}",
                defaults={
                    "clinic_id": disclosure.clinic_id,
                    "recipient": reviewer,
                    "kind": Notification.Kind.FLAGGED,
                    "subject": f"An entry by {disclosure.clinician} is ready for review",
                    "body": f"Disclosure #{disclosure.pk} ({disclosure.get_category_display()}, "
                    f"score {disclosure.score}) was flagged for supervision.",
                    "url": f"/review/{disclosure.pk}/",
                },
            )
    return review


@transaction.atomic
def disclosure_submit(*, disclosure: Disclosure, by: User, request: HttpRequest | None = None) -> Assessment:
    """Submit a draft: score it, store the assessment, open a review if flagged, audit.

    All in one transaction: either everything is stored or nothing is.
    """
    disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
    if disclosure.status != Disclosure.Status.DRAFT:
        raise ValueError("Only a draft can be submitted.")
    disclosure.status = Disclosure.Status.SUBMITTED
    disclosure.submitted_at = timezone.now()
    disclosure.save(update_fields=["status", "submitted_at", "updated_at"])
    result = score_disclosure(disclosure)
    assessment = assessment_record(disclosure=disclosure, result=result)
    if assessment.flagged:
        review_open_for(disclosure=disclosure)
    audit_log(
        action="disclosure.submit",
        actor=by,
        clinic=disclosure.clinic_id,
        obj=disclosure,
        request=request,
        details={"category": assessment.category, "score": assessment.score, "flagged": assessment.flagged},
    )
    return assessment


@transaction.atomic
def disclosure_rescore(*, disclosure: Disclosure) -> Assessment:
    """Score a submitted entry again (after a ruleset change); the old assessment is kept."""
    disclosure = Disclosure.objects.select_for_update().select_related("clinic").get(pk=disclosure.pk)
    assessment = assessment_record(disclosure=disclosure, result=score_disclosure(disclosure))
    if assessment.flagged and disclosure.status == Disclosure.Status.SUBMITTED:
        review_open_for(disclosure=disclosure)
    return assessment
