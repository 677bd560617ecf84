"""A student posts in the class discussion, presses Back, and the browser puts the words back in
the box with a fresh form. Posting again lands on the one post already made: no second row in
the thread, no second scan, no second flag for the safeguarding lead. The draft is not cleared
on Back, and a post that is really new (later, elsewhere in the thread, by a classmate) is kept."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from curriculum.models import DiscussionPost
from curriculum.steps.discussion import REPEAT_WINDOW
from curriculum.steps.kind import step_url
from moderation.keywords.store import forget_compiled_library, import_library
from moderation.models import Flag, ModeratedPost
from tests.curriculum.test_discussion import post

pytestmark = pytest.mark.django_db

IDEA = "People share because they trust friends."
DISCLOSURE = "Someone at the park keeps telling me to keep secrets from my mum"

KEYWORDS = """term,category,severity,mode,definition,exceptions
keep secrets,grooming,2,word,Secrecy asked of a child.,
hurt myself,self_harm,3,word,Self-harm told by the writer.,
"""


@pytest.fixture
def keywords():
    forget_compiled_library()
    import_library("repeat_post_words", KEYWORDS, None, "test library")
    yield
    forget_compiled_library()


def test_posting_the_same_words_again_with_a_fresh_form_shows_the_one_post(student_client, link):
    first = post(student_client, link, IDEA)
    again = post(student_client, link, IDEA)  # a fresh token, as after Back

    [only] = DiscussionPost.objects.all()
    assert first["Location"].endswith(f"#post-{only.pk}")
    assert again["Location"].endswith(f"#post-{only.pk}")
    assert ModeratedPost.objects.count() == 1
    assert student_client.get(again["Location"]).content.decode().count(IDEA) == 1


def test_a_flagged_post_sent_again_is_not_scanned_or_flagged_twice(keywords, student_client, link):
    post(student_client, link, DISCLOSURE)
    post(student_client, link, DISCLOSURE)

    assert DiscussionPost.objects.count() == 1
    assert ModeratedPost.objects.count() == 1
    assert Flag.objects.count() == 1


def test_the_same_words_after_the_window_are_a_new_post(student_client, link):
    start = timezone.now()
    with freeze_time(start) as clock:
        post(student_client, link, IDEA)
        clock.tick(REPEAT_WINDOW + timedelta(seconds=1))
        post(student_client, link, IDEA)
    assert DiscussionPost.objects.count() == 2


def test_the_same_words_as_a_reply_are_a_new_post(student_client, link):
    post(student_client, link, IDEA)
    first = DiscussionPost.objects.get()
    post(student_client, link, IDEA, parent=first.pk)
    assert DiscussionPost.objects.filter(parent=first).count() == 1


def test_different_words_soon_after_are_a_new_post(student_client, link):
    post(student_client, link, IDEA)
    post(student_client, link, "Also because the app makes sharing one tap.")
    assert DiscussionPost.objects.count() == 2


def test_a_classmate_writing_the_same_words_has_their_own_post(client, student, student2, link):
    client.force_login(student)
    post(client, link, IDEA)
    client.force_login(student2)
    post(client, link, IDEA)
    assert DiscussionPost.objects.count() == 2


HURTING = "I want to hurt myself again tonight"


def help_shown(client, response) -> bool:
    page = client.get(response["Location"]).content.decode()
    return 'class="alert alert--support' in page and response["Location"].endswith("#messages")


def test_a_post_that_needs_help_sent_twice_shows_the_help_contacts_both_times(
    keywords, student_client, link
):
    html = student_client.get(step_url(link, "discussion")).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)

    assert help_shown(student_client, post(student_client, link, HURTING, token=token))
    # The same form sent again (a double tap), then a fresh form with the same words (Back).
    assert help_shown(student_client, post(student_client, link, HURTING, token=token))
    assert help_shown(student_client, post(student_client, link, HURTING))
    assert DiscussionPost.objects.count() == 1
