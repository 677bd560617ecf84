"""What an LMS (or a teacher or student typing in it) writes is shown to staff as text.

A course title, a link title and a person's name come from the launch; an LMS that registers
itself names its product. A hostile LMS, or a curious teacher naming a course, may put markup
or script in any of them: the teacher's dashboard, the lead's case queue and the platform
pages show the characters, never run them.
"""

from __future__ import annotations

from lti.models import Course, Platform
from tests.lti.platform import CLAIM, INSTRUCTOR, LEARNER, TestPlatform
from tests.lti.records import configuration_url, paste, registration_link
from tests.personas import safeguarding_lead

COURSE = '<img src=x onerror="alert(1)">Year 8'
LINK = "<script>alert(2)</script>Passwords"
NAME = "<svg onload=alert(3)>Sam"
PRODUCT = "<img src=x onerror=alert(4)>"


def launch_with_markup(lms, lessons, sub: str, roles: list[str]):
    def claims(nonce, target):
        built = lms.platform.resource_link_claims(
            nonce, target, sub=sub, roles=roles, lesson_id=lessons[0].pk
        )
        built["name"] = NAME
        built[CLAIM + "context"]["title"] = COURSE
        built[CLAIM + "resource_link"]["title"] = LINK
        return built

    return lms.launch(claims)


def shows_as_text(page: str, text: str) -> bool:
    from django.utils.html import escape

    return escape(text) in page


def test_the_teachers_dashboard_shows_titles_and_names_from_the_launch_as_text(lms, lessons):
    assert launch_with_markup(lms, lessons, "student-1", [LEARNER]).status_code == 302
    landing = launch_with_markup(lms, lessons, "teacher-1", [INSTRUCTOR])
    page = lms.client.get(landing["Location"], secure=True).content.decode()
    assert Course.objects.get().title == '<img src=x onerror="alert(1)">Year 8'
    for text in (COURSE, LINK, NAME):
        assert shows_as_text(page, text), text
    for markup in ("<img src=x", "<script>alert", "<svg onload"):
        assert markup not in page


def test_a_self_registered_lms_naming_itself_with_markup_is_shown_as_text(
    client, tool_key, started, lms
):
    intruder = TestPlatform()
    started.append(intruder)
    intruder.issuer = lms.platform.issuer  # a known issuer: it waits for the lead's approval
    configuration = intruder.openid_configuration()
    configuration["https://purl.imsglobal.org/spec/lti-platform-configuration"] = {
        "product_family_code": PRODUCT
    }
    intruder.configuration_answer = configuration
    lead = safeguarding_lead()
    link = registration_link(client, lead, intruder.issuer, intruder.base)
    answer = paste(client, link, configuration_url(intruder))
    assert answer.status_code == 200, answer.content[:500]
    waiting = Platform.objects.get(awaiting_approval=True)
    assert waiting.name.startswith(PRODUCT)

    client.force_login(lead)
    pages = [
        answer.content.decode(),
        client.get("/admin/lti/self-test/").content.decode(),
        client.get("/admin/lti_platforms/").content.decode(),
        client.post(f"/admin/lti/platforms/{waiting.pk}/approve/", follow=True).content.decode(),
    ]
    for page in pages:
        assert "<img src=x onerror=alert(4)>" not in page
    assert shows_as_text(pages[1], PRODUCT) and shows_as_text(pages[3], PRODUCT)
