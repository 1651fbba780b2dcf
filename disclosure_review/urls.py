from django.contrib import admin
from django.urls import include, path

from disclosure_review.accounts import views as account_views
from disclosure_review.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("login/", account_views.login, name="login"),
    path("logout/", account_views.logout, name="logout"),
    path("admin/", admin.site.urls),
    # Each area's pages; see the app's urls.py.
    path("", include("disclosure_review.disclosures.urls")),
    path("", include("disclosure_review.reviews.urls")),
    path("", include("disclosure_review.audit.urls")),
    path("", include("disclosure_review.accounts.urls")),
]
