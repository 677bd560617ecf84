"""A family searches for a word no lesson or guide uses: the page says what to try next and
leads to everything there is, instead of stopping at "0 results". Found in the demo, where a
search for an unknown word showed only "0 results for ..." and the site's footer."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_search_that_finds_nothing_says_what_to_try_next(client, curriculum):
    body = client.get("/search/", {"q": "zzzqqq"}).content.decode()

    assert "0 results for “zzzqqq”" in body
    assert "Try fewer or different words" in body
    assert 'href="/lessons/"' in body.split("0 results", 1)[1]
    assert 'href="/families/"' in body.split("0 results", 1)[1]


def test_a_search_that_finds_something_shows_no_such_advice(client, curriculum):
    body = client.get("/search/", {"q": "password"}).content.decode()

    assert "Try fewer or different words" not in body
