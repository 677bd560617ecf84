"""Personas, a small keyword library and a lesson for the moderation pipeline's tests.

Personas, each with different rights:
- `student` (and `student2`): students of `course`;
- `teacher`: teaches `course`; `other_teacher`: teaches `other_course` only;
- `lead`: a safeguarding lead, in the "Safeguarding leads" group, with an e-mail address.

The keyword library is a controlled CSV imported through `import_library`, so that each test
knows exactly what matches; one test seeds the real starter libraries.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from moderation.keywords.store import forget_compiled_library, import_library
from moderation.models import ModerationSettings
from moderation.staff.permissions import leads_group as product_leads_group
from tests import personas
from tests.curriculum.conftest import (  # noqa: F401 - fixtures shared with the lesson flow
    course,
    lesson,
    link,
    make_lesson,
    other_course,
    other_teacher,
    queued_scores,
    roster,
    student,
    student2,
    teacher,
    unit,
)

KEYWORDS_CSV = """term,category,severity,mode,definition,exceptions
kill myself,self_harm,4,word,Suicidal intent: follow up today.,
unalive,self_harm,4,word,Coded word for suicide.,
kys,bullying,4,word,Short for kill yourself.,
loser,bullying,2,word,An insult.,
idiot,bullying,2,word,An insult.,
vape,drugs,2,word,E-cigarette use.,
hate you,bullying,3,word,Hatred aimed at someone.,
damn,profanity,1,word,Mild swearing.,
"""


@pytest.fixture(autouse=True)
def _fresh_library():
    forget_compiled_library()
    yield
    forget_compiled_library()


@pytest.fixture
def keywords(db):
    return import_library("test_keywords", KEYWORDS_CSV, None, "test library")


@pytest.fixture
def moderation_settings(db) -> ModerationSettings:
    return ModerationSettings.load()


@pytest.fixture
def leads_group(db) -> Group:
    return product_leads_group()


@pytest.fixture
def lead(db):
    return personas.safeguarding_lead("rivera")


@pytest.fixture
def counsellor(db):
    return personas.staff_member("okafor")
