"""Copy each review's status onto its disclosure (`Disclosure.review_status`) with triggers,
so the supervisor queue counts and filters by review status from one index.

Triggers rather than application code: every way a review is written (save, bulk_create,
queryset update, raw SQL) keeps the copy right, in the same transaction. PostgreSQL and
SQLite each get their own dialect; existing rows are filled in once.
"""

from django.db import migrations

BACKFILL = """
UPDATE disclosures_disclosure SET review_status = COALESCE(
    (SELECT r.status FROM reviews_review r WHERE r.disclosure_id = disclosures_disclosure.id),
    ''
)
"""

POSTGRESQL = [
    """
CREATE OR REPLACE FUNCTION review_status_to_disclosure() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.disclosure_id <> OLD.disclosure_id) THEN
        UPDATE disclosures_disclosure SET review_status = '' WHERE id = OLD.disclosure_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE disclosures_disclosure SET review_status = NEW.status
        WHERE id = NEW.disclosure_id AND review_status IS DISTINCT FROM NEW.status;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE TRIGGER review_status_to_disclosure
    AFTER INSERT OR DELETE OR UPDATE OF status, disclosure_id ON reviews_review
    FOR EACH ROW EXECUTE FUNCTION review_status_to_disclosure()
""",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS review_status_to_disclosure ON reviews_review",
    "DROP FUNCTION IF EXISTS review_status_to_disclosure()",
]

SQLITE = [
    """
CREATE TRIGGER IF NOT EXISTS review_status_insert AFTER INSERT ON reviews_review
BEGIN
    UPDATE disclosures_disclosure SET review_status = NEW.status WHERE id = NEW.disclosure_id;
END
""",
    """
CREATE TRIGGER IF NOT EXISTS review_status_update
AFTER UPDATE OF status, disclosure_id ON reviews_review
BEGIN
    UPDATE disclosures_disclosure SET review_status = '' WHERE id = OLD.disclosure_id;
    UPDATE disclosures_disclosure SET review_status = NEW.status WHERE id = NEW.disclosure_id;
END
""",
    """
CREATE TRIGGER IF NOT EXISTS review_status_delete AFTER DELETE ON reviews_review
BEGIN
    UPDATE disclosures_disclosure SET review_status = '' WHERE id = OLD.disclosure_id;
END
""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS review_status_insert",
    "DROP TRIGGER IF EXISTS review_status_update",
    "DROP TRIGGER IF EXISTS review_status_delete",
]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        statements = POSTGRESQL
    elif vendor == "sqlite":
        statements = SQLITE
    else:
        raise NotImplementedError(f"No review status trigger for {vendor}.")
    for statement in statements:
        schema_editor.execute(statement, params=None)
    schema_editor.execute(BACKFILL, params=None)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0002_feedback_and_history"),
        ("disclosures", "0004_queue_search_review_status"),
    ]

    operations = [migrations.RunPython(forward, backward)]
