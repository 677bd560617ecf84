"""One school's LMS can never reach another school's children, courses or grades.

Users, courses and grades belong to the platform registration that launched them, never to
the issuer a platform claims; a registration never changes or joins another school's.
"""

from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from lti.grades import queue_score
from lti.models import Course, LtiIdentity, Platform, ResourceLink
from tests.lti.driver import TARGET, Lms
from tests.lti.platform import TestPlatform
from tests.lti.records import platform_by_hand, registration_link
from tests.personas import content_editor, safeguarding_lead


@pytest.fixture
def lms_factory(tool_key, client):
    """Start LMSs of their own, registered by hand, that can launch and receive grades."""
    started = []

    def start(client_id="upstander-client", *, issuer=None, register=True) -> Lms:
        platform = TestPlatform(client_id=client_id)
        started.append(platform)
        if issuer:
            platform.issuer = issuer
        if register:
            platform.register()
            platform.tool_jwks = client.get(platform.tool_jwks_path).json()
        return Lms(platform, client)

    yield start
    for platform in started:
        platform.stop()


def lands_on_the_lesson(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith("/learn/")


def paste(client: Client, link: str, platform: TestPlatform):
    return client.get(
        link,
        {
            "openid_configuration": platform.base + "/.well-known/openid-configuration",
            "registration_token": "reg-token",
        },
        secure=True,
    )


def test_a_registration_naming_an_existing_client_id_changes_nothing(lms_factory, lessons, client):
    school_b = lms_factory("b-client")
    before = Platform.objects.values().get()
    # A registration arrives for school B's issuer, naming B's real client id, and other keys.
    school_b.platform.registration_client_id = "b-client"
    configuration = school_b.platform.openid_configuration()
    school_b.platform.openid_configuration = lambda: {
        **configuration,
        "jwks_uri": school_b.platform.base + "/other-jwks",
    }
    link = registration_link(client, safeguarding_lead(), school_b.platform.issuer)
    response = paste(client, link, school_b.platform)
    assert response.status_code == 400
    assert b"already has a registration for" in response.content
    assert b"never changes an existing one" in response.content
    assert Platform.objects.values().get() == before
    # B's real launches still work.
    assert lands_on_the_lesson(school_b.student_launch(lessons[0]))


def test_a_second_registration_for_a_known_issuer_is_inactive_until_approved(
    lms_factory, lessons, client
):
    school_b = lms_factory("b-client")
    link = registration_link(client, safeguarding_lead(), school_b.platform.issuer)
    response = paste(client, link, school_b.platform)
    assert response.status_code == 200
    assert b"awaiting approval" in response.content
    second = Platform.objects.get(client_id="dynamic-client")
    assert not second.is_active and second.awaiting_approval

    # It cannot launch before approval...
    school_b.platform.client_id = "dynamic-client"
    school_b.platform.deployment_id = "dynamic-deployment"
    refused = client.get("/lti/login/", school_b.platform.login_params(TARGET), secure=True)
    assert refused.status_code == 400
    assert b"not registered with Upstander" in refused.content
    assert not Course.objects.exists()

    # ...the lead sees it waiting, in the platform list and on the self-test page...
    lead = safeguarding_lead("lead2")
    client.force_login(lead)
    listing = client.get("/admin/lti_platforms/")
    assert b"Awaiting approval" in listing.content
    assert client.get(f"/admin/lti/platforms/{second.pk}/approve/").status_code == 405
    second.refresh_from_db()
    assert not second.is_active

    # ...and approving it lets it launch.
    approved = client.post(f"/admin/lti/platforms/{second.pk}/approve/")
    assert approved.status_code == 302
    second.refresh_from_db()
    assert second.is_active and not second.awaiting_approval
    client.logout()
    assert lands_on_the_lesson(school_b.student_launch(lessons[0]))
    assert Course.objects.get().platform == second


def test_a_content_editor_cannot_approve_or_edit_platforms(lms_factory, client):
    school_b = lms_factory("b-client")
    waiting = Platform.objects.create(
        name="Waiting",
        issuer=school_b.platform.issuer,
        client_id="new",
        auth_login_url=school_b.platform.auth_login_url,
        auth_token_url=school_b.platform.token_url,
        key_set_url=school_b.platform.jwks_url,
        is_active=False,
        awaiting_approval=True,
    )
    client.force_login(content_editor(is_staff=True))
    client.post(f"/admin/lti/platforms/{waiting.pk}/approve/")
    waiting.refresh_from_db()
    assert not waiting.is_active
    listing = client.get("/admin/lti_platforms/")
    assert b"Waiting" not in listing.content and b"Test LMS" not in listing.content
    edit = client.get(f"/admin/lti_platforms/edit/{waiting.pk}/")
    assert edit.status_code in (302, 403)


def test_two_platforms_sharing_an_issuer_and_sub_share_no_user_course_or_grade(
    lms_factory, lessons, client, django_capture_on_commit_callbacks
):
    school_a = lms_factory("a-client")
    # A second registration claims the same issuer (and sends the same sub and context id).
    school_b = lms_factory("b-client", issuer=school_a.platform.issuer)
    assert lands_on_the_lesson(school_a.student_launch(lessons[0], sub="student-1"))
    assert lands_on_the_lesson(school_b.student_launch(lessons[0], sub="student-1"))

    identities = LtiIdentity.objects.order_by("platform__client_id")
    assert [i.platform.client_id for i in identities] == ["a-client", "b-client"]
    assert identities[0].user != identities[1].user
    courses = Course.objects.order_by("platform__client_id")
    assert [(c.platform.client_id, c.context_id) for c in courses] == [
        ("a-client", "course-1"),
        ("b-client", "course-1"),
    ]

    for link in ResourceLink.objects.select_related("course"):
        student = link.course.memberships.get().user
        score = 7.0 if link.course.platform.client_id == "a-client" else 3.0
        with django_capture_on_commit_callbacks(execute=True):
            queue_score(link, student, score, 10.0, datetime(2025, 3, 4, tzinfo=UTC))
    assert [s.body["scoreGiven"] for s in school_a.platform.scores] == [7.0]
    assert [s.body["scoreGiven"] for s in school_b.platform.scores] == [3.0]


def test_a_launch_never_moves_a_course_to_another_registration(lms_factory, lessons):
    school_a = lms_factory("a-client")
    school_a.teacher_launch(lessons[0])
    course = Course.objects.get()
    school_b = lms_factory("b-client", issuer=school_a.platform.issuer)
    school_b.teacher_launch(lessons[0])
    course.refresh_from_db()
    assert course.platform.client_id == "a-client"
    assert course.memberships.count() == 1


@pytest.mark.parametrize(
    "field", ["issuer", "auth_login_url", "auth_token_url", "key_set_url", "extra_origins"]
)
@pytest.mark.parametrize(
    "address", ["javascript:alert(1)//", "http://lms-a.test@127.0.0.1:9555/", "ftp://lms.example"]
)
def test_an_administrator_cannot_save_a_platform_address_that_is_not_a_web_url(db, field, address):
    platform = platform_by_hand(save=False)
    setattr(platform, field, [address] if field == "extra_origins" else address)
    with pytest.raises(ValidationError) as refused:
        platform.full_clean()
    assert field in refused.value.message_dict


def test_extra_origins_are_kept_as_origins(db):
    platform = Platform(
        name="School",
        issuer="https://canvas.instructure.com",
        client_id="c",
        auth_login_url="https://sso.canvaslms.com/api/lti/authorize_redirect",
        auth_token_url="https://sso.canvaslms.com/login/oauth2/token",
        key_set_url="https://sso.canvaslms.com/api/lti/security/jwks",
        extra_origins=[
            "https://School.instructure.com/courses/1",
            "https://school.instructure.com",
        ],
    )
    platform.full_clean()
    assert platform.extra_origins == ["https://school.instructure.com"]


@pytest.mark.django_db(transaction=True)
def test_existing_identities_and_courses_get_their_registration_when_upgrading():
    """Rows from before per-registration identities: each goes to the registration it came
    from, and to no other school's when that cannot be told."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("lti", "0004_platform_extra_origins")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    platform = old.get_model("lti", "Platform")
    course = old.get_model("lti", "Course")
    identity = old.get_model("lti", "LtiIdentity")
    membership = old.get_model("lti", "CourseMembership")
    user = old.get_model("auth", "User")

    def make_platform(issuer, client_id):
        return platform.objects.create(
            name=client_id,
            issuer=issuer,
            client_id=client_id,
            auth_login_url=issuer + "/auth",
            auth_token_url=issuer + "/token",
            key_set_url=issuer + "/jwks",
        )

    shared, single = "https://shared.example", "https://single.example"
    make_platform(shared, "a")
    shared_b = make_platform(shared, "b")
    single_platform = make_platform(single, "s")
    recorded = course.objects.create(issuer=shared, deployment_id="d", context_id="1")
    recorded.platform_id = shared_b.pk
    recorded.save()
    course.objects.create(issuer=single, deployment_id="d", context_id="2")
    unrecorded_shared = course.objects.create(issuer=shared, deployment_id="d", context_id="3")

    def person(name, issuer, *courses):
        account = user.objects.create(username=name)
        identity.objects.create(user=account, issuer=issuer, sub=name)
        for day, taught in enumerate(courses, start=1):
            membership.objects.create(
                user=account,
                course=taught,
                role="student",
                last_launch_at=datetime(2025, 1, day, tzinfo=UTC),
            )
        return account

    person("member", shared, recorded)
    person("lonely", single)
    person("unknown", shared)
    person("shared-by-two", shared, recorded, unrecorded_shared)

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    courses = {c.context_id: c.platform for c in Course.objects.select_related("platform")}
    assert courses["1"].client_id == "b"  # as recorded
    assert courses["2"].client_id == "s"  # the single platform with that issuer
    assert not courses["3"].is_active  # two platforms claim the issuer: neither gets it
    identities = {i.sub: i.platform for i in LtiIdentity.objects.select_related("platform")}
    assert identities["member"].client_id == "b"
    assert identities["lonely"].client_id == "s"
    assert not identities["unknown"].is_active
    # The user two registrations shared keeps the latest one's course only.
    assert identities["shared-by-two"] == courses["3"]
    assert list(
        LtiIdentity.objects.get(sub="shared-by-two").user.course_memberships.values_list(
            "course__context_id", flat=True
        )
    ) == ["3"]
    assert single_platform.pk == courses["2"].pk


def test_a_platform_with_courses_is_deactivated_not_deleted(lms_factory, lessons, client):
    school = lms_factory()
    school.student_launch(lessons[0])
    platform = Platform.objects.get()
    client.force_login(safeguarding_lead())
    response = client.post(f"/admin/lti_platforms/delete/{platform.pk}/", follow=True)
    assert response.status_code == 200
    assert b"Untick" in response.content
    assert Course.objects.get().platform == platform


def test_a_students_data_is_found_by_sub_only_with_its_platform(lms_factory, lessons, tmp_path):
    import json

    from django.core.management import call_command
    from django.core.management.base import CommandError

    school_a = lms_factory("a-client")
    school_b = lms_factory("b-client", issuer=school_a.platform.issuer)
    school_a.student_launch(lessons[0], sub="student-1")
    school_b.student_launch(lessons[0], sub="student-1")
    with pytest.raises(CommandError, match="--platform"):
        call_command("student_data", "student-1", "--export", str(tmp_path / "x.json"))
    b = LtiIdentity.objects.get(platform__client_id="b-client")
    out = tmp_path / "b.json"
    call_command(
        "student_data", "student-1", "--platform", str(b.platform_id), "--export", str(out)
    )
    assert json.loads(out.read_text())["student"]["id"] == b.user_id


def test_a_second_registration_whose_issuer_differs_by_a_slash_still_waits_for_approval(
    lms_factory, client
):
    school_b = lms_factory("b-client")
    bare = school_b.platform.issuer
    link = registration_link(client, safeguarding_lead(), bare)
    # The LMS's configuration spells its issuer with a trailing slash this time.
    school_b.platform.issuer = bare + "/"
    try:
        response = paste(client, link, school_b.platform)
    finally:
        school_b.platform.issuer = bare
    assert response.status_code == 200
    second = Platform.objects.get(client_id="dynamic-client")
    assert not second.is_active and second.awaiting_approval


@pytest.mark.parametrize(
    "claimed",
    ["https://LMS.School.example", "https://lms.school.example:443", "HTTPS://lms.school.example/"],
)
def test_a_registration_claiming_a_known_issuer_spelled_otherwise_still_waits_for_approval(
    lms_factory, client, claimed
):
    """A school's LMS is https://lms.school.example. Another LMS, serving its configuration
    from its own address, calls itself the same issuer with capitals or the default port: the
    same LMS to anyone who reads it, and it was switched on at once."""
    school = lms_factory("school-client", issuer="https://lms.school.example")
    intruder = lms_factory("intruder-client", register=False)
    intruder.platform.issuer = claimed
    link = registration_link(client, safeguarding_lead(), claimed, intruder.platform.base)
    response = paste(client, link, intruder.platform)
    assert response.status_code == 200, response.content[:500]
    second = Platform.objects.get(client_id="dynamic-client")
    assert not second.is_active and second.awaiting_approval
    assert Platform.objects.get(client_id="school-client").issuer == school.platform.issuer
