"""The Celery application. Tasks are found in each app's tasks.py."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_review.settings")

app = Celery("disclosure_review")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
