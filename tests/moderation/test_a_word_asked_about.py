"""Mr Okafor teaches Year 8 and posts on a teachers' forum: "What does 'kms' mean? I keep
seeing it on their planners", 'the pupils now write "sewerslide" instead of the real word', 'Is
the term "thinspo" something I should know?'. A word named as a word (its meaning asked, named
as a term, or quoted on its own and glossed) is mentioned, not used: no flag where nobody in
particular is in its sentence or the next. A student who says the word is theirs, a friend's,
or was sent to them is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "What does kms mean? It keeps coming up in the Year 9 group chats.",
        'Is the term "thinspo" something staff should know about?',
        'The pupils now write "sewerslide" instead of the real word, to get past filters.',
        '"Unalive" means to kill or to die, for anyone who missed the briefing.',
    ],
)
def test_a_word_named_as_a_word_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ('what does "kys" mean? a boy in my class sent it to me', 2),
        ("what does kms mean, because i think about it every night", 3),
        ('my sister keeps saying "unalive" instead of die and it scares me', 3),
        ('the word "kys" was scratched into my desk', 2),
        ("i want to unalive myself", 3),
    ],
)
def test_a_word_that_is_someones_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
