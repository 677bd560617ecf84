"""A grieving student rarely writes "i want to die": they write that they want to be with the
person they lost. Where the post says that person died (or the writer's own despair beside the
wish), the lead sees it at once, as critical; the same words about a crush, a visit, a pet or a
grief remembered raise nothing."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "my grandad passed away in march and honestly i just want to be with him again",
        "since my sister died i'd rather be with her than be here",
        "mi abuela murió el año pasado y solo quiero estar con ella otra vez",
        "i just want to go be with my dad, i'm so tired of being here",
    ],
)
def test_a_wish_to_join_someone_who_died_is_critical(post):
    assert worst_in(post, "self_harm") == 4, post


@pytest.mark.parametrize(
    "post",
    [
        "i want to be with him so bad, he's so cute",
        "can't wait to be with my nan at christmas",
        "my hamster died today and i want to be with my friends tonight",
        "i miss my nan so much since she died, i wish i could see her again",
        "quiero estar con mi abuela en navidad",
        "mi abuelo murió y nunca podré estar con él otra vez",
    ],
)
def test_the_same_words_without_a_death_wished_for_raise_nothing(post):
    assert worst(post) < 3, post
