"""The benchmark's measurements on posts that read like student writing (``corpus``):
latency by post length, how many posts need the normaliser, and the worst-case inputs.

Called by ``python -m moderation.bench.engine``; every figure is printed, none asserted.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import moderation.scanning.exact as exact_module
import moderation.scanning.scan as scan_module
from moderation.bench.corpus import disguise
from moderation.scanning.keys import _ELONGATION, _SEPARATED, _WIDE_GAP
from moderation.scanning.residual import CLEAN
from moderation.scanning.scan import CompiledLibrary
from moderation.scanning.spanish import scan_post

# Post length bands latency is reported by (characters, inclusive upper bounds).
LENGTH_BANDS = ((5, 80), (81, 300), (301, 1000), (1001, 2000))
WORST_CASE_SIZE = 64 * 1024
TARGET_WORST_MS = 50.0

# One unit of each shape, repeated to fill 64 KiB: what a bot or a bored student may paste.
WORST_CASE_SHAPES = {
    "prose, no keyword": "we went to the museum and it was fun honestly ",
    "dotted tokens (k.i.l.l)": "k.i.l.l ",
    "dotted tokens, stray i": "i s.l.u.t u ",
    "spaced letters": "k i l l ",
    "separator runs": "-_.*~=+",
    "mixed scripts": "kіll кill ĸill ",
    "emoji": "😂",
    "emoji with skin tones": "🙏🏽👍🏿",
    "zero-width characters": "k\u200bi\u200bl\u200bl\u200b ",
    "zero-width only": "\u200b",
    "HTML entities": "&amp;kill&#39;s &lt;3 ",
    "leetspeak": "k1ll 4ss h8 ",
    "letters drawn out": "killlll sooo ",
    "bars and bangs": "k|ll ki!! ",
    "bars between letters": "a|b|c|d|e|f ",
    "bangs inside words": "s!u!i!c!i!d!e ",
    "bangs after words": "wow!!! so!!! k!ll ",
    "bars and bangs mixed": "k|!|!|!l ",
    "combining marks": "k\u0301\u0302\u0303i\u0301l\u0301l\u0301 ",
    "mentions and symbols": "@kill @ass $hit ",
    "near keywords": "kil kiII kilI ki11 k1l ",
    "plain keywords": "i will kill you ",
    "one letter": "a",
    "digits": "1 8 41 a1 1488 ",
    # letters starred out (moderation/scanning/masking.py): each post is read again filled
    "starred-out swearing": "f**k ",
    "starred-out words, two": "s**t c**t ",
    "stars between letters": "a*b*c*d*e ",
    "starred-out phrase": "k*ll yours*lf ",
    # words read again as the library's (moderation/scanning/respelling.py, through scan_post)
    "insults split across spaces": "re tard sl ut mus lims ",
    "run-together insults": "sucharetard gokys ",
    "misspelt phrase": "musilms are scmu ",
    "chat spellings": "u r shud wen ",
    # a log pasted whole: staff voice and a match repeated wake the readers of a whole post
    "staff log pasted": "the student said i will kill you. ",
    "staff log, someone else's harm": "the girls want to die. ",
}

# Families of pastes in which nothing repeats: each word a library term disguised afresh, so
# no memo of a repeated word or run helps and every word may be a match of another entry.
# Each family is tried with a few seeds; the slowest paste is reported.
_SEPARATORS = (".", " ", "-", "_", "*", "|", "!", "!!", "..", "\u200b", "+", "/", "~", "#")
_LEET_CHOICES = {"a": "4@", "e": "3\u20ac", "i": "1!|", "o": "0", "s": "5$", "t": "7+", "g": "9"}
_ENDINGS = (" ", " ", "  ", ". ", "! ", "\n", "")


def _mangled(term: str, rng: random.Random) -> str:
    """``term`` with one of the tricks students combine: letters split by a separator,
    symbols for letters, letters starred out, letters drawn out, separators dropped in."""
    how = rng.randrange(5)
    if how == 0:
        return rng.choice(_SEPARATORS).join(term)
    if how == 1:
        return "".join(
            rng.choice(_LEET_CHOICES[c]) if c in _LEET_CHOICES and rng.random() < 0.6 else c
            for c in term
        )
    if how == 2 and len(term) > 2:
        inner = "".join("*" if rng.random() < 0.5 else c for c in term[1:-1])
        return term[0] + inner + term[-1]
    if how == 3:
        return "".join(c * rng.randint(1, 4) for c in term)
    return "".join(rng.choice(_SEPARATORS) if rng.random() < 0.3 else c for c in term)


def _terms_afresh(
    disguised: Callable[[str, random.Random], str],
) -> Callable[[Sequence[str], int, int], str]:
    def paste(terms: Sequence[str], seed: int, size: int) -> str:
        rng = random.Random(seed)
        parts: list[str] = []
        length = 0
        while length < size:
            part = disguised(rng.choice(terms), rng) + rng.choice(_ENDINGS)
            parts.append(part)
            length += len(part)
        return "".join(parts)[:size]

    return paste


WORST_CASE_FAMILIES: dict[str, Callable[[Sequence[str], int, int], str]] = {
    "terms disguised afresh": _terms_afresh(disguise),
    "terms starred, barred, split afresh": _terms_afresh(_mangled),
}
FAMILY_SEEDS = range(3)


def family_terms(library: CompiledLibrary) -> list[str]:
    """The library's terms a family's pastes are made of (short ones: more to a paste)."""
    return [entry.term for entry in library.entries if len(entry.term) < 14]


@contextmanager
def counting_normaliser() -> Iterator[list[int]]:
    """While open, ``counter[0]`` counts calls of the normaliser made by scans."""
    counter = [0]
    original = scan_module.normalize_with_offsets

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        counter[0] += 1
        return original(*args, **kwargs)

    scan_module.normalize_with_offsets = counted  # type: ignore[assignment]
    exact_module.normalize_with_offsets = counted  # type: ignore[assignment]
    try:
        yield counter
    finally:
        scan_module.normalize_with_offsets = original  # type: ignore[assignment]
        exact_module.normalize_with_offsets = original  # type: ignore[assignment]


def normaliser_share(library: CompiledLibrary, posts: Sequence[str]) -> float:
    """The share of ``posts`` whose scan runs the normaliser (on all or part of the post)."""
    taken = 0
    with counting_normaliser() as counter:
        for post in posts:
            before = counter[0]
            library.scan(post)
            taken += counter[0] > before
    return taken / len(posts) if posts else 0.0


def residual_share(library: CompiledLibrary, posts: Sequence[str]) -> tuple[float, float]:
    """The share of ``posts`` whose residual was screened, and of those, the share it
    cleared (its unusual words read once and remembered; ``moderation.scanning.residual``)."""
    verdicts: list[int] = []
    original = type(library)._residual_verdict

    def counted(self, text):  # type: ignore[no-untyped-def]
        verdicts.append(original(self, text))
        return verdicts[-1]

    type(library)._residual_verdict = counted  # type: ignore[method-assign]
    screened = cleared = 0
    try:
        for post in posts:
            del verdicts[:]
            library.scan(post)
            if verdicts:
                screened += 1
                cleared += verdicts[-1] == CLEAN
    finally:
        type(library)._residual_verdict = original  # type: ignore[method-assign]
    return (screened / len(posts) if posts else 0.0), (cleared / screened if screened else 0.0)


# Posts at least this long are the ones the path breakdown is printed for: they dominate
# MB/s, and their time is spent where a post leaves the C automaton pass.
LONG_POST = 301
_HIT_KINDS = {
    _ELONGATION: "drawn-out letters (sooo)",
    _SEPARATED: "single letters side by side",
    _WIDE_GAP: "a wide gap (five blanks)",
}


def _hit_kinds(library: CompiledLibrary, padded: str) -> set[str]:
    """What the screening automaton finds in ``padded`` (a skeleton or a residual), by kind."""
    kinds = set()
    for _end, (detector, screens, _words, checks) in library._screen.iter(padded):
        if detector:
            kinds.add(_HIT_KINDS.get(detector, "another detector"))
        if screens:
            kinds.add("a keyword as written")
        if checks:
            kinds.add("a phrase's anchor word")
    return kinds


def path_breakdown(
    library: CompiledLibrary, posts: Sequence[str], min_length: int = LONG_POST
) -> tuple[int, list[tuple[str, int, float]]]:
    """For the clean posts of ``posts`` at least ``min_length`` long: how many, and per
    reason a post left the C automaton pass (the skeleton screened with no hit), the posts
    with that reason and their mean CPU microseconds a scan (best of three). A post with
    several reasons counts under each; "none" is a post that stayed in C."""
    cls = type(library)
    seen: dict[str, object] = {}
    originals = {
        name: getattr(cls, name)
        for name in ("_residual_verdict", "_screen_residual", "_screened_hits")
    }

    def residual_verdict(self, text):  # type: ignore[no-untyped-def]
        seen.setdefault("residual", text)
        return originals["_residual_verdict"](self, text)

    def screen_residual(self, text, padded):  # type: ignore[no-untyped-def]
        seen.setdefault("residual padded", padded)
        return originals["_screen_residual"](self, text, padded)

    def screened_hits(self, text, padded, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.setdefault("skeleton padded", padded)
        return originals["_screened_hits"](self, text, padded, *args, **kwargs)

    clock = time.process_time_ns
    reasons: dict[str, list[int]] = {}
    clean = 0
    with counting_normaliser() as normalised:
        cls._residual_verdict = residual_verdict  # type: ignore[method-assign]
        cls._screen_residual = screen_residual  # type: ignore[method-assign]
        cls._screened_hits = screened_hits  # type: ignore[method-assign]
        try:
            for post in posts:
                if len(post) < min_length:
                    continue
                seen.clear()
                before = normalised[0]
                if library.scan(post):
                    continue
                clean += 1
                why: set[str] = set()
                if "residual" in seen:
                    padded = seen.get("residual padded")
                    if padded is None:
                        why.add("residual: a word with no stand-in")
                    else:
                        kinds = _hit_kinds(library, padded)  # type: ignore[arg-type]
                        why |= {f"residual: {kind}" for kind in kinds}
                        if not kinds:
                            why.add("residual: no hit (cleared in C)")
                if "skeleton padded" in seen:
                    kinds = _hit_kinds(library, seen["skeleton padded"])  # type: ignore[arg-type]
                    why |= {f"skeleton: {kind}" for kind in kinds}
                if normalised[0] > before:
                    why.add("the normaliser ran")
                if not why:
                    why.add("none: the skeleton pass in C only")
                spent = min(_once(clock, library.scan, post) for _ in range(3))
                for reason in why:
                    reasons.setdefault(reason, []).append(spent)
        finally:
            for name, original in originals.items():
                setattr(cls, name, original)
    rows = [
        (reason, len(times), sum(times) / len(times) / 1000)
        for reason, times in sorted(reasons.items(), key=lambda item: -len(item[1]))
    ]
    return clean, rows


def latency_by_band(
    library: CompiledLibrary, posts: Sequence[str]
) -> list[tuple[tuple[int, int], int, float, float]]:
    """(band, posts in it, p50 us, p99 us) per length band; each post's best of three."""
    clock = time.perf_counter_ns
    scan = library.scan
    rows = []
    for low, high in LENGTH_BANDS:
        band = [post for post in posts if low <= len(post) <= high]
        if not band:
            continue
        times = []
        for post in band:
            best = min(_once(clock, scan, post) for _ in range(3))
            times.append(best / 1000)
        times.sort()
        rows.append(((low, high), len(band), times[len(times) // 2], times[int(len(times) * 0.99)]))
    return rows


def _once(clock: Callable[[], int], scan: Callable[[str], object], post: str) -> int:
    start = clock()
    scan(post)
    return clock() - start


def worst_cases(
    library: CompiledLibrary, size: int = WORST_CASE_SIZE
) -> list[tuple[str, float, int, float]]:
    """(shape, CPU ms for one scan of ``size`` characters of it, matches found, CPU ms for
    the pipeline's scan of it: ``spanish.scan_post``, which reads respelt words again)."""
    rows = []
    for name, unit in WORST_CASE_SHAPES.items():
        text = (unit * (size // len(unit) + 1))[:size]
        scan_post(library, text[:200])  # first sight of its characters is not the shape's cost
        start = time.process_time()
        found = library.scan(text)
        scanned = time.process_time()
        scan_post(library, text)
        rows.append(
            (
                name,
                (scanned - start) * 1000,
                len(found),
                (time.process_time() - scanned) * 1000,
            )
        )
    return rows


def slowest_of_families(
    library: CompiledLibrary, size: int = WORST_CASE_SIZE
) -> list[tuple[str, int, float, int, float]]:
    """(family, seed, CPU ms of library.scan, matches, CPU ms of scan_post) of the slowest
    paste of each family (the slower of the two columns)."""
    terms = family_terms(library)
    rows = []
    for name, paste in WORST_CASE_FAMILIES.items():
        slowest = None
        for seed in FAMILY_SEEDS:
            text = paste(terms, seed, size)
            scan_post(library, text[:200])
            start = time.process_time()
            found = library.scan(text)
            scanned = time.process_time()
            scan_post(library, text)
            row = (name, seed, (scanned - start) * 1000, len(found))
            row += ((time.process_time() - scanned) * 1000,)
            if slowest is None or max(row[2], row[4]) > max(slowest[2], slowest[4]):
                slowest = row
        if slowest is not None:
            rows.append(slowest)
    return rows


def format_writing(
    library: CompiledLibrary, posts: Sequence[str], out: Callable[[str], object]
) -> None:
    """Print latency by length band and the normaliser share for ``posts``."""
    out("  latency by post length (wall-clock, best of 3 per post)")
    for (low, high), count, p50, p99 in latency_by_band(library, posts):
        mark = ""
        if high <= 300:
            mark = "  (target p99 < 100 us: " + ("ok)" if p99 < 100 else "ABOVE TARGET)")
        out(
            f"    {low:>5}-{high:<5} chars {count:>6,} posts  "
            f"p50 {p50:7.1f} us  p99 {p99:8.1f} us{mark}"
        )
    share = normaliser_share(library, posts)
    out(f"  posts that run the normaliser (all or part): {share:.1%}")
    screened, cleared = residual_share(library, posts)
    out(
        f"  posts screened by their residual (mentions, emoji, links, symbols read once): "
        f"{screened:.1%}, of which cleared there: {cleared:.1%}"
    )
    clean, rows = path_breakdown(library, posts)
    out(
        f"  clean posts of {LONG_POST}+ chars: {clean:,}; why each left the C automaton pass "
        f"(residual: the post with its unusual words read once; a post may count twice), "
        f"with the mean CPU time of a scan of those posts"
    )
    for reason, count, mean_us in rows:
        share = count / clean if clean else 0.0
        out(f"    {reason:<52} {share:6.1%}  {mean_us:7.1f} us")


def format_worst(library: CompiledLibrary, out: Callable[[str], object]) -> None:
    out(
        f"Worst-case inputs: {WORST_CASE_SIZE // 1024} KiB of one shape, one scan each, CPU "
        f"time: library.scan, then the pipeline's scan_post"
    )
    for name, ms, found, post_ms in worst_cases(library):
        mark = "ok" if max(ms, post_ms) < TARGET_WORST_MS else "ABOVE TARGET"
        out(
            f"  {name:<28} {ms:7.1f} ms {post_ms:7.1f} ms {found:>6,} matches  "
            f"({mark}: < {TARGET_WORST_MS:.0f} ms)"
        )
    out(
        f"  and the slowest of {len(FAMILY_SEEDS)} pastes of each family, nothing repeated "
        f"(seed, both columns)"
    )
    for name, seed, ms, found, post_ms in slowest_of_families(library):
        mark = "ok" if max(ms, post_ms) < TARGET_WORST_MS else "ABOVE TARGET"
        label = f"{name} (seed {seed})"
        out(
            f"  {label:<44} {ms:7.1f} ms {post_ms:7.1f} ms {found:>6,} matches  "
            f"({mark}: < {TARGET_WORST_MS:.0f} ms)"
        )
