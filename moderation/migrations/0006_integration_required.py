"""Every key has an integration, and external ids are unique per integration.

A separate migration from 0005 so that PostgreSQL alters the tables after the data update has
committed (ALTER TABLE refuses to run with that update's deferred checks still pending).
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("moderation", "0005_integrations")]

    operations = [
        migrations.AlterField(
            model_name="apikey",
            name="integration",
            field=models.ForeignKey(
                help_text=(
                    "The integration this key speaks for: it sees only this integration's posts."
                ),
                on_delete=django.db.models.deletion.PROTECT,
                related_name="keys",
                to="moderation.integration",
            ),
        ),
        migrations.RemoveConstraint(
            model_name="moderatedpost", name="moderated_post_external_unique"
        ),
        migrations.AddConstraint(
            model_name="moderatedpost",
            constraint=models.UniqueConstraint(
                condition=models.Q(("external_id", ""), _negated=True),
                fields=("integration", "external_source", "external_id"),
                name="moderated_post_external_unique",
            ),
        ),
        migrations.AddConstraint(
            model_name="moderatedpost",
            constraint=models.UniqueConstraint(
                condition=models.Q(
                    models.Q(("external_id", ""), _negated=True), ("integration__isnull", True)
                ),
                fields=("external_source", "external_id"),
                name="moderated_post_external_unique_no_integration",
            ),
        ),
    ]
