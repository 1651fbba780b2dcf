from django.urls import path

from disclosure_review.disclosures import views

urlpatterns = [
    path("disclosures/", views.disclosure_list, name="disclosure_list"),
    path("disclosures/new/", views.disclosure_new, name="disclosure_new"),
    path("disclosures/preview/", views.disclosure_preview, name="disclosure_preview"),
    path("disclosures/clients/", views.client_options, name="client_options"),
    path("disclosures/<int:pk>/", views.disclosure_detail, name="disclosure_detail"),
    path("disclosures/<int:pk>/edit/", views.disclosure_edit, name="disclosure_edit"),
    path(
        "disclosures/<int:pk>/withdraw/", views.disclosure_withdraw_view, name="disclosure_withdraw"
    ),
    path("disclosures/<int:pk>/delete/", views.disclosure_delete_view, name="disclosure_delete"),
    path("disclosures/<int:pk>/revise/", views.disclosure_revise_view, name="disclosure_revise"),
    path("disclosures/<int:pk>/comments/", views.disclosure_comment, name="disclosure_comment"),
    path("patterns/", views.patterns, name="patterns"),
]
