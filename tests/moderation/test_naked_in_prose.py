"""Ms Okafor, the safeguarding lead, reads what the sexting library raises. A Year 10 English
essay quotes a novel ("the prisoners stood naked in the rain"), a history answer tells of
monks who thought dancing lewd, a joke from a cracker has a naked emperor: none of it is about
an image, a child, the writer or the reader, so none of it reaches her. The same words about a
picture asked for or sent, a child, the writer or the reader, someone made to undress or
exposing himself, still do; so does "naked" all but alone, which is a chat message, not prose."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst_in


@pytest.mark.parametrize(
    "post",
    [
        "In the last chapter the prisoners stood naked in the rain while the guards laughed.",
        "The emperor walked through the town naked and the crowd pretended to admire his robes.",
        "The old monks thought dancing at harvest festivals was lewd and banned it.",
        "Adam and Eve were naked in the garden and felt no shame.",
        "Critics called the painting lewd when it was first shown in Paris in 1865.",
        "The wrestlers of ancient Olympia competed naked, oiled from head to foot.",
    ],
)
def test_nakedness_told_of_in_a_story_or_history_is_no_flag(post):
    assert worst_in(post, "sexting") == 0


@pytest.mark.parametrize(
    "post",
    [
        "he keeps asking me to send him naked photos on snap",
        "someone filmed her naked in the changing room and it went round",
        "a man at the park showed himself naked to the younger kids",
        "my stepdad walks around the house naked and it makes me uncomfortable",
        "they made him strip naked as a dare before they would let him in the group",
        "he sends lewd messages to girls in year 8",
        "get naked for me",
        "naked?",
        "an older boy exposed himself naked on the bus this morning",
        "you looked good naked last night",
    ],
)
def test_naked_about_an_image_a_child_the_writer_or_someone_made_to_is_flagged(post):
    assert worst_in(post, "sexting") >= 2
