"""A student tells that someone threatened them to keep them quiet: "he said if I tell anyone
he'll hurt my sister", "if u tell anyone ill send the pics". That is how abusers and extortioners
keep a child silent, and the lead sees it first: critical. The secrecy words alone, or followed
by a friend's worry or banter about a spoiler, stay where the library puts them."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER, worst_in


def _worst(post: str) -> int:
    return worst_in(post, "grooming")


@pytest.mark.parametrize(
    "post",
    [
        "he told me if i tell anyone he'll hurt my little brother",
        "she said if i tell anybody shell hurt my mum",
        "if u tell anyone ill send the pics to ur whole school",
        "he says if you tell anybody i will post the video everywhere",
        "my uncle said if i tell anyone he's going to hit me again",
    ],
)
def test_a_harm_promised_for_telling_is_critical(post):
    assert _worst(post) == 4, scan_post(STARTER, post)


@pytest.mark.parametrize(
    "post",
    [
        "if i tell anyone they'll think i'm weird",
        "if you tell anyone the ending of the film i'll kill you",
        "don't tell anyone about the surprise party, she'll be so happy",
    ],
)
def test_a_worry_or_a_spoiler_is_not_raised(post):
    assert _worst(post) < 4, scan_post(STARTER, post)
