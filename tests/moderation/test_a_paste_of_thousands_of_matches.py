"""A paste of thousands of library terms is read up to the match budget of each kind (category
and severity) and the rest counted (moderation/scanning/budget.py): the post still reaches staff
at its worst, held where it must be, with its first matches in order and the count of the rest.
"""

from __future__ import annotations

from collections import Counter

from moderation.scanning.budget import READ_PER_KIND, unread_of
from moderation.scanning.spanish import scan_post

from .starter_library import STARTER, worst_in


def _terms(category: str, severity: int) -> list[str]:
    return [e.term for e in STARTER.entries if e.category == category and e.severity == severity]


HATE_HIGH = _terms("hate", 3)
PROFANITIES = [t for t in _terms("profanity", 2) + _terms("profanity", 1) if t.isalpha()]


def test_a_paste_of_two_thousand_distinct_slurs_flags_as_hate_at_its_top_severity():
    paste = "\n".join(HATE_HIGH[:2000])
    found = scan_post(STARTER, paste)
    assert worst_in(paste, "hate") == 3
    hate = [m for m in found if m.category == "hate" and m.entry.severity == 3]
    assert len(hate) == READ_PER_KIND  # its first ones, where they were typed
    assert hate == sorted(hate, key=lambda m: m.start) and hate[0].start == 0
    assert unread_of(found)[("hate", 3)] > 1500


def test_one_critical_slur_in_the_paste_is_read_and_the_post_held_at_critical():
    critical = next(t for t in _terms("hate", 4))
    paste = "\n".join([*HATE_HIGH[:1500], critical, *HATE_HIGH[1500:2000]])
    assert worst_in(paste, "hate") == 4


def test_a_critical_sentence_buried_after_three_thousand_profanities_is_held_at_critical():
    sentence = "I'm going to kill myself tonight."
    profanities = (PROFANITIES * (3000 // len(PROFANITIES) + 1))[:3000]
    paste = " ".join(profanities) + "\n" + sentence
    found = scan_post(STARTER, paste)
    [self_harm] = [m for m in found if m.category == "self_harm"]
    assert (self_harm.severity, paste[self_harm.start : self_harm.end]) == (4, "kill myself")
    assert sum(unread_of(found).values()) > 2500


def test_a_high_word_a_plan_makes_critical_is_read_however_many_high_words_come_first():
    """Past the budget, a high self-harm reading would stay high; its category may be raised
    to critical by the words around it, so the post is read again with those in full."""
    paste = "cutting myself\n" * 50
    assert worst_in(paste, "self_harm") == 3  # nothing in the paste itself is a plan
    assert worst_in(paste + "I have decided to commit suicide.", "self_harm") == 4
    found = scan_post(STARTER, paste + "I have decided to commit suicide.")
    assert len([m for m in found if m.category == "self_harm"]) == 51
    assert unread_of(found) == {}


def test_a_real_post_is_read_whole():
    post = (
        "I keep getting called a slag and a slut at school and they said kill yourself. "
        "Honestly I want to die some days."
    )
    found = scan_post(STARTER, post)
    assert found and unread_of(found) == {}
    assert max(Counter((m.category, m.entry.severity) for m in found).values()) < READ_PER_KIND
