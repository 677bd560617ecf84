"""POST /api/v1/scan: stateless, matches with their spans in the scanned text."""

from moderation.models import Flag, ModeratedPost

SCAN = "/api/v1/scan"


def test_it_returns_each_match_with_term_category_severity_definition_and_span(api):
    text = "You are such a loser, just kill yourself."
    response = api.post(SCAN, {"text": text})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["text"] == text
    assert body["highest_severity"] == 4
    found = {m["term"]: m for m in body["matches"]}
    assert set(found) == {"loser", "kill yourself"}
    kill = found["kill yourself"]
    assert kill["category"] == "bullying"
    assert kill["severity"] == 4 and kill["severity_label"] == "critical"
    assert kill["definition"] == "Telling someone to kill themselves."
    assert text[kill["start"] : kill["end"]] == kill["matched_text"] == "kill yourself"
    assert body["library_version"]


def test_it_finds_evasions_and_reports_what_the_student_actually_wrote(api):
    text = "im feeling suicidal tbh"
    body = api.post(SCAN, {"text": text}).json()
    (match,) = body["matches"]
    assert match["term"] == "suicid"
    assert match["matched_text"] == text[match["start"] : match["end"]]
    assert match["matched_text"].lower().startswith("suicid")


def test_clean_text_has_no_matches(api):
    body = api.post(SCAN, {"text": "We made a poster about kindness."}).json()
    assert body["matches"] == [] and body["highest_severity"] is None


def test_html_is_scanned_as_the_text_a_reader_sees_including_link_text_and_alt(api):
    html = '<p>Hi <a href="https://x.example">loser</a></p><script>knife()</script>'
    body = api.post(SCAN, {"html": html}).json()
    assert [m["term"] for m in body["matches"]] == ["loser"]
    assert "<" not in body["text"] and "knife" not in body["text"]
    m = body["matches"][0]
    assert body["text"][m["start"] : m["end"]] == "loser"


def test_scanning_stores_nothing(api):
    api.post(SCAN, {"text": "just kill yourself"})
    assert not ModeratedPost.objects.exists()
    assert not Flag.objects.exists()
