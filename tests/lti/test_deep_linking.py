"""A teacher picks lessons in the LMS; the LMS receives a signed response it can verify."""

import re

import jwt

from lti.models import CourseMembership, Role

DL = "https://purl.imsglobal.org/spec/lti-dl/claim/"
CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"


def open_picker(lms, **kwargs):
    response = lms.deep_linking_launch(**kwargs)
    assert response.status_code == 302, response.content[:300]
    assert re.fullmatch(r"/lti/deep-link/[\w-]+/", response["Location"])
    return response["Location"]


def verify_as_the_lms(lms, token: str) -> dict:
    """What Canvas or Moodle does: fetch the tool's JWKS, pick the key by kid, check everything."""
    keyset = lms.client.get(lms.platform.tool_jwks_path).json()
    kid = jwt.get_unverified_header(token)["kid"]
    key = next(k for k in keyset["keys"] if k["kid"] == kid)
    return jwt.decode(
        token,
        jwt.PyJWK(key).key,
        algorithms=["RS256"],
        audience=lms.platform.issuer,
        issuer=lms.platform.client_id,
        options={"require": ["exp", "iat", "nonce"]},
    )


def returned_jwt(response) -> str:
    match = re.search(rb'name="JWT" value="([^"]+)"', response.content)
    assert match, response.content[:500]
    return match.group(1).decode()


def test_a_teacher_picks_two_lessons_and_the_lms_gets_two_gradable_links(lms, lessons):
    picker = open_picker(lms)
    page = lms.client.get(picker, secure=True)
    assert page.status_code == 200 and b"Zebra Strong Passwords" in page.content
    assert b'type="checkbox"' in page.content
    response = lms.client.post(picker, {"lesson": [lessons[0].pk, lessons[2].pk]}, secure=True)
    assert response.status_code == 200
    assert lms.platform.base.encode() + b"/deep-link-return" in response.content
    claims = verify_as_the_lms(lms, returned_jwt(response))
    assert claims[CLAIM + "message_type"] == "LtiDeepLinkingResponse"
    assert claims[CLAIM + "deployment_id"] == lms.platform.deployment_id
    assert claims[DL + "data"] == "opaque-data"
    items = claims[DL + "content_items"]
    assert [i["title"] for i in items] == ["Zebra Is It True", "Zebra Strong Passwords"]
    for item, lesson in zip(items, [lessons[2], lessons[0]], strict=True):
        assert item["type"] == "ltiResourceLink"
        assert item["url"] == "https://testserver/lti/launch/"
        assert item["lineItem"] == {
            "scoreMaximum": 100,
            "label": lesson.title,
            "resourceId": f"upstander-lesson-{lesson.pk}",
            "tag": "upstander",
        }
        assert item["custom"] == {"upstander_lesson": str(lesson.pk)}
    assert CourseMembership.objects.get().role == Role.TEACHER


def test_a_placed_link_then_opens_its_lesson_for_students(lms, lessons):
    picker = open_picker(lms)
    claims = verify_as_the_lms(
        lms, returned_jwt(lms.client.post(picker, {"lesson": [lessons[1].pk]}, secure=True))
    )
    lesson_id = int(claims[DL + "content_items"][0]["custom"]["upstander_lesson"])
    lms.client.cookies.pop("lti_sessionid")
    response = lms.student_launch(lessons[1] if lesson_id == lessons[1].pk else None)
    assert response.status_code == 302 and response["Location"].startswith("/learn/")


def test_one_lesson_only_when_the_platform_does_not_accept_multiple(lms, lessons):
    picker = open_picker(lms, accept_multiple=False)
    assert b'type="radio"' in lms.client.get(picker, secure=True).content
    response = lms.client.post(picker, {"lesson": [lessons[0].pk, lessons[1].pk]}, secure=True)
    assert response.status_code == 400 and b"one lesson at a time" in response.content


