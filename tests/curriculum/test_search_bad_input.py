"""A family types anything into site search (a stray quote, pasted text with a NUL byte,
search-engine operators) and gets a results page, never a server error: the query is read as
plain words. Run on SQLite and on PostgreSQL (Wagtail's database search backend on each)."""

import pytest

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    '"',
    'kind"ness',
    '"kindness',
    "a\x00b",
    "kindness\x00",
    "NOT",
    "OR NOT AND",
    "kindness AND",
    "NEAR(kindness",
    "*",
    "(",
    "kindness)",
    "title:kindness",
    "^kindness",
    "'",
    "\\",
    "-kindness",
    "kindness OR",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_a_stray_quote_nul_or_operator_in_search_gives_a_results_page(client, curriculum, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "Search" in response.content.decode()


def test_a_quoted_word_finds_what_the_word_finds(client, curriculum):
    plain = client.get("/search/", {"q": "kindness"}).content.decode()
    quoted = client.get("/search/", {"q": '"kindness'}).content.decode()
    assert "result" in plain
    assert 'value="kindness"' in quoted  # the query box shows the words that were searched
    assert quoted.count("<li") == plain.count("<li")


def test_a_nul_byte_is_dropped_and_the_words_around_it_are_searched(client, curriculum):
    body = client.get("/search/", {"q": "kindness\x00"}).content.decode()
    assert 'value="kindness"' in body and "\x00" not in body
