from django.urls import path

from disclosure_review.audit import views

urlpatterns = [
    path("exports/", views.exports, name="exports"),
    path("exports/<int:pk>/status/", views.export_status, name="export-status"),
    path("exports/<int:pk>/download/", views.export_download, name="export-download"),
    path("audit/", views.audit_trail, name="audit"),
    path("audit/verify/", views.audit_verify, name="audit-verify"),
]
