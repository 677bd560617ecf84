# A paste's matches past the match budget, counted for the case page (moderation/scanning/budget.py).

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0020_flagmatch_context_narrated"),
    ]

    operations = [
        migrations.AddField(
            model_name="flag",
            name="unread_matches",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
