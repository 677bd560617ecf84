# Identities and courses belong to a platform registration, not to an issuer string.
# Step 1 of 3: the new columns, nullable until 0006 fills them.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0004_platform_extra_origins"),
    ]

    operations = [
        migrations.AddField(
            model_name="ltiidentity",
            name="platform",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="identities",
                to="lti.platform",
            ),
        ),
        migrations.AlterField(
            model_name="course",
            name="platform",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="courses",
                to="lti.platform",
            ),
        ),
        migrations.AddField(
            model_name="platform",
            name="awaiting_approval",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Registered itself for an issuer that already had a platform; "
                "activate it to approve.",
            ),
        ),
    ]
