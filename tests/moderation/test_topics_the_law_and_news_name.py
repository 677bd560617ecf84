"""A civics essay says "campaigners wanted stricter pornography laws" and a teacher writes "a
debate on cannabis legislation": a library word before the law's or the news's own nouns
(laws, a trial, a ban, legislation, figures, a suspect) or after "against" or "convicted of"
names a topic, as "a lesson about bullying" does. Where the writer or someone they know is in
it, it is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Campaigners wanted stricter pornography laws in the nineties.",
        "The pornography trial was reported in every paper.",
        "Our class wrote letters supporting laws against self-harm websites.",
        "The government announced a porn ban for sites that children use.",
        "The court heard that the defendant was convicted of rape in 1990.",
        "Police in the city are still hunting the murder suspect.",
    ],
)
def test_a_topic_the_law_or_the_news_names_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "my brother keeps showing me porn on his phone",
        "i self harm and i know there are laws about websites",
        "he sends me porn every night",
        "the man who raped me was never convicted of rape",
        "my uncle was arrested for rape last year",
    ],
)
def test_the_writer_or_someone_they_know_is_still_flagged(post):
    assert worst(post) >= 1
