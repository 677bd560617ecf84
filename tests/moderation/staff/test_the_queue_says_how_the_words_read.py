"""Two "high" grooming flags look alike in the queue, but one student wrote that it is happening
to them. The queue now says, under the category, how the words around the most serious match
read ("the writer's own", "agreed with by the writer", "named as a topic"), in the lead's
language, so the lead opens that case first; a plain match adds nothing."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from django.urls import reverse

from moderation.models import FlagMatch
from tests.moderation.staff.test_a_spanish_speaking_lead import page, working_in

pytestmark = pytest.mark.django_db


def row_of(html: str, flag) -> str:
    found = re.search(rf'<tr data-flag="{flag.pk}">(.*?)</tr>', html, re.S)
    assert found, f"flag {flag.pk} is not in the queue"
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", found.group(1)))


def flag_read_as(make_flag, context: str, **fields):
    flag = make_flag(**fields)
    FlagMatch.objects.filter(flag=flag).update(context=context)
    return flag


@pytest.mark.parametrize(
    ("language", "own", "endorsed", "topic"),
    [
        (
            "en",
            "read as: the writer's own",
            "read as: agreed with by the writer",
            "read as: named as a topic",
        ),
        (
            "es",
            "interpretado como: propio de quien escribe",
            "interpretado como: respaldado por quien escribe",
            "interpretado como: nombrado como tema",
        ),
    ],
)
def test_each_flag_in_the_queue_says_how_its_words_read(
    client, lead, make_flag, language, own, endorsed, topic
):
    theirs = flag_read_as(
        make_flag,
        "own",
        text="i think its happening to me, grooming",
        matches=[("grooming", "")],
        category="grooming",
        severity=3,
    )
    agreed = flag_read_as(
        make_flag,
        "endorsed",
        text="isis have a point",
        matches=[("isis", "")],
        category="extremism",
        severity=3,
    )
    lesson = flag_read_as(
        make_flag,
        "topic",
        text="the lesson on self harm, she cried",
        matches=[("self harm", "")],
        category="self_harm",
        severity=1,
    )
    plain = make_flag()
    working_in(client, lead, language)

    html = page(client, reverse("moderation_admin:queue"))

    assert own in row_of(html, theirs)
    assert endorsed in row_of(html, agreed)
    assert topic in row_of(html, lesson)
    assert "read as" not in row_of(html, plain) and "interpretado" not in row_of(html, plain)


def test_a_match_marked_a_false_positive_no_longer_labels_the_flag(client, lead, make_flag):
    flag = flag_read_as(
        make_flag, "own", text="grooming me", matches=[("grooming", "")], severity=3
    )
    FlagMatch.objects.filter(flag=flag).update(false_positive=True)
    client.force_login(lead)

    assert "the writer's own" not in row_of(page(client, reverse("moderation_admin:queue")), flag)
