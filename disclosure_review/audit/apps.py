from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "disclosure_review.audit"
    label = "audit"
