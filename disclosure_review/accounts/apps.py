from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "disclosure_review.accounts"
    label = "accounts"

    def ready(self) -> None:
        from disclosure_review.accounts import signals  # noqa: F401
