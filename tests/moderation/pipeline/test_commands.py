"""The keyword library commands and the demo loader."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from moderation.keywords.starter import starter_libraries
from moderation.keywords.store import load_demo_libraries
from moderation.models import KeywordEntry, KeywordLibrary, RoutingRule, TrustedAdult

from .conftest import KEYWORDS_CSV


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_import_then_export_through_the_commands(db, tmp_path):
    source = tmp_path / "school.csv"
    source.write_text(KEYWORDS_CSV, encoding="utf-8")
    assert "8 added" in run("import_keywords", "school", str(source), "--reason", "ours")
    target = tmp_path / "out.csv"
    run("export_keywords", "school", str(target))
    assert "kill myself,self_harm,4,word" in target.read_text()
    assert "kys,bullying" in run("export_keywords", "school")


def test_a_bad_import_names_the_line_and_writes_nothing(db, tmp_path):
    source = tmp_path / "bad.csv"
    source.write_text(KEYWORDS_CSV + "x,bullying,7,word,d,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="bad:10"):
        call_command("import_keywords", "bad", str(source), "--reason", "r")
    assert not KeywordEntry.objects.exists()


def test_an_import_dry_run_writes_nothing(db, tmp_path):
    source = tmp_path / "school.csv"
    source.write_text(KEYWORDS_CSV, encoding="utf-8")
    run("import_keywords", "school", str(source), "--reason", "r", "--dry-run")
    assert not KeywordLibrary.objects.exists()


def test_exporting_an_unknown_library_is_a_clear_error(db):
    with pytest.raises(CommandError, match="No keyword library"):
        call_command("export_keywords", "nope")


def test_the_demo_loader_seeds_routes_and_names_trusted_adults_and_reruns(db):
    users = get_user_model().objects
    users.create_user("safeguarding")
    users.create_user("admin")
    load_demo_libraries(io.StringIO())
    load_demo_libraries(io.StringIO())
    assert sorted(KeywordLibrary.objects.values_list("name", flat=True)) == sorted(
        library.name for library in starter_libraries()
    )
    [rule] = RoutingRule.objects.all()
    assert rule.is_default and [g.name for g in rule.groups.all()] == ["Safeguarding leads"]
    assert TrustedAdult.objects.count() == 2
