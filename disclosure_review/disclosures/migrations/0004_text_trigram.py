# Text search in the supervisor queue (reviews area): a trigram index on UPPER(text), the
# expression Django's `icontains` compares on PostgreSQL, so `text__icontains` becomes a
# bitmap index scan instead of reading every entry in scope. PostgreSQL only: on other
# databases (SQLite in tests) both operations do nothing, and the index is kept out of the
# model state so the models stay portable.

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS disclosure_text_trgm ON disclosures_disclosure "
    "USING gin ((UPPER(text)) gin_trgm_ops)"
)
DROP = "DROP INDEX IF EXISTS disclosure_text_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("disclosures", "0003_queue_indexes"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
