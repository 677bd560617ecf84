"""An LMS administrator follows the README ("LMS platforms > Register an LMS: a registration
link for Dynamic Registration") to the LMS platforms page. That page leads to where
registration links are made (the LTI self-test page), instead of offering only "Add platform"
by hand, which is where a newcomer stopped in the demo."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model


def test_the_platforms_page_links_to_making_a_registration_link(client, db):
    client.force_login(get_user_model().objects.create_superuser("root", password="pw"))
    listing = BeautifulSoup(client.get("/admin/lti_platforms/").content, "html.parser")

    links = [a for a in listing.select("a[href]") if "Register an LMS" in a.get_text()]
    assert links, "no way from the platforms page to a registration link"
    link = links[0]
    assert link["href"] == "/admin/lti/self-test/#registration-link-heading"
    page = client.get(link["href"].split("#")[0]).content.decode()
    assert 'id="registration-link-heading"' in page
