"""A post about killing oneself is recorded, and shown on the case page, as self-harm only:
one reading per stretch of text, not violence as well."""

from __future__ import annotations

from moderation.flags.actions import record_post
from moderation.keywords.store import import_library
from moderation.staff.casework import highlight

OVERLAPPING_CSV = """term,category,severity,mode,definition,exceptions
kill,violence,2,word,A violent word.,
want to kill,violence,3,word,A wish to kill someone.,
kill myself,self_harm,4,word,Suicidal intent: follow up today.,
"""


def test_the_flag_and_its_highlight_carry_the_self_harm_reading_alone(db):
    import_library("overlaps", OVERLAPPING_CSV, None, "test library")
    recorded = record_post("honestly I want to kill myself", source="api")
    rows = list(recorded.flag.matches.all())
    assert [(row.term, row.category, row.severity) for row in rows] == [
        ("kill myself", "self_harm", 4)
    ]
    html = str(highlight(recorded.post.text, rows))
    assert html.count("<mark") == 1
    assert ">kill myself</mark>" in html
