"""The case page: matched spans highlighted with definitions, the student's text escaped."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import AuditEntry, FlagMatch, FlagNote, StaffNotification
from moderation.staff.casework import highlight, propose_exception

pytestmark = pytest.mark.django_db


def open_case(client, user, flag):
    client.force_login(user)
    response = client.get(reverse("moderation_admin:case", args=[flag.pk]))
    assert response.status_code == 200
    return response


def reveal_text(client, user, flag):
    """What the reviewer reads after "Reveal text" (the page again, without script)."""
    client.force_login(user)
    response = client.post(reverse("moderation_admin:reveal", args=[flag.pk]))
    assert response.status_code == 200
    return response


def test_it_highlights_each_span_with_its_definition(client, lead, make_flag):
    flag = make_flag(
        text="I will kill you, loser",
        matches=[("kill", "A threat to kill."), ("loser", "An insult.")],
        category="violence",
        severity=3,
    )
    html = reveal_text(client, lead, flag).content.decode()
    assert (
        'I will <mark class="moderation-match" title="kill: A threat to kill." '
        'aria-describedby="match-1">kill</mark><sup><a href="#match-1">1</a></sup> you, '
        '<mark class="moderation-match" title="loser: An insult." aria-describedby="match-2">'
        'loser</mark><sup><a href="#match-2">2</a></sup>'
    ) in html
    assert '<dt id="match-1">1. kill' in html
    assert "A threat to kill." in html and "An insult." in html


def test_it_escapes_html_in_the_post_and_in_definitions(client, lead, make_flag):
    flag = make_flag(
        text='<script>alert(1)</script> loser <img src=x onerror="x()">',
        matches=[("loser", 'Insult <b onmouseover="x()">bold</b>')],
    )
    html = reveal_text(client, lead, flag).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=&quot;x()&quot;&gt;" in html
    assert '<b onmouseover="x()">' not in html


def test_highlight_uses_the_spans_not_a_search_for_the_word():
    text = "kill time, then kill"
    match = FlagMatch(pk=1, term="kill", definition="d", start=16, end=20, matched_text="kill")
    assert str(highlight(text, [match])).startswith("kill time, then <mark")


def test_overlapping_or_out_of_range_spans_are_not_marked_twice():
    text = "kill yourself"
    whole = FlagMatch(pk=1, term="kill yourself", definition="a", start=0, end=13)
    part = FlagMatch(pk=2, term="kill", definition="b", start=0, end=4)
    outside = FlagMatch(pk=3, term="x", definition="c", start=20, end=25)
    html = str(highlight(text, [part, whole, outside]))
    assert html.count("<mark") == 1
    assert ">kill yourself</mark>" in html


def test_viewing_a_case_is_audited_and_marks_its_notices_read(client, lead, make_flag):
    flag = make_flag()
    notice = StaffNotification.objects.create(recipient=lead, flag=flag)
    open_case(client, lead, flag)
    client.post(reverse("moderation_admin:viewed", args=[flag.pk]))  # the page's script
    assert AuditEntry.objects.filter(
        action="flag.viewed", actor=lead, object_id=str(flag.pk)
    ).exists()
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_it_shows_notes_and_the_students_recent_flags(client, lead, make_flag, author, course):
    earlier = make_flag(course=course, student=author, category="hate", severity=3)
    flag = make_flag(course=course, student=author)
    FlagNote.objects.create(flag=flag, author=lead, text="Spoke to form tutor.")
    response = open_case(client, lead, flag)
    assert response.context["recent_flags"] == [earlier]
    assert "Spoke to form tutor." in response.content.decode()
    assert "Alex Author" in response.content.decode()


def test_a_teachers_case_page_lists_only_recent_flags_they_may_see(
    client, teacher, make_flag, author, course
):
    make_flag(course=course, student=author, severity=4, category="self_harm")
    visible = make_flag(course=course, student=author, severity=1)
    flag = make_flag(course=course, student=author, severity=2)
    response = open_case(client, teacher, flag)
    assert response.context["recent_flags"] == [visible]
    assert "Self-harm" not in response.content.decode()


def test_teachers_see_only_their_actions(client, teacher, make_flag, course):
    flag = make_flag(course=course)
    html = open_case(client, teacher, flag).content.decode()
    assert "Acknowledge" in html and "Escalate" in html and "Add note" in html
    assert "Resolve" not in html and "Mark false positive" not in html


def test_every_action_form_carries_a_csrf_token(client, lead, make_flag):
    from moderation.models import ModeratedPost

    flag = make_flag(post_status=ModeratedPost.Status.HELD)
    html = open_case(client, lead, flag).content.decode()
    assert html.count('method="post"') == html.count('name="csrfmiddlewaretoken"')
    assert html.count('method="post"') >= 7


@pytest.mark.parametrize(
    ("text", "start", "end", "phrase"),
    [
        ("I killed it in the match", 2, 8, "killed it"),
        # "the bomb" alone would excuse "plant the bomb": a word that names something
        ("that was the bomb", 13, 17, "was the bomb"),
        ("honestly such a loser at chess lol", 16, 21, "loser at chess"),
        ("Let's kill time!", 6, 10, "kill time"),
        ("kill", 0, 4, "kill"),
    ],
)
def test_a_false_positive_proposes_the_match_and_its_neighbouring_word(text, start, end, phrase):
    assert propose_exception(text, start, end) == phrase
