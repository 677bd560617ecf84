"""A student's own post does not offer them "Reply to <their own name>": they can add to it,
and a classmate's post still offers a reply by name. A post waiting for staff is seen by nobody
else yet, so it offers nothing to answer."""

import pytest

from tests.curriculum.conftest import step_url
from tests.curriculum.test_discussion import holding_moderation, post  # noqa: F401

pytestmark = pytest.mark.django_db


def test_your_own_post_offers_to_add_to_it_and_a_classmates_offers_a_reply(
    client, student, student2, link
):
    client.force_login(student)
    post(client, link, "My first thought.")
    html = client.get(step_url(link, "discussion")).content.decode()
    assert "Add to your post" in html
    assert "Reply to Sam Student" not in html
    client.force_login(student2)
    html = client.get(step_url(link, "discussion")).content.decode()
    assert "Reply to Sam Student" in html
    assert "Add to your post" not in html


def test_a_post_waiting_for_staff_offers_nothing_to_answer(
    client,
    student,
    link,
    holding_moderation,  # noqa: F811
):
    client.force_login(student)
    post(client, link, "Something that needs a look.")
    html = client.get(step_url(link, "discussion")).content.decode()
    assert "Something that needs a look." in html
    assert "Add to your post" not in html
    assert 'name="parent"' not in html
