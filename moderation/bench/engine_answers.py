"""The engine's answers on every text the project holds, recorded and compared: the check
that a change made for speed changes no answer.

    python -m moderation.bench.engine_answers record before.pickle
    ... change the engine ...
    python -m moderation.bench.engine_answers compare before.pickle

Every match of every text is recorded (entry term and category, the match's category,
severity, context label, start, end, text and normalisations), for the starter library on:
the benchmark's real-writing posts (``corpus.student_posts``) and as many again with a
library term in half of them; every line (and a tab-separated line's last field) of
``data/*.txt`` and ``data/*.tsv`` but the held-out set; the clean prose the precision bench
reads on this machine (``clean_text``); the worst-case shapes (``writing``) at 64 KiB, 5,000,
300 and 61 characters; the evasion table's texts inside generated posts; generated posts with
starred-out terms; the same texts through the pipeline's ``scan_post`` (misspelt, split and
run-together words and chat spellings read again). And for a library of 10,000 entries (the
starter's and made-up ones, in every mode) on the benchmark's older generated posts. Texts
are scanned in one fixed order in one process, so run both sides with the same
``PYTHONHASHSEED``.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence

from moderation.bench import clean_text
from moderation.bench.corpus import disguise, student_posts
from moderation.bench.engine import (
    _loadable_starter_entries,
    synthetic_entries,
    synthetic_posts,
)
from moderation.bench.writing import WORST_CASE_SHAPES
from moderation.engine import CompiledLibrary, compile_library
from moderation.scanning.spanish import scan_post

SEED = 20261207
_SIZES = (64 * 1024, 5_000, 300, 61)
_HELD_OUT = "heldout"


def _data_texts() -> Iterator[str]:
    for path in sorted(clean_text.DATA.iterdir()):
        if _HELD_OUT in path.name or path.suffix not in (".txt", ".tsv"):
            continue
        for line in clean_text.data_lines(path.name):
            yield line
            if "\t" in line:
                yield line.rsplit("\t", 1)[-1]


def _clean_prose() -> Iterator[str]:
    for source in (
        clean_text.project_sentences,
        clean_text.stdlib_sentences,
        clean_text.licence_sentences,
        clean_text.debian_sentences,
        clean_text.wordnet_sentences,
    ):
        yield from source()


def _shapes() -> Iterator[str]:
    for unit in WORST_CASE_SHAPES.values():
        for size in _SIZES:
            yield (unit * (size // len(unit) + 1))[:size]


def _evasions_in_posts(terms: Sequence[str]) -> Iterator[str]:
    from tests.moderation.test_evasions import EVASIONS

    rng = random.Random(SEED)
    posts = student_posts(len(EVASIONS) * 4, terms, seed=SEED, hit_rate=0.0)
    for index, (_kind, typed, _term) in enumerate(EVASIONS):
        yield typed
        for post in posts[index * 4 : index * 4 + 4]:
            words = post.split(" ")
            words.insert(rng.randrange(len(words) + 1), typed)
            yield " ".join(words)


def _starred(terms: Sequence[str], count: int) -> Iterator[str]:
    rng = random.Random(SEED + 1)
    posts = student_posts(count, terms, seed=SEED + 1, hit_rate=0.0)
    for post in posts:
        term = rng.choice(terms)
        if len(term) > 2:
            inner = [c if rng.random() < 0.5 or not c.isalpha() else "*" for c in term[1:-1]]
            term = term[0] + "".join(inner) + term[-1]
        words = post.split(" ")
        words.insert(rng.randrange(len(words) + 1), term)
        yield " ".join(words)


def texts(terms: Sequence[str], quick: bool = False) -> list[tuple[str, str]]:
    """(source, text) for the starter library, in a fixed order."""
    scale = 4 if quick else 1
    sources: list[tuple[str, Iterator[str] | list[str]]] = [
        ("real writing", student_posts(32_000 // scale, terms)),
        ("real writing, half with a term", student_posts(32_000 // scale, terms, SEED, 0.5)),
        ("data", _data_texts()),
        ("clean prose", _clean_prose()),
        ("worst shapes", _shapes()),
        ("evasions in posts", _evasions_in_posts(terms)),
        ("starred", _starred(terms, 4_000 // scale)),
        (
            "disguised terms",
            [disguise(t, random.Random(i * 3 + k)) for i, t in enumerate(terms) for k in range(3)],
        ),
    ]
    return [(name, text) for name, source in sources for text in source]


def answers(
    library: CompiledLibrary, posts: Sequence[str], scan: Callable[[str], list] | None = None
) -> list[tuple]:
    scan = scan or library.scan
    return [
        tuple(
            (
                m.entry.term,
                m.entry.category,
                m.category,
                m.severity,
                m.context,
                m.start,
                m.end,
                m.text,
                m.normalisations,
            )
            for m in scan(text)
        )
        for text in posts
    ]


def record(quick: bool) -> dict[str, list]:
    base = _loadable_starter_entries()
    terms = [e.term for e in base]
    starter = texts(terms, quick)
    big = synthetic_entries(10_000, base=base)
    synthetic = synthetic_posts(5_000 if quick else 20_000, [e.term for e in big])
    started = time.process_time()
    library = compile_library(base)
    starter_answers = answers(library, [text for _source, text in starter])
    # and as the pipeline reads a post: with its misspelt, split and run-together words and
    # chat spellings read again (spanish.scan_post)
    post_answers = answers(
        library, [text for _source, text in starter], lambda text: scan_post(library, text)
    )
    result = {
        "starter": list(zip(starter, starter_answers, strict=True)),
        "scan_post": list(zip(starter, post_answers, strict=True)),
        "10k": list(
            zip(
                [("10k", text) for text in synthetic],
                answers(compile_library(big), synthetic),
                strict=True,
            )
        ),
    }
    print(
        f"{len(starter):,} + {len(synthetic):,} texts scanned in "
        f"{time.process_time() - started:.1f} s CPU",
        file=sys.stderr,
    )
    return result


def compare(before: dict[str, list], after: dict[str, list], shown: int = 20) -> int:
    """Print the texts whose answers differ; the number of them."""
    differ = 0
    for library, rows in before.items():
        others = after.get(library, [])
        if len(others) != len(rows):
            print(f"{library}: {len(rows):,} texts before, {len(others):,} after")
            differ += 1
            continue
        counts: dict[str, int] = {}
        for ((source, text), old), ((_, other_text), new) in zip(rows, others, strict=True):
            assert text == other_text, "the texts differ: record both sides on one machine"
            counts[source] = counts.get(source, 0) + 1
            if old != new:
                differ += 1
                if differ <= shown:
                    print(f"[{library} / {source}] {text[:200]!r}\n  before {old}\n  after  {new}")
        summary = ", ".join(f"{name} {n:,}" for name, n in counts.items())
        print(f"{library}: {len(rows):,} texts ({summary})")
    print(f"{differ:,} texts answered differently")
    return differ


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m moderation.bench.engine_answers", description=__doc__
    )
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("path")
    parser.add_argument("--quick", action="store_true", help="a quarter of the generated posts")
    args = parser.parse_args(argv)
    if args.action == "record":
        with open(args.path, "wb") as out:
            pickle.dump({"quick": args.quick, **record(args.quick)}, out)
        return 0
    with open(args.path, "rb") as stored:
        before = pickle.load(stored)
    quick = before.pop("quick")
    return 1 if compare(before, record(quick)) else 0


if __name__ == "__main__":
    sys.exit(main())
