"""The page tree cannot be built wrong by an editor."""

import pytest

from curriculum.models import (
    CurriculumIndexPage,
    FamilyResourceIndexPage,
    FamilyResourcePage,
    HomePage,
    LessonPage,
    UnitPage,
)


def test_lessons_live_only_under_units_and_units_only_under_the_curriculum():
    assert LessonPage.allowed_parent_page_models() == [UnitPage]
    assert UnitPage.allowed_parent_page_models() == [CurriculumIndexPage]
    assert LessonPage.allowed_subpage_models() == []
    assert CurriculumIndexPage.allowed_parent_page_models() == [HomePage]


def test_family_pages_live_only_under_the_family_index():
    assert FamilyResourcePage.allowed_parent_page_models() == [FamilyResourceIndexPage]
    assert FamilyResourceIndexPage.allowed_subpage_models() == [FamilyResourcePage]


def test_the_site_has_one_home_one_curriculum_and_one_family_index():
    assert (
        HomePage.max_count
        == CurriculumIndexPage.max_count
        == FamilyResourceIndexPage.max_count
        == 1
    )


@pytest.mark.django_db
def test_a_lesson_lists_its_objectives_one_per_line():
    lesson = LessonPage(objectives="Spot a fake.\n\n  Check a source.  \n")
    assert lesson.objective_list == ["Spot a fake.", "Check a source."]
