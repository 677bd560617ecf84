"""Sam reviews what the family is reading, watching and hearing: "Dad's reading a biography
about a boy who survived a mass shooting", "a podcast on self-harm recovery", "the overdose
rate in our county doubled". A memoir, a podcast, a series or a song about a harm names it as
a topic, and so does a rate of it: no flag where nobody in particular is in the sentence. The
writer in it ("I wrote a song about suicide because it's how I feel") is read as a topic of
theirs, recorded lower for staff; a wish of their own is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Dad's reading a biography about a boy who survived a mass shooting",
        "there's a new podcast on self-harm recovery that the school recommends",
        "the suicide rate for farmers is higher than for any other job",
        "a docuseries and an album about a school shooting came out the same week",
    ],
)
def test_a_harm_named_as_the_subject_of_a_memoir_a_podcast_or_a_rate_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("i wrote a song about suicide because that's how i feel", 1),
        ("that podcast made me want to kill myself", 3),
        ("my suicide attempt rate is going up", 1),
    ],
)
def test_the_writer_beside_such_a_topic_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
