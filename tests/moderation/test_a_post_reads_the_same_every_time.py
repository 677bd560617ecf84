"""A post is read the same the first time the engine sees it as every time after. A token
written twice in one post ("@die!! ... @die!!") was read back for its first copy and left as
written for its second, but only on the first scan in a process (later scans took both from
the memo): the same post gave a lead two matches on Monday and one on Tuesday."""

import pytest

from moderation.engine import compile_library
from moderation.scanning import normalize
from tests.moderation.conftest import ENTRIES

# Written for the project: leet tokens that recur within one post.
POSTS = [
    "die)\n…|ittle’ @die!!\n@die!!\n",
    "k1ll!! no k1ll!! lol",
    "gr8 gr8 @k1ll @k1ll",
]


@pytest.mark.parametrize("post", POSTS)
def test_the_first_scan_reads_a_post_as_later_scans_do(post):
    library = compile_library(ENTRIES)
    normalize._UNLEET_MEMO.clear()
    first = library.scan(post)
    assert library.scan(post) == first
    normalize._UNLEET_MEMO.clear()
    assert library.scan(post) == first
