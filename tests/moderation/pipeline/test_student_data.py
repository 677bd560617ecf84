"""Subject access and erasure for one student, checked against every stored row."""

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from curriculum.models import DiscussionPost, Reflection
from moderation.flags.actions import record_post
from moderation.models import (
    AuditEntry,
    Concern,
    ConcernMessage,
    Flag,
    Integration,
    TrustedAdult,
)
from moderation.privacy import erase_student_data, export_student_data
from tests.curriculum.conftest import step_url
from tests.curriculum.test_discussion import post as write_post

SECRET = "my uncle hurts me, I want to kill myself"
REFLECTION = "I feel like a loser every day"


@pytest.fixture
def history(client, student, student2, link, keywords, lead):
    """The student's posts in a lesson, an integration post, a named concern, a reply by a
    classmate to one of their posts."""
    client.force_login(student)
    write_post(client, link, SECRET)
    write_post(client, link, "my second thought")
    client.post(
        step_url(link, "reflection"),
        {"text": REFLECTION, "revision": "0"},
    )
    # An integration tied to the student's own LMS platform, sending under their LTI sub.
    school_chat = Integration.objects.create(
        name="School chat", platform=student.lti_identity.platform
    )
    record_post(
        "loser from the chat",
        source="api",
        author_ref="sub-sam",
        external_source="chat",
        external_id="1",
        integration=school_chat,
    )
    adult = TrustedAdult.objects.create(user=lead, display_name="Ms Rivera")
    concern_post = record_post("they call me loser", source="concern", author=student).post
    concern = Concern.objects.create(
        category="bullying",
        about="myself",
        trusted_adult=adult,
        reporter=student,
        claim_code_hash="x",
        post=concern_post,
    )
    ConcernMessage.objects.create(concern=concern, text="they call me loser")
    replied_to = DiscussionPost.objects.get(text="my second thought")
    DiscussionPost.objects.create(
        course=replied_to.course,
        lesson=replied_to.lesson,
        parent=replied_to,
        author=student2,
        text="I agree",
        token="00000000-0000-0000-0000-000000000001",
        created_at=replied_to.created_at,
    )
    return student


def all_stored_text() -> str:
    """Every field of every row of every model of every app, as one string."""
    chunks = []
    for model in apps.get_models():
        if not model._meta.managed or model._meta.proxy:
            continue
        for row in model._default_manager.all().values():
            chunks.append(json.dumps(row, default=str, ensure_ascii=False))
    return "\n".join(chunks)


def test_the_export_holds_everything_about_the_student(history, student):
    data = export_student_data(student)
    assert data["student"]["lti_identity"]["sub"] == "sub-sam"
    texts = {p["text"] for p in data["moderated_posts"]}
    assert {SECRET, REFLECTION, "loser from the chat", "they call me loser"} <= texts
    assert any(m["keyword"] == "kill myself" for f in data["flags"] for m in f["matches"])
    assert data["concerns"][0]["messages"][0]["text"] == "they call me loser"
    assert {p["text"] for p in data["discussion_posts"]} == {SECRET, "my second thought"}
    assert data["reflections"][0]["text"] == REFLECTION
    json.dumps(data)  # serialisable as it is


def test_erasure_leaves_no_text_or_name_of_the_student_in_any_row(history, student, student2):
    before = all_stored_text()
    assert SECRET in before and "Sam Student" in before
    counts = erase_student_data(student)
    after = all_stored_text()
    for words in (
        SECRET,
        REFLECTION,
        "loser from the chat",
        "they call me loser",
        "my second thought",
        "Sam Student",  # the name the LMS gave us
    ):
        assert words not in after, words
    assert counts["flags"] >= 3 and counts["concerns"] == 1
    assert not Flag.objects.filter(student=student).exists()
    assert not Reflection.objects.exists()
    # The classmate's reply keeps its place; the post it answered keeps only a placeholder.
    assert DiscussionPost.objects.filter(author=student2, text="I agree").exists()
    assert AuditEntry.objects.filter(action="student.erased").exists()


def test_the_command_exports_and_erases_by_lti_sub(history, student, tmp_path):
    out = tmp_path / "sam.json"
    args = ["sub-sam", "--platform", str(student.lti_identity.platform_id), "--export", str(out)]
    call_command("student_data", *args, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert json.loads(out.read_text())["student"]["id"] == student.pk
    call_command("student_data", str(student.pk), "--erase", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Concern.objects.exists()


def test_the_command_refuses_an_unknown_student(db):
    with pytest.raises(CommandError):
        call_command("student_data", "nobody", "--erase")


def test_a_numeric_lti_sub_is_never_read_as_somebody_elses_user_id(
    history, student, student2, tmp_path
):
    # Moodle's subs are numbers: the sub "<student2's user id>" given without --platform must
    # not export or erase student2.
    identity = student.lti_identity
    identity.sub = str(student2.pk)
    identity.save(update_fields=["sub"])
    with pytest.raises(CommandError, match="is an LTI sub"):
        call_command("student_data", str(student2.pk), "--erase")
    assert DiscussionPost.objects.filter(author=student2, text="I agree").exists()
    # The user with that id is still reachable, by saying so.
    out = tmp_path / "classmate.json"
    call_command("student_data", f"user:{student2.pk}", "--export", str(out), stdout=StringIO())
    assert json.loads(out.read_text())["student"]["id"] == student2.pk
