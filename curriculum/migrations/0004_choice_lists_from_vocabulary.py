"""Completion rules and a family guide's grade bands become lists ticked from the curriculum's
vocabulary (lessons_content/vocabulary.py) instead of JSON typed by hand. The column stays a
JSON list, so every existing value is kept; only words outside the vocabulary (typos an editor
could type before) are dropped, and a word listed twice is kept once."""

from django.db import migrations

import curriculum.models.pages

# The vocabulary as it was when this migration was written.
COMPLETION_RULES = [
    ("quiz", "Pass the quiz (or use all your tries)"),
    ("reflection", "Write your reflection"),
    ("discussion", "Post in the discussion"),
    ("all_steps", "Finish every step"),
]
GRADE_BANDS = [
    ("K-2", "Grades K-2"),
    ("3-5", "Grades 3-5"),
    ("6-8", "Grades 6-8"),
    ("9-12", "Grades 9-12"),
]


def _known(values, vocabulary):
    known = {value for value, _label in vocabulary}
    kept = []
    for value in values if isinstance(values, list) else []:
        if isinstance(value, str) and value.strip() in known and value.strip() not in kept:
            kept.append(value.strip())
    return kept


def keep_known_words(apps, schema_editor):
    for model_name, field, vocabulary in (
        ("LessonPage", "completion_rules", COMPLETION_RULES),
        ("FamilyResourcePage", "grade_bands", GRADE_BANDS),
    ):
        model = apps.get_model("curriculum", model_name)
        for pk, values in model.objects.values_list("pk", field):
            kept = _known(values, vocabulary)
            if kept != values:
                model.objects.filter(pk=pk).update(**{field: kept})


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_held_for_staff_label"),
    ]

    operations = [
        migrations.AlterField(
            model_name="familyresourcepage",
            name="grade_bands",
            field=curriculum.models.pages.ChoiceListField(
                blank=True,
                default=list,
                help_text="None ticked: for every age.",
                vocabulary=GRADE_BANDS,
            ),
        ),
        migrations.AlterField(
            model_name="lessonpage",
            name="completion_rules",
            field=curriculum.models.pages.ChoiceListField(
                blank=True,
                default=list,
                help_text="What completes the lesson. None ticked: every step.",
                vocabulary=COMPLETION_RULES,
            ),
        ),
        migrations.RunPython(keep_known_words, migrations.RunPython.noop),
    ]
