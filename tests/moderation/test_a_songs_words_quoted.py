"""Jordan quotes the songs on repeat this week: 'the hook is literally "pull up with a loaded
gun"', 'lyrics go "bring a knife to the party" lol', '"i will kill you with kindness" is the
best line on the whole album'. A violent line in quotation
marks that the clause before it, or the words after it, name as a song's is the song's: no
flag. A quotation sent to someone ('this track is for you: "..."', 'he sent me a song'),
said by someone ('he said "..." and then played a song'), or watched by someone who means it
is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        'the hook is literally "pull up with a loaded gun" and I cannot stop humming it',
        'lyrics go "bring a knife to the party" lol',
        'the chorus is "gonna shoot up the sky" so catchy',
        '"i will kill you with kindness" is the best line on the whole album',
    ],
)
def test_a_violent_line_named_as_a_songs_is_the_songs(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ('this track is for you: "i\'m gonna shoot you down"', HOLD),
        ('he sent me a song and the lyrics say "i will kill you"', HOLD),
        ('he said "i\'m going to stab you" and then played a song', HOLD),
        ('my brother keeps singing "kill them all" when he looks at me', HOLD),
    ],
)
def test_a_line_sent_or_said_to_someone_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
