"""A threat with a letter starred out is held like the plain threat, and the lead's case shows
what the student wrote, not the library's spelling."""

import pytest

from moderation.flags.actions import record_post
from moderation.keywords.store import import_library
from moderation.models import FlagMatch

THREATS_CSV = """term,category,severity,mode,definition,exceptions
stab you,violence,4,word,A threat to stab someone.,
kill yourself,bullying,4,word,Telling someone to kill themselves.,
"""


@pytest.fixture
def threats(db):
    return import_library("threats", THREATS_CSV, None, "threats for the masking tests")


def test_a_starred_out_threat_is_held_with_the_students_own_text(threats, student):
    recorded = record_post("i will st*b you after school", source="discussion", author=student)
    assert recorded.held
    [match] = FlagMatch.objects.filter(flag=recorded.flag)
    assert match.term == "stab you"
    assert match.matched_text == "st*b you"
    assert recorded.post.text[match.start : match.end] == "st*b you"


def test_two_stars_in_a_phrase_are_read_too(threats, student):
    recorded = record_post("go k*ll yours*lf", source="discussion", author=student)
    assert recorded.held
    assert [m.term for m in recorded.matches] == ["kill yourself"]
