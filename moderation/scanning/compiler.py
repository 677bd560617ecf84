"""compile_library: a list of entries in, a CompiledLibrary (two automata) out.

Every web and task worker compiles its libraries when it starts, and a library's derived
keys (typos, word forms, run-together words) outnumber its entries by far: the starter
libraries' 2,400 entries derive some 58,000 keys, 44,000 of them phrases. So each key is
worked out once, in a loop that does no more than it must (a plain phrase is escaped for its
pattern in one call, a derived word is registered in bulk without the phrase machinery), and
the automata's keys are sorted once for both. ``python -m moderation.bench.engine`` times it.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable
from operator import itemgetter, methodcaller

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
    written_in_spanish,
)
from moderation.scanning.keys import (
    _COMMON_WORDS,
    _DETECTORS,
    _DIGIT_RUN,
    _DOUBLE_LETTER,
    _FREQUENCY_ORDER,
    _GAP_VARIANT_LIMIT,
    _GAP_WIDTHS,
    _LEET_DIGIT,
    _Candidate,
    _Check,
    _elongation_variants,
    _gap_variants,
    _key_pieces,
    _normalize_term,
    _padded,
    _Screen,
)
from moderation.scanning.normalize import normalize_with_offsets
from moderation.scanning.scan import CompiledLibrary
from moderation.scanning.skeleton import (
    skeleton_of_normalized,
)

# (entry index, term, normalised key, words its exceptions reach beyond it)
_Work = tuple[int, str, str, int]
# a gap between a phrase's words in a pattern: one to four blanks (the skeleton's widest)
_GAP = f" {{{min(_GAP_WIDTHS)},{max(_GAP_WIDTHS)}}}"
_ESCAPED_BLANK = re.escape(" ")
# re.escape as one str.translate (it escapes some ASCII characters, each on its own), and the
# same with each blank between a phrase's words widened to a gap
_ESCAPES = {ord(c): re.escape(c) for c in map(chr, range(128)) if re.escape(c) != c}
_ESCAPES_WITH_GAPS = {**_ESCAPES, ord(" "): _GAP}
# a phrase's first words, screened with every gap width; and what a gap adds to a blank
_SCREENED_WORDS = _GAP_VARIANT_LIMIT + 1
_WIDER_GAPS = max(_GAP_WIDTHS) - 1


def compile_library(
    entries: Iterable[Entry], *, version: str | None = None, derived_forms: bool = True
) -> CompiledLibrary:
    """Build the automata for ``entries``. Raises LibraryError if an entry cannot match.

    ``derived_forms``: also match each entry's word forms, run-together words and typos
    (``moderation.scanning.forms``)."""
    entries = tuple(entries)
    work, exceptions, normalized = _entry_keys(entries)
    table = _KeyTable()
    if derived_forms:
        # Word forms, run-together words and typos: keys of their own for the same entries,
        # registered before the entries' own keys.
        table.add_derived(_derived(entries, work, exceptions))
    table.add_entries(entries, work)
    screen_automaton, exact_automaton = table.automata()
    fingerprint = fingerprint_entries(entries)
    # no key (nor exception) with a run of three of one digit: the skeleton may squeeze runs
    squeezable = _DIGIT_RUN.search("\n".join(normalized.values())) is None
    exact, screening = table.exact, table.screening
    longest = max(
        max(map(len, exact), default=0), max(map(len, screening), default=0), table.longest_check
    )
    ascii_keys = table.ascii_phrases and "".join(screening).isascii()
    pieces, phrase_parts = _key_pieces(table.other_keys(), table.derived_words)
    # the most words a term has (an empty library: one)
    phrase_words = max((len(key.split()) for _index, _term, key, _context in work), default=1)
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
        pieces,
        phrase_parts,
        phrase_words,
    )


def _entry_keys(
    entries: tuple[Entry, ...],
) -> tuple[list[_Work], list[tuple[str, ...]], dict[str, str]]:
    """Each entry's normalised key and how far its exceptions reach, the exceptions padded
    (" kill time "), and every term and exception normalised; LibraryError if any cannot
    match."""
    problems: list[str] = []
    exceptions: list[tuple[str, ...]] = []
    normalized: dict[str, str] = {}
    no_context = ()
    work: list[_Work] = []
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
        work.append((index, term, key, context))
    if problems:
        raise LibraryError(problems)
    return work, exceptions, normalized


def _derived(
    entries: tuple[Entry, ...], work: list[_Work], exceptions: list[tuple[str, ...]]
) -> dict[str, tuple[int, int]]:
    """Derived key -> (entry index, context), the most severe entries first (the budgets cut
    the mildest); an entry's exceptions get the same forms ("kill it": "killed it")."""
    known = load_word_lists()
    base_keys = {key for _index, _term, key, _context in work}
    derived: dict[str, tuple[int, int]] = {}
    by_severity = sorted(work, key=lambda item: -entries[item[0]].severity)
    for index, _term, key, context in by_severity:
        if len(derived) >= FORMS_BUDGET:
            break
        entry = entries[index]
        forms = derived_keys(
            key,
            entry.severity,
            entry.category,
            entry.mode,
            known,
            spanish_entry=written_in_spanish(entry.definition),
        )
        _add_new(derived, forms, (index, context), base_keys)
        if exceptions[index]:  # "pull the plug" excepts "pulled the plug" too
            exceptions[index] += tuple(inflected_exceptions(key, exceptions[index]))
        if exceptions[index] and forms:  # "kill it" excepts "killed it" too
            exceptions[index] += tuple(excepted_forms(key, exceptions[index], forms))
    budget = len(derived) + TYPO_BUDGET

    # Typos of single words and stems first, the most severe first, then of phrases, then of
    # words that only count in context (severity 1): a slur or a drug is mistyped far more often
    # than a phrase is, and the phrases are many (the hate libraries' generalisations alone
    # would spend most of the budget).
    def kind(item: tuple[int, str, str, int]) -> int:
        if " " in item[2].strip():
            return 1
        entry = entries[item[0]]
        return 2 if entry.severity <= 1 and entry.mode == "word" else 0

    by_kind = sorted(by_severity, key=kind)
    for index, _term, key, context in by_kind:
        if len(derived) >= budget:
            break
        entry = entries[index]
        slips = typos_of(key, entry.severity, entry.mode, known, entry.category)
        _add_new(derived, slips, (index, context), base_keys)
    return derived


