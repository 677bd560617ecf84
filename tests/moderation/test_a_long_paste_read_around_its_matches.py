"""A post longer than any real one (a paste of a document, a bot's flood) is read by the post
readers that lower a match (a story's event, a past told as over, a concern already with an
adult) in the stretches around its matches, not the whole paste; the readers that raise one (a
plan, a goodbye made final, a witness's plan) still read all of it. What a student or a member
of staff writes reads the same at the top or the foot of a long paste as it does alone.
"""

from __future__ import annotations

from moderation.scanning.budget import READ_PER_KIND, unread_of
from moderation.scanning.matches import LONG_POST
from moderation.scanning.spanish import scan_post

from .starter_library import STARTER, top_reading, worst_in

# Ten thousand characters of a school trip's write-up, none of it a library word.
TRIP = (
    "We walked along the river after lunch and counted the herons on the far bank, then "
    "Mr Adeyemi showed us how the lock gates let the narrowboats climb the hill. "
) * 64


def _readings(text: str) -> list[tuple[str, int, str, str]]:
    return [(m.category, m.severity, m.context, m.text) for m in scan_post(STARTER, text)]


def test_the_write_up_is_longer_than_any_real_post():
    assert len(TRIP) > LONG_POST
    assert _readings(TRIP) == []


def test_a_staff_log_above_or_below_a_long_write_up_reads_as_the_log_alone():
    log = (
        'A Year 8 said to her friend "i wanna die" when she saw her mock result. I checked in '
        "with her after the lesson and she laughed it off. Tutor aware."
    )
    alone = _readings(log)
    assert alone == [("self_harm", 2, "handled", "wanna die")]
    assert _readings(log + "\n" + TRIP) == alone
    assert _readings(TRIP + "\n" + log) == alone


def test_a_films_ending_told_at_the_foot_of_a_long_paste_is_still_a_story():
    review = "Watched Dead Poets Society with my Year 12s today. Neil's suicide hit them hard."
    assert _readings(review) == []
    assert _readings(TRIP + " " + review) == []


def test_a_recovery_told_after_a_long_paste_is_still_told_as_the_past():
    story = "When I was 15 I tried to kill myself. I'm 24 now and so glad I'm still here."
    alone = _readings(story)
    assert alone == [("self_harm", 2, "past", "kill myself")]
    assert _readings(TRIP + " " + story) == alone


def test_a_friends_harm_is_not_lowered_by_an_adult_named_pages_away_in_a_paste():
    """In a real post the telling anywhere lowers the friend's harm; in a paste, words ten
    thousand characters off are not read with it, and it keeps its reading: a paste is
    never lowered from far away."""
    assert _readings("my friend is cutting herself again. i told my form tutor.") == [
        ("self_harm", 1, "handled", "cutting herself")
    ]
    far = "my friend is cutting herself again. " + TRIP + " i told my form tutor."
    assert _readings(far) == [("self_harm", 3, "other", "cutting herself")]


def test_a_goodbye_made_final_at_the_end_of_a_long_paste_is_held_at_critical():
    """The readers that raise read the whole paste: "love you all" at its foot makes the
    goodbyes above it a note, as it does in a short post."""
    assert worst_in("i won't be around after friday. love you all.", "self_harm") == 4
    paste = "i won't be around after friday. " * 400 + "love you all."
    assert len(paste) > LONG_POST
    assert worst_in(paste, "self_harm") == 4


def test_a_plan_after_many_goodbyes_is_critical():
    """The goodbyes past the match budget are only counted; the plan after them is another
    kind of match, read whatever came first, and critical."""
    for paste in (
        "goodbye everyone\n" * 50 + "I have decided to commit suicide tonight.",
        "goodbye everyone, " * 600 + "I have decided to kill myself tonight.",
    ):
        found = scan_post(STARTER, paste)
        assert worst_in(paste, "self_harm") == 4
        assert unread_of(found)  # the goodbyes past the budget, counted


def test_a_paste_of_one_plain_threat_is_read_by_its_first_matches_and_the_rest_counted():
    threat = "i will kill you "
    paste = threat * 4096
    found = scan_post(STARTER, paste)
    assert top_reading(paste) == top_reading(threat) == (3, "threat")
    assert found[0].start == 0 and found == sorted(found, key=lambda m: m.start)
    assert all(n <= READ_PER_KIND for n in _per_kind(found).values())
    assert sum(unread_of(found).values()) > 10_000


def test_a_threat_after_a_paste_of_a_harmless_phrase_holding_the_word_is_read():
    paste = "killing time at the bus stop. " * 2000 + "i will kill you"
    assert _readings(paste) == [("violence", 3, "threat", "i will kill you")]


def _per_kind(found: list) -> dict[tuple[str, int], int]:
    counts: dict[tuple[str, int], int] = {}
    for match in found:
        kind = (match.entry.category, match.entry.severity)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def test_a_paste_read_again_for_a_plan_answers_as_if_normalised_afresh(monkeypatch):
    """A paste of high self-harm words past the match budget is read again in full (a plan
    may make one of them critical); the second reading reuses the first one's normalisation
    of the paste, and answers exactly as a reading that normalises it anew."""
    import moderation.scanning.normalize as normalize

    paste = "cutting myself!!\n" * 300 + "I have decided to commit suicide."
    kept = scan_post(STARTER, paste)
    assert len([m for m in kept if m.category == "self_harm"]) > READ_PER_KIND
    assert scan_post(STARTER, paste) == kept
    monkeypatch.setattr(normalize, "_KEEP_FROM", 10**9)
    assert scan_post(STARTER, paste) == kept
