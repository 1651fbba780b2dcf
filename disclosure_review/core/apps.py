from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "disclosure_review.core"
    label = "core"
    verbose_name = "Disclosure Review"

    def ready(self) -> None:
        # Loaded here rather than in disclosure_review/__init__.py so that importing the
        # rules engine never drags in Django or Celery.
        from disclosure_review import celery  # noqa: F401
