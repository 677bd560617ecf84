"""A safeguarding lead reads what the starter libraries let through: a wish not to wake up, a
note left "in case", "I can't keep going", a car driven into a wall, a family "better off"
without the writer, someone who says they will hurt the writer, names the writer is called, a
drink or drug the writer says they take. Each kind reaches the lead at the severity it needs, in
English and in Spanish, and the everyday sense of the same words does not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import STARTER


def _worst(post: str, category: str) -> int:
    return max((m.severity for m in STARTER.scan(post) if m.entry.category == category), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "honestly i keep thinking about killing myself on the bus home",
        "had thoughts of killing myself again last night",
    ],
)
def test_thinking_about_killing_oneself_is_critical(post):
    assert _worst(post, "self_harm") == 4


@pytest.mark.parametrize(
    ("post", "category", "least"),
    [
        # wishing not to wake, not to be alive
        ("some nights i hope i never wake up", "self_harm", 3),
        ("i wish i didnt wake up this morning tbh", "self_harm", 3),
        ("i just want to fall asleep and not wake up", "self_harm", 3),
        ("ojalá no me despierte mañana", "self_harm", 3),
        ("i wish i could fall asleep tonight and never wake up", "self_harm", 3),
        ("honestly i wish i could just not exist", "self_harm", 3),
        ("every night i hope i die in my sleep", "self_harm", 3),
        ("ojalá me muriera esta noche", "self_harm", 3),
        ("they'd honestly be happier if i was dead", "self_harm", 3),
        ("been having thoughts of ending it since christmas", "self_harm", 3),
        ("a veces quisiera no existir", "self_harm", 3),
        # a burden, said with would or could: the belief, not a hypothetical
        ("my mum would be happier without me honestly", "self_harm", 3),
        ("my sisters would be better off without me", "self_harm", 3),
        ("mis padres serían más felices sin mí", "self_harm", 3),
        # notes and belongings
        ("left a goodbye note under my pillow", "self_harm", 3),
        ("i wrote letters to my family in case anything happens", "self_harm", 3),
        ("i've been giving away all my things to my cousins", "self_harm", 3),
        ("estoy regalando todas mis cosas", "self_harm", 3),
        # cannot go on
        ("i honestly can't keep going, every day is the same", "self_harm", 3),
        ("i can't carry on like this", "self_harm", 3),
        ("i don't know how much longer i can keep going", "self_harm", 3),
        ("no aguanto seguir así, de verdad", "self_harm", 3),
        ("ya no puedo seguir así", "self_harm", 3),
        # a means named
        ("sometimes on the way home i think about driving into a wall", "self_harm", 3),
        ("i nearly stepped out, i wanted to step in front of a bus", "self_harm", 3),
        ("pienso en tirarme a las vías", "self_harm", 3),
        ("a veces pienso que me voy a tirar a la carretera", "self_harm", 3),
        ("part of me wants to walk into the sea", "self_harm", 3),
        # threats against the writer
        ("my ex is going to hurt me if i go to the party", "violence", 3),
        ("his brother threatened to stab me outside the chippy", "violence", 3),
        ("they said they're gonna get me after school friday", "violence", 3),
        ("she said she'll burn my house down", "violence", 3),
        ("el novio de mi hermana me va a pegar", "violence", 3),
        ("el hermano de Laura dijo que me iba a matar", "violence", 3),
        ("los de cuarto quieren darme una paliza", "violence", 3),
        ("a group from the other school are planning to jump me", "violence", 3),
        ("some guy from year 11 found out where i live", "violence", 2),
        ("ese chico sabe dónde vivo y me da miedo", "violence", 2),
        # names the writer is called
        ("the girls in my form keep calling me ugly", "bullying", 2),
        ("en clase me llaman gorda todos los días", "bullying", 2),
        # the writer's own drink or drugs
        ("i've been drinking vodka before school most days", "drugs", 2),
        ("i took cocaine at the party on saturday", "drugs", 2),
        ("bebo vodka todos los días antes de clase", "drugs", 2),
        ("me emborracho sola casi todas las noches", "drugs", 2),
        ("me meto rayas en las fiestas", "drugs", 2),
        ("i've been drinking every night since my nan died", "drugs", 2),
    ],
)
def test_each_kind_the_lead_found_missing_is_flagged(post, category, least):
    assert _worst(post, category) >= least, STARTER.scan(post)


@pytest.mark.parametrize(
    "post",
    [
        "i was killing myself at the gym this morning, legs are dead",
        "i can't keep going with this essay, can we have an extension",
        "she can't keep going back to the shop for milk",
        "no puedo más de la risa con este vídeo",
        "i wish i could go to the match on saturday",
        "i don't know how much longer the bus will be",
        "we walked into the sea at sunset on holiday",
        "el ajedrez: mi abuelo siempre quiere darme una paliza jugando",
        "he takes cocaine in the film, it's an 18",
        "the unit on alcohol says vodka is a spirit",
        "el consumo de alcohol en menores es un tema de tutoría",
    ],
)
def test_the_everyday_sense_of_the_same_words_is_not_held(post):
    assert all(m.severity < 3 for m in STARTER.scan(post)), STARTER.scan(post)


def test_could_after_a_wish_is_the_wish_itself_not_a_supposition():
    (wished,) = [m for m in STARTER.scan("i wish i could sleep and never wake up")]
    (supposed,) = [m for m in STARTER.scan("if i could sleep and never wake up i'd miss maths")]
    assert (wished.context, wished.severity) == ("self", 3)
    assert (supposed.context, supposed.severity) == ("hypothetical", 2)
