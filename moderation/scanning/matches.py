"""What a scan returns: a keyword found in a post, located in the text as written."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from moderation.scanning import (
    counted,
    everyday,
    farewell,
    passed_on,
    places,
    planning,
    recovery,
    reunion,
    senses,
    silencing,
    stories,
    strangers,
    supplying,
    witnessing,
)
from moderation.scanning.context import label_match
from moderation.scanning.entries import Entry

# A match's context before (or without) the context rules: the words used plainly.
PLAIN = "plain"
# The matches of one post whose context is read; any further ones are reported "plain".
CONTEXT_LIMIT = 256
# Posts longer than this are read by the post readers that lower (stories, recovery, passed_on)
# only around their matches (``_read_around``): a real post is up to 2,000 characters.
LONG_POST = 8192
# How far either side of a match those readers read (a staff log's story, a note's lines) ...
READ_AROUND = 400
# ... and how much of a long post they read at most: a paste is read by its worst matches.
READ_AROUND_AT_MOST = 8192
# the farthest a stretch's edge moves out to a blank, so as not to cut a word
_TO_A_BLANK = 32


class Match(NamedTuple):
    """A keyword found in a post, located in the text exactly as the student wrote it.

    A named tuple, not a dataclass: as immutable, and made several times faster, which
    counts in a post with many matches.
    """

    entry: Entry
    start: int
    end: int
    text: str  # == scanned_text[start:end]
    category: str
    severity: int
    normalisations: tuple[str, ...]  # e.g. ("leetspeak",) for "k1ll"; () for a plain match
    context: str = PLAIN  # how the post uses the words: see ``with_context``

    @classmethod
    def of(cls, entry: Entry, start: int, end: int, text: str, steps: tuple[str, ...]) -> Match:
        """A match of ``entry``, its category and severity taken from it."""
        return cls(entry, start, end, text, entry.category, entry.severity, steps)


def finish(text: str, matches: list[Match]) -> list[Match]:
    """What a scan reports, from every match found in ``text`` (in order of position):
    one reading per span, each with its context."""
    kept = one_reading_per_span(
        [m for m in matches if not split_by_a_comma(m) and not _a_number_read_as_letters(m)]
    )
    # An everyday word in an impersonal context is recorded at nothing: no match at all.
    if len(kept) <= CONTEXT_LIMIT:
        labelled = [with_context(text, match) for match in kept]
        return _read_by_the_post(text, labelled, _read_around if len(text) > LONG_POST else None)
    # Reading context costs some microseconds a match; a post of thousands of matches (a
    # paste, a bot) is flagged by its first ones, and the rest keep their library severity.
    read = [m for m in (with_context(text, match) for match in kept[:CONTEXT_LIMIT]) if m.severity]
    return read + kept[CONTEXT_LIMIT:]


Reader = Callable[[str, list[Match]], list[Match]]


def _read_by_the_post(
    text: str,
    labelled: list[Match],
    around: Callable[[Reader, str, list[Match]], list[Match]] | None = None,
) -> list[Match]:
    """``labelled`` (with their context) as the post readers read them in ``text``: what the
    post says around and about them raises, lowers or sets some aside. ``around``: how the
    readers that only lower or set aside read a long post (``_read_around``); the readers
    that may raise a match always read the whole post."""

    def lowering(reader: Reader, matches: list[Match]) -> list[Match]:
        return reader(text, matches) if around is None else around(reader, text, matches)

    # A plan a witness tells, a drug sold to children and an overdose told as a count are read
    # before what the context rules set aside is dropped.
    labelled = counted.raised(text, supplying.raised(text, witnessing.raised(text, labelled)))
    # A story's people, named a sentence before or with the reader's reaction after.
    read = lowering(stories.read, [m for m in labelled if m.severity])
    # A past told as over is no plan: recovery reads the matches before planning does.
    # A wish to be with someone is kept (and critical) only where the post names a death.
    past = lowering(recovery.lowered, reunion.raised(text, read))
    planned = planning.raised(text, farewell.read(text, recovery.relapsed(text, past)))
    raised = places.raised(text, silencing.raised(text, strangers.raised(text, planned)))
    # A concern the post says an adult already has is read last, on what every reader made.
    return lowering(passed_on.lowered, raised)


def _read_around(reader: Reader, text: str, matches: list[Match]) -> list[Match]:
    """``reader(text, matches)`` for a reader that only lowers or sets aside, in a post longer
    than LONG_POST (a paste: real posts are up to 2,000 characters): it reads the stretches of
    text around the matches, not the whole post (each of those readers' searches of a 64 KiB
    paste costs milliseconds). Each stretch reaches READ_AROUND characters either side of its
    match, and the stretches read add up to at most READ_AROUND_AT_MOST characters, the most
    severe matches' first; a match whose stretch is not read keeps its reading. The stretches
    are read as one text, a line apart: nothing is read across what lies between them, so a
    paste is never lowered by words far from a match (and is raised by any of its words: the
    readers that raise read it whole)."""
    if not matches:
        return matches
    order = sorted(range(len(matches)), key=lambda i: (-matches[i].entry.severity, i))
    stretches: list[tuple[int, int]] = []
    chosen: set[int] = set()
    total = 0
    for index in order:
        match = matches[index]
        lo, hi = _stretch(text, match.start, match.end)
        if total + hi - lo > READ_AROUND_AT_MOST:
            continue
        total += hi - lo
        stretches.append((lo, hi))
        chosen.add(index)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(stretches):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    starts = [lo for lo, _hi in merged]
    # where each stretch begins in the text read: one after the other, a line apart
    read_at = list(accumulate((hi - lo + 1 for lo, hi in merged[:-1]), initial=0))
    read_text = "\n".join(text[lo:hi] for lo, hi in merged)

    def moved(match: Match, onto: list[int], away: list[int]) -> Match:
        which = bisect_right(away, match.start) - 1
        shift = onto[which] - away[which]
        return match._replace(start=match.start + shift, end=match.end + shift)

    read = [moved(m, read_at, starts) for i, m in enumerate(matches) if i in chosen]
    found = [moved(m, starts, read_at) for m in reader(read_text, read)]
    found += [m for i, m in enumerate(matches) if i not in chosen]
    return sorted(found, key=_widest_first)


def _stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """[lo, hi) of ``text`` within READ_AROUND of [start, end), widened to a blank."""
    lo = max(0, start - READ_AROUND)
    if lo:
        blank = text.rfind(" ", max(0, lo - _TO_A_BLANK), lo)
        lo = blank + 1 if blank != -1 else lo
    hi = min(len(text), end + READ_AROUND)
    if hi < len(text):
        blank = text.find(" ", hi, hi + _TO_A_BLANK)
        hi = blank if blank != -1 else hi
    return lo, hi


def _a_number_read_as_letters(match: Match) -> bool:
    """A term with a figure in it ("m30", "1488", "cd9") matched where the post has no figure:
    the skeleton reads leet digits as letters on both sides, so "m30" is looked for as "meo"
    and found in "me meo de risa". Nobody hides a pill's imprint or a code number by spelling
    its digits as letters, so a number code needs a figure in the post."""
    term = match.entry.term
    return (
        not term.isalpha()
        and any(ch.isdigit() for ch in term)
        and not any(ch.isdigit() for ch in match.text)
    )


# A comma or semicolon and a space between two words: "the pantomime killed, everyone laughed".
_COMMA_BETWEEN_WORDS = re.compile(r"[^\W\d_]{2}[,;]\s")


def split_by_a_comma(match: Match) -> bool:
    """Whether a phrase's words are split by a comma into two clauses, with no other word
    between them ("absolutely killed, everyone was crying" is no "kill everyone"): the phrase
    is not in the text, and its words are read alone. A word the phrase leaves out ("want to,
    like, die") is a gap the engine allows on purpose, and keeps the phrase."""
    if " " not in match.entry.term or "," not in match.text and ";" not in match.text:
        return False
    if _COMMA_BETWEEN_WORDS.search(match.text) is None:
        return False
    return len(match.text.split()) == len(match.entry.term.split())


def one_reading_per_span(matches: list[Match]) -> list[Match]:
    """``matches`` (in order of position) without the readings a more specific or more
    severe one overrides, so that a post says one thing per stretch of text.

    "want to kill myself" holds "want to kill" (violence), "kill" and "kill myself"
    (self-harm); the student wrote one thing. First, a match inside a longer one goes (the
    longer phrase is the more specific entry), and of two entries on one span the more
    severe stays. Then, of matches that still overlap, the most severe stays (the longer on
    a tie), and each it overlaps goes. Severity here is the library's: the context of the
    words is read after, so it cannot make a less specific entry win.
    """
    if len(matches) < 2:
        return matches
    reach = -1
    for match in matches:  # usually no two overlap: nothing to do
        if match.start < reach:
            break
        reach = max(reach, match.end)
    else:
        return matches
    best: dict[tuple[int, int], Match] = {}
    for match in matches:
        span = (match.start, match.end)
        held = best.get(span)
        if held is None or match.entry.severity > held.entry.severity:
            best[span] = match
    outer: list[Match] = []
    reach = -1
    for match in sorted(best.values(), key=_widest_first):
        if match.end <= reach:
            continue  # inside a longer match that starts at or before it
        outer.append(match)
        reach = match.end
    kept: list[Match] = []
    starts: list[int] = []  # of the kept matches, sorted; kept never overlap each other
    for match in sorted(outer, key=_most_severe_first):
        at = bisect_right(starts, match.start)
        before = kept[at - 1] if at else None
        after = kept[at] if at < len(kept) else None
        if (before is not None and before.end > match.start) or (
            after is not None and after.start < match.end
        ):
            continue
        kept.insert(at, match)
        starts.insert(at, match.start)
    return kept


def _widest_first(match: Match) -> tuple[int, int]:
    return match.start, -match.end


def _most_severe_first(match: Match) -> tuple[int, int, int]:
    return -match.entry.severity, match.start - match.end, match.start


def with_context(text: str, match: Match) -> Match:
    """``match`` with its context label (and the severity that context gives it): the one
    call site of the context rules in ``moderation.scanning.context``. The entry keeps the
    library's own severity; the match carries the one routing and holding act on."""
    if senses.is_unit_after_figure(text, match.start, match.end):
        return match._replace(severity=0)  # "ran 10 kms": a unit, not a keyword
    context, severity = label_match(text, match.start, match.end, match.entry)
    if not severity:
        return match._replace(severity=0)  # an innocent sense of the words: no match
    if everyday.applies(match.entry, context):
        severity = everyday.everyday_severity(text, match.start, match.end, match.entry, context)
    if context == PLAIN and severity == match.severity:
        return match
    return match._replace(context=context, severity=severity)
