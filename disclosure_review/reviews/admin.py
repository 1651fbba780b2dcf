from django.contrib import admin

from disclosure_review.reviews.models import Comment, Notification, Review


class CommentInline(admin.TabularInline):
    model = Comment
    extra = 0
    raw_id_fields = ["author"]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["id", "disclosure", "status", "supervisor", "version", "updated_at"]
    list_filter = ["clinic", "status"]
    raw_id_fields = ["disclosure", "supervisor"]
    inlines = [CommentInline]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["id", "recipient", "kind", "subject", "created_at", "delivered_at", "attempts"]
    list_filter = ["kind"]
    raw_id_fields = ["recipient"]
