"""The second spelling table (``moderation/bench/data/spelling_dev_2.tsv``) is what
``tools/spelling_variants.py`` writes: each plain post with one variant per kind of change an
outside evaluator makes, chosen by a seed, so that a rate measured on it today is measured on
the same rows tomorrow. Each variant changes one word of its post by exactly its kind."""

from __future__ import annotations

import random

from tools.spelling_variants import KINDS, POSTS, TABLE, change, table, variant


def test_the_table_is_what_the_tool_writes():
    assert TABLE.read_text(encoding="utf-8") == table()


def test_every_post_has_one_variant_of_every_kind():
    rows = [line.split("\t") for line in table().splitlines() if not line.startswith("#")]
    assert len(rows) == len(POSTS) * len(KINDS)
    assert {row[1] for row in rows} == set(KINDS)


def test_a_typo_changes_one_letter():
    rng = random.Random(1)
    assert len(change("stab", "typo: dropped", rng)) == 3
    assert len(change("stab", "typo: doubled", rng)) == 5
    swapped = change("stab", "typo: swapped", rng)
    assert sorted(swapped) == sorted("stab") and swapped != "stab"
    keyed = change("stab", "typo: keyboard", rng)
    assert len(keyed) == 4 and sum(a != b for a, b in zip(keyed, "stab", strict=True)) == 1


def test_a_variant_changes_a_marked_word_and_keeps_the_rest():
    post = "i will [shoot] up this school"
    changed = variant(post, "split")
    assert changed.endswith(" up this school")
    assert changed.replace(" ", "") == "iwillshootupthisschool"
    joined = variant(post, "run-together")
    assert joined.replace(" ", "") == "iwillshootupthisschool"
    assert len(joined.split(" ")) < len(post.split(" "))
