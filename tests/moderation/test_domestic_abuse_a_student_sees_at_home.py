"""A student telling of domestic abuse they see or live with at home: a parent, carer or a
parent's partner hitting, kicking, throwing things at, locking up, strangling or threatening
to kill someone in the family; the student hiding when it starts, afraid of a temper, the
police at the door at night. Seeing it is a child-protection concern, so each is held (3); a
threat to kill or strangling is critical (4). The same verbs about a ball, a party, a joke
between brothers or a novel's characters are not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, STARTER, worst

CRITICAL = 4


def reading(post: str) -> tuple[int, str]:
    """The most severe match's severity and category, (0, "") for none."""
    matches = STARTER.scan(post)
    if not matches:
        return 0, ""
    top = max(matches, key=lambda m: m.severity)
    return top.severity, top.entry.category


@pytest.mark.parametrize(
    "post",
    [
        "my stepdad kicked my mom last night n i couldnt do anything",
        "mums boyfriend slapped her in front of us again",
        "my dad threw a glass at my mother when he got home",
        "he locked my mum in the bedroom and took her phone",
        "when my parents fight and he starts shouting i hide upstairs when they scream",
        "im scared of my stepdads temper, he smashed the door",
        "police came round again last night because of my dad",
        "el novio de mi mamá le pega y yo no sé qué hacer",
        "mi padrastro le dio una patada a mi madre",
        "me escondí en el baño cuando mi padre se enfada",
        "anoche mi papá la empujó y la policía vino a mi casa anoche",
    ],
)
def test_abuse_the_student_witnesses_at_home_is_held_as_a_family_concern(post):
    assert reading(post) == (HOLD, "grooming"), post


@pytest.mark.parametrize(
    "post",
    [
        "my dad threatened to kill my mom last night",
        "he said hed kill mum and i believe him",
        "my stepdad strangled my mother on saturday",
        "dad choked my mum against the wall",
        "mi padre amenazó con matar a mi mamá",
        "el novio de mi madre la agarró del cuello",
    ],
)
def test_a_threat_to_kill_or_strangling_at_home_is_critical(post):
    assert reading(post) == (CRITICAL, "grooming"), post


@pytest.mark.parametrize(
    "post",
    [
        "my dad hit the ball over the fence into next door",
        "mum threw a party for my nan's 80th",
        "my dad is killing it at work this year",
        "my mom threw a ball at my dad and missed lol",
        "we hid in my room playing minecraft all night",
        "the police came to our house to talk about bike safety",
        "el novio de mi madre le pega a la pelota con mucha fuerza",
        "mi padre le pega a la pelota con mucha fuerza",
        "in the novel her husband beats her and she leaves him",
        "in the film her boyfriend hit her and she left",
    ],
)
def test_the_same_verbs_about_a_ball_a_party_or_a_story_are_not_held(post):
    assert worst(post) < HOLD, post


@pytest.mark.parametrize(
    "post",
    [
        "my stepdad kicked my little sister and she was crying all night",
        "mums boyfriend punches my brother when nobody is looking",
        "mom slapped my dad so hard his lip bled",
        "he hits us when he gets drunk",
        "dad locked us in the flat and went out",
        "mi padrastro golpeó a mi hermanito",
        "el novio de mi mamá le dio una bofetada a mi hermana",
        "nos pegaba cuando bebía",
    ],
)
def test_a_parent_hurting_a_brother_a_sister_or_the_other_parent_is_held(post):
    assert reading(post) == (HOLD, "grooming"), post


@pytest.mark.parametrize(
    "post",
    [
        "my stepdad threatened to kill my mum if she ever leaves",
        "he keeps threatening to kill mom unless she gives him the money",
        "el novio de mi madre amenaza con matar a mi madre si lo deja",
    ],
)
def test_a_threat_made_on_a_condition_is_still_a_threat_made(post):
    assert reading(post) == (CRITICAL, "grooming"), post


def test_a_threat_the_writer_only_supposes_is_held_one_level_lower():
    assert reading("if my dad threatened to kill my mum i would ring 999") == (HOLD, "grooming")


def test_a_parent_choking_a_brother_or_sister_is_critical():
    assert reading("last night dad choked my little brother") == (CRITICAL, "grooming")


@pytest.mark.parametrize(
    "post",
    [
        "dad hit my brother with the ball at cricket",
        "my mum kicked my dad under the table to shut him up",
        "mi madre le pega a mi hermano al ajedrez siempre",
        "i punched my little brother for stealing my charger",
    ],
)
def test_a_game_a_nudge_or_a_sibling_scrap_is_not_held(post):
    assert worst(post) < HOLD, post


def test_a_brother_punching_the_writer_as_a_joke_is_low_bullying_not_abuse_at_home():
    assert reading("my brother punched me in the arm as a joke") == (2, "bullying")


def test_every_new_entry_tells_staff_what_to_do():
    for entry in STARTER.entries:
        if "domestic abuse" in entry.definition or "violencia doméstica" in entry.definition:
            assert (
                "procedure" in entry.definition
                or "protocolo" in entry.definition
                or ("police" in entry.definition)
            ), entry.term
