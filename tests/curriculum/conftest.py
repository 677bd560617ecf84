"""Personas and a small lesson for the student flow and the teacher dashboard.

Personas, each with different rights:
- `student` and `student2`: students of `course`;
- `teacher`: teaches `course`;
- `other_teacher`: teaches `other_course` only; `outsider`: a student of `other_course` only.

The lesson is built directly (not loaded from lessons_content/) so each test stays fast.
Grade passback and the LMS roster belong to lti/: `queued_scores` and `roster` stand in for
exactly those two calls and nothing else.
"""

from __future__ import annotations

import json
import sys
import types
from decimal import Decimal

import pytest
from wagtail.models import Page

from curriculum.models import LessonPage, UnitPage
from lti.models import Role
from tests.curriculum.placing import placed_link

# The signed-launch LMS of tests/lti, for journeys that start with a real launch.
from tests.lti.conftest import lms, test_platform, tool_key  # noqa: F401
from tests.personas import enrol, lms_course, lms_user

ISSUER = "https://canvas.example.edu"

FEEDBACK = {
    "q1-wrong": "A name and a year are easy for others to guess.",
    "q1-right": "Four random words make a long passphrase that is hard to guess.",
    "q2-wrong": "Even best friends can fall out or tell someone by accident.",
    "q2-right": "A trusted grown-up at home can help you keep accounts safe.",
}


def lesson_body(
    *, quiz: bool = True, reflection: bool = True, discussion: bool = True
) -> list[dict]:
    body: list[dict] = [
        {"type": "rich_text", "value": "<p>Passwords are keys to your online things.</p>"},
        {
            "type": "family_tip",
            "value": {"title": "Silly passphrases", "body": "<p>Make one at dinner.</p>"},
        },
        {
            "type": "video",
            "value": {"url": "https://video.example.org/keys", "caption": "Keys", "transcript": ""},
        },
        {
            "type": "activity",
            "value": {"title": "Passphrase builder", "intro": "", "steps": ["Pick words."]},
        },
        {
            "type": "mindfulness",
            "value": {
                "title": "Lock and unlock",
                "steps": [
                    {"seconds": 5, "instruction": "Breathe in slowly."},
                    {"seconds": 5, "instruction": "Breathe out slowly."},
                ],
            },
        },
    ]
    if discussion:
        body.append({"type": "discussion", "value": {"prompt": "Why do people share passwords?"}})
    if quiz:
        body.append(
            {
                "type": "quiz",
                "value": {
                    "questions": [
                        {
                            "question": "Which password is the strongest?",
                            "choices": [
                                {
                                    "text": "Maya2014",
                                    "correct": False,
                                    "feedback": FEEDBACK["q1-wrong"],
                                },
                                {
                                    "text": "crayon-glacier-trumpet-moss",
                                    "correct": True,
                                    "feedback": FEEDBACK["q1-right"],
                                },
                            ],
                        },
                        {
                            "question": "Who is it okay to share your password with?",
                            "choices": [
                                {
                                    "text": "Your best friend",
                                    "correct": False,
                                    "feedback": FEEDBACK["q2-wrong"],
                                },
                                {
                                    "text": "A parent or carer",
                                    "correct": True,
                                    "feedback": FEEDBACK["q2-right"],
                                },
                            ],
                        },
                    ]
                },
            }
        )
    if reflection:
        body.append(
            {"type": "reflection", "value": {"prompt": "What will you make safer this week?"}}
        )
    return body


@pytest.fixture
def unit(db):
    # Straight under the root: the tree's upper pages are not needed here, and skipping them
    # keeps each test fast. The strand is one the real curriculum does not use.
    root = Page.get_first_root_node()
    unit = UnitPage(
        title="Flow tests", slug="flow-tests", strand="flow-tests", summary="Test strand."
    )
    root.add_child(instance=unit)
    return unit


@pytest.fixture
def make_lesson(unit):
    def make(slug: str = "flow-passphrase", **fields) -> LessonPage:
        body = fields.pop("body", None) or lesson_body()
        lesson = LessonPage(
            title=fields.pop("title", "Passphrase Power"),
            slug=slug,
            grade_band="3-5",
            duration_minutes=40,
            summary="Long passphrases beat short words.",
            objectives="Make a passphrase.",
            body=json.dumps(body),
            pass_mark=fields.pop("pass_mark", 50),
            quiz_attempts=fields.pop("quiz_attempts", 0),
            keep_score=fields.pop("keep_score", "best"),
            completion_rules=fields.pop("completion_rules", ["quiz", "reflection"]),
            **fields,
        )
        unit.add_child(instance=lesson)
        return lesson

    return make


@pytest.fixture
def lesson(make_lesson):
    return make_lesson()


@pytest.fixture
def course(db):
    return lms_course("ctx-7b", "Year 7 Digital Citizenship")


@pytest.fixture
def other_course(db):
    return lms_course("ctx-8c", "Year 8 Computing")


@pytest.fixture
def student(course):
    user = lms_user("sam", "Sam Student", sub="sub-sam")
    enrol(user, course)
    return user


@pytest.fixture
def student2(course):
    user = lms_user("ria", "Ria Classmate", sub="sub-ria")
    enrol(user, course)
    return user


@pytest.fixture
def teacher(course):
    user = lms_user("tess", "Tess Teacher", sub="sub-tess")
    enrol(user, course, Role.TEACHER)
    return user


@pytest.fixture
def other_teacher(other_course):
    user = lms_user("otto", "Otto Otherteacher", sub="sub-otto")
    enrol(user, other_course, Role.TEACHER)
    return user


@pytest.fixture
def outsider(other_course):
    user = lms_user("olga", "Olga Outsider", sub="sub-olga")
    enrol(user, other_course)
    return user


@pytest.fixture
def link(course, lesson):
    return placed_link(
        course=course, resource_link_id="rl-1", lesson=lesson, title="", score_maximum=Decimal("10")
    )


@pytest.fixture
def other_link(other_course, lesson):
    return placed_link(course=other_course, resource_link_id="rl-9", lesson=lesson)


@pytest.fixture
def student_client(client, student):
    client.force_login(student)
    return client


@pytest.fixture
def teacher_client(client, teacher):
    client.force_login(teacher)
    return client


def _stand_in(monkeypatch, module_name: str, attribute: str, replacement) -> None:
    """Replace one function of an lti/ module, or stand the module in if it is not there yet."""
    try:
        module = __import__(module_name, fromlist=[attribute])
    except ImportError:
        module = types.ModuleType(module_name)
        monkeypatch.setitem(sys.modules, module_name, module)
    monkeypatch.setattr(module, attribute, replacement, raising=False)


@pytest.fixture(autouse=True)
def queued_scores(monkeypatch):
    calls: list[tuple] = []
    _stand_in(monkeypatch, "lti.grades", "queue_score", lambda *args: calls.append(args))
    return calls


@pytest.fixture(autouse=True)
def roster(monkeypatch):
    """The NRPS roster the dashboard reads; tests set `roster.members` or `roster.fails`."""

    class Roster:
        members: list[tuple[str, str, str]] | None = None
        fails = False

        def __call__(self, course):
            if self.fails:
                raise ConnectionError("the LMS did not answer")
            if self.members is None:
                return [
                    (m.user.lti_identity.sub, m.user.lti_identity.name, m.role)
                    for m in course.memberships.select_related("user__lti_identity")
                ]
            return self.members

    fake = Roster()
    _stand_in(monkeypatch, "lti.roster", "course_roster", fake)
    return fake


def step_url(link, key: str) -> str:
    from django.urls import reverse

    return reverse("curriculum:learn_step", args=[link.pk, key])
