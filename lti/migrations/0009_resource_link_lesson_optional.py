# The link -> lesson association moves to curriculum (curriculum.LessonLink, filled by
# curriculum 0004). Optional first, so that the move can be undone: unapplying 0010 brings the
# column back empty, curriculum 0004 fills it again, and only then is it required again.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0008_registration_link"),
    ]

    operations = [
        migrations.AlterField(
            model_name="resourcelink",
            name="lesson",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="resource_links",
                to="curriculum.lessonpage",
            ),
        ),
    ]
