"""Case studies: a real event told in a few sentences of our own, with links to the public
reporting or official pages it rests on. Every 9-12 lesson has at least one.

    ::: case-study When a teenager took over famous accounts
    In July 2020 ... (our own words; facts may come from anywhere, sentences may not)

    source https://www.dfs.ny.gov/Twitter_Report | New York State DFS: Twitter investigation
    :::

Pure Python, no Django: the parser (`body.py`) and the admin's block (`curriculum/blocks.py`)
both ask `source_problem`, so the same address is refused in both, in the same words. The
loader checks a link's shape, never fetches it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

# Older students read real events, with the sources to check them.
CASE_STUDY_BAND = "9-12"
SOURCE_PREFIX = "source "
MAX_LABEL_CHARS = 200


def source_problem(url: str, label: str) -> str | None:
    """What is wrong with one source link, or None: an https address of a public site (a
    host name with a dot, no user name, no spaces, no private address) and a label."""
    if not label.strip():
        return f"the source {url!r} needs a label after ' | ' (who published it, and what)"
    if len(label) > MAX_LABEL_CHARS:
        return f"a source's label is over {MAX_LABEL_CHARS} characters"
    if any(c.isspace() for c in url) or not url.startswith("https://"):
        return f"a source is an https:// address without spaces ({url!r} is not)"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (a bad port raises here)
    except ValueError:
        return f"the source address {url!r} cannot be read"
    if parts.username or parts.password:
        return f"the source address {url!r} must not carry a user name or password"
    try:
        ipaddress.ip_address(host)
        return f"the source address {url!r} names a machine by number; use the site's name"
    except ValueError:
        pass
    if "." not in host or host.endswith((".local", ".localhost", ".internal", ".test")):
        return f"the source address {url!r} is not a public web site"
    return None


def case_study_problem(grade_band: str, kinds: Iterable[str]) -> str | None:
    """A 9-12 lesson tells at least one real case."""
    if grade_band == CASE_STUDY_BAND and "case_study" not in set(kinds):
        return (
            f"a {CASE_STUDY_BAND} lesson needs a '::: case-study <title>' block: a real event in "
            "our own words, with 'source https://... | label' lines"
        )
    return None
