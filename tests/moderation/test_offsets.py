"""Every match points at the text exactly as the student wrote it."""

import pytest

from moderation.scanning.budget import READ_PER_KIND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will kill you", "kill"),
        ("I will KILL you", "KILL"),
        ("I will k.i.l.l you", "k.i.l.l"),
        ("I will k i l l you", "k i l l"),
        ("I will k1ll you", "k1ll"),
        ("I will killllll you", "killllll"),
        ("I will k\u200bi\u200bll you", "k\u200bi\u200bll"),
        ("I will кіll you", "кіll"),
        ("I will ｋｉｌｌ you", "ｋｉｌｌ"),
        ("😂😂 I will 𝐤𝐢𝐥𝐥 you", "𝐤𝐢𝐥𝐥"),
        ("i h8 you", "h8"),
        ("don’t tell your parents ok", "don’t tell your parents"),
        ("it's our little... secret", "our little... secret"),
        ("I will 💀kill💀 you", "kill"),
    ],
)
def test_a_match_reports_the_original_characters(library, text, expected):
    match = library.scan(text)[0]
    assert match.text == expected
    assert text[match.start : match.end] == expected


def test_offsets_count_code_points_after_astral_characters(library):
    text = "👍🏽👍🏽 k-i-l-l"
    (match,) = library.scan(text)
    assert (match.start, match.end) == (5, 12)


def test_a_match_says_which_normalisations_it_needed(library):
    def steps(text):
        return library.scan(text)[0].normalisations

    assert steps("kill") == ()
    assert steps("KILL") == ("case",)
    assert steps("кіll") == ("confusables",)
    assert steps("ｋｉｌｌ") == ("unicode",)
    assert steps("k\u200bill") == ("invisible",)
    assert steps("k.i.l.l") == ("separators",)
    assert steps("k1ll") == ("leetspeak",)
    assert steps("killlll") == ("repeats",)
    assert steps("K.1.L.L") == ("case", "separators", "leetspeak")


def test_a_match_carries_its_entry_category_and_severity(library):
    (match,) = library.scan("kys")
    assert (match.entry.term, match.category, match.severity) == ("kys", "bullying", 4)


def test_matches_come_in_a_deterministic_order(library):
    text = "shit, I hate this, kill yourself, kys"
    first = library.scan(text)
    assert [m.start for m in first] == sorted(m.start for m in first)
    assert library.scan(text) == first


def test_every_match_of_a_long_paste_of_disguised_words_points_where_it_was_typed(library):
    # Hundreds of matches in one post are mapped back to it a batch at a time, and their
    # normalisations read off every rewritten span at once: each must still report the
    # characters typed and the steps they needed, as the same word alone does.
    words = [
        "k.i.l.l",
        "k1ll",
        "killllll",
        "k\u200bi\u200bll",
        "кіll",
        "KILL",
        "don’t tell your parents",
        "k i l l",
        "h8",
    ]
    alone = {word: library.scan(f"i will {word} you")[0].normalisations for word in words}
    units = [f"i will {word} you 😂 " for word in words]
    post = "".join(units[i % len(units)] for i in range(len(units) * 12))
    found = library.scan(post)
    # the first of the kind of "kill" (the match budget), all twelve of "h8" and the secret
    assert len(found) == READ_PER_KIND + 2 * 12
    for match in found:
        assert post[match.start : match.end] == match.text
        assert match.text in alone
        assert match.normalisations == alone[match.text], match.text