def _add_new(
    derived: dict[str, tuple[int, int]], forms: list[str], where: tuple[int, int], base: set[str]
) -> None:
    """Add each of ``forms`` to ``derived`` at ``where`` unless it is there already or is an
    entry's own key, in order (set operations: a library derives tens of thousands)."""
    fresh = dict.fromkeys(forms, where)
    for form in (fresh.keys() & base) | (fresh.keys() & derived.keys()):
        del fresh[form]
    derived.update(fresh)


class _KeyTable:
    """The keys of both automata as they are worked out, and what the library needs to know
    of them (the longest text a phrase check reads, whether every key is ASCII)."""

    __slots__ = (
        "exact",
        "screening",
        "anchored",
        "phrase_forms",
        "longest_check",
        "ascii_phrases",
        "derived_words",
        "derived_padded",
        "common_openings",
        "checked_openings",
    )

    def __init__(self) -> None:
        # exact key (skeleton of a normalised form) -> candidates
        self.exact: dict[str, tuple[_Candidate, ...]] = {}
        # screening key -> words an exception of one of its entries reaches beyond the keyword
        self.screening: dict[str, int] = {}
        # anchor key -> pattern of a phrase screened on it -> its check (the pattern as
        # scan runs it, the longest text it matches, the exception reach)
        self.anchored: dict[str, dict[str, _Check]] = {}
        # anchored phrases as their patterns find them, gaps aside
        self.phrase_forms: list[str] = []
        self.longest_check = 0
        self.ascii_phrases = True
        # derived keys of one word, each matched whole (" word "), bare and padded
        self.derived_words: list[str] = []
        self.derived_padded: list[str] = []
        # phrases of common words longer than their opening: (the opening's keys, the
        # pattern of the opening) -> for each phrase, the pattern of the rest of it, the
        # longest text the whole matches, its exception reach (see ``_check_common``)
        self.common_openings: dict[tuple[tuple[str, ...], str], list[tuple[str, int, int]]] = {}
        # the keys those openings are screened with (words of keys, for ``other_keys``)
        self.checked_openings: set[str] = set()

    def add_derived(self, derived: dict[str, tuple[int, int]]) -> None:
        """Plain words matched whole, single-spaced: the key as it is. A word is screened as
        it is; a phrase like any other, on its rarest word with the gaps posts leave
        ("nothjng. to live for" is "nothjng to live for" to the normaliser)."""
        exact, phrase = self.exact, self.phrase
        # Each derived key is new (the entries' own keys come after): one candidate a key.
        for form, (index, context) in derived.items():
            if " " in form:
                padded = f" {form} "
                exact[padded] = ((index, padded, (), 1, 1),)
                phrase(form, "word", context)
        # The words, most derived keys, in bulk (a phrase screens no key of one word).
        self.derived_words = words = [form for form in derived if " " not in form]
        self.derived_padded = padded = [f" {word} " for word in words]
        found = list(map(derived.__getitem__, words))
        exact.update(
            {key: ((index, key, (), 1, 1),) for key, (index, _) in zip(padded, found, strict=True)}
        )
        self.screening.update(zip(padded, map(itemgetter(1), found), strict=True))

    def add_entries(self, entries: tuple[Entry, ...], work: list[_Work]) -> None:
        exact, screening, phrase = self.exact, self.screening, self.phrase
        has_leet_digit = _LEET_DIGIT.search
        double_letter = _DOUBLE_LETTER.search
        three_of_a_letter = _THREE_OF_A_LETTER.search
        for index, term, key, context in work:
            mode = entries[index].mode
            # Keys are written as the skeleton writes them (leet digits as letters): the same
            # string unless the key has such a digit, which few have.
            skel = skeleton_of_normalized if has_leet_digit(key) else None
            phrase_key = " " in key
            drawn_out = _drawn_out_letters(term, key) if three_of_a_letter(term) else ()
            if drawn_out:
                # "kkk" normalises to "k", as "killlll" does to "kil": the one k must stand
                # for three or more in the post, or every "Vitamin K" would be a hit.
                precise = [(key, drawn_out)]
            else:
                precise = [(key, ())]
                if phrase_key and mode != "substring":
                    precise.append((key.replace(" ", ""), ()))  # hashtags: #killyourself
                if double_letter(key) is not None:
                    for form, _ in list(precise):
                        precise += _elongation_variants(form)
            for form, elongated in precise:
                padded, lead, trail = _padded(form, mode)
                skeleton_key = skel(padded) if skel else padded
                if elongated:
                    elongated = tuple([position + lead for position in elongated])
                candidate = (index, padded, elongated, lead, trail)
                slot = exact.get(skeleton_key)
                if slot is None:
                    exact[skeleton_key] = (candidate,)
                elif candidate not in slot:
                    exact[skeleton_key] = (*slot, candidate)
                if elongated or (phrase_key and form == key):
                    continue  # a phrase as written is screened on one of its words, below
                if screening.get(skeleton_key, -1) < context:
                    screening[skeleton_key] = context
            if phrase_key:
                phrase(key, mode, context)

    def phrase(self, key: str, mode: str, context: int) -> None:
        """Screen the phrase ``key`` on its rarest word, with the gaps posts leave."""
        # The skeleton keeps raw spacing, the normaliser does not: a phrase is screened on
        # its rarest word, and where that word appears a pattern looks for the phrase with
        # gaps of one to four spaces (for its first words; or as the key is written).
        full = _padded(key, mode)[0]
        spoken = key
        if _LEET_DIGIT.search(key) is not None:
            full, spoken = skeleton_of_normalized(full), skeleton_of_normalized(key)
        if self.ascii_phrases and not full.isascii():
            self.ascii_phrases = False
        screened = every_word = spoken.split(" ")
        if len(screened) > _SCREENED_WORDS:
            screened = screened[:_SCREENED_WORDS]
            spoken = " ".join(screened)
        truncated = len(screened) <= key.count(" ")
        if mode == "word":
            lead = trail = " "
        elif mode == "prefix":
            lead, trail = " ", " " if truncated else ""
        else:
            lead = trail = ""
        widest = len(lead) + len(spoken) + _WIDER_GAPS * (len(screened) - 1) + len(trail)
        widest = max(widest, len(full))
        if widest > self.longest_check:
            self.longest_check = widest
        pattern = spoken.translate(_ESCAPES_WITH_GAPS)
        if lead:
            pattern = _ESCAPED_BLANK + pattern
        if trail:
            pattern += _ESCAPED_BLANK
        opening = pattern  # phrases that share it are looked for together (keys._gated)
        if truncated:
            # The whole phrase, with the gaps posts leave between all its words: where
            # only its opening is ("my mate got a new phone"), no phrase is.
            whole_trail = " " if mode == "word" else ""
            pattern = (
                (lead and _ESCAPED_BLANK)
                + " ".join(every_word).translate(_ESCAPES_WITH_GAPS)
                + (whole_trail and _ESCAPED_BLANK)
            )
            gapped = len(lead) + len(key) + _WIDER_GAPS * key.count(" ") + len(whole_trail)
            widest = max(widest, gapped)
            if widest > self.longest_check:
                self.longest_check = widest
        # the longest uncommon word (the first of equals), if any: one or two letters are
        # common ("r u ok")
        anchor, longest = -1, 2
        for at, word in enumerate(screened):
            if len(word) > longest and word not in _COMMON_WORDS:
                anchor, longest = at, len(word)
        if anchor < 0:  # keys for every gap width, as it may be written
            screening = self.screening
            keys = [lead + spaced + trail for spaced in _gap_variants(screened)]
            if truncated:
                # Its opening ("is going to" of "is going to hurt me") is common writing:
                # where the opening is, the rest of the phrase is looked for (_check_common)
                # rather than every post with the opening sent on to the normaliser.
                whole_lead = "" if mode == "substring" else " "
                whole_trail = " " if mode == "word" else ""
                rest = _GAP.join(word.translate(_ESCAPES) for word in every_word[len(screened) :])
                widest = (
                    len(whole_lead) + len(key) + _WIDER_GAPS * key.count(" ") + len(whole_trail)
                )
                widest = max(widest, len(full))
                if widest > self.longest_check:
                    self.longest_check = widest
                head = (whole_lead and _ESCAPED_BLANK) + spoken.translate(_ESCAPES_WITH_GAPS)
                group = self.common_openings.setdefault((tuple(keys), head), [])
                group.append((rest + re.escape(whole_trail), widest, context))
                self.checked_openings.update(keys)
                keys = [full]
            for skeleton_key in keys:
                if screening.get(skeleton_key, -1) < context:
                    screening[skeleton_key] = context
            return
        left = " " if anchor else lead
        right = " " if anchor < len(screened) - 1 else trail
        self.phrase_forms.append(lead + spoken + trail)
        anchor_key = left + screened[anchor] + right
        checks = self.anchored.get(anchor_key)
        # a word every text the check matches holds besides the anchor (the longest other
        # of its first words; the anchor itself if it has none): where that word is not
        # near the anchor, the check's pattern is not run at all
        others = [word for at, word in enumerate(screened) if at != anchor] or screened
        needle = max(others, key=len)
        whole = full if truncated else None
        check = (f"(?=({pattern}))", widest, context, opening, whole, needle)
        if checks is None:
            self.anchored[anchor_key] = {pattern: check}
        elif pattern not in checks or checks[pattern][2] < context:
            checks[pattern] = check

    def _check_common(self) -> None:
        """Each opening of phrases of common words, as an anchor (with every gap width)
        of one check: the opening followed by the rest of any of its phrases, the gaps
        posts leave between all their words. A post is a hit only where a whole phrase is
        (as the skeleton holds the whole of any phrase the normaliser finds), and the
        hundreds of phrases (typos and forms) of one opening cost one search."""
        anchored = self.anchored
        for (keys, head), phrases in self.common_openings.items():
            rests = sorted({rest for rest, _widest, _context in phrases})
            pattern = f"{head}{_GAP}(?:{'|'.join(rests)})"
            widest = max(widest for _rest, widest, _context in phrases)
            context = max(context for _rest, _widest, context in phrases)
            # every text the pattern matches holds the opening's longest word
            needle = max(keys[0].split(), key=len)
            check = (f"(?=({pattern}))", widest, context, pattern, None, needle)
            for key in keys:
                checks = anchored.setdefault(key, {})
                held = checks.get(pattern)
                if held is None or held[2] < context:
                    checks[pattern] = check
        self.common_openings = {}

    def other_keys(self) -> set[str]:
        """Every key of both automata but the derived words, and every anchored phrase."""
        keys = self.exact.keys() | self.screening.keys()
        keys.update(self.phrase_forms)
        keys.update(self.checked_openings)
        keys.difference_update(self.derived_padded)
        return keys

    def automata(self) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
        """The screening automaton (keys, evasion detectors, phrase anchors) and the exact
        one. Keys for elongated forms ("kil" for "kill") are only in the exact automaton: as
        written they are ordinary words ("kilometre"), and an elongated post trips a
        detector."""
        self._check_common()
        exact, screening = self.exact, self.screening
        # key -> (detector kind or 0, key length if the key screens posts, exception reach,
        # phrase checks), see ``_Screen``: one value for all keys of a length and reach
        found = list(zip(map(len, screening), screening.values(), strict=True))
        shared = {(size, reach): (0, size, reach, ()) for size, reach in set(found)}
        screen = dict(zip(screening, map(shared.__getitem__, found), strict=True))
        for key, checks in self.anchored.items():
            detector, size, reach, _ = screen.get(key, _NOTHING_SCREENED)
            screen[key] = (detector, size, reach, tuple(checks.values()))
        for key, detector in _DETECTORS.items():
            _, size, reach, checks = screen.get(key, _NOTHING_SCREENED)
            screen[key] = (detector, size, reach, checks)
        # Both automata add their keys in one order (most keys are in both): sorted once.
        by_frequency = methodcaller("translate", _FREQUENCY_ORDER)  # see keys._by_frequency
        ordered = sorted(screen.keys() | exact.keys(), key=by_frequency)
        automata = []
        for values in (screen, exact or _NO_KEYS):
            automaton = ahocorasick.Automaton()
            keys = list(filter(values.__contains__, ordered)) or list(values)
            collections.deque(map(automaton.add_word, keys, map(values.__getitem__, keys)), 0)
            automaton.make_automaton()
            automata.append(automaton)
        return automata[0], automata[1]


_NOTHING_SCREENED: _Screen = (0, 0, 0, ())
# An empty library's exact automaton: it needs a word to search with.
_NO_KEYS: dict[str, tuple[_Candidate, ...]] = {"\x00": ()}


_THREE_OF_A_LETTER = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)


def _drawn_out_letters(term: str, key: str) -> tuple[int, ...]:
    """Where in ``key`` one letter stands for a letter ``term`` writes three or more times
    ("kkk" -> "k": position 0), for a term with a letter three times in a row."""
    norm = normalize_with_offsets(term)
    if norm.text != key:
        return ()
    return tuple(i - 1 for i in range(1, len(norm.padded) - 1) if norm.is_elongated(i))
