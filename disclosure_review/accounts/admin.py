from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from disclosure_review.accounts.models import Clinic, RescoreRun, SupervisionAssignment, User


@admin.register(Clinic)
class ClinicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "flag_threshold", "ruleset_revision"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(User)
class ClinicUserAdmin(UserAdmin):
    list_display = ["username", "first_name", "last_name", "clinic", "role", "is_active"]
    list_filter = ["clinic", "role", "is_active"]
    fieldsets = [*UserAdmin.fieldsets, ("Clinic", {"fields": ["clinic", "role", "job_title"]})]


@admin.register(SupervisionAssignment)
class SupervisionAssignmentAdmin(admin.ModelAdmin):
    list_display = ["supervisor", "clinician", "clinic", "active_from", "active_until"]
    list_filter = ["clinic"]


@admin.register(RescoreRun)
class RescoreRunAdmin(admin.ModelAdmin):
    """Read-only: runs start from the thresholds page or `manage.py rescore_outdated`."""

    list_display = [
        "id",
        "clinic",
        "ruleset_revision",
        "reason",
        "status",
        "processed",
        "total",
        "changed",
        "created_at",
    ]
    list_filter = ["clinic", "status", "reason"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
