"""A library entry matches the forms students write it in (killed, sluts, stabthose,
terorrist), and none of those derived forms turns an ordinary English word into a hit."""

from __future__ import annotations

import pytest

from moderation.bench.engine import _VOCABULARY
from moderation.engine import Entry, compile_library
from moderation.keywords.starter import starter_library_paths
from moderation.scanning.forms import load_word_lists
from moderation.scanning.keys import _COMMON_WORDS
from tests.moderation.starter_library import STARTER

ENTRIES = [
    Entry("kill", "violence", 2, "Violent word."),
    Entry("stab", "violence", 2, "Knife violence."),
    Entry("slut", "bullying", 3, "Sexual insult."),
    Entry("hoe", "bullying", 2, "Sexual insult."),
    Entry("asshole", "profanity", 2, "Insult."),
    Entry("rape", "violence", 4, "Sexual violence."),
    Entry("bully", "bullying", 2, "Bullying."),
    Entry("spic", "hate", 3, "Ethnic slur."),
    Entry("bugger", "profanity", 1, "Mild swearing."),
    Entry("terrorist", "extremism", 3, "Terrorism."),
    Entry("faggot", "hate", 4, "Homophobic slur."),
    Entry("pot", "drugs", 2, "Cannabis."),
    Entry("bomb", "violence", 2, "Explosive."),
    Entry("kill yourself", "bullying", 4, "Telling someone to kill themselves."),
]
LIBRARY = compile_library(ENTRIES)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.entry.term, m.text) for m in LIBRARY.scan(text)]


@pytest.mark.parametrize(
    "post, term, written",
    [
        ("i killed the boss", "kill", "killed"),
        ("they were calling her sluts", "slut", "sluts"),
        ("those hoes again", "hoe", "hoes"),
        ("ASSHOLES everywhere", "asshole", "ASSHOLES"),
        ("he raped her", "rape", "raped"),
        ("i got stabbed", "stab", "stabbed"),
        ("she was bullied all year", "bully", "bullied"),
        ("he keeps bombing the chat", "bomb", "bombing"),
        ("you should be killing yourself", "kill yourself", "killing yourself"),
    ],
)
def test_plurals_and_verb_forms_match_their_entry(post, term, written):
    assert (term, written) in found(post)


@pytest.mark.parametrize(
    "post, term, written",
    [
        ("stabthose kids", "stab", "stabthose"),
        ("just killurself", "kill", "killurself"),
        ("ill killhim", "kill", "killhim"),
    ],
)
def test_a_term_run_together_with_who_it_is_aimed_at_matches(post, term, written):
    assert (term, written) in found(post)


@pytest.mark.parametrize(
    "post, term, written",
    [
        ("a terorrist did it", "terrorist", "terorrist"),
        ("what a terrorsit", "terrorist", "terrorsit"),
        ("ur a faggott", "faggot", "faggott"),
        ("shut up faggto", "faggot", "faggto"),
    ],
)
def test_a_one_letter_typo_of_a_long_term_matches(post, term, written):
    assert (term, written) in found(post)


@pytest.mark.parametrize(
    "post",
    [
        "the spiced apple cake",  # "spic" is no English word, so "spiced" is another word
        "a bigger house",  # one slip from "bugger", but a word of its own
        "the killer whale at the aquarium",  # -er only where it is no English word
        "a bomber jacket",
        "we potted the plants",  # three-letter terms get plurals only
        "the killjoy of the class",
    ],
)
def test_forms_that_are_other_words_are_not_hits(post):
    assert found(post) == []


def test_a_form_of_an_english_term_keeps_the_term_and_its_senses():
    assert found("she buggered off home") == [("bugger", "buggered")]


def _clean_words() -> list[str]:
    # Common words of English, our benchmark's student vocabulary, and words one rule away
    # from a short offensive term (the traps word forms could open).
    traps = """potter potting titter tittering cocker cockerel assess assets passes classes
    grapes drapes therapist scrape skilled killdeer bigger dagger burger stables hellos
    shelling analyst document spiced hoedown shoes horses basses dieter diesel studied
    cummings cucumber pushing bushing rushing classic massive passage hancock peacock
    scunthorpe shitake arsenal sussex essex middlesex butter button glasses grasses
    harass homer hotter niggardly snigger trigger bigot bigoted kitten kites wanker"""
    return sorted(set(_COMMON_WORDS) | set(_VOCABULARY.split()) | set(traps.split()))


def test_derived_forms_add_no_hit_on_common_clean_words():
    from moderation.engine import load_entries

    entries = [e for path in starter_library_paths() for e in load_entries(path)]
    with_forms = compile_library(entries)
    without = compile_library(entries, derived_forms=False)
    words = _clean_words()
    text = " . ".join(words)
    added = {m.text.lower() for m in with_forms.scan(text)} - {
        m.text.lower() for m in without.scan(text)
    }
    assert added == set()


def test_the_english_and_spanish_word_lists_ship_with_the_engine():
    words = load_word_lists()
    assert len(words) > 100_000
    assert {"bigger", "spiced", "killjoy", "cocina", "cuchillo", "manana"} <= words


def test_an_innocent_phrase_stays_innocent_when_inflected():
    library = compile_library(
        [
            Entry("kill", "violence", 2, "Violent word.", exceptions=("kill it",)),
            Entry("hook up", "sexting", 1, "Sexual meeting.", exceptions=("hook up the",)),
        ]
    )
    assert library.scan("she killed it at the talent show") == []
    assert library.scan("we hooked up the projector") == []
    assert [m.text for m in library.scan("they hooked up at the party")] == ["hooked up"]


def test_drug_slang_gets_no_forms_because_its_forms_are_ordinary_words():
    library = compile_library([Entry("weed", "drugs", 2, "Cannabis.")])
    assert library.scan("we pulled the weeds in the garden") == []
    assert [m.text for m in library.scan("got any weed")] == ["weed"]


def test_a_typo_that_spells_a_spanish_word_is_that_word():
    library = compile_library([Entry("cocaina", "drugs", 3, "Cocaína.")])
    assert library.scan("Mi abuela cocina con un cuchillo") == []
    assert [m.text for m in library.scan("tiene cocaína")] == ["cocaína"]


def test_a_phrase_is_found_with_a_typo_in_a_long_word_or_two_words_run_together():
    library = compile_library(
        [Entry("all muslims are terrorists", "hate", 3, "Hateful generalisation.")]
    )
    for post in ("all muslims are terorists", "all muslimsare terrorists"):
        assert [m.entry.term for m in library.scan(post)] == ["all muslims are terrorists"]
    assert library.scan("all museums are interesting") == []


def test_a_slip_shorter_than_six_letters_is_no_typo_of_a_longer_term():
    library = compile_library([Entry("choppa", "violence", 3, "Slang for a gun.")])
    assert library.scan("a law called COPPA protects children online") == []
    assert [m.text for m in library.scan("he got a chopa")] == []  # five letters
    assert [m.text for m in library.scan("he got a cjoppa")] == ["cjoppa"]


def test_the_verb_forms_of_a_slur_or_swear_word_that_is_an_english_word_are_the_ordinary_verb():
    library = STARTER
    for text in (
        "the coins chinked in his pocket",
        "the nurse pricked my finger",
        "the dog cocked its head",
    ):
        assert library.scan(text) == [], text


def test_a_profane_verb_is_still_found_as_its_own_entry():
    library = STARTER
    assert {m.entry.term for m in library.scan("they shagged at the party")} == {"shagged"}
