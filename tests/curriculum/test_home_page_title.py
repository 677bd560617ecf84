"""The home page's tab reads "Upstander", not "Upstander · Upstander" (the page's own title is
the site's name, and the other pages add the site's name after theirs); found in the demo."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_the_home_pages_tab_names_the_site_once(client, curriculum):
    html = BeautifulSoup(client.get("/").content, "html.parser")
    assert html.title.get_text() == "Upstander"


def test_other_pages_still_name_themselves_then_the_site(client, curriculum):
    html = BeautifulSoup(client.get("/families/").content, "html.parser")
    assert html.title.get_text() == "For families · Upstander"
