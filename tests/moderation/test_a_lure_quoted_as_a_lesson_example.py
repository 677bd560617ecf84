"""Ms Okafor shares her online-safety slides on the staff forum: they quote what groomers and
scammers write, so that Year 7 learn to spot it. A lure quoted as a lesson's example, with
nobody in particular around it, raises no flag. The same words told by a student of someone
they know, or passed on by a teacher from a pupil, are still flagged."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        'Slide 4 lists what predators type first, for example "you seem really grown up for '
        'your age" and "don\'t tell your parents we talk".',
        'Worksheet task: a gamer offers "free skins if you send me a pic". Circle the red flags.',
        "Our training video shows scammers writing \"pay me or I'll send your nudes to your "
        'whole school".',
        'Role play for Year 8: a new online friend asks "can we go somewhere more private?" '
        "and the class decides what to do next.",
        'En la charla de tutoría pusimos ejemplos: "no se lo cuentes a tus padres" o "borra '
        'nuestros mensajes".',
    ],
)
def test_a_lure_quoted_as_teaching_material_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        # the writer's own contact, compared with the lesson
        'My coach keeps saying "don\'t tell your parents we talk", like the example in the lesson.',
        # a pupil's words passed on by the teacher
        'A Year 6 told me "he says it\'s our secret and nobody will believe me". What do I do?',
        # a student quoting what someone sent them
        'he sent me "send me a pic or I\'ll share your nudes" after the assembly',
    ],
)
def test_the_same_words_told_of_someone_in_particular_are_still_held(post):
    assert worst(post) >= HOLD
