from django.apps import AppConfig


class DisclosuresConfig(AppConfig):
    name = "disclosure_review.disclosures"
    label = "disclosures"
