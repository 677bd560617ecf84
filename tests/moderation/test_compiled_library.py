"""A compiled library: immutable, thread-safe, picklable, fingerprinted, robust."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

from moderation.engine import Entry, LibraryError, compile_library
from moderation.scanning.budget import READ_PER_KIND

from .conftest import ENTRIES

POSTS = [
    "I will k.i.l.l you",
    "kys lol",
    "she felt suicidal",
    "nothing to see here",
    "#thinspo goals",
    "our l1ttle secret",
] * 50


def test_a_pickled_library_scans_the_same_as_the_original(library):
    copy = pickle.loads(pickle.dumps(library))
    assert copy.fingerprint == library.fingerprint
    assert [copy.scan(p) for p in POSTS] == [library.scan(p) for p in POSTS]


def test_a_compiled_library_cannot_be_changed(library):
    with pytest.raises(AttributeError):
        library.entries = ()
    with pytest.raises(AttributeError):
        del library.fingerprint


def test_scanning_from_many_threads_at_once_gives_the_same_answers(library):
    expected = [library.scan(p) for p in POSTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(library.scan, POSTS)) == expected


def test_the_fingerprint_follows_the_entries_and_version_labels_are_kept():
    first = compile_library(ENTRIES)
    assert compile_library(list(ENTRIES)).fingerprint == first.fingerprint
    changed = compile_library([*ENTRIES[:-1], Entry("1488", "extremism", 4, "Changed.")])
    assert changed.fingerprint != first.fingerprint
    assert compile_library(ENTRIES, version="r42").version == "r42"


def test_an_empty_library_is_valid_and_matches_nothing():
    assert compile_library([]).scan("kill yourself") == []


def test_clean_text_gives_an_empty_list(library):
    assert library.scan("") == []
    assert library.scan("What a lovely day at school.") == []


def test_scan_refuses_what_is_not_text(library):
    with pytest.raises(TypeError):
        library.scan(b"kill")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"term": " ", "category": "x", "severity": 1},
        {"term": "kill", "category": "", "severity": 1},
        {"term": "kill", "category": "x", "severity": 5},
        {"term": "kill", "category": "x", "severity": True},
        {"term": "kill", "category": "x", "severity": 1, "mode": "regex"},
        {"term": "kill", "category": "x", "severity": 1, "exceptions": "kill time"},
    ],
)
def test_an_invalid_entry_is_refused_when_made(kwargs):
    with pytest.raises(ValueError):
        Entry(**kwargs)


def test_exceptions_given_as_a_list_are_stored_as_a_tuple():
    entry = Entry("kill", "violence", 3, exceptions=["kill time"])  # type: ignore[arg-type]
    assert entry.exceptions == ("kill time",)
    assert hash(entry)


def test_a_term_with_nothing_to_match_is_refused_with_every_problem_listed():
    with pytest.raises(LibraryError) as error:
        compile_library([Entry("!!!", "x", 1), Entry("kill", "x", 1, exceptions=("nope",))])
    assert len(error.value.problems) == 2


def test_pathological_inputs_are_handled(library):
    assert library.scan("a" * 200_000) == []
    assert library.scan("😂" * 200_000) == []
    # a thousand of one word: its first ones (the match budget), where they were typed
    found = library.scan("\ud800kill\udfff " * 1000)
    assert len(found) == READ_PER_KIND and all(m.text == "kill" for m in found)
    assert library.scan("k " * 100_000)[:1] == []


@pytest.mark.parametrize(
    "text",
    [
        "feel i £5 tomorrow 😂 mins",  # single characters beside £ and emoji: nothing to join
        "no i 👍 a who start k i l l",  # ...and letters that do join
        "k 😂 i 😂 l 😂 l",
        "undre5s a1 does pe i £5",  # a 1 beside a letter the skeleton takes for a number
        "it’s a 5 mins i £5",
    ],
)
def test_single_characters_in_non_ascii_posts_match_as_full_normalisation_does(text):
    from moderation.scanning.normalize import normalize_with_offsets

    library = compile_library(
        [Entry("kill", "violence", 3), Entry("undress ai", "sexual", 3), Entry("mins", "x", 1)]
    )
    full = library.scan_normalized(normalize_with_offsets(text))
    found = library.scan(text)
    assert [(m.entry.term, m.start, m.end) for m in found] == [
        (m.entry.term, m.start, m.end) for m in full
    ]
