"""The precision benchmark's own corpora hold the line: neutral statements about identity groups
never flag, our labelled Spanish safeguarding sentences are caught, and the clean project text
that a student might quote is rarely held."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pytest

from moderation.bench.precision import (
    HOLD_SEVERITY,
    data_lines,
    labelled_set,
    main,
    project_sentences,
    rates,
)
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


@pytest.fixture(scope="module")
def library():
    return STARTER


def test_no_neutral_statement_about_an_identity_group_is_flagged(library):
    statements = data_lines("identity_neutral.txt")
    assert len(statements) >= 100
    flagged = [s for s in statements if scan_post(library, s)]
    assert flagged == []


def test_most_spanish_safeguarding_sentences_are_caught(library):
    positives = [r for r in labelled_set() if r.language == "es" and r.positive]
    assert len(positives) >= 30
    caught = sum(bool(scan_post(library, r.text)) for r in positives)
    assert caught / len(positives) >= 0.8


def test_the_labelled_set_has_both_languages_and_both_labels():
    rows = labelled_set()
    assert len(rows) >= 150
    assert {(r.language, r.positive) for r in rows} == {
        ("en", True),
        ("en", False),
        ("es", True),
        ("es", False),
    }


def test_quoting_the_projects_own_lessons_is_rarely_held(library):
    result = rates("lessons", library, project_sentences())
    assert result.posts > 1000
    assert result.held / result.posts < 0.005
    assert HOLD_SEVERITY == 3


def printed_by(argv: list[str]) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def printed():
    """What `python -m moderation.bench.precision` prints: it reads every corpus (a minute
    and more of this machine), so it runs once for the tests of its report."""
    return printed_by([])


@pytest.fixture(scope="module")
def positives() -> list[str]:
    """What `python -m moderation.bench.precision --positives` prints, one line a positive:
    read once for the tests of that listing."""
    return printed_by(["--positives"]).splitlines()


def test_the_benchmark_prints_every_figure_it_promises(printed):
    for figure in ("all clean text", "identity-neutral", "es: recall", "en: recall", "held"):
        assert figure in printed


def test_the_third_development_set_is_printed_by_kind_against_the_targets(printed):
    for kind in ("behaviour incidents", "pastoral notes", "parents", "everyday tweets and chat"):
        assert kind in printed
    assert "on staff, parents, older students" in printed
    assert "on everyday tweets" in printed


def test_a_lead_can_list_every_positive_line_with_its_severity_to_compare_two_runs(positives):
    lines = positives
    sources = {line.split("\t")[0] for line in lines}
    assert {"labelled", "disclosure", "intent", "spelling plain", "spelling changed"} <= sources
    assert all(line.split("\t")[1].isdigit() for line in lines)
    disclosures = [line for line in lines if line.startswith("disclosure\t")]
    assert all(int(line.split("\t")[1]) > 0 for line in disclosures)


def test_the_fifth_set_is_printed_against_the_tweet_identity_and_critical_targets(
    printed, positives
):
    for kind in ("gaming chat", "memes and hyperbole", "news reactions", "identity groups (es)"):
        assert kind in printed
    for target in ("flagged <= 4.0% on everyday posts", "held at critical <= 5.0% on everyday"):
        assert target in printed
    assert "concerns (concerns_5.tsv): flagged" in printed
    concerns = [line for line in positives if line.startswith("concern 5\t")]
    assert len(concerns) >= 40


def test_the_sixth_set_is_printed_against_the_critical_spanish_and_recall_targets(printed):
    for kind in ("supporting a friend", "memes and hyperbole", "Spain teen chat (es)"):
        assert kind in printed
    for target in (
        "held at critical <= 5.0% on mental-health talk",
        "flagged <= 4.0% on everyday Spanish",
        "target suicidal intent at critical >= 0.60",
        "target hate caught >= 0.85",
    ):
        assert target in printed
    assert "concerns (concerns_6.tsv): flagged" in printed


def test_the_staff_forum_set_is_printed_by_kind_against_the_forum_targets(printed):
    for kind in ("signs staff are trained to notice", "science practicals", "long posts"):
        assert kind in printed
    for target in (
        "a flag other than profanity <= 2.0% on staff forum",
        "held <= 0.5% on staff forum",
    ):
        assert target in printed
    assert "staff forum concerns (forum_concerns_6.tsv): flagged" in printed