def test_no_data_claim_is_invented_when_the_platform_sent_none(lms, lessons):
    picker = open_picker(lms, data=None)
    claims = verify_as_the_lms(
        lms, returned_jwt(lms.client.post(picker, {"lesson": [lessons[0].pk]}, secure=True))
    )
    assert DL + "data" not in claims


def test_the_picker_filters_by_grade_band_strand_and_search(lms, lessons):
    picker = open_picker(lms)
    by_band = lms.client.get(picker, {"grade_band": "3-5"}, secure=True).content
    assert b"Zebra Strong Passwords" in by_band and b"Zebra Is It True" not in by_band
    by_strand = lms.client.get(picker, {"strand": "lti-media-literacy"}, secure=True).content
    assert b"Zebra Is It True" in by_strand and b"Zebra Strong Passwords" not in by_strand
    by_query = lms.client.get(picker, {"q": "Passwords"}, secure=True).content
    assert b"Zebra Strong Passwords" in by_query and b"Zebra Is It True" not in by_query


def test_the_picker_can_be_used_once(lms, lessons):
    picker = open_picker(lms)
    lms.client.post(picker, {"lesson": [lessons[0].pk]}, secure=True)
    assert lms.client.post(picker, {"lesson": [lessons[0].pk]}, secure=True).status_code == 400


def test_a_student_cannot_open_the_picker(lms, lessons):
    from tests.lti.platform import LEARNER

    response = lms.deep_linking_launch(sub="student-1", roles=[LEARNER])
    assert response.status_code == 403
    assert "lti_sessionid" not in response.cookies


def add_lesson(beside, title: str, band: str):
    from curriculum.models import LessonPage

    return beside.get_parent().add_child(
        instance=LessonPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            grade_band=band,
            duration_minutes=20,
            summary=f"About {title}.",
            objectives="Notice",
            body=[],
        )
    )


def test_the_picker_lists_grade_bands_in_school_order_k_2_first(lms, lessons):
    """Issue 12 saw K-2 after 9-12: the codes sorted as text, not as school years."""
    add_lesson(lessons[0], "Zebra High School Footprints", "9-12")
    add_lesson(lessons[0], "Zebra Kind Words", "K-2")
    picker = open_picker(lms)
    html = lms.client.get(picker, secure=True).content.decode()
    listed = re.findall(r"<strong>(Zebra [^<]+)</strong> · Grades ([\w-]+)", html)
    assert [band for _, band in listed] == ["K-2", "3-5", "6-8", "6-8", "9-12"]
    bands = re.findall(r'<option value="([\w-]+)"[^>]*>Grades', html)
    assert bands == ["K-2", "3-5", "6-8", "9-12"]
    filtered = lms.client.get(picker, {"strand": "lti-online-safety"}, secure=True)
    listed = re.findall(
        r"<strong>Zebra [^<]+</strong> · Grades ([\w-]+)", filtered.content.decode()
    )
    assert listed == ["K-2", "3-5", "6-8", "9-12"]


def test_the_lms_gets_the_chosen_lessons_even_when_the_form_sends_odd_ids(lms, lessons):
    picker = open_picker(lms)
    response = lms.client.post(picker, {"lesson": ["²", "x", str(lessons[0].pk)]}, secure=True)
    assert response.status_code == 200
    items = verify_as_the_lms(lms, returned_jwt(response))[DL + "content_items"]
    assert [item["title"] for item in items] == ["Zebra Strong Passwords"]


def test_a_lesson_id_no_number_could_hold_is_ignored_not_a_500(lms, lessons):
    # A teacher's browser (or a script in it) can send any text as a lesson id: five thousand
    # digits is past what Python reads as a number, twenty-five past what a database column
    # holds. Both were a 500 from the picker; the lesson really ticked still goes to the LMS.
    picker = open_picker(lms)
    odd = ["9" * 5000, "9" * 25, str(lessons[0].pk)]
    response = lms.client.post(picker, {"lesson": odd}, secure=True)
    assert response.status_code == 200
    items = verify_as_the_lms(lms, returned_jwt(response))[DL + "content_items"]
    assert [item["title"] for item in items] == ["Zebra Strong Passwords"]
