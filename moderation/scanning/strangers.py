"""A request made of the writer by someone they met online, or by someone older.

The grooming library records a request for pictures or a move to another app ("ask me for
pics", "send pics", "add me on snap") as low: between friends it is ordinary. From someone the
writer met in a game or an app ("this guy on roblox", "someone i met on discord"), or someone
older ("he's 19", "an older guy", "a grown man"), it is how requests for images begin, and the
lead needs to see it: the post is recorded as high.

Only a low grooming match the context rules left at its library severity is raised, and only
where the writer is in the post ("me", "my", "i").

Pure Python, no Django; read by ``moderation.scanning.matches`` after the context labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "grooming"
LOW = 2
HIGH = 3

_PLACES_ONLINE = (
    r"(?:roblox|fortnite|minecraft|discord|snap|snapchat|insta|instagram|tiktok|xbox|psn"
    r"|twitch|omegle|whatsapp|kik|wink|yubo|a game|the game|a server|online)"
)
# Someone the writer met in a game or an app: "this guy on roblox", "someone i met on discord".
_MET_ONLINE = re.compile(
    r"\b(?:guy|man|bloke|someone|somebody|stranger|person|boy|lad|dude|girl|woman|player)\s+"
    r"(?:i\s+(?:met|found|talk\s+to|talked\s+to|play\s+with|played\s+with)\s+)?"
    r"(?:on|from|in)\s+" + _PLACES_ONLINE + r"\b"
    r"|\bmet\s+(?:him|her|them)?\s*(?:on|in)\s+" + _PLACES_ONLINE + r"\b"
)
# Someone older: "an older guy", "a grown man", "he's 19", "a 20 year old".
_OLDER = re.compile(
    r"\b(?:older\s+(?:guy|man|boy|lad|bloke|dude|girl|woman|person)|grown\s+(?:man|woman|adult)"
    r"|(?:he|she)(?:'s|s|\s+is|\s+said\s+(?:he's|hes|she's|shes|he\s+is|she\s+is))\s+"
    r"(?:1[6-9]|[2-9]\d)\b"
    r"|(?:1[8-9]|[2-9]\d)\s*(?:yo|y/o|year\s+old|yr\s+old|years\s+old))"
)
_WRITER = re.compile(r"\b(?:i|im|i'm|me|my)\b")


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each low grooming match recorded as high where the post says the one
    asking is someone the writer met online, or someone older."""
    if not any(m.category == CATEGORY and m.severity == LOW for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    if _WRITER.search(lowered) is None:
        return matches
    if _MET_ONLINE.search(lowered) is None and _OLDER.search(lowered) is None:
        return matches
    return [
        m._replace(severity=HIGH)
        if m.category == CATEGORY and m.severity == LOW and m.entry.severity == LOW
        else m
        for m in matches
    ]
