"""Jamal writes about his family for a careers lesson: "my aunt is a paramedic and she sees
overdoses every weekend". An everyday word that is someone's job raises no flag for the
safeguarding lead. When the writer is in it ("the paramedic said I overdosed", "took an
overdose") it is still recorded."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def flagged(text: str) -> bool:
    return bool(scan_post(LIBRARY, text))


@pytest.mark.parametrize(
    "post",
    [
        "my aunt is a paramedic and she sees overdoses every weekend",
        "The school nurse measured my BMI during the health check.",
        "Our vet treats dogs that overdosed on painkillers left out at home.",
    ],
)
def test_an_everyday_word_that_is_someones_work_is_no_flag(post):
    assert not flagged(post)


@pytest.mark.parametrize(
    "post",
    [
        "the paramedic said i overdosed on my mums tablets",
        "took an overdose and the nurse found me",
        "my mum overdosed at home last night",
    ],
)
def test_an_overdose_with_the_writer_or_their_family_in_it_is_still_flagged(post):
    assert flagged(post)


def test_a_professional_who_hands_the_writer_the_means_is_still_recorded():
    assert flagged("the doctor gave me pills to overdose")
