"""A table of evasions students use, per normalisation, and the engine's recall on it.

Run ``python -m tests.moderation.test_evasions`` to print the recall per normalisation.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from moderation.engine import compile_library

from .conftest import ENTRIES

# (normalisation, what the student typed, the entry it should match)
EVASIONS = [
    ("case", "KILL YOURSELF", "kill yourself"),
    ("case", "KyS", "kys"),
    ("unicode", "ｋｉｌｌ ｙｏｕｒｓｅｌｆ", "kill yourself"),
    ("unicode", "𝐤𝐲𝐬", "kys"),
    ("unicode", "𝓼𝓾𝓲𝓬𝓲𝓭𝓮", "suicid"),
    ("unicode", "ⓗⓐⓣⓔ", "hate"),
    ("confusables", "кіll", "kill"),
    ("confusables", "ΚΥS", "kys"),
    ("confusables", "ѕuісіdе", "suicid"),
    ("confusables", "thіnspо", "thinspo"),
    ("confusables", "ꓚꓳꓚꓗ", "cock"),
    ("diacritics", "kîll", "kill"),
    ("diacritics", "sùïcìdé", "suicid"),
    ("diacritics", "unàlïvé", "unalive"),
    ("diacritics", "kïłł", "kill"),  # ł is a letter of its own to Unicode, read as l
    ("invisible", "k\u200bill", "kill"),
    ("invisible", "k\u200dy\u200ds", "kys"),
    ("invisible", "su\u00adicide", "suicid"),
    ("invisible", "d\u2060i\u2060e", "die"),
    ("invisible", "k\u0336y\u0336s\u0336", "kys"),
    ("invisible", "sl\ufeffut", "slut"),
    ("leetspeak", "k1ll", "kill"),
    ("leetspeak", "ki11", "kill"),
    ("leetspeak", "$uicide", "suicid"),
    ("leetspeak", "i h8 u", "hate"),
    ("leetspeak", "a55", "ass"),
    ("leetspeak", "sh!t", "shit"),
    ("leetspeak", "5ex", "sex"),
    ("leetspeak", "r4pe", "rape"),
    ("leetspeak", "th1nsp0", "thinspo"),
    ("leetspeak", "d13", "die"),
    ("leetspeak", "un@l1ve", "unalive"),
    ("leetspeak", "undre5s a1", "undress ai"),  # a 1 beside an a, not beside a 4
    ("leetspeak", "1ed", "ied"),
    ("leetspeak", "k|ll", "kill"),  # | read as i (and as l)
    ("leetspeak", "ki!!", "kill"),  # !! after a letter read as ll (and as ii)
    ("separators", "k.i.l.l", "kill"),
    ("separators", "k i l l", "kill"),
    ("separators", "k-i-l-l", "kill"),
    ("separators", "k_i_l_l", "kill"),
    ("separators", "k. i. l. l", "kill"),
    ("separators", "k y s", "kys"),
    ("separators", "d*i*e", "die"),
    ("separators", "s/e/x", "sex"),
    ("separators", "s.u.i.c.i.d.e", "suicid"),
    ("separators", "i k i l l u", "kill"),
    ("separators", "k i l l   y o u r s e l f", "kill yourself"),
    ("repeats", "killllll", "kill"),
    ("repeats", "diiiiie", "die"),
    ("repeats", "kyssss", "kys"),
    ("repeats", "haaaateeee", "hate"),
    ("repeats", "kiiiilll", "kill"),
    ("repeats", "suuuuicide", "suicid"),
    ("punctuation", "💀kill💀", "kill"),
    ("punctuation", "*kys*", "kys"),
    ("punctuation", "(die)", "die"),
    ("punctuation", "hate!!!", "hate"),
    ("punctuation", "#kys", "kys"),
    ("punctuation", "kill...yourself", "kill yourself"),
    ("punctuation", "#killyourself", "kill yourself"),
    ("punctuation", "pro_ana", "pro-ana"),
    ("combined", "K.1.L.L", "kill"),
    ("combined", "кꙇꙇꙇll", "kill"),
    ("combined", "$ u i c i d e", "suicid"),
    ("combined", "d0nt t3ll y0ur parents", "don't tell your parents"),
    ("combined", "0ur l1ttle s3cret", "our little secret"),
    ("combined", "s3nd a p1c", "send a pic"),
    ("combined", "ＫＹＳＳＳ", "kys"),
    ("combined", "th\u200bin\u200bsp0", "thinspo"),
]


def _found(library, text: str, term: str) -> bool:
    return any(m.entry.term == term for m in library.scan(f"ok so {text} now"))


def recall_by_normalisation() -> tuple[dict[str, tuple[int, int]], list[tuple[str, str]]]:
    library = compile_library(ENTRIES)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for kind, text, term in EVASIONS:
        counts[kind][1] += 1
        if _found(library, text, term):
            counts[kind][0] += 1
        else:
            missed.append((kind, text))
    return {k: (v[0], v[1]) for k, v in counts.items()}, missed


def test_the_evasion_table_covers_every_normalisation():
    kinds = {kind for kind, _, _ in EVASIONS}
    assert kinds == {
        "case",
        "unicode",
        "confusables",
        "diacritics",
        "invisible",
        "leetspeak",
        "separators",
        "repeats",
        "punctuation",
        "combined",
    }


def test_recall_on_the_evasion_table_is_at_least_95_percent():
    counts, missed = recall_by_normalisation()
    found = sum(f for f, _ in counts.values())
    total = sum(t for _, t in counts.values())
    assert found / total >= 0.95, f"recall {found}/{total}; missed {missed}"


@pytest.mark.parametrize(("kind", "text", "term"), EVASIONS)
def test_each_supported_evasion_is_caught(library, kind, text, term):
    assert _found(library, text, term), f"{kind}: {text!r} should match {term!r}"


@pytest.mark.parametrize(("kind", "text", "term"), EVASIONS)
def test_an_evasion_inside_an_ordinary_sentence_points_at_what_was_typed(library, kind, text, term):
    post = f"ok so {text} now"
    for match in library.scan(post):
        assert post[match.start : match.end] == match.text
        assert match.text.strip() == match.text


@pytest.mark.parametrize(
    "text",
    ["hello!!", "a | b", "wow!! so fun", "yes!!! ok", "this | that", "x || y", "die hard!"],
)
def test_bars_and_bangs_that_are_punctuation_stay_punctuation(library, text):
    terms = [m.entry.term for m in library.scan(text)]
    assert terms == (["die"] if "die" in text else [])


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("ok so K|LL you", "K|LL"),
        ("i will ki!! u", "ki!!"),
        ("ki!l them", "ki!l"),
        ("wow!! i will k|ll you!!", "k|ll"),
    ],
)
def test_bars_and_bangs_read_as_letters_point_at_what_was_typed(library, text, typed):
    matches = [m for m in library.scan(text) if m.entry.term == "kill"]
    assert [(m.text, text[m.start : m.end]) for m in matches] == [(typed, typed)]
    assert "leetspeak" in matches[0].normalisations


def test_the_letters_a_bar_or_bang_stands_for_keep_exceptions_working(library):
    assert library.scan("we had to k|ll time") == []
    assert library.scan("hate!! it") and library.scan("die!!")


if __name__ == "__main__":
    counts, missed = recall_by_normalisation()
    for kind, (found, total) in counts.items():
        print(f"{kind:<12} {found}/{total}")
    found = sum(f for f, _ in counts.values())
    total = sum(t for _, t in counts.values())
    print(f"{'overall':<12} {found}/{total} = {found / total:.1%}; missed: {missed}")
