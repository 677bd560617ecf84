"""One vocabulary for the curriculum: grade bands come in school order wherever lessons are
listed, and the upgrade to ticked choices keeps every rule and band an editor had typed."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as django_apps

from curriculum.models import FamilyResourcePage, LessonPage
from curriculum.services import lessons_by_unit
from lessons_content.vocabulary import GRADE_BANDS

pytestmark = pytest.mark.django_db

upgrade = importlib.import_module("curriculum.migrations.0004_choice_lists_from_vocabulary")


def test_lessons_of_a_strand_are_listed_in_school_order_not_alphabetically(make_lesson, unit):
    for slug, band in (("old", "9-12"), ("young", "K-2"), ("middle", "6-8"), ("junior", "3-5")):
        make_lesson(slug, title=f"Lesson {slug}")
        LessonPage.objects.filter(slug=slug).update(grade_band=band)
    (listing,) = [entry for entry in lessons_by_unit() if entry.unit.pk == unit.pk]
    assert [lesson.grade_band for lesson in listing.lessons] == list(GRADE_BANDS)


def test_the_upgrade_keeps_the_rules_and_bands_editors_typed_and_drops_only_typos(
    make_lesson, unit
):
    lesson = make_lesson("typed")
    LessonPage.objects.filter(pk=lesson.pk).update(
        completion_rules=["reflection", "Quiz", " quiz", "quiz", "discussion"]
    )
    untouched = make_lesson("untouched")
    guide = FamilyResourcePage(title="Bedtime", slug="bedtime", summary="Calm evenings.")
    unit.add_child(instance=guide)
    FamilyResourcePage.objects.filter(pk=guide.pk).update(grade_bands=["6-8", "K2", "K-2"])

    upgrade.keep_known_words(django_apps, None)

    assert LessonPage.objects.get(pk=lesson.pk).completion_rules == [
        "reflection",
        "quiz",
        "discussion",
    ]
    assert LessonPage.objects.get(pk=untouched.pk).completion_rules == ["quiz", "reflection"]
    assert FamilyResourcePage.objects.get(pk=guide.pk).grade_bands == ["6-8", "K-2"]
