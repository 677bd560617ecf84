"""The three match modes, and phrases."""

from moderation.engine import Entry, compile_library

from .conftest import terms_found


def test_word_mode_matches_whole_words_and_their_forms_only(library):
    assert terms_found(library, "I hate this") == ["hate"]
    assert terms_found(library, "whatever, chatter, hateful") == []
    # the forms of a word term are derived when compiling (test_word_forms.py)
    assert [m.text for m in library.scan("hated, hates")] == ["hated", "hates"]


def test_prefix_mode_matches_the_start_of_a_word_and_reports_the_whole_word(library):
    matches = library.scan("She felt suicidal. Suicide is never the answer.")
    assert [m.text for m in matches] == ["suicidal", "Suicide"]
    assert terms_found(library, "parasuicide") == []


def test_substring_mode_matches_inside_words(library):
    assert [m.text for m in library.scan("#thinspogirl and thinspo")] == ["thinspo", "thinspo"]


def test_a_phrase_matches_across_any_punctuation_and_spacing(library):
    assert terms_found(library, "Don't... tell   your parents!") == ["don't tell your parents"]
    assert terms_found(library, "dont tell ur parents") == []


def test_a_phrase_matches_written_as_a_hashtag(library):
    found = terms_found(library, "#killyourself #ourlittlesecret")
    assert found == ["kill yourself", "our little secret"]


def test_a_hyphenated_term_matches_with_or_without_the_hyphen(library):
    assert terms_found(library, "pro-ana tips") == ["pro-ana"]
    assert terms_found(library, "pro ana tips") == ["pro-ana"]
    assert terms_found(library, "proana tips") == ["pro-ana"]


def test_a_word_inside_a_longer_entry_gives_way_to_it(library):
    # one reading per span: the phrase, not the word inside it as well (test_overlaps.py)
    matches = library.scan("just kill yourself, kill")
    assert [(m.entry.term, m.text) for m in matches] == [
        ("kill yourself", "kill yourself"),
        ("kill", "kill"),
    ]


def test_an_emoji_can_be_a_term():
    library = compile_library([Entry("🔪", "violence", 3, mode="word")])
    assert [m.text for m in library.scan("see you tomorrow🔪🔪")] == ["🔪", "🔪"]


def test_a_number_code_matches_as_a_word(library):
    assert terms_found(library, "we are 1488") == ["1488"]
    assert terms_found(library, "call 014880") == []
