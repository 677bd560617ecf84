"""A common word ("voy", "quiero", "shoot") anchors hundreds of phrases and their typos. A
post full of that word is looked at once per shared opening ("te voy a"), not once per
phrase, and still finds every phrase that is there, however it is spaced."""

from __future__ import annotations

import random
import re

from moderation.scanning.keys import _compiled, _gated, _phrase_hits
from tests.moderation.starter_library import STARTER

EVERYDAY_SPANISH = (
    "mañana voy al cine con mi prima y luego voy a casa, quiero ver la peli nueva y "
    "quiero comprar palomitas; voy a estudiar después, no quiero suspender "
)


def matched(text: str) -> list[str]:
    return [m.entry.term for m in STARTER.scan(text)]


def test_a_student_writing_voy_and_quiero_all_day_is_not_flagged():
    assert matched(EVERYDAY_SPANISH * 3) == []


def test_a_threat_among_them_is_found_however_it_is_spaced():
    for threat in ("te voy a disparar", "te  voy   a disparar", "te voy a  disparar"):
        found = matched(EVERYDAY_SPANISH + threat + " mañana. " + EVERYDAY_SPANISH)
        assert found, threat


def test_a_wish_to_die_among_them_is_found():
    assert matched(EVERYDAY_SPANISH + "la verdad ya no quiero vivir. " + EVERYDAY_SPANISH)


def test_every_phrase_screened_by_its_opening_starts_with_that_opening():
    # What the gate relies on: a phrase longer than its opening (the compiler hands over
    # both) holds the opening wherever it is written whole.
    checked = 0
    for _key, (_detector, _screens, _words, checks) in STARTER._screen.items():
        if not checks:
            continue
        any_of, _reach, gates, _by_needle = _gated(checks)
        for gate, _widest, members, _wholes in gates:
            if gate is None:
                continue
            for _pattern, _reach, _words, _opening, whole, _needle in members:
                if whole is None:  # no longer than its opening: searched for as it is
                    continue
                assert gate.match(whole), (gate.pattern, whole)
                assert any_of.match(whole), whole
                checked += 1
    assert checked > 1_000  # the typos of long phrases are most of them


def every_phrase_searched(padded: str, end: int, checks) -> list[tuple[int, int, int]]:
    """What looking for each phrase on its own finds (each once): the answer the gates must
    give."""
    found = []
    for pattern, reach, words, _opening, _whole, _needle in checks:
        for occurrence in _compiled(pattern).finditer(padded, max(0, end + 1 - reach), end + reach):
            found.append((*occurrence.span(1), words))
    return sorted(set(found))


def test_the_gates_find_exactly_what_searching_every_phrase_finds():
    rng = random.Random(1)
    anchored = {
        key: checks
        for key, (_detector, _screens, _words, checks) in STARTER._screen.items()
        if checks and len(checks) > 1
    }
    keys = sorted(anchored)
    compared = hits = 0
    for _ in range(40_000):
        key = rng.choice(keys)
        # one to three phrases of this anchor written out side by side, some cut short or
        # carried on, with gaps of one to five blanks: matches near the edge of each
        # phrase's reach, where a phrase and its opening part ways
        written = ""
        for _phrase in range(rng.randint(1, 3)):
            pattern = rng.choice(anchored[key])[0]
            phrase = re.sub(r"\\(.)", r"\1", pattern[4:-2].split("|")[0])
            words = phrase.replace(" {1,4}", " ").split()
            if rng.random() < 0.3:
                words = words[: rng.randint(1, len(words))]
            if rng.random() < 0.3:
                words += rng.choice((["x"], ["de", "la"], ["ok", "ok", "ok"]))
            written += "".join(" " * rng.choice((1, 1, 2, 4, 5)) + word for word in words)
        padded = " hoy" + written + " ok "
        for at in re.finditer(re.escape(key), padded):
            end = at.end() - 1
            expected = every_phrase_searched(padded, end, anchored[key])
            assert sorted(_phrase_hits(padded, end, anchored[key])) == expected, padded
            compared += 1
            hits += bool(expected)
    assert compared > 50_000 and hits > 20_000
