from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from disclosure_review.accounts.forms import LoginForm


def login(request: HttpRequest) -> HttpResponse:
    idle = request.session.pop("logged_out_idle", False)
    return auth_views.LoginView.as_view(
        template_name="accounts/login.html",
        authentication_form=LoginForm,
        redirect_authenticated_user=True,
        extra_context={"logged_out_idle": idle},
    )(request)


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    return auth_views.LogoutView.as_view()(request)
