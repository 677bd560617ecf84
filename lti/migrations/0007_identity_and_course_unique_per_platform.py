# Step 3 of 3: the platform is required, uniqueness is per platform, and the issuer columns
# go (the platform's issuer is the one source of truth).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0006_fill_platform_of_identities_and_courses"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="course", name="lti_course_unique"),
        migrations.RemoveConstraint(model_name="ltiidentity", name="lti_identity_unique"),
        migrations.RemoveField(model_name="course", name="issuer"),
        migrations.RemoveField(model_name="ltiidentity", name="issuer"),
        migrations.AlterField(
            model_name="ltiidentity",
            name="platform",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="identities",
                to="lti.platform",
            ),
        ),
        migrations.AlterField(
            model_name="course",
            name="platform",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="courses",
                to="lti.platform",
            ),
        ),
        migrations.AddConstraint(
            model_name="course",
            constraint=models.UniqueConstraint(
                fields=("platform", "deployment_id", "context_id"), name="lti_course_unique"
            ),
        ),
        migrations.AddConstraint(
            model_name="ltiidentity",
            constraint=models.UniqueConstraint(
                fields=("platform", "sub"), name="lti_identity_unique"
            ),
        ),
    ]
