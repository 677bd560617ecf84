"""A teacher shares "https://www.example.org/self-harm/getting-help" with a class: the words in
a web address name the page it leads to. They are recorded one level lower, labelled as a link
for staff to open, never dropped: a link can lead to harm as well as to help. An e-mail address
is a name, like a person's, and no flag."""

from __future__ import annotations

from moderation.scanning.context import LINKED, describe
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER, worst


def test_a_topic_in_a_web_address_is_recorded_lower_as_a_link():
    matches = scan_post(STARTER, "Helpful page: https://www.example.org/self-harm/getting-help")
    assert matches, "a link is recorded, never dropped"
    assert {m.context for m in matches} == {LINKED}
    assert all(m.severity < m.entry.severity for m in matches)
    assert worst("Helpful page: https://www.example.org/self-harm/getting-help") < HOLD
    assert "web address" in describe(LINKED)


def test_the_same_words_outside_the_address_keep_their_severity():
    post = "i self harm every night, this site helped me: www.example.org/help"
    assert worst(post) >= HOLD


def test_a_word_inside_an_e_mail_address_is_a_name_and_no_flag():
    assert worst("The forms went to jo@mail.abo.example.org on Friday, thanks") == 0
    assert worst("Send the forms to office@school.example.org, you abo") >= 1
