"""Names an LMS chose, made safe to quote in an e-mail to staff.

A course title is whatever a teacher (or a hostile LMS) typed: "URGENT: reset your password at
https://evil.example" would otherwise reach safeguarding staff in an e-mail from Upstander,
where it reads as our own words and its address is a link. So a quoted title is one line,
at most TITLE_LIMIT characters, without control or invisible formatting characters (line
breaks that would start a paragraph of its own, right-to-left overrides that reverse what is
read), and with every web address, bare domain or e-mail address dropped: a defanged
"evil[.]example" still tells the reader where to go, and a mail program may link it again.
What was dropped is said ("[link removed]"), so staff see that the title held one.
"""

from __future__ import annotations

import re
import unicodedata

TITLE_LIMIT = 80
ELLIPSIS = "…"
LINK_REMOVED = "[link removed]"

# A dot as a mail program or a browser reads one in an address (after NFKC, "．" is ".").
_DOT = r"[.\u3002\uff61]"
_LINKS = re.compile(
    r"[a-z][a-z0-9+.-]*://\S*"  # any scheme: https://, ftp://, ...
    r"|(?:mailto|tel|sms|javascript|data):\S*"
    r"|\S+@\S+"  # an e-mail address (and user@host tricks)
    r"|www" + _DOT + r"\S*"
    r"|\S*[a-z0-9-]" + _DOT + r"[a-z]{2,}\b\S*"  # a bare domain: evil.example, bit.ly/x
    r"|\b\d{1,3}(?:" + _DOT + r"\d{1,3}){3}\b\S*",  # an IPv4 address
    re.IGNORECASE,
)


def _visible(char: str) -> bool:
    # Cc: controls (line breaks too, made spaces first); Cf: invisible formatting (bidi
    # overrides, zero-width joiners); Co/Cn: private use and unassigned, which no title needs.
    return unicodedata.category(char) not in {"Cc", "Cf", "Co", "Cn"}


def lms_title_for_email(title: object, limit: int = TITLE_LIMIT) -> str:
    """`title` as one safe line for an e-mail to staff, or "" when nothing is left of it."""
    if not isinstance(title, str):
        return ""
    text = unicodedata.normalize("NFKC", title)
    text = "".join(ch if _visible(ch) else (" " if ch.isspace() else "") for ch in text)
    text = " ".join(_LINKS.sub(LINK_REMOVED, text).split())
    if len(text) > limit:
        text = text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS
    return text
