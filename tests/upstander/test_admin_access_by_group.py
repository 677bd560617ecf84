"""Each admin group reaches its own tools and nothing else, in the Wagtail admin (/admin/) and
the Django admin (/django-admin/, with django-rq's task queue).

The people are made as the product makes them: the demo's logins (`create_demo_users`, which
puts the editor in Wagtail's "Editors" group and the lead in "Safeguarding leads"), a member of
Wagtail's own "Moderators" group, and an editor whom an earlier demo had made `is_staff` (the
content editor who emptied the task queue)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from curriculum.demo import create_demo_users
from moderation.models import ModerationSettings
from tests.personas import school_platform
from tests.services import redis_url

pytestmark = pytest.mark.django_db

PEOPLE = ("editor", "staff_editor", "moderator", "lead", "superuser")
E, SE, M, L, S = PEOPLE
CONTENT = {E, SE, M, S}
SAFEGUARDING = {L, S}
# The keyword libraries: the leads, and the content editors who keep them up to date.
LIBRARIES = CONTENT | SAFEGUARDING
SUPERUSERS = {S}

# (url, who may open it). Everyone else is refused.
ADMIN_URLS = [
    ("/admin/", {E, SE, M, L, S}),
    # Content tools: pages, images, documents, snippets.
    ("/admin/pages/", CONTENT),
    ("/admin/images/", CONTENT),
    ("/admin/documents/", CONTENT),
    # Safeguarding tools.
    ("/admin/moderation/flags/", SAFEGUARDING),
    ("/admin/moderation/concerns/", SAFEGUARDING),
    ("/admin/moderation/libraries/", LIBRARIES),
    ("/admin/moderation/audit/", SAFEGUARDING),
    ("/admin/moderation/routing-rules/", SAFEGUARDING),
    ("/admin/moderation/trusted-adults/", SAFEGUARDING),
    ("/admin/settings/moderation/moderationsettings/{settings_pk}/", SAFEGUARDING),
    # LMS platforms and registration links: leads too, on purpose (lti/wagtail_hooks.py).
    ("/admin/lti_platforms/", SAFEGUARDING),
    ("/admin/lti_platforms/new/", SAFEGUARDING),
    ("/admin/lti/platforms/{platform_pk}/own-keys/", SAFEGUARDING),
    # Superusers only: API keys, people and groups, site settings.
    ("/admin/moderation/api-keys/", SUPERUSERS),
    ("/admin/moderation/api-keys/new/", SUPERUSERS),
    ("/admin/moderation/integrations/", SUPERUSERS),
    ("/admin/moderation/integrations/new/", SUPERUSERS),
    ("/admin/users/", SUPERUSERS),
    ("/admin/groups/", SUPERUSERS),
    ("/admin/sites/", SUPERUSERS),
    ("/admin/redirects/", SUPERUSERS),
    # The Django admin and the task queue.
    ("/django-admin/", SUPERUSERS),
    ("/django-admin/auth/user/", SUPERUSERS),
    ("/django-admin/django_tasks_database/dbtaskresult/", SUPERUSERS),
    ("/django-admin/axes/accessattempt/", SUPERUSERS),
]
# The task queue's pages (django-rq): superusers only. They read Redis once the door is passed.
TASK_QUEUE_URLS = [
    "/django-admin/rq/",
    "/django-admin/rq/stats.json",
    "/django-admin/rq/queues/0/",
    "/django-admin/rq/queues/0/failed/",
    "/django-admin/rq/workers/0/",
]


@pytest.fixture
def people(settings):
    settings.DEBUG = True  # the demo's logins are made only with DEBUG on
    create_demo_users()
    users = get_user_model().objects
    moderator = users.create_user("moderator", password="pw-moderator")
    moderator.groups.add(Group.objects.get(name="Moderators"))  # made by Wagtail's migrations
    staff_editor = users.create_user("staff_editor", password="pw-editor", is_staff=True)
    staff_editor.groups.add(Group.objects.get(name="Editors"))
    settings.DEBUG = False
    return {
        E: users.get(username="editor"),
        SE: staff_editor,
        M: moderator,
        L: users.get(username="safeguarding"),
        S: users.get(username="admin"),
    }


def refused(response) -> bool:
    if response.status_code in (403, 404):
        return True
    # Wagtail and Django send the refused to a sign-in page or back to the admin's home.
    return response.status_code == 302 and (
        "login" in response["Location"] or response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize("who", PEOPLE)
def test_each_group_reaches_its_own_admin_tools_and_nothing_else(client, people, who):
    client.force_login(people[who])
    wrong = []
    ids = {"settings_pk": ModerationSettings.load().pk, "platform_pk": school_platform().pk}
    for url, allowed in ADMIN_URLS:
        response = client.get(url.format(**ids))
        if who in allowed and response.status_code != 200:
            wrong.append(f"{url}: {response.status_code}, but {who} may open it")
        elif who not in allowed and not refused(response):
            wrong.append(f"{url}: {response.status_code}, but {who} may not open it")
    assert wrong == []


@pytest.mark.parametrize("who", ("editor", "staff_editor", "moderator", "lead"))
def test_only_a_superuser_may_empty_the_task_queue(client, people, who):
    client.force_login(people[who])
    for url in TASK_QUEUE_URLS:
        assert refused(client.get(url)), url
    # Where the queue is now, and where django-rq's own admin link used to put it.
    for url in ("/django-admin/rq/queues/0/empty/", "/django-admin/django_rq/dashboard/"):
        assert refused(client.get(url)), url
        assert refused(client.post(url)), url


def test_the_queue_statistics_are_not_served_to_staff(client, people):
    client.force_login(people["staff_editor"])
    assert refused(client.get("/django-admin/rq/stats.json"))
    assert refused(client.get("/django-admin/django_rq/dashboard/stats.json"))
    assert refused(client.get("/django-admin/django_rq/dashboard/queues/0/empty/"))


@pytest.mark.redis
def test_a_superuser_opens_the_task_queue(client, people, settings):
    settings.RQ_QUEUES = {"default": {"URL": redis_url()}}
    client.force_login(people["superuser"])
    for url in TASK_QUEUE_URLS:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("who", PEOPLE)
def test_the_admin_menu_shows_each_group_only_its_own_tools(client, people, who):
    client.force_login(people[who])
    html = client.get("/admin/").content.decode()
    for label, allowed in (
        ("Flags", SAFEGUARDING),
        ("Keyword libraries", LIBRARIES),
        ("Routing rules", SAFEGUARDING),
        ("API keys", SUPERUSERS),
        ("LMS platforms", SAFEGUARDING),
        ("Pages", CONTENT),
    ):
        assert (f'"label": "{label}' in html) == (who in allowed), label
