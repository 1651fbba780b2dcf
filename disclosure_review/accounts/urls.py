from django.urls import path

from disclosure_review.accounts import views

urlpatterns = [
    path("clinic/", views.clinic_home, name="clinic"),
    path("clinic/users/", views.users, name="clinic-users"),
    path("clinic/users/<int:pk>/", views.user_detail, name="clinic-user"),
    path("clinic/users/<int:pk>/active/", views.user_active, name="clinic-user-active"),
    path("clinic/users/<int:pk>/invite/", views.user_invite_again, name="clinic-user-invite"),
    path("clinic/supervision/", views.supervision, name="clinic-supervision"),
    path("clinic/supervision/<int:pk>/end/", views.supervision_end, name="clinic-supervision-end"),
    path("clinic/clients/", views.clients, name="clinic-clients"),
    path("clinic/clients/<int:pk>/active/", views.client_active, name="clinic-client-active"),
    path("clinic/thresholds/", views.thresholds, name="clinic-thresholds"),
    path("clinic/rescore/<int:pk>/", views.rescore_status, name="clinic-rescore"),
    path("invite/<uidb64>/<token>/", views.invite_accept, name="invite-accept"),
]
