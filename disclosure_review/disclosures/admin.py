from django.contrib import admin

from disclosure_review.disclosures.models import Assessment, Client, Disclosure, Finding


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):
    list_display = ["code", "clinic", "active"]
    list_filter = ["clinic", "active"]
    search_fields = ["code"]


@admin.register(Disclosure)
class DisclosureAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "clinician",
        "client",
        "session_date",
        "status",
        "category",
        "score",
        "flagged",
    ]
    list_filter = ["clinic", "status", "category", "flagged"]
    raw_id_fields = ["clinician", "client", "current_assessment"]


class FindingInline(admin.TabularInline):
    model = Finding
    extra = 0
    raw_id_fields = ["clinic", "clinician"]


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ["id", "disclosure", "ruleset", "score", "category", "flagged", "created_at"]
    raw_id_fields = ["disclosure"]
    inlines = [FindingInline]
