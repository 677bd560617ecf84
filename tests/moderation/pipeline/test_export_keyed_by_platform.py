"""A student is (platform registration, sub): another school's child with the same LTI sub is
never in this student's export, and never erased with them."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from lti.models import LtiIdentity
from moderation.flags.actions import record_post
from moderation.models import Integration, ModeratedPost
from moderation.privacy import erase_student_data, export_student_data
from tests.personas import school_platform

OURS = "From our school's chat: everyone thinks he is a loser"
THEIRS = "From the other school's forum: Robin Okafor is a loser"
UNTIED = "From a chat tied to no platform: you loser"


@pytest.fixture
def other_schools_child(db):
    """Another school's LMS, whose own student happens to have the sub "sub-sam" too."""
    platform = school_platform("https://moodle.other-school.example", "other-client")
    child = get_user_model().objects.create_user(username="other-school-sam")
    LtiIdentity.objects.create(user=child, platform=platform, sub="sub-sam", name="Robin Okafor")
    return child


def send(text: str, integration: Integration, external_id: str) -> ModeratedPost:
    return record_post(
        text,
        source="api",
        author_ref="sub-sam",
        external_source="chat",
        external_id=external_id,
        integration=integration,
    ).post


@pytest.fixture
def posts(student, other_schools_child, keywords):
    ours = Integration.objects.create(name="Our chat", platform=student.lti_identity.platform)
    theirs = Integration.objects.create(
        name="Their forum", platform=other_schools_child.lti_identity.platform
    )
    untied = Integration.objects.create(name="Untied chat")
    return {
        "ours": send(OURS, ours, "1"),
        "theirs": send(THEIRS, theirs, "1"),
        "untied": send(UNTIED, untied, "1"),
    }


def test_the_export_holds_only_posts_from_integrations_of_the_students_own_platform(
    posts, student, other_schools_child
):
    texts = {post["text"] for post in export_student_data(student)["moderated_posts"]}
    assert OURS in texts
    assert THEIRS not in texts and UNTIED not in texts
    other = export_student_data(other_schools_child)
    assert {post["text"] for post in other["moderated_posts"]} == {THEIRS}
    assert other["student"]["lti_identity"]["platform"] != student.lti_identity.platform_id


def test_erasure_leaves_the_other_schools_child_untouched(posts, student, other_schools_child):
    counts = erase_student_data(student)
    assert counts["moderated_posts"] == 1
    assert not ModeratedPost.objects.filter(pk=posts["ours"].pk).exists()
    assert ModeratedPost.objects.filter(pk=posts["theirs"].pk).exists()
    assert ModeratedPost.objects.filter(pk=posts["untied"].pk).exists()
    assert LtiIdentity.objects.get(user=other_schools_child).name == "Robin Okafor"


def test_the_command_needs_the_platform_for_a_shared_sub(posts, student, tmp_path):
    out = tmp_path / "sam.json"
    with pytest.raises(CommandError):
        call_command("student_data", "sub-sam", "--export", str(out))
    platform = str(student.lti_identity.platform_id)
    call_command(
        "student_data",
        "sub-sam",
        "--platform",
        platform,
        "--export",
        str(out),
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )
    assert THEIRS not in out.read_text() and OURS in out.read_text()
