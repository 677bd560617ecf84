"""A student types "those people are subhumam" in a hurry, or to slip past the filter. Every
library term of six letters or more, not only the critical ones, is caught with one slip of a
finger, so the safeguarding lead sees the hate post. A slip that reads as an ordinary word or
its form ("beamer" beside "beaner", "hugger" beside "mugger", Spanish "cuente") is that word
and is never a hit."""

from __future__ import annotations

from moderation.scanning.forms import load_word_lists, typo_forms
from tests.moderation.starter_library import STARTER as LIBRARY

KNOWN = load_word_lists()


def terms(text: str) -> set[str]:
    return {m.entry.term for m in LIBRARY.scan(text)}


def test_a_high_severity_slur_with_one_slip_is_caught():
    assert "subhuman" in terms("those people are subhumam")
    assert "subhuman" in terms("they are all subhumna")


def test_a_slip_that_reads_as_a_word_or_its_form_is_not_derived():
    assert "beamer" not in typo_forms("beaner", KNOWN)
    assert "hugger" not in typo_forms("mugger", KNOWN)
    assert "cuente" not in typo_forms("cuentes", KNOWN)


def test_slides_made_with_beamer_raise_nothing():
    assert terms("I made the slides with the LaTeX beamer class.") == set()


def test_a_prefix_term_is_caught_in_its_commonest_words_mistyped():
    assert "suicid" in terms("i feel so suicdal lately")
    assert "strangl" in terms("he tried to strnagle her")


def test_a_slip_that_is_a_word_with_a_y_is_that_word():
    assert terms("a botchy repair job on the bike") == set()
