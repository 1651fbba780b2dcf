from django.urls import path

from disclosure_review.reviews import views

urlpatterns = [
    path("review/", views.queue, name="review-queue"),
    path("review/bulk/", views.bulk, name="review-bulk"),
    path("review/agreement/", views.agreement, name="review-agreement"),
    path("review/supervisees/", views.supervisees, name="review-supervisees"),
    path("review/supervisees/<int:user_id>/", views.supervisee, name="review-supervisee"),
    path("review/<int:disclosure_id>/", views.entry, name="review-entry"),
    path("review/<int:disclosure_id>/status/", views.entry_status, name="review-status"),
    path("review/<int:disclosure_id>/comments/", views.entry_comment, name="review-comment"),
    path(
        "review/<int:disclosure_id>/findings/<int:finding_id>/feedback/",
        views.finding_feedback,
        name="review-feedback",
    ),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read/", views.notifications_read, name="notifications-read"),
    path("notifications/badge/", views.notification_badge, name="notifications-badge"),
    path("notifications/<int:notification_id>/", views.notification_open, name="notification-open"),
]
