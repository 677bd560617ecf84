"""Administrators manage platforms in the Wagtail admin and run the self-test there."""

from django.contrib.auth import get_user_model


def test_an_admin_registers_a_platform_by_hand_and_sees_it_checked(lms, client):
    admin = get_user_model().objects.create_superuser("root", password="pw")
    client.force_login(admin)
    listing = client.get("/admin/lti_platforms/")
    assert listing.status_code == 200 and b"Test LMS" in listing.content
    assert client.get("/admin/lti_platforms/new/").status_code == 200
    report = client.get("/admin/lti/self-test/")
    assert report.status_code == 200
    assert b"Platform JWKS reachable: yes" in report.content
    assert b"Token endpoint gives a grade token: yes" in report.content
    assert b"Create a registration link" in report.content


def test_the_self_test_is_for_staff_only(client, db):
    assert client.get("/admin/lti/self-test/").status_code == 302


def test_the_self_test_says_moodle_offers_no_platform_storage_and_what_people_see(lms, client):
    client.force_login(get_user_model().objects.create_superuser("root", password="pw"))
    report = client.get("/admin/lti/self-test/").content.decode()
    assert '<th scope="row">Moodle 5.1</th><td>No</td>' in report
    assert '<th scope="row">Canvas</th><td>Yes</td>' in report
    assert "Open Upstander in a new tab" in report
