"""A threat made to keep a child silent: "he said if I tell anyone he'll hurt my sister", "if u
tell anyone i'll send the pics to everyone".

The grooming library records the secrecy words ("if i tell anyone", "if you tell anyone") as
low or high: alone they may be a surprise party or a fear of being teased. Followed in the same
sentence by a harm promised to the child, their family or their pictures, they are how abusers
and extortioners keep a child quiet, and the lead must see it first: the post is critical.

Read by ``moderation.scanning.matches`` after the context labels: a match negated or labelled
a topic, a story or a joke keeps its severity. Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import COUNTER, JOKING, NEGATED, TOPIC

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "grooming"
CRITICAL = 4

# The secrecy words themselves: "if i tell anyone", "if you tell anybody", "if u tell ur mum".
_SECRECY = re.compile(r"\bif\s+(?:i|you|u|she|he|they|we)\s+(?:tell|tells|told|say|snitch)\b")
# The harm promised after them, within the sentence: "he'll hurt my sister", "i'll send the
# pics to everyone", "they will post the video", "you'll get hurt".
_HARM_PROMISED = re.compile(
    r"(?:'ll|\bwill|\bwould|'d|\bgonna|\bgoing\s+to|\b(?:ill|hell|shell|theyll|youll|ull))\s+"
    r"(?:(?:really|actually|just)\s+)?"
    r"(?:hurt|kill|beat|hit|stab|batter|smash|burn|post|send|share|leak|show|expose|spread"
    r"|upload|get\s+hurt|get\s+killed|get\s+beaten|make\s+(?:me|you|u)\s+(?:pay|regret))\b"
)
# "i'll kill you" after a secret is how friends talk about a spoiler or a party; the killing
# words raise the post only when they name someone else ("he'll kill my dog").
_BANTER = re.compile(r"\s+(?:you|u|ya|me)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_KEPT_AS_IS = (NEGATED, TOPIC, JOKING, COUNTER)


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each grooming match of a secrecy threat recorded as critical where the
    sentence goes on to promise a harm."""
    if not any(m.category == CATEGORY for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    out = []
    for match in matches:
        if (
            match.category == CATEGORY
            and match.severity < CRITICAL
            and match.context not in _KEPT_AS_IS
            and _threatens_after(lowered, match.start)
        ):
            match = match._replace(severity=CRITICAL)
        out.append(match)
    return out


def _threatens_after(lowered: str, start: int) -> bool:
    """Whether secrecy words begin at ``start`` (or just before it) and the same sentence then
    promises a harm."""
    secrecy = _SECRECY.search(lowered, max(0, start - 4), start + 40)
    if secrecy is None:
        return False
    # Only the next 120 characters are read, so a paste of many secrecy words stays linear.
    rest = lowered[secrecy.end() : secrecy.end() + 120]
    end = _SENTENCE_END.search(rest)
    sentence_rest = rest[: end.start()] if end else rest
    harm = _HARM_PROMISED.search(sentence_rest)
    if harm is None:
        return False
    return not (harm.group().endswith("kill") and _BANTER.match(sentence_rest, harm.end()))
