"""A Year 9 poetry unit reads ballads, hymns and the Bible of later centuries, and students
quote them: "I will shoot you ere the dawn, the highwayman sang unto the landlord's daughter".
Words that only verse and scripture still use ("unto", "betwixt", "whence", the poets' "o'er",
"e'er" and "ne'er", the old "-eth" of "he that stealeth") mark the line as quoted, as "thee"
and "hath" do, so its shootings and deaths are the poem's. A name or an ordinal that ends in
"-eth" ("Gareth", "the twentieth time") is today's English, and a threat in it still reaches
Ms Okafor, the safeguarding lead; so does today's English beside the quotation."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "I will shoot you ere the dawn, the highwayman sang unto the landlord's daughter.",
        "Whence came you, and why would you kill the king?",
        "Stay betwixt me and the soldiers, lest they shoot you.",
        "I shall relapse into my old ways, he cried, and drink unto the morning.",
        "The wolf that stealeth my lambs, I will shoot him myself.",
    ],
)
def test_a_line_in_the_english_of_verse_and_scripture_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "Gareth said he is going to stab me after school",
        "this is the twentieth time he has said he will shoot me",
        "Kenneth keeps saying he will kill you if you tell anyone",
        "We read the ballad o'er and o'er in class. I want to kill myself tonight.",
    ],
)
def test_todays_english_with_a_name_or_number_in_eth_still_reaches_the_lead(post):
    assert worst(post) >= HOLD
