"""The demo clinic: idempotent seed data for trying the app, and bulk data for benchmarks."""

from __future__ import annotations

import datetime
import random
import secrets
import uuid
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from disclosure_review import rules
from disclosure_review.accounts.models import Clinic, SupervisionAssignment, User
from disclosure_review.core.demo_texts import CLINICIAN_NAMES, DEMO_DISCLOSURES, SETTINGS
from disclosure_review.disclosures.models import Assessment, Client, Disclosure, Finding
from disclosure_review.disclosures.scoring import clinic_thresholds
from disclosure_review.reviews.models import Notification, Review

DEMO_NAMESPACE = uuid.UUID("6f1c3a52-8a8e-4d1e-9f5e-2b7d1c0e4a11")
DEMO_DAYS = 90
DEFAULT_DISCLOSURES = 200


@dataclass
class SeedReport:
    created_users: list[str] = field(default_factory=list)
    password: str | None = None
    disclosures_created: int = 0
    clinics: list[str] = field(default_factory=list)


def _user(
    clinic: Clinic,
    username: str,
    role: str,
    first: str,
    last: str,
    title: str,
    password: str,
    report: SeedReport,
) -> User:
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "clinic": clinic,
            "role": role,
            "first_name": first,
            "last_name": last,
            "job_title": title,
            "email": f"{username}@{clinic.slug}.example",
        },
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
        report.created_users.append(username)
    return user


def seed_demo(
    *,
    password: str | None,
    disclosures: int = DEFAULT_DISCLOSURES,
    today: datetime.date | None = None,
) -> SeedReport:
    """Create the demo clinics, users, assignments, clients and scored disclosures.

    Running it again changes nothing: every row has a stable natural key.
    """
    report = SeedReport()
    generated = password is None
    password = password or secrets.token_urlsafe(12)
    today = today or timezone.localdate()
    with transaction.atomic():
        demo, _ = Clinic.objects.get_or_create(slug="demo-clinic", defaults={"name": "Demo Clinic"})
        other, _ = Clinic.objects.get_or_create(
            slug="other-clinic", defaults={"name": "Other Clinic"}
        )
        report.clinics = [demo.name, other.name]
        _user(demo, "admin", User.Role.ADMIN, "Amira", "Haddad", "Clinic manager", password, report)
        sup1 = _user(
            demo,
            "supervisor1",
            User.Role.SUPERVISOR,
            "Sam",
            "Whitfield",
            "Clinical supervisor",
            password,
            report,
        )
        sup2 = _user(
            demo,
            "supervisor2",
            User.Role.SUPERVISOR,
            "Priya",
            "Natarajan",
            "Clinical supervisor",
            password,
            report,
        )
        clinicians = [
            _user(demo, username, User.Role.CLINICIAN, first, last, title, password, report)
            for username, first, last, title in CLINICIAN_NAMES
        ]
        _user(
            other,
            "other_admin",
            User.Role.ADMIN,
            "Olu",
            "Bankole",
            "Clinic manager",
            password,
            report,
        )
        other_clinician = _user(
            other,
            "other_clinician",
            User.Role.CLINICIAN,
            "Noor",
            "Farah",
            "Counsellor",
            password,
            report,
        )

        start = today - datetime.timedelta(days=DEMO_DAYS + 30)
        for supervisor, supervisees in ((sup1, clinicians[:3]), (sup2, clinicians[3:])):
            for clinician in supervisees:
                SupervisionAssignment.objects.get_or_create(
                    clinic=demo,
                    supervisor=supervisor,
                    clinician=clinician,
                    defaults={"active_from": start},
                )
        for number in range(1, 21):
            Client.objects.get_or_create(clinic=demo, code=f"C-{number:03d}")
        for number in range(1, 6):
            Client.objects.get_or_create(clinic=other, code=f"X-{number:03d}")

        report.disclosures_created += seed_disclosures(
            clinic=demo, clinicians=clinicians, count=disclosures, today=today, key="demo"
        )
        report.disclosures_created += seed_disclosures(
            clinic=other, clinicians=[other_clinician], count=12, today=today, key="other"
        )
    report.password = password if (generated and report.created_users) else None
    return report


