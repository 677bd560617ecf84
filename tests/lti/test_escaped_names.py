"""Moodle sends people's names and course titles HTML-escaped (format_string: "O&#039;Brien",
"Year 7 &amp; 8"), in its roster and in its launches; Canvas sends them as typed. A teacher
reads "O'Brien" either way: never "O&#039;Brien" nor "O&amp;#039;Brien", and a name that is
markup is shown as text, never run as markup."""

from __future__ import annotations

import html

from lti.models import Course, LtiIdentity
from lti.roster import course_roster
from tests.lti.platform import CLAIM, LEARNER

MOODLE_ROSTER = [
    {"user_id": "11", "name": "Siobhán O&#039;Brien", "roles": [LEARNER]},
    {"user_id": "12", "given_name": "Zo&euml;", "family_name": "D&#039;Souza", "roles": [LEARNER]},
    {"user_id": "13", "name": "Tom &amp; Jerry", "roles": [LEARNER]},
    {"user_id": "14", "name": "&lt;img src=x onerror=alert(1)&gt;", "roles": [LEARNER]},
    {"user_id": "15", "name": "<b>Raw</b> Markup", "roles": [LEARNER]},
]


def test_the_roster_keeps_moodles_escaped_names_as_the_names_they_are(lms, lessons):
    lms.platform.members.extend(MOODLE_ROSTER)
    lms.teacher_launch(lessons[0])
    names = [name for _, name, _ in course_roster(Course.objects.get())]
    assert names == [
        "Siobhán O'Brien",
        "Zoë D'Souza",
        "Tom & Jerry",
        "<img src=x onerror=alert(1)>",
        "<b>Raw</b> Markup",
    ]


def test_the_teacher_reads_each_name_once_escaped_on_the_dashboard(lms, lessons):
    lms.platform.members.extend(MOODLE_ROSTER)
    landing = lms.teacher_launch(lessons[0])["Location"]
    page = lms.client.get(landing, secure=True).content.decode()
    shown = html.unescape(page)
    assert "Siobhán O'Brien" in shown and "Zoë D'Souza" in shown and "Tom & Jerry" in shown
    # Escaped once by the template, never twice, and markup never reaches the page as markup.
    assert "&amp;#039;" not in page and "&amp;amp;" not in page and "&amp;lt;" not in page
    assert "<img src=x" not in page and "<b>Raw</b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;Raw&lt;/b&gt; Markup" in page


def test_a_moodle_launch_stores_the_name_and_course_title_unescaped(lms, lessons):
    def moodle_escaped(claims):
        claims["name"] = "Siobhán O&#039;Brien"
        claims[CLAIM + "context"]["title"] = "Year 7 &amp; 8 Citizenship"

    response = lms.launch(
        lambda nonce, target: lms.platform.resource_link_claims(
            nonce, target, sub="11", roles=[LEARNER], lesson_id=lessons[0].pk
        ),
        mutate=moodle_escaped,
    )
    assert response.status_code == 302
    assert LtiIdentity.objects.get(sub="11").name == "Siobhán O'Brien"
    assert Course.objects.get().title == "Year 7 & 8 Citizenship"


def test_a_canvas_name_with_an_ampersand_and_apostrophe_is_kept_as_typed(lms, lessons):
    lms.platform.members.append({"user_id": "21", "name": "Ana & Bo O'Neil", "roles": [LEARNER]})
    lms.teacher_launch(lessons[0])
    [(_, name, _)] = course_roster(Course.objects.get())
    assert name == "Ana & Bo O'Neil"
