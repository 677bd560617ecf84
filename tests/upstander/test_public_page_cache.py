"""A family reading the public site is served pages kept rendered (upstander/page_cache.py);
an editor's published change shows at once; and nobody signed in, in the admin or through
the LMS, is ever served a kept page or has theirs kept."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import PageViewRestriction, Site

from curriculum.models import FamilyResourcePage, HelpContactSettings, LessonPage
from moderation.models import TrustedAdult
from upstander.page_cache import CACHE_HEADER

pytestmark = pytest.mark.django_db

NONCE = re.compile(rb'<script nonce="([^"]+)"')


def family() -> Client:
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def guide(curriculum) -> FamilyResourcePage:
    return FamilyResourcePage.objects.live().filter(language="en").order_by("pk").first()


def served_from_cache(response) -> bool:
    return response.get(CACHE_HEADER) == "hit"


def test_a_second_family_reading_a_guide_gets_the_kept_page(guide):
    first = family().get(guide.url)
    second = family().get(guide.url)

    assert first.status_code == second.status_code == 200
    assert not served_from_cache(first)
    assert served_from_cache(second)
    assert guide.title.encode() in second.content
    assert second["X-Frame-Options"] == "DENY"


def test_each_kept_page_gets_its_own_nonce_in_the_page_and_the_policy(guide):
    answers = [family().get(guide.url) for _ in range(3)]

    nonces = [NONCE.search(a.content).group(1).decode() for a in answers]
    assert len(set(nonces)) == 3
    for answer, nonce in zip(answers, nonces, strict=True):
        assert f"'nonce-{nonce}'" in answer["Content-Security-Policy"]


def test_a_published_change_shows_at_once(guide):
    family().get(guide.url)
    assert served_from_cache(family().get(guide.url))

    revision = guide.get_latest_revision_as_object()
    revision.summary = "Talk about the first phone before it is in the box."
    revision.save_revision().publish()

    after = family().get(guide.url)
    assert not served_from_cache(after)
    assert b"before it is in the box" in after.content


def test_an_unpublished_guide_is_gone_at_once_from_its_address_and_the_home_page(guide):
    assert guide.title.encode() in family().get("/").content
    family().get(guide.url)

    guide.unpublish()

    assert family().get(guide.url).status_code == 404
    assert guide.title.encode() not in family().get("/").content


def test_saving_the_help_contacts_renews_the_lesson_pages(curriculum):
    lesson = LessonPage.objects.live().order_by("pk").first()
    family().get(lesson.url)
    assert served_from_cache(family().get(lesson.url))

    contacts = HelpContactSettings.for_site(Site.objects.get(is_default_site=True))
    contacts.country = "GB"
    contacts.save()

    assert not served_from_cache(family().get(lesson.url))


def test_a_signed_in_lead_is_never_served_a_kept_page_nor_has_theirs_kept(guide):
    lead = get_user_model().objects.create_user("lead", "lead@school.example", "pw")
    signed_in = Client(HTTP_HOST="127.0.0.1")
    signed_in.force_login(lead)
    family().get(guide.url)

    for _ in range(2):
        assert not served_from_cache(signed_in.get(guide.url))

    # What the lead was shown was not kept: the next family is served the family's page.
    guide.save_revision().publish()
    signed_in.get(guide.url)
    assert not served_from_cache(family().get(guide.url))


def test_an_lms_session_alone_is_never_served_a_kept_page(guide):
    family().get(guide.url)
    student = Client(HTTP_HOST="127.0.0.1")
    student.cookies[settings.LTI_SESSION_COOKIE_NAME] = "a-student-session"

    assert not served_from_cache(student.get(guide.url))


def test_the_concern_form_is_never_kept_and_each_visitor_gets_their_own_token(curriculum):
    counsellor = get_user_model().objects.create_user("okafor")
    TrustedAdult.objects.create(user=counsellor, display_name="Mr Okafor")
    visitors = [family(), family()]
    answers = [visitor.get("/concern/") for visitor in visitors for _ in range(2)]

    assert not any(served_from_cache(a) for a in answers)
    assert all(b"csrfmiddlewaretoken" in a.content for a in answers)
    # The concern pages open in the LMS iframe too: their cookies have the iframe's names.
    tokens = {v.cookies[settings.LTI_CSRF_COOKIE_NAME].value for v in visitors}
    assert len(tokens) == 2


def test_a_page_put_behind_a_password_is_no_longer_served_nor_kept(guide):
    family().get(guide.url)
    assert served_from_cache(family().get(guide.url))

    PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.PASSWORD, password="family"
    )
    answers = [family().get(guide.url) for _ in range(2)]

    assert guide.summary.encode() not in answers[1].content
    assert not any(served_from_cache(a) for a in answers)


def test_search_results_are_kept_and_renewed_by_publishing(guide):
    url = "/search/?q=" + guide.title.split()[-1]
    family().get(url)
    assert served_from_cache(family().get(url))

    guide.unpublish()

    after = family().get(url)
    assert not served_from_cache(after)
    assert guide.url.encode() not in after.content
