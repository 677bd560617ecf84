"""Teachers and families search lessons and guides, narrowing by grade band and strand."""

import pytest

from curriculum.models import UnitPage
from curriculum.services import search_curriculum

pytestmark = pytest.mark.django_db


def test_a_word_finds_lessons_and_family_guides(curriculum):
    results = search_curriculum("password")
    assert any("pass" in lesson.title.lower() for lesson in results.lessons)
    assert any("password" in page.title.lower() for page in results.family_pages)


def test_the_grade_band_filter_keeps_only_that_band(curriculum):
    results = search_curriculum("bullying", grade_band="6-8")
    assert results.lessons
    assert {lesson.grade_band for lesson in results.lessons} == {"6-8"}


def test_the_strand_filter_keeps_only_that_strands_lessons(curriculum):
    results = search_curriculum("", strand="media-literacy")
    unit = UnitPage.objects.get(strand="media-literacy")
    assert len(results.lessons) == unit.get_children().live().count() >= 2
    assert all(
        lesson.get_parent().specific.strand == "media-literacy" for lesson in results.lessons
    )


def test_unknown_filters_are_ignored_rather_than_failing(curriculum):
    results = search_curriculum("privacy", grade_band="99", strand="nope")
    assert results.grade_band == "" and results.strand == ""
    assert results.count > 0


def test_the_search_page_shows_results_and_keeps_the_chosen_filters(client, curriculum):
    response = client.get("/search/", {"q": "kindness", "grade_band": "K-2"})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'value="kindness"' in body
    assert '<option value="K-2" selected>' in body
    assert "result" in body


def test_an_empty_search_shows_the_form_without_results(client, curriculum):
    body = client.get("/search/").content.decode()
    assert 'role="status"' not in body


def test_a_very_long_or_strange_query_is_handled(client, curriculum):
    assert client.get("/search/", {"q": "x" * 5000}).status_code == 200
    assert client.get("/search/", {"q": "<script>alert(1)</script>"}).status_code == 200
    assert (
        "<script>alert(1)</script>"
        not in client.get("/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    )
