# Indexes for the supervisor queue (reviews area).

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0001_initial'),
        ('disclosures', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='disclosure',
            index=models.Index(condition=models.Q(('flagged', True)), fields=['clinic', '-category_rank', '-score', 'submitted_at', 'id'], name='disclosure_queue_clinic'),
        ),
        migrations.AddIndex(
            model_name='disclosure',
            index=models.Index(condition=models.Q(('flagged', True)), fields=['clinician', '-category_rank', '-score', 'submitted_at', 'id'], name='disclosure_queue_clinician'),
        ),
        migrations.AddIndex(
            model_name='disclosure',
            index=models.Index(condition=models.Q(('flagged', True)), fields=['clinic', 'clinician', 'status', 'category', 'session_date', 'current_assessment', 'id'], name='disclosure_queue_counts'),
        ),
        migrations.AddIndex(
            model_name='disclosure',
            index=models.Index(fields=['clinic', '-session_date', '-id'], name='disclosure_all_clinic'),
        ),
        migrations.AddIndex(
            model_name='finding',
            index=models.Index(fields=['clinic', 'rule', 'assessment'], name='finding_rule_assessment'),
        ),
    ]