def seed_disclosures(
    *,
    clinic: Clinic,
    clinicians: list[User],
    count: int,
    today: datetime.date,
    key: str,
    batch_size: int = 2000,
) -> int:
    """Bulk-insert `count` scored disclosures with assessments, findings and reviews.

    Each row's submission key derives from (key, index), so a second run inserts nothing.
    Identical engine inputs are scored once: the engine is deterministic.
    """
    clients = list(Client.objects.filter(clinic=clinic, active=True).order_by("code"))
    thresholds = clinic_thresholds(clinic)
    cache: dict[tuple, rules.Result] = {}
    rng = random.Random(f"{clinic.slug}:{key}")
    now = timezone.now()
    supervisor_of = dict(
        SupervisionAssignment.objects.active()
        .filter(clinician__clinic=clinic)
        .values_list("clinician_id", "supervisor_id")
    )
    admin_id = (
        User.objects.filter(clinic=clinic, role=User.Role.ADMIN)
        .values_list("pk", flat=True)
        .first()
    )
    created = 0
    for batch_start in range(0, count, batch_size):
        rows: list[tuple[Disclosure, rules.Result]] = []
        indexes = range(batch_start, min(count, batch_start + batch_size))
        existing = set(
            Disclosure.objects.filter(
                submission_key__in=[uuid.uuid5(DEMO_NAMESPACE, f"{key}:{i}") for i in indexes]
            ).values_list("submission_key", flat=True)
        )
        for index in indexes:
            template = DEMO_DISCLOSURES[rng.randrange(len(DEMO_DISCLOSURES))]
            clinician = clinicians[rng.randrange(len(clinicians))]
            client = clients[rng.randrange(len(clients))]
            days_ago = rng.randrange(DEMO_DAYS)
            setting = SETTINGS[rng.randrange(len(SETTINGS))]
            submission_key = uuid.uuid5(DEMO_NAMESPACE, f"{key}:{index}")
            if submission_key in existing:
                continue
            session_date = today - datetime.timedelta(days=days_ago)
            disclosure = Disclosure(
                clinic=clinic,
                clinician=clinician,
                client=client,
                session_date=session_date,
                setting=setting,
                status=Disclosure.Status.SUBMITTED,
                submission_key=submission_key,
                submitted_at=now - datetime.timedelta(days=days_ago),
                text=template["text"],
                disclosure_type=template.get("disclosure_type", ""),
                intent=template.get("intent", ""),
                relevance=template.get("relevance", ""),
                experience_status=template.get("experience_status", ""),
                months_since_experience=template.get("months_since_experience"),
                duration_minutes=template.get("duration_minutes"),
                returned_focus=template.get("returned_focus"),
                client_response=template.get("client_response", ""),
            )
            # Frequency per client is left to the live app; demo entries score as if first.
            engine_key = tuple(sorted((k, str(v)) for k, v in template.items()))
            if engine_key not in cache:
                cache[engine_key] = rules.score(
                    rules.DisclosureInput.from_mapping(
                        {"id": "", "prior_disclosures_30d": 0, **template}
                    ),
                    thresholds,
                )
            result = cache[engine_key]
            disclosure.score = result.score
            disclosure.category = result.category
            disclosure.category_rank = Disclosure.CATEGORY_RANK[result.category]
            disclosure.flagged = result.flagged
            rows.append((disclosure, result))
        if not rows:
            continue
        with transaction.atomic():
            Disclosure.objects.bulk_create([d for d, _ in rows], batch_size=batch_size)
            if rows[0][0].pk is None:  # a backend without RETURNING: read the ids back
                ids = dict(
                    Disclosure.objects.filter(
                        submission_key__in=[d.submission_key for d, _ in rows]
                    ).values_list("submission_key", "pk")
                )
                for d, _ in rows:
                    d.pk = ids[d.submission_key]
            assessments = Assessment.objects.bulk_create(
                [Assessment.from_result(r, disclosure_id=d.pk) for d, r in rows],
                batch_size=batch_size,
            )
            Finding.objects.bulk_create(
                [
                    finding
                    for (d, r), a in zip(rows, assessments, strict=True)
                    for finding in Finding.from_result(
                        r, assessment_id=a.pk, clinic_id=clinic.pk, clinician_id=d.clinician_id
                    )
                ],
                batch_size=batch_size,
            )
            _link_current_assessments(clinic)
            reviews = [
                Review(
                    disclosure_id=d.pk,
                    clinic_id=clinic.pk,
                    status=_demo_review_status(rng, d, today),
                )
                for d, r in rows
                if r.flagged
            ]
            for review, d in zip(reviews, [d for d, r in rows if r.flagged], strict=True):
                # A review that moved on was moved by the clinician's supervisor (else an admin).
                if review.status != Review.Status.OPEN:
                    review.supervisor_id = supervisor_of.get(d.clinician_id, admin_id)
            Review.objects.bulk_create(reviews, batch_size=batch_size)
        created += len(rows)
    _notify_open_reviews(clinic)
    return created


def _demo_review_status(rng: random.Random, disclosure: Disclosure, today: datetime.date) -> str:
    # Older flagged entries have mostly been worked through; recent ones are open.
    if (today - disclosure.session_date).days > 30:
        return rng.choice(
            [
                Review.Status.CLOSED,
                Review.Status.DISCUSSED,
                Review.Status.CLOSED,
                Review.Status.OPEN,
            ]
        )
    return rng.choice([Review.Status.OPEN, Review.Status.OPEN, Review.Status.IN_REVIEW])


def _link_current_assessments(clinic: Clinic) -> None:
    """Point each disclosure without a current assessment at its newest one, in one statement."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE disclosures_disclosure SET current_assessment_id = (
                SELECT MAX(a.id) FROM disclosures_assessment a
                WHERE a.disclosure_id = disclosures_disclosure.id
            )
            WHERE clinic_id = %s AND current_assessment_id IS NULL
            """,
            [clinic.pk],
        )


def _notify_open_reviews(clinic: Clinic) -> None:
    """The demo supervisors find their open flagged entries in their notifications."""
    from disclosure_review.disclosures.services import reviewers_for

    reviews = (
        Review.objects.filter(clinic=clinic, status=Review.Status.OPEN)
        .select_related("disclosure__clinician")
        .order_by("-disclosure__session_date")[:15]
    )
    for review in reviews:
        for reviewer in reviewers_for(review.disclosure.clinician):
            Notification.objects.get_or_create(
                dedupe_key=f"flagged:{review.disclosure_id}:{reviewer.pk}",
                defaults={
                    "clinic": clinic,
                    "recipient": reviewer,
                    "kind": Notification.Kind.FLAGGED,
                    "subject": f"An entry by {review.disclosure.clinician} is ready for review",
                    "url": f"/review/{review.disclosure_id}/",
                    "delivered_at": timezone.now(),
                },
            )
