"""Nakedness told of in prose: "Poor naked wretches", "they were naked, unshy", "too lewd to
work".

"naked" and "lewd" (and "nude") matter to a safeguarding lead when they are about an image
(taken, asked for, sent, shared), about a child, about the writer or the reader, or about
someone made to undress or exposing themselves. A novel, a poem, a joke or a history that
says someone was naked, or calls a fellow lewd in the old sense of base or ignorant, is none
of these. This reader says which: a one-word match of such a word with none of those cues
within reach (the words either side that the context reader reads, across sentences, so "send
one. naked" keeps its request) is no flag at all.

Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Collection

UNDRESSED = frozenset("naked nude lewd".split())
# An image, taking or sending one, or the screen it is seen on.
_IMAGES = frozenset(
    """
    pic pics picture pictures photo photos photograph photographs pix selfie selfies snap snaps
    snapchat image images video videos vid vids clip clips film filmed filming record recorded
    recording facetime call calls webcam cam camera phone screenshot screenshots livestream
    stream streaming online internet dm dms message messages text texts texted sext sexts
    chat chats drawing drawings send sends sent sending share shares shared sharing post posts
    posted posting upload uploaded leak leaked dare dares challenge
    """.split()
)
# A child or a young person, by any of the words a student or a parent uses.
_CHILDREN = frozenset(
    """
    child children childs kid kids baby babies toddler toddlers boy boys girl girls pupil pupils
    student students son sons daughter daughters niece nephew teen teens teenager teenagers
    minor minors underage year olds sister brother classmate classmates
    """.split()
)
# The writer or the reader: "I was naked when he walked in", "get naked for me", "your body".
_WRITER_OR_READER = frozenset(
    "i im ive id ill me my myself we us our you u ur your youre yourself ya yall".split()
)
# Someone made, asked or dared to undress, or exposing themselves, with whom it is done to
# right after ("made her", "asked him to", "forced them", "exposed himself").
_MAKING = frozenset(
    """
    made make makes making forced force forces forcing asked ask asks asking told tell tells
    pressured pressure pressuring dared showed show shows showing exposed exposing expose
    exposes flashed flashing
    """.split()
)
_SOMEONE = frozenset(
    "her him them me us you someone somebody everyone himself herself themselves".split()
)
# Undressing named beside the word: "get naked", "got naked", "strip naked".
_UNDRESSING = frozenset("get gets got getting strip stripped stripping undress undressed".split())
# The fewest words around the match that are prose to read: fewer, and the word is a message.
_PROSE = 4


def told_in_prose(own: Collection[str], before: list[str], after: list[str]) -> bool:
    """Whether a one-word "naked", "nude" or "lewd" (``own``) is told of someone or something
    with no image, no child, neither the writer nor the reader, nobody made to undress or
    exposing themselves, in the words ``before`` and ``after`` it (as far as the context
    reader reaches, across sentences)."""
    if len(own) != 1 or next(iter(own)) not in UNDRESSED:
        return False
    around = before + after
    if len(around) < _PROSE:
        return False  # "naked?" alone, or nearly, is a message in a chat, not prose
    if not _IMAGES.isdisjoint(around) or not _CHILDREN.isdisjoint(around):
        return False
    if not _WRITER_OR_READER.isdisjoint(around):
        return False
    if before[-1:] and before[-1] in _UNDRESSING:
        return False
    return not any(
        word in _MAKING and not _SOMEONE.isdisjoint(around[at + 1 : at + 3])
        for at, word in enumerate(around)
    )
