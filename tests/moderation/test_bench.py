"""The benchmark: deterministic workload, a report for any library, and the command."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command

from moderation.bench import benchmark_entries, synthetic_entries, synthetic_posts

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
