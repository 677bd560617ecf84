"""An integrator scanning a text gets each match's context label and the severity it gives,
and a Spanish post is read the same way record_post reads it."""

from moderation.keywords.store import bump_version
from moderation.models import KeywordEntry

SCAN = "/api/v1/scan"


def test_a_negated_wish_to_die_comes_back_negated_and_lower(api):
    body = api.post(SCAN, {"text": "I don't want to die, I want help."}).json()
    assert body["matches"], body
    match = body["matches"][0]
    assert match["context"] == "negated"
    assert match["severity"] < 4


def test_a_plain_insult_comes_back_with_its_own_severity(api):
    body = api.post(SCAN, {"text": "You are such a loser, just kill yourself."}).json()
    kill = next(m for m in body["matches"] if m["term"] == "kill yourself")
    assert (kill["context"], kill["severity"]) == ("other", 4)


def test_spanish_text_speak_is_read_and_the_span_is_the_students_words(api, keyword_library):
    KeywordEntry.objects.create(
        library=keyword_library,
        term="me quiero matar",
        category="self_harm",
        severity=4,
        definition="Intención de matarse. [en] Intent to kill oneself.",
    )
    bump_version(keyword_library)
    text = "me kiero matar xq nadie me kiere"
    body = api.post(SCAN, {"text": text}, HTTP_ACCEPT_LANGUAGE="es").json()
    terms = {m["term"]: m for m in body["matches"]}
    assert "me quiero matar" in terms, body
    match = terms["me quiero matar"]
    assert text[match["start"] : match["end"]] == match["matched_text"] == "me kiero matar"


def test_a_flag_read_back_says_how_each_match_was_read(api):
    sent = api.post(
        "/api/v1/posts",
        {"source": "chat", "external_id": "ctx-1", "text": "i dont want to die, i want help"},
    )
    assert sent.status_code in (200, 201), sent.content
    [flag] = api.get("/api/v1/flags").json()["results"]
    [match] = flag["matches"]
    assert (match["context"], match["severity"]) == ("negated", 2)
