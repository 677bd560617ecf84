"""compile_library: a list of entries in, a CompiledLibrary (two automata) out."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from moderation.scanning.entries import (
    Entry,
    LibraryError,
    _problems,
    fingerprint_entries,
)
from moderation.scanning.forms import (
    FORMS_BUDGET,
    TYPO_BUDGET,
    derived_keys,
    excepted_forms,
    inflected_exceptions,
    load_word_lists,
    typos_of,
)
from moderation.scanning.keys import (
    _DETECTORS,
    _DIGIT_RUN,
    _DOUBLE_LETTER,
    _GAP_VARIANT_LIMIT,
    _GAP_WIDTHS,
    _LEET_DIGIT,
    _anchor,
    _by_frequency,
    _Candidate,
    _elongation_variants,
    _gap_variants,
    _key_pieces,
    _normalize_term,
    _padded,
)
from moderation.scanning.normalize import normalize_with_offsets
from moderation.scanning.scan import CompiledLibrary
from moderation.scanning.skeleton import (
    skeleton_of_normalized,
)


def compile_library(
    entries: Iterable[Entry], *, version: str | None = None, derived_forms: bool = True
) -> CompiledLibrary:
    """Build the automata for ``entries``. Raises LibraryError if an entry cannot match.

    ``derived_forms``: also match each entry's word forms, run-together words and typos
    (``moderation.scanning.forms``)."""
    entries = tuple(entries)
    # exact key (skeleton of a normalised form) -> candidates
    exact: dict[str, list[_Candidate]] = {}
    # screening key -> words an exception of one of its entries reaches beyond the keyword
    screening: dict[str, int] = {}
    problems: list[str] = []
    exceptions: list[tuple[str, ...]] = []
    normalized: dict[str, str] = {}
    has_leet_digit = _LEET_DIGIT.search
    no_context = ()
    # anchor key -> pattern of a phrase screened on it -> (exception reach, longest match)
    anchored: dict[str, dict[str, tuple[int, int]]] = {}
    longest_check = 0
    ascii_phrases = True
    phrase_forms: list[str] = []  # anchored phrases as their patterns find them, gaps aside

    # (entry index, term, normalised key, words its exceptions reach beyond it, derived)
    work: list[tuple[int, str, str, int, bool]] = []
    for index, entry in enumerate(entries):
        term = entry.term
        key = normalized.get(term)
        if key is None:
            key = normalized[term] = _normalize_term(term)
        if entry.exceptions:
            phrases = []
            for exception in entry.exceptions:
                phrase = normalized.get(exception)
                if phrase is None:
                    phrase = normalized[exception] = _normalize_term(exception)
                phrases.append(phrase)
            entry_issues = _problems(entry, key, phrases)
            if entry_issues:
                problems += entry_issues
                continue
            exceptions.append(tuple(f" {phrase} " for phrase in phrases))
            context = max(phrase.count(" ") for phrase in phrases)
        elif not key:
            problems += _problems(entry, key, [])
            continue
        else:
            exceptions.append(no_context)
            context = 0
        work.append((index, term, key, context, False))
    if problems:
        raise LibraryError(problems)

    def screen_phrase(key: str, mode: str, context: int) -> None:
        """Screen the phrase ``key`` on its rarest word, with the gaps posts leave."""
        nonlocal longest_check, ascii_phrases
        skel = skeleton_of_normalized if has_leet_digit(key) else str
        words = key.split(" ")
        # The skeleton keeps raw spacing, the normaliser does not: a phrase is screened on
        # its rarest word, and where that word appears a pattern looks for the phrase with
        # gaps of one to four spaces (for its first words; or as the key is written).
        full = skel(_padded(key, mode)[0])
        ascii_phrases = ascii_phrases and full.isascii()
        skeleton_words = skel(key).split(" ")
        screened = skeleton_words[: _GAP_VARIANT_LIMIT + 1]
        truncated = len(screened) < len(words)
        lead, trail = ("", "") if mode == "substring" else (" ", " " if truncated else "")
        if mode == "word":
            trail = " "
        widest = len(lead) + sum(map(len, screened)) + max(_GAP_WIDTHS) * (len(screened) - 1)
        widest = max(widest + len(trail), len(full))
        longest_check = max(longest_check, widest)
        pattern = re.escape(lead) + " {1,4}".join(map(re.escape, screened)) + re.escape(trail)
        if truncated:
            pattern = f"{re.escape(full)}|{pattern}"
        anchor = _anchor(screened)
        if anchor is None:  # common words only: keys for every gap width, as it may be written
            keys = [lead + spaced + trail for spaced in _gap_variants(screened)]
            if truncated:
                keys.append(full)
            for skeleton_key in keys:
                if screening.get(skeleton_key, -1) < context:
                    screening[skeleton_key] = context
            return
        left = " " if anchor else lead
        right = " " if anchor < len(screened) - 1 else trail
        anchor_key = left + screened[anchor] + right
        phrase_forms.append(lead + " ".join(screened) + trail)
        checks = anchored.setdefault(anchor_key, {})
        if checks.get(pattern, (-1,))[0] < context:
            checks[pattern] = (context, widest)

    # Word forms, run-together words and typos: keys of their own for the same entries.
    known = load_word_lists() if derived_forms else frozenset()
    base_keys = {key for _index, _term, key, _context, _derived in work}
    derived: dict[str, tuple[int, int]] = {}  # key -> (entry index, context)
    # the most severe entries first: the budgets cut the mildest
    by_severity = sorted(work, key=lambda item: -entries[item[0]].severity)
    for index, _term, key, context, _derived in by_severity:
        if len(derived) >= FORMS_BUDGET or not derived_forms:
            break
        entry = entries[index]
        forms = derived_keys(key, entry.severity, entry.category, entry.mode, known)
        for form in forms:
            if form not in base_keys and form not in derived:
                derived[form] = (index, context)
        if exceptions[index]:  # "pull the plug" excepts "pulled the plug" too
            exceptions[index] += tuple(inflected_exceptions(key, exceptions[index]))
        if exceptions[index] and forms:  # "kill it" excepts "killed it" too
            exceptions[index] += tuple(excepted_forms(key, exceptions[index], forms))
    budget = len(derived) + TYPO_BUDGET
    for index, _term, key, context, _derived in by_severity:
        if len(derived) >= budget:
            break
        for slip in typos_of(key, entries[index].severity, entries[index].mode, known):
            if slip not in base_keys and slip not in derived:
                derived[slip] = (index, context)
    for form, (index, context) in derived.items():
        # Plain words matched whole, single-spaced: the key as it is. A word is screened
        # as it is; a phrase like any other, on its rarest word with the gaps posts leave
        # ("nothjng. to live for" is "nothjng to live for" to the normaliser).
        padded = f" {form} "
        exact.setdefault(padded, []).append((index, padded, (), 1, 1))
        if " " in form:
            screen_phrase(form, "word", context)
        elif screening.get(padded, -1) < context:
            screening[padded] = context

    for index, term, key, context, is_derived in work:
        entry = entries[index]
        mode = entry.mode
        # Keys are written as the skeleton writes them (leet digits as letters): the same
        # string unless the key has such a digit, which few have.
        skel = skeleton_of_normalized if has_leet_digit(key) else str

        words = key.split(" ")
        drawn_out = _drawn_out_letters(term, key)
        if drawn_out:
            # "kkk" normalises to "k", as "killlll" does to "kil": the one k must stand for
            # three or more in the post, or every "Vitamin K" would be a hit.
            precise = [(key, drawn_out)]
        else:
            precise = [(key, ())]
            if len(words) > 1 and mode != "substring":
                precise.append(("".join(words), ()))  # hashtags: #killyourself
            if not is_derived and _DOUBLE_LETTER.search(key) is not None:
                for form, _ in list(precise):
                    precise += _elongation_variants(form)
        phrase = len(words) > 1
        for form, elongated in precise:
            padded, lead, trail = _padded(form, mode)
            skeleton_key = skel(padded)
            candidate = (index, padded, tuple(p + lead for p in elongated), lead, trail)
            slot = exact.get(skeleton_key)
            if slot is None:
                exact[skeleton_key] = [candidate]
            elif candidate not in slot:
                slot.append(candidate)
            if elongated or (phrase and form == key):
                continue  # a phrase as written is screened on one of its words, below
            if screening.get(skeleton_key, -1) < context:
                screening[skeleton_key] = context
        if not phrase:
            continue
        screen_phrase(key, mode, context)
    if problems:
        raise LibraryError(problems)
    # Keys for elongated forms ("kil" for "kill") are only in the exact automaton: as
    # written they are ordinary words ("kilometre"), and an elongated post trips a detector.
    detectors = _DETECTORS
    compiled = {
        anchor_key: tuple(
            (f"(?=({pattern}))", widest, context) for pattern, (context, widest) in checks.items()
        )
        for anchor_key, checks in anchored.items()
    }
    screen_automaton = ahocorasick.Automaton()
    add = screen_automaton.add_word
    for skeleton_key in sorted(
        screening.keys() | compiled.keys() | detectors.keys(), key=_by_frequency
    ):
        add(
            skeleton_key,
            (
                detectors.get(skeleton_key, 0),
                len(skeleton_key) if skeleton_key in screening else 0,
                screening.get(skeleton_key, 0),
                compiled.get(skeleton_key, ()),
            ),
        )
    screen_automaton.make_automaton()
    exact_automaton = ahocorasick.Automaton()
    add = exact_automaton.add_word
    for skeleton_key in sorted(exact, key=_by_frequency):
        add(skeleton_key, tuple(exact[skeleton_key]))
    if not exact:
        add("\x00", ())  # an automaton needs a word to search with
    exact_automaton.make_automaton()
    fingerprint = fingerprint_entries(entries)
    squeezable = not any(_DIGIT_RUN.search(key) for key in normalized.values())
    longest = max(
        max(map(len, exact), default=0), max(map(len, screening), default=0), longest_check
    )
    ascii_keys = ascii_phrases and all(key.isascii() for key in screening)
    return CompiledLibrary(
        entries,
        fingerprint,
        version or fingerprint[:16],
        screen_automaton,
        exact_automaton,
        tuple(exceptions),
        squeezable,
        longest,
        ascii_keys,
        _key_pieces([*exact, *screening, *phrase_forms]),
    )


_THREE_OF_A_LETTER = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)


def _drawn_out_letters(term: str, key: str) -> tuple[int, ...]:
    """Where in ``key`` one letter stands for a letter the term writes three or more times
    ("kkk" -> "k": position 0); () for the usual term."""
    if _THREE_OF_A_LETTER.search(term) is None:
        return ()
    norm = normalize_with_offsets(term)
    if norm.text != key:
        return ()
    return tuple(i - 1 for i in range(1, len(norm.padded) - 1) if norm.is_elongated(i))
