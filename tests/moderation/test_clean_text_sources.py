"""The precision benchmark reads clean prose from this machine: Debian's package descriptions and
licence texts, a fixed sample, each description once; WordNet's example sentences, fortune
cookies and GCIDE's literary quotations when their packages are installed, split into halves by
hash; a source the machine lacks is empty. The hard case keeps only the sentences that hold a
library word, read plainly."""

from __future__ import annotations

import gzip
import zlib

from moderation.bench.clean_text import (
    cookies,
    debian_prose,
    fortune_sentences,
    gcide_quotations,
    halves,
    holding_prose,
    holding_words,
    licence_sentences,
    package_descriptions,
    sentences,
    topics,
    wordnet_sentences,
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


# WordNet's data files, in miniature: a licence line that starts with spaces, then one synset a
# line, its gloss after " | " with example sentences in double quotes (written for this test).
WORDNET_DATA = """  1 This line is the licence at the top of the file, "not an example here"
00001234 29 v 01 sprint 0 000 | run very fast; "she sprinted to catch the bus"; "go"
00005678 29 v 01 fire 0 000 | dismiss from a job; "the manager fired him on Monday"
"""


def test_wordnet_gives_each_example_sentence_of_three_words_or_more_once(tmp_path):
    (tmp_path / "data.verb").write_text(WORDNET_DATA * 2, encoding="latin-1")
    assert wordnet_sentences(tmp_path) == [
        "she sprinted to catch the bus",
        "the manager fired him on Monday",
    ]


def test_a_fortune_file_gives_its_sentences_without_the_attribution():
    text = "Rain on the roof is a song. Nobody pays to hear it.\n\t-- Someone Wise\n%\nShort.\n%\n"
    assert list(cookies(text)) == ["Rain on the roof is a song.", "Nobody pays to hear it."]


def test_fortunes_are_read_from_the_folder_itself_never_its_offensive_section(tmp_path):
    (tmp_path / "kindness").write_text("Be kind to the bus driver today.\n%\n")
    (tmp_path / "kindness.dat").write_bytes(b"\x00\x01index")
    (tmp_path / "kindness.u8").symlink_to(tmp_path / "kindness")
    (tmp_path / "off").mkdir()
    (tmp_path / "off" / "rude").write_text("This sentence must never be read.\n%\n")
    assert fortune_sentences(tmp_path) == ["Be kind to the bus driver today."]
    assert fortune_sentences(tmp_path / "missing") == []


def test_every_debian_source_names_the_package_to_install_when_it_is_missing():
    for source in debian_prose():
        assert source.packages
        assert isinstance(source.read(), list)


def test_the_halves_split_by_the_sentence_itself_so_every_run_splits_alike():
    posts = [f"Sentence number {n} about the weather." for n in range(200)]
    development, held_back = halves(posts)
    assert sorted(development + held_back) == sorted(posts)
    assert 60 <= len(development) <= 140
    assert halves(list(reversed(posts)))[0] == list(reversed(development))


# GCIDE's dictionary file, in miniature (written for this test): a headword, a gloss with a
# quotation and its author inline, a quotation block indented under it, a block that is only a
# sense's long text (no author), and a quotation of two words.
GCIDE_DATA = """Sprint \\Sprint\\, v. i.
   To run at full speed. "She sprinted for the last {bus}." --Anon.
   [1913 Webster]

            The hare ran on, and the hounds ran after
            her across the wet field.              --Old Song.
      [1913 Webster]

   2. (Sport) A short race run at the greatest speed,
            as in the hundred yards.
      [1913 Webster]

            Run, rabbit. --Anon.
"""


def test_gcide_gives_its_quotations_with_their_authors_left_off(tmp_path):
    path = tmp_path / "gcide.dict.dz"
    path.write_bytes(gzip.compress(GCIDE_DATA.encode()))
    assert sorted(gcide_quotations(path)) == [
        "She sprinted for the last bus.",
        "The hare ran on, and the hounds ran after her across the wet field.",
    ]
    assert gcide_quotations(tmp_path / "missing.dict.dz") == []


def test_only_sentences_holding_a_term_or_its_form_as_a_whole_word_are_kept():
    posts = [
        "The soldiers were killed at dawn.",
        "Skilled workers built the bridge.",
        "Fuckwits, the lot of them.",
        "A shot at goal in the last minute.",
        "The knife-edge of the ridge was icy.",
    ]
    kept = holding_words(posts, frozenset({"killed", "shot at", "knife"}), frozenset({"fuck"}))
    assert kept == [
        "The soldiers were killed at dawn.",
        "Fuckwits, the lot of them.",
        "A shot at goal in the last minute.",
        "The knife-edge of the ridge was icy.",
    ]


def test_the_hard_case_reads_english_sources_only_and_names_what_to_install():
    names = [source.name for source in holding_prose()]
    assert "GCIDE quotations" in names
    assert not any("Spanish" in name for name in names)
    assert all(source.packages for source in holding_prose())
