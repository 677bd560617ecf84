"""A safeguarding lead deletes a keyword entry while a web worker still scans with the library
compiled before it (workers read the library's version every few seconds). A post that entry
matches is stored and flagged all the same: the match keeps the entry's words, its link to the
deleted entry is empty, and the other matches keep theirs."""

from moderation.flags import actions
from moderation.keywords.store import active_library
from moderation.models import FlagMatch, KeywordEntry


def test_a_match_of_an_entry_deleted_since_the_library_was_compiled_keeps_its_words(
    keywords, monkeypatch
):
    compiled_before = active_library()
    monkeypatch.setattr(actions, "active_library", lambda: compiled_before)
    loser = KeywordEntry.objects.get(term="loser")
    idiot = KeywordEntry.objects.get(term="idiot")
    loser.delete()  # in the admin, by the lead

    recorded = actions.record_post("you loser, you idiot", source="discussion")

    assert recorded.created and recorded.flag is not None
    kept = {m.term: m.entry_id for m in recorded.matches}
    assert kept == {"loser": None, "idiot": idiot.pk}
    stored = dict(FlagMatch.objects.filter(flag=recorded.flag).values_list("term", "entry_id"))
    assert stored == kept
