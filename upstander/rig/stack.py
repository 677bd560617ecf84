"""The whole stack: services, relay and site started together and stopped together."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from upstander.rig.load import workdir
from upstander.rig.mail import SmtpRelay
from upstander.rig.services import Postgres, Redis
from upstander.rig.site import Site

SETUP = """
import json
from django.contrib.auth import get_user_model
from moderation.api.keys import create_api_key
from moderation.staff.permissions import leads_group
leads = leads_group()
for name in ("lead-a", "lead-b"):
    user, _ = get_user_model().objects.get_or_create(
        username=name, defaults={"email": f"{name}@school.example"})
    user.groups.add(leads)
key = create_api_key("rig", "write")[1]
from wagtail.models import Page
pages = {}
for model in ("lessonpage", "familyresourcepage"):
    page = Page.objects.live().filter(content_type__model=model).order_by("path").first()
    if page is not None:
        pages[model] = page.url
print(json.dumps({"key": key, "pages": pages}))
"""

MIGRATE = """
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("createcachetable", verbosity=0)
"""
LESSONS = """
call_command("collectstatic", interactive=False, verbosity=0)
call_command("load_lessons", verbosity=0)
"""
SEED = """
call_command("seed_keyword_libraries", verbosity=0)
"""

# Fast retries, so that a run heals within seconds rather than the production minutes.
QUICK_RETRIES = {
    "MODERATION_NOTICE_RETRY_BASE_SECONDS": "2",
    "MODERATION_NOTICE_RETRY_MAX_SECONDS": "10",
    "MODERATION_NOTICE_LEASE_SECONDS": "15",
}


@dataclass
class Stack:
    work: Path
    pg: Postgres
    redis: Redis
    relay: SmtpRelay
    site: Site
    key: str = ""
    pages: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls, *, lessons: bool) -> Stack:
        """PostgreSQL, Redis and relay started; the site migrated and seeded (two leads with
        e-mail addresses, the starter keyword libraries, an API key; the lessons if asked)."""
        work = workdir()
        pg, redis, relay = Postgres(work), Redis(work), SmtpRelay()
        # Each waits for its own start (initdb, a port): side by side, the longest is the wait.
        with ThreadPoolExecutor(3) as pool:
            for started in [pool.submit(part.start) for part in (pg, redis, relay)]:
                started.result()
        site = Site(work, pg.url, redis.url, relay.port, extra_env=dict(QUICK_RETRIES))
        stack = cls(work, pg, redis, relay, site)
        try:
            # Migrated and seeded in one Django process: each start of one costs seconds.
            steps = [MIGRATE, LESSONS if lessons else "", SEED, SETUP]
            made = json.loads(site.python("".join(steps)).strip().splitlines()[-1])
        except BaseException:
            stack.stop()
            raise
        stack.key, stack.pages = made["key"], made["pages"]
        return stack

    def stop(self) -> None:
        self.site.stop()
        self.relay.stop()
        self.redis.stop()
        try:
            self.pg.stop()
        finally:
            # The logs stay for a look afterwards (a few kB); the database goes.
            shutil.rmtree(self.pg.data, ignore_errors=True)
            print(f"rig logs: {self.work}")
