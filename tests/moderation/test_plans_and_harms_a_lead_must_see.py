"""A safeguarding lead reads what the fifth set's author found let through or under-rated: a
beating threatened in street words, burning told as done, a stash of pills, a weapon held to
someone at home, the writer or someone close shot or killed, a plan with a time and a note,
a method the writer says they will use, a relapse into self-harm, a stranger who wants a meeting
kept from a parent. Each reaches the lead at the severity it needs; the everyday sense of the
same words does not (issue 17)."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import STARTER, worst


def _worst(post: str, category: str) -> int:
    return max((m.severity for m in STARTER.scan(post) if m.entry.category == category), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "say that again and i'll smash his head in",
        "come near my sister again and im gonna cave ur face in",
        "touch my bike again and i'll break your legs",
        "im gonna kick his head in after school",
        "keep talking and i'll knock your teeth out",
    ],
)
def test_a_beating_threatened_in_street_words_is_high(post):
    assert _worst(post, "violence") >= 3


@pytest.mark.parametrize(
    ("post", "category", "least"),
    [
        # burning, told as done
        ("burnt myself again in the bathroom, nobody noticed", "self_harm", 3),
        ("i burned my arm with a lighter after the argument", "self_harm", 3),
        ("me quemé con un mechero anoche", "self_harm", 3),
        # self-harm told as done, or a relapse into it
        ("i self harmed again on sunday, i feel so stupid", "self_harm", 3),
        ("had a sh relapse this week after 40 days", "self_harm", 3),
        # a stash of pills, and saving them up
        ("there's a stash of pills in my wardrobe that nobody knows about", "self_harm", 3),
        ("i've been saving up my pills for weeks", "self_harm", 4),
        # a weapon held to someone at home
        ("my stepdad held a knife to my sister last night", "violence", 3),
        ("he pulled a knife on me outside the chippy", "violence", 3),
        # the writer or someone close shot, stabbed or killed
        ("my cousin was stabbed on saturday and i cant stop shaking", "violence", 3),
        ("my best friend got shot near the shops", "violence", 3),
        ("i got stabbed walking home from football", "violence", 3),
        ("a mi primo lo mataron el mes pasado", "violence", 3),
        # a meeting or pictures kept from a parent
        ("a guy from a game wants me to meet him without telling my parents", "grooming", 3),
    ],
)
def test_each_kind_reaches_the_lead_at_its_severity(post, category, least):
    assert _worst(post, category) >= least


@pytest.mark.parametrize(
    "post",
    [
        # a time and a note, or a time and a means
        "kms on friday, the letters are written, i've written my note to my mum",
        "i have a stash of pills under my bed and tomorrow is the day",
        # a method the writer says they are going to use
        "i'm going to jump off the roof of the car park",
        "gonna jump in front of a train, i'm done",
    ],
)
def test_a_plan_is_critical(post):
    assert _worst(post, "self_harm") == 4


@pytest.mark.parametrize(
    "post",
    [
        # the method wished, not planned, and no time: high, not critical
        "some days i want to jump off the bridge",
        # a throwaway with a time but nothing prepared
        "kms tonight if this essay isnt finished",
    ],
)
def test_a_method_or_a_time_alone_is_not_yet_a_plan(post):
    assert _worst(post, "self_harm") < 4


@pytest.mark.parametrize(
    "post",
    [
        "i'm not going to jump off the bridge, calm down",
        "if we lose tonight im gonna jump off a bridge lol",
    ],
)
def test_a_method_negated_or_laughed_off_is_never_raised(post):
    assert _worst(post, "self_harm") < 4


@pytest.mark.parametrize(
    "post",
    [
        "smashed it in the exam today, so happy",
        "my phone got killed by the update",
        "cut the onions and fry them until soft",
        "burnt myself on the oven tray making tea",
        "if you fall and break your legs skiing, the insurance pays",
        "we got killed in the second half, 4-0",
        "i wrote my note for the teacher tonight",
        "she broke the world record and smashed her head coach's expectations",
    ],
)
def test_the_everyday_senses_stay_unflagged(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "some older guy on fortnite keeps asking me for pics",
        "a 20 year old on discord wants me to send him photos",
        "this man i met on roblox asked me to move to snapchat",
        "she's 18 and keeps asking for pics of me",
    ],
)
def test_a_request_from_someone_met_in_a_game_or_older_is_high(post):
    assert _worst(post, "grooming") >= 3


@pytest.mark.parametrize(
    "post",
    [
        # a friend, a build, a holiday: low or nothing, never held
        "my grandad wants me to send him photos of the holiday",
        "can u send pics of your roblox base",
        "me and my cousin met on minecraft years ago, we're best mates",
    ],
)
def test_pictures_between_friends_and_family_are_not_held(post):
    assert _worst(post, "grooming") < 3


@pytest.mark.parametrize(
    "post",
    [
        # Spanish: a method the writer says they will use, a farewell letter with a time,
        # pills saved with a day named
        "me voy a tirar de un puente, ya no aguanto",
        "ya dejé una carta para mi madre, mañana se acaba todo, carta de despedida hecha",
        "llevo semanas guardando pastillas, el sábado es el día",
    ],
)
def test_a_plan_in_spanish_is_critical(post):
    assert _worst(post, "self_harm") == 4


@pytest.mark.parametrize(
    "post",
    [
        "mi padrastro le puso un cuchillo al cuello a mi hermana",
        "un chaval me sacó un cuchillo en la parada del bus",
    ],
)
def test_a_knife_held_to_the_writer_or_family_in_spanish_is_high(post):
    assert _worst(post, "violence") >= 3


@pytest.mark.parametrize(
    "post",
    [
        "le puso un cuchillo y un tenedor a cada invitado",
        "guarda las pastillas del abuelo en el armario alto",
    ],
)
def test_a_table_laid_and_medicine_put_away_stay_unflagged(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "my uncle was killed in action in 1944, we visit his grave every year",
        "my cousin got killed in fortnite again and threw his controller",
        "i got shot by a paintball at the party, massive bruise",
        "my best friend got shot down when he asked her out",
        "i got stabbed in the back by people i trusted",
        "my brother got killed by the refs today, three penalties",
    ],
)
def test_a_game_an_idiom_or_a_war_grave_is_no_disclosure_of_violence(post):
    assert _worst(post, "violence") == 0


def test_a_group_dare_is_not_the_writers_plan():
    # tombstoning on a summer day: the library still records the words, but not as a plan
    assert (
        _worst("we're gonna jump off the bridge into the river on saturday lads", "self_harm") < 4
    )


@pytest.mark.parametrize(
    "post", ["cut again last night, it's getting worse", "burning myself again"]
)
def test_self_harm_told_as_done_again_is_high(post):
    assert _worst(post, "self_harm") >= 3
