"""A school whose starter libraries were seeded before the English entries had their Spanish
runs the seeding again (an upgrade, `make demo`): every starter definition now carries its
Spanish, the library's version moves on, so the compiled library every scan uses is built
afresh, and what its staff changed in a field the file left alone (a severity, the exceptions
they accepted from false positives) stays theirs, then and at every seeding after."""

from moderation.keywords.store import current_library, seed_starter_libraries
from moderation.models import KeywordEntry, KeywordEntryHistory, KeywordLibrary
from moderation.scanning.spanish import definition_in


def definition_of(term: str, text: str) -> str:
    (match,) = [m for m in current_library().scan(text) if m.entry.term == term]
    return match.entry.definition


def as_seeded_before_the_spanish(library: KeywordLibrary) -> None:
    """Each definition English only, in the row and in its import history."""
    for entry in library.entries.all():
        english = entry.definition.partition(" [es] ")[0]
        KeywordEntry.objects.filter(pk=entry.pk).update(definition=english)
        for row in entry.history.filter(action="imported"):
            row.after = {**row.after, "definition": english}
            row.save(update_fields=["after"])


def test_seeding_again_brings_the_spanish_and_keeps_what_staff_changed(db):
    seed_starter_libraries()
    bullying = KeywordLibrary.objects.get(name="bullying")
    as_seeded_before_the_spanish(bullying)
    # Staff lowered 'loser' and accepted a phrase a false positive proposed.
    loser = bullying.entries.get(term="loser")
    loser.severity = 1
    loser.exceptions = "|".join([*loser.exception_list, "loser bracket"])
    loser.save(update_fields=["severity", "exceptions"])
    version = KeywordLibrary.objects.get(pk=bullying.pk).version
    assert "[es]" not in definition_of("kys", "just kys")

    report = {r.library: r for r in seed_starter_libraries()}["bullying"]

    assert report.changed == bullying.entries.count() and report.kept_local == 0
    assert KeywordLibrary.objects.get(pk=bullying.pk).version == version + 1
    kys = definition_of("kys", "just kys")
    assert definition_in(kys, "es").startswith("Abreviatura de 'kill yourself'")
    assert definition_in(kys, "en").startswith("Abbreviation of 'kill yourself'")
    loser.refresh_from_db()
    assert "[es]" in loser.definition
    assert loser.severity == 1 and "loser bracket" in loser.exception_list
    kept = loser.history.filter(action=KeywordEntryHistory.Action.CHANGED).first()
    assert kept.reason == "Kept as staff changed it: severity, exceptions"

    # The next seeding, the file unchanged: nothing moves, staff's values stay.
    again = {r.library: r for r in seed_starter_libraries()}["bullying"]
    assert again.changed == 0 and again.kept_local == 1
    loser.refresh_from_db()
    assert loser.severity == 1 and "loser bracket" in loser.exception_list
