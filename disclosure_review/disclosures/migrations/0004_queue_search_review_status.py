# The supervisor queue at clinic scale (reviews area):
# - `review_status`, the entry's review status copied by triggers on the reviews table
#   (reviews 0003), in the counting index, so the counts per status need no join;
# - an index of the entries in scope, so the "All entries" page count is index-only;
# - an index of flagged entries by category, worst first, for the category filter;
# - a trigram index on UPPER(text), the expression Django's `icontains` compares on
#   PostgreSQL, so text search is a bitmap index scan instead of reading every entry in
#   scope. PostgreSQL only: elsewhere (SQLite in tests) the extension and the index are
#   skipped, and the index is kept out of the model state so the models stay portable.

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

CREATE_TRIGRAM = (
    "CREATE INDEX IF NOT EXISTS disclosure_text_trgm ON disclosures_disclosure "
    "USING gin ((UPPER(text)) gin_trgm_ops)"
)
DROP_TRIGRAM = "DROP INDEX IF EXISTS disclosure_text_trgm"


def create_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_TRIGRAM)


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGRAM)


class Migration(migrations.Migration):
    dependencies = [
        ("disclosures", "0003_queue_indexes"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="disclosure", name="disclosure_queue_counts"),
        migrations.AddField(
            model_name="disclosure",
            name="review_status",
            field=models.CharField(blank=True, default="", editable=False, max_length=20),
        ),
        migrations.AddIndex(
            model_name="disclosure",
            index=models.Index(
                condition=models.Q(("flagged", True)),
                fields=[
                    "clinic",
                    "clinician",
                    "status",
                    "category",
                    "session_date",
                    "current_assessment",
                    "review_status",
                    "id",
                ],
                name="disclosure_queue_counts",
            ),
        ),
        migrations.AddIndex(
            model_name="disclosure",
            index=models.Index(
                condition=models.Q(("flagged", True)),
                fields=["clinic", "category", "-category_rank", "-score", "submitted_at", "id"],
                name="disclosure_queue_category",
            ),
        ),
        migrations.AddIndex(
            model_name="disclosure",
            index=models.Index(fields=["clinic", "clinician", "status"], name="disclosure_scope"),
        ),
        TrigramExtension(),
        migrations.RunPython(create_trigram_index, drop_trigram_index),
    ]
