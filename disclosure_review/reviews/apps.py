from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "disclosure_review.reviews"
    label = "reviews"

    def ready(self) -> None:
        from disclosure_review.reviews import signals  # noqa: F401
