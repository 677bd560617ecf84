# Which lesson an LMS link opens moves from lti.ResourceLink.lesson to curriculum.LessonLink,
# so that lti depends on nothing in curriculum. Every existing association is copied; undoing
# the migration copies them back.

import django.db.models.deletion
from django.db import migrations, models


def copy_links_to_curriculum(apps, schema_editor):
    ResourceLink = apps.get_model("lti", "ResourceLink")
    LessonLink = apps.get_model("curriculum", "LessonLink")
    links = ResourceLink.objects.exclude(lesson=None).values_list("pk", "lesson_id")
    LessonLink.objects.bulk_create(
        [
            LessonLink(resource_link_id=pk, lesson_id=lesson_id)
            for pk, lesson_id in links.iterator()
        ],
        batch_size=1000,
    )


def copy_links_back_to_lti(apps, schema_editor):
    ResourceLink = apps.get_model("lti", "ResourceLink")
    LessonLink = apps.get_model("curriculum", "LessonLink")
    for resource_link_id, lesson_id in LessonLink.objects.values_list(
        "resource_link_id", "lesson_id"
    ).iterator():
        ResourceLink.objects.filter(pk=resource_link_id).update(lesson_id=lesson_id)


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_held_for_staff_label"),
        ("lti", "0009_resource_link_lesson_optional"),
    ]
    # The copy must be made before lti drops its column.
    run_before = [
        ("lti", "0010_resource_link_lesson_moves_to_curriculum"),
    ]

    operations = [
        migrations.CreateModel(
            name="LessonLink",
            fields=[
                (
                    "resource_link",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="lesson_link",
                        serialize=False,
                        to="lti.resourcelink",
                    ),
                ),
                (
                    "lesson",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="lesson_links",
                        to="curriculum.lessonpage",
                    ),
                ),
            ],
        ),
        migrations.RunPython(copy_links_to_curriculum, copy_links_back_to_lti),
    ]
