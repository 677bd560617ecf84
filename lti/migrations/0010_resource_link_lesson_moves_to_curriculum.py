# lti no longer knows lessons: curriculum 0004 (which runs before this) copied every link's
# lesson into curriculum.LessonLink.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0009_resource_link_lesson_optional"),
    ]

    operations = [
        migrations.RemoveField(model_name="resourcelink", name="lesson"),
    ]
