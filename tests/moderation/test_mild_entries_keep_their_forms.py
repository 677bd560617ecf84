"""A library with many severe phrases must not push its mildest words out of their forms: the
word forms are derived most severe first under a budget, and when hundreds of phrases about
abuse at home were added the budget ran out before the Spanish insults and everyday violent
verbs got their plurals and past tenses. A student's plural insult is still recorded."""

from __future__ import annotations

from moderation.scanning import compiler
from tests.moderation.starter_library import STARTER, worst


def test_a_plural_spanish_insult_is_recorded():
    assert worst("las de segundo son unas pendejas") == 2
    assert worst("mis primos son unos cabrones") == 2


def test_every_starter_entry_gets_all_its_forms_within_the_budget(monkeypatch):
    derived = []
    counted = compiler._derived
    monkeypatch.setattr(
        compiler, "_derived", lambda *args: derived.append(counted(*args)) or derived[-1]
    )
    compiler.compile_library(STARTER.entries)
    monkeypatch.setattr(compiler, "FORMS_BUDGET", 10**9)
    compiler.compile_library(STARTER.entries)
    within_budget, uncapped = derived
    assert within_budget.keys() == uncapped.keys()
