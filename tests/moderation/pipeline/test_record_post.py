"""record_post: sanitise, scan what a person sees, store, hold at the configured severity,
flag every match with its span, and offer help for self-harm whatever the visibility."""

import pytest

from moderation.flags.actions import MAX_POST_CHARS, PostRejected, record_post
from moderation.models import AuditEntry, Flag, FlagMatch, KeywordEntry, ModeratedPost


def test_matches_are_recorded_with_their_spans_in_the_stored_text(keywords, student, course):
    recorded = record_post(
        "You LOSER, k y s. I hate you", source="discussion", author=student, course=course
    )
    post = recorded.post
    found = {(m.term, post.text[m.start : m.end]) for m in recorded.matches}
    assert found == {("loser", "LOSER"), ("kys", "k y s"), ("hate you", "hate you")}
    assert recorded.flag.severity == 4 and recorded.flag.category == "bullying"
    assert post.highest_severity == 4
    kys = FlagMatch.objects.get(term="kys")
    assert kys.entry == KeywordEntry.objects.get(term="kys")
    assert kys.normalisations  # the engine says how it saw through "k y s"


def test_hold_severity_decides_what_is_held(keywords, moderation_settings):
    assert record_post("hate you", source="api").held  # high, default threshold high
    assert not record_post("loser", source="api").held
    moderation_settings.hold_severity = 4
    moderation_settings.save()
    assert not record_post("hate you", source="api").held
    assert record_post("kys", source="api").post.status == ModeratedPost.Status.HELD


def test_the_flag_takes_the_category_of_its_most_severe_match(keywords):
    flag = record_post("damn, you vape? I want to kill myself", source="api").flag
    assert (flag.category, flag.severity) == ("self_harm", 4)


def test_self_harm_gets_the_help_contacts_even_when_published(keywords, moderation_settings):
    moderation_settings.hold_severity = 4
    moderation_settings.help_contacts = "Call 0800 1111."
    moderation_settings.save()
    KeywordEntry.objects.filter(term="unalive").update(severity=2)
    from moderation.keywords.store import bump_version

    bump_version(KeywordEntry.objects.get(term="unalive").library)
    recorded = record_post("thinking about how to unalive", source="reflection")
    assert not recorded.held
    assert recorded.support_message == "Call 0800 1111."
    assert record_post("you loser", source="reflection").support_message == ""


def test_html_is_sanitised_and_link_text_and_alt_are_scanned(keywords):
    html = (
        '<p onclick="x()">Look <a href="https://e.org" target="_blank">loser</a></p>'
        '<img src="x.png" alt="kys"><script>document.cookie</script>'
    )
    recorded = record_post(html, source="api", is_html=True)
    post = recorded.post
    assert post.text == "Look loser\nkys"
    assert post.html == '<p>Look <a href="https://e.org" rel="nofollow noopener">loser</a></p>'
    assert {m.term for m in recorded.matches} == {"loser", "kys"}
    assert "script" not in post.html + post.text and "cookie" not in post.html + post.text


def test_markup_in_plain_text_never_survives(keywords):
    post = record_post('<script>alert("x")</script>hi <b>there</b>', source="discussion").post
    assert "<" not in post.text and post.html == ""


def test_oversized_input_is_refused_with_a_clear_error_and_nothing_stored(keywords):
    with pytest.raises(PostRejected) as error:
        record_post("a" * (MAX_POST_CHARS + 1), source="api")
    assert "limit is 100,000" in error.value.message
    assert not ModeratedPost.objects.exists()


def test_binary_input_is_stored_safely(keywords):
    recorded = record_post(b"\xff\xfe\x00loser\x00 \xed\xa0\x80", source="api")
    assert "loser" in recorded.post.text and "\x00" not in recorded.post.text
    assert recorded.flag is not None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"source": "email"}, "source"),
        ({"source": "api", "external_id": "1"}, "external_source"),
        ({"source": "api", "author_ref": "x" * 256}, "author_ref"),
    ],
)
def test_bad_references_are_refused_by_field(keywords, kwargs, field):
    with pytest.raises(PostRejected) as error:
        record_post("hello", **kwargs)
    assert error.value.field == field


def test_the_audit_log_never_holds_the_post_text(keywords):
    record_post("I want to kill myself, loser", source="api")
    for entry in AuditEntry.objects.all():
        assert "kill" not in str(entry.detail) + entry.reason
    assert {"post.held", "flag.raised"} <= set(AuditEntry.objects.values_list("action", flat=True))


def test_an_empty_library_scans_nothing(db):
    recorded = record_post("kys", source="api")
    assert recorded.flag is None and not recorded.held and not Flag.objects.exists()
