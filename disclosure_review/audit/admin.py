from django.contrib import admin

from disclosure_review.audit.models import AuditEvent, ExportJob


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the trail is append-only."""

    list_display = ["created_at", "clinic", "actor_username", "action", "object_type", "object_id"]
    list_filter = ["clinic", "action"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ExportJob)
class ExportJobAdmin(admin.ModelAdmin):
    list_display = ["id", "clinic", "requested_by", "format", "status", "progress", "created_at"]
    list_filter = ["clinic", "status", "format"]
    raw_id_fields = ["requested_by"]
