"""The CSV library format: reading, writing and the errors an editor sees."""

from __future__ import annotations

import io

import pytest

from moderation.engine import Entry, LibraryError, dump_entries, load_entries, parse_entries

HEADER = "term,category,severity,mode,definition,exceptions\n"


def test_it_reads_entries_comments_blank_lines_and_quoted_cells():
    text = (
        HEADER + "# a comment, with a comma\n\n"
        'kill,violence,3,word,"A threat, ""quoted"".",kill time| killing it \n'
        "suicid,self_harm,4,prefix,Stem.,\n"
        "thinspo,eating_disorders,3,,Defaults to word mode.,\n"
    )
    entries = parse_entries(text)
    assert entries == [
        Entry("kill", "violence", 3, 'A threat, "quoted".', "word", ("kill time", "killing it")),
        Entry("suicid", "self_harm", 4, "Stem.", "prefix"),
        Entry("thinspo", "eating_disorders", 3, "Defaults to word mode.", "word"),
    ]


def test_it_reads_a_file_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "lib.csv"
    path.write_text("\ufeff" + HEADER + "kys,bullying,4,word,Kill yourself.,\n", encoding="utf-8")
    assert load_entries(path)[0].term == "kys"
    assert load_entries(str(path))[0].term == "kys"


def test_it_reads_an_open_file():
    assert load_entries(io.StringIO(HEADER + "kys,bullying,4,word,x,\n"))[0].severity == 4


def test_errors_name_the_line_and_all_are_reported():
    text = HEADER + "kill,violence,9,word,x,\nkys,bullying,4,sideways,x,\nshort,row\n"
    with pytest.raises(LibraryError) as error:
        parse_entries(text, "lib.csv")
    assert [p.split(":")[1] for p in error.value.problems] == ["2", "3", "4"]


def test_a_wrong_header_is_refused():
    with pytest.raises(LibraryError, match="header"):
        parse_entries("word,category,severity\n")


def test_writing_then_reading_gives_the_same_entries():
    entries = [
        Entry("kill", "violence", 3, 'Multi-line,\n"quoted" text.', "word", ("kill time",)),
        Entry("🔪", "violence", 3, "Emoji.", "substring"),
    ]
    assert parse_entries(dump_entries(entries)) == entries


def test_an_exception_containing_the_separator_cannot_be_written():
    with pytest.raises(LibraryError):
        dump_entries([Entry("kill", "violence", 3, exceptions=("kill|time",))])
