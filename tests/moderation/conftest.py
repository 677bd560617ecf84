"""A small, controlled library for the engine's behaviour tests (no database anywhere)."""

from __future__ import annotations

import pytest

from moderation.engine import CompiledLibrary, Entry, compile_library

ENTRIES = [
    Entry("kill", "violence", 3, "A threat to kill.", exceptions=("kill time", "killing it")),
    Entry("kill yourself", "bullying", 4, "Telling someone to kill themselves."),
    Entry("kys", "bullying", 4, "Short for kill yourself."),
    Entry("die", "self_harm", 3, "Wanting to die."),
    Entry("suicid", "self_harm", 4, "Suicide, suicidal.", mode="prefix"),
    Entry("unalive", "self_harm", 4, "Coded word for suicide."),
    Entry("hate", "bullying", 2, "Hatred aimed at someone."),
    Entry("thinspo", "eating_disorders", 3, "Thinspiration.", mode="substring"),
    Entry("pro-ana", "eating_disorders", 3, "Pro-anorexia."),
    Entry("don't tell your parents", "grooming", 4, "Secrecy from parents."),
    Entry("our little secret", "grooming", 4, "Secrecy."),
    Entry("send a pic", "sexting", 3, "Request for an image."),
    Entry("ass", "profanity", 1, "Rude word.", exceptions=("kick ass",)),
    Entry("cunt", "profanity", 2, "Offensive word."),
    Entry("sex", "sexting", 2, "Sexual content."),
    Entry("rapist", "violence", 3, "Sexual violence."),
    Entry("rape", "violence", 4, "Sexual violence."),
    Entry("cock", "profanity", 2, "Rude word."),
    Entry("shit", "profanity", 1, "Swearing."),
    Entry("slut", "bullying", 3, "Sexual insult."),
    Entry("shoot", "violence", 3, "Shooting threat.", exceptions=("shoot hoops",)),
    Entry("1488", "extremism", 3, "Neo-Nazi number code."),
    Entry("undress ai", "sexting", 3, "Apps that fake nude images."),
    Entry("ied", "violence", 3, "Improvised explosive device."),
]


@pytest.fixture(scope="session")
def library() -> CompiledLibrary:
    return compile_library(ENTRIES)


def terms_found(library: CompiledLibrary, text: str) -> list[str]:
    return [m.entry.term for m in library.scan(text)]
