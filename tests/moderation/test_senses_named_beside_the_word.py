"""A PE teacher writes "the coach made us run suicides until we dropped", a biology sheet reads
"the spastic muscles of the patient relaxed" and "the horny plates on a turtle's shell", a
history lesson has "the hangman tied a noose", a business studies class learns that "the crash
left the shares worthless", a recipe stones cherries, a parent posts about "the poppers on the
baby's vest", the weather brings "a freak wave", a club is "grooming her for the captaincy", ski
slopes "are groomed each night by machines", a last-minute goal "absolutely killed me" and a
tired teacher "could murder a cup of tea": each is the everyday sense the words beside it name,
and no flag. The writer's own despair, a death counted, a noose the writer tied, an insult at
someone, a drug taken, grooming for sex, and a person as the doer are read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "our coach made us run suicides until we dropped",
        "The spastic muscles of the patient relaxed after the treatment.",
        "The horny plates on the turtle's shell protect it.",
        "The hangman tied a noose and the crowd fell silent.",
        "The market crash left the shares worthless.",
        "The cherries were stoned before they went into the pie.",
        "The poppers on the baby's vest were hard to do up.",
        "A freak wave swamped the little boat.",
        "It was a freak accident that nobody could have predicted.",
        "The club is grooming her for the captaincy.",
        "Ski slopes are groomed each night by snow machines.",
        "that last minute goal absolutely killed me, what a match",
        "That last inspection nearly killed me, but we got a good rating.",
        "I could murder a cup of tea after that parents' evening.",
        "The pornography trade is regulated by law.",
    ],
)
def test_the_everyday_sense_beside_the_word_is_no_flag(post):
    assert worst(post) == 0


def test_deaths_counted_beside_a_match_are_still_held():
    assert worst("there were two suicides in our town after the match") >= HOLD


@pytest.mark.parametrize(
    "post", ["i feel worthless, like a fake coin nobody wants", "i tied a noose last night"]
)
def test_the_writers_own_despair_is_recorded_at_the_librarys_severity(post):
    assert worst(post) == 2


@pytest.mark.parametrize(
    "post",
    [
        "the coach is a spastic",
        "got stoned with my mates",
        "i popped some poppers at the party",
        "you freak",
        "he is grooming her for sex",
        "he nearly killed me",
        "my dad nearly killed me last night",
    ],
)
def test_an_insult_a_drug_taken_or_a_person_as_the_doer_is_still_recorded(post):
    assert worst(post) >= 1


@pytest.mark.parametrize(
    "post",
    [
        "Redskins lost again, the defence was a joke today",
        "the Redskins changed their name to the Commanders before the new season",
    ],
)
def test_the_old_name_of_a_football_team_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    ["shut up you redskins", "the redskins lost their land to the settlers"],
)
def test_the_slur_at_people_is_still_recorded(post):
    assert worst(post) >= 2


@pytest.mark.parametrize(
    "post",
    [
        "the shot clock ran out before he could shoot",
        "she shoots from outside the box every time",
        "shoot the ball when you are in the box",
    ],
)
def test_a_shot_at_a_goal_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "im going to shoot everyone at the basketball game",
        "i will shoot him after the match",
        "i will shoot up the football match",
        "bring your gun, we shoot after the game",
    ],
)
def test_shooting_at_people_or_with_a_gun_near_a_game_is_still_recorded(post):
    assert worst(post) >= 1
