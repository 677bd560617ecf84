"""A lead on a case with a held post hears each text box named for what it is for. The release
and remove boxes were both labelled "Reason (optional)": tabbing through the case page with a
screen reader, two boxes read the same (found walking `make demo`)."""

from __future__ import annotations

import re

import pytest

from moderation.models import ModeratedPost
from tests.moderation.staff.test_a_spanish_speaking_lead import working_in

pytestmark = pytest.mark.django_db

LABEL = re.compile(r'<label for="([\w-]+)">([^<]+)</label>')


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_boxes_on_a_held_posts_case_share_a_label(client, lead, make_flag, language):
    flag = make_flag(post_status=ModeratedPost.Status.HELD, severity=3)
    working_in(client, lead, language)

    html = client.get(f"/admin/moderation/flags/{flag.pk}/").content.decode()

    labels = dict(LABEL.findall(html))
    assert {"release-reason", "remove-reason", "escalate-reason"} <= labels.keys()
    names = list(labels.values())
    assert len(names) == len(set(names)), names
