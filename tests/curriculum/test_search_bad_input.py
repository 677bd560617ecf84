"""A family types anything into site search (a stray quote, pasted text with a NUL byte,
search-engine operators) and gets a results page, never a server error: the query is read as
plain words. Run on SQLite and on PostgreSQL (Wagtail's database search backend on each)."""

import pytest

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    '"',
    'kind"ness',
    '"kindness',
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


@pytest.mark.parametrize("query", ["a\x00b", "kindness\x00"])
def test_a_nul_byte_in_search_is_a_clear_400_not_a_500(client, curriculum, query):
    # PostgreSQL refuses a NUL in any query; no browser puts one in a search box.
    response = client.get("/search/", {"q": query})
    assert response.status_code == 400
    assert "characters that no page uses" in response.content.decode()
