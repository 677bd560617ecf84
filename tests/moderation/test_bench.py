"""The benchmark: deterministic workload, a report for any library, and the command."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command

from moderation.bench.engine import benchmark_entries, synthetic_entries, synthetic_posts
from moderation.bench.engine_answers import answers, compare
from moderation.engine import compile_library

from .conftest import ENTRIES


def test_the_workload_is_the_same_every_time():
    assert synthetic_posts(50, ["kill"]) == synthetic_posts(50, ["kill"])
    assert synthetic_entries(30) == synthetic_entries(30)


def test_posts_are_20_to_400_characters_and_about_2_percent_carry_a_keyword():
    posts = synthetic_posts(5000, ["zqxkeyword"])
    assert all(20 <= len(p) <= 400 for p in posts)
    carrying = sum("zqxkeyword" in p.lower() for p in posts)
    assert 40 <= carrying <= 120  # plain copies only: a third are obfuscated


def test_a_school_library_can_be_benchmarked():
    lines = benchmark_entries(ENTRIES, posts=300)
    assert any("MB/s" in line for line in lines)
    assert any("p99" in line for line in lines)


def test_the_bench_library_command_reports_through_stdout(tmp_path):
    path = tmp_path / "school.csv"
    path.write_text(
        "term,category,severity,mode,definition,exceptions\nkys,bullying,4,word,x,\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command("bench_library", str(path), "--posts", "200", stdout=out)
    assert "raw Automaton.iter" in out.getvalue()


def test_the_real_writing_corpus_is_the_same_every_time_and_reads_like_students():
    from moderation.bench.corpus import student_posts

    posts = student_posts(4000, ["zqxkeyword"])
    assert posts == student_posts(4000, ["zqxkeyword"])
    assert all(5 <= len(p) <= 2100 for p in posts)
    assert sum(len(p) <= 80 for p in posts) > sum(len(p) > 1000 for p in posts) * 4
    text = "\n".join(posts)
    for sign in ("@", "#", "https://", "&amp;", "\u2019", "😂", "gr8", "sooo", "¿", "xq", "ñ"):
        assert sign in text, sign
    spanish = sum(any(word in p.split() for word in ("la", "el", "que", "de")) for p in posts)
    assert 300 <= spanish <= 900  # about one post in seven is written in Spanish
    carrying = sum("zqxkeyword" in p.lower() for p in posts)
    assert 60 <= carrying <= 160  # about 4% carry a term; a third of those are disguised


def test_the_benchmark_prints_latency_by_length_and_the_worst_cases():
    from moderation.bench.corpus import student_posts
    from moderation.bench.writing import format_worst, format_writing
    from moderation.engine import compile_library

    library = compile_library(ENTRIES)
    lines: list[str] = []
    format_writing(library, student_posts(300, ["kill"]), lines.append)
    format_worst(library, lines.append)
    report = "\n".join(lines)
    assert "5-80" in report and "p99" in report and "normaliser" in report
    assert "dotted tokens" in report and "zero-width" in report and "ms" in report


def test_a_change_that_answers_one_text_differently_is_caught(capsys):
    # An engineer records the engine's answers, changes it for speed, and compares: a match
    # whose context (or span, severity...) moved is named with its text.
    texts = ["we played cards to kill time", "I will kill you", "a quiet day at school"]
    library = compile_library(ENTRIES)
    rows = zip([("posts", text) for text in texts], answers(library, texts), strict=True)
    before = {"library": list(rows)}
    same = {"library": list(before["library"])}
    assert compare(before, same) == 0
    moved = list(before["library"])
    (source, text), found = moved[1]
    assert found  # "kill" is a match, with its context and severity
    moved[1] = ((source, text), tuple(match[:4] + ("quoted",) + match[5:] for match in found))
    assert compare(before, {"library": moved}) == 1
    assert "I will kill you" in capsys.readouterr().out
