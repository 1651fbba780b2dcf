from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "disclosure_review.reviews"
    label = "reviews"
