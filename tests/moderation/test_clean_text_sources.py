"""The precision benchmark reads clean prose from this machine: Debian's package descriptions and
licence texts, a fixed sample, each description once; a source the machine lacks is empty."""

from __future__ import annotations

import zlib

from moderation.bench.clean_text import (
    licence_sentences,
    package_descriptions,
    sentences,
    topics,
)

LISTING = """Package: knifey
Version: 1.0
Description: tool that slices log files into pieces
 It cuts big logs into small ones.
 .
 Each piece keeps its header line.
Description-md5: 0123

Package: plain
Description: a summary without a long text

Package: no-description
Version: 2
"""


def test_a_package_gives_its_summary_then_its_long_text():
    found = package_descriptions(LISTING, sample=1)
    assert found[0].splitlines()[0] == "tool that slices log files into pieces."
    assert "It cuts big logs into small ones." in found[0]
    assert found[1] == "a summary without a long text."
    assert len(found) == 2  # a package without a description gives nothing


def test_the_sample_is_chosen_by_the_name_so_it_is_the_same_every_run():
    kept = {name for name in ("knifey", "plain") if zlib.crc32(name.encode()) % 3 == 0}
    found = package_descriptions(LISTING, sample=3)
    assert len(found) == len(kept)
    assert package_descriptions(LISTING, sample=3) == found


def test_a_machine_without_licence_texts_gives_no_sentences(tmp_path):
    assert licence_sentences(tmp_path / "missing") == []


def test_licence_files_linked_to_each_other_are_read_once(tmp_path):
    (tmp_path / "GPL-3").write_text("You may copy this program. You may share it with friends.")
    (tmp_path / "GPL").symlink_to(tmp_path / "GPL-3")
    assert licence_sentences(tmp_path) == [
        "You may copy this program.",
        "You may share it with friends.",
    ]


def test_sentences_of_fewer_than_three_words_are_left_out():
    assert list(sentences("Stop. The soldiers marched home.")) == ["The soldiers marched home."]


def test_everyday_sentences_are_grouped_by_topic():
    groups = topics("everyday_sentences.txt")
    assert {"history", "news", "sport", "cooking", "science", "health", "español"} <= set(groups)
    assert all(len(lines) >= 20 for lines in groups.values())
