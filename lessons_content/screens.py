"""K-2 steps one short screen at a time, and the word budget each screen keeps to.

A K-2 pupil sees a step in screens, each with little text: in the read-and-watch step a picture
or video opens a screen and the text after it joins it (pictures lead), and every `##` section
of the reading and every callout begins a screen of its own; an activity's title and
introduction are a screen, and its numbered steps are packed onto screens without going over
the budget. The other steps are one screen each. The lesson flow cuts screens with `cut` (in
`curriculum.steps.screens`) and the loader checks the budget with the same rule, so a lesson
that passes `load_lessons --check` shows no screen over it.

The budget, 70 words: a K-2 screen is heard more than read (the teacher, or the read-aloud
button, at about 110 words a minute for young listeners, so about 40 seconds a screen, one
idea), and at the K-2 type size (22 px) on a 390 px phone 70 words are about 13 lines, which
leave room above them for the picture within one phone screen. The family take-home step is
not held to it: it speaks to the grown-up, in two languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lessons_content.specs import Activity, Callout, Image, Mindfulness, Prompt, RichText, Video
from lessons_content.vocabulary import ACTIVITY, BLOCK_STEP, FAMILY, QUIZ, READ

SCREEN_BANDS = frozenset({"K-2"})
WORDS_PER_SCREEN = 70
# Steps not held to the budget: the quiz has its own picture cards, the take-home is for adults.
UNCOUNTED_STEPS = frozenset({QUIZ, FAMILY})
# Steps shown screen by screen; the others are one screen.
CUT_STEPS = frozenset({READ, ACTIVITY})

_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_SECTION = re.compile(r"(?m)^(?=## )")


@dataclass(frozen=True, slots=True)
class Piece:
    """A part of a step as far as screens go: how many words it holds, whether it must begin a
    screen, and whether it is a picture (the text after a picture joins its screen)."""

    words: int
    opens: bool = True
    picture: bool = False
    label: str = ""  # for messages: the piece's first words


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def first_words(text: str, n: int = 6) -> str:
    return " ".join(_WORD.findall(text)[:n])


def cut(pieces: Sequence[Piece], budget: int = WORDS_PER_SCREEN) -> list[list[int]]:
    """The pieces' indices, screen by screen. A piece that opens begins a new screen unless the
    screen so far holds only pictures; one that does not open joins the screen while the
    screen stays within the budget."""
    screens: list[list[int]] = []
    words = 0
    for i, piece in enumerate(pieces):
        only_pictures = bool(screens) and all(pieces[j].picture for j in screens[-1])
        joins = not piece.opens and words + piece.words <= budget
        if screens and (only_pictures or joins):
            screens[-1].append(i)
            words += piece.words
        else:
            screens.append([i])
            words = piece.words
    return screens


def sections(markdown: str) -> list[str]:
    """A reading's `##` sections, each with its heading."""
    return [part.strip() for part in _SECTION.split(markdown) if part.strip()]


def activity_pieces(title: str, intro: str, steps: Iterable[str]) -> list[Piece]:
    head = f"Activity: {title} {intro}"
    return [
        Piece(count_words(head), label=first_words(head)),
        *(Piece(count_words(step), opens=False, label=first_words(step)) for step in steps),
    ]


def _plain(markdown: str) -> str:
    return _LINK.sub(r"\1", markdown)


def _pieces(block: object) -> list[Piece]:
    if isinstance(block, Image):
        return [Piece(0, picture=True)]
    if isinstance(block, Video):
        return [Piece(count_words(block.caption), picture=True, label=first_words(block.caption))]
    if isinstance(block, RichText):
        return [
            Piece(count_words(_plain(part)), label=first_words(_plain(part)))
            for part in sections(block.markdown)
        ]
    if isinstance(block, Callout):
        text = f"{block.style} {block.title} {_plain(block.markdown)}"
        return [Piece(count_words(text), label=first_words(f"{block.title} {block.markdown}"))]
    if isinstance(block, Activity):
        return activity_pieces(block.title, block.intro, block.steps)
    if isinstance(block, Mindfulness):
        text = f"Mindful moment: {block.title} " + " ".join(s.text for s in block.steps)
        return [Piece(count_words(text), label=first_words(text))]
    if isinstance(block, Prompt):
        return [Piece(count_words(block.text), label=first_words(block.text))]
    return []


def step_pieces(blocks: Iterable[object]) -> dict[str, list[Piece]]:
    """Each counted step's pieces, in body order. Only the read and activity steps are cut;
    any other step is one screen, one piece."""
    steps: dict[str, list[Piece]] = {}
    for block in blocks:
        step = BLOCK_STEP.get(getattr(block, "kind", ""))
        if step is not None and step not in UNCOUNTED_STEPS:
            steps.setdefault(step, []).extend(_pieces(block))
    return one_screen_steps(steps)


def one_screen_steps(steps: dict[str, list[Piece]]) -> dict[str, list[Piece]]:
    """Steps that are not cut become one piece each: one screen."""
    return {
        step: pieces
        if step in CUT_STEPS or len(pieces) < 2
        else [Piece(sum(p.words for p in pieces), label=pieces[0].label)]
        for step, pieces in steps.items()
    }


def over_budget(grade_band: str, steps: dict[str, list[Piece]]) -> str:
    """The first screen over the budget among a lesson's steps, as a message, or ""."""
    if grade_band not in SCREEN_BANDS:
        return ""
    for step, pieces in steps.items():
        for number, screen in enumerate(cut(pieces), start=1):
            words = sum(pieces[i].words for i in screen)
            if words > WORDS_PER_SCREEN:
                label = next((pieces[i].label for i in screen if pieces[i].label), "")
                return (
                    f"a {grade_band} screen holds at most {WORDS_PER_SCREEN} words; screen "
                    f"{number} of the {step} step has {words} (it begins '{label} ...'): "
                    "shorten it, or split it with a '##' heading (a reading) or into shorter "
                    "steps (an activity)"
                )
    return ""


def screens_problem(grade_band: str, blocks: Sequence[object]) -> str:
    """What is wrong with a lesson file's screens, or "": the first screen over the budget."""
    if grade_band not in SCREEN_BANDS:
        return ""
    return over_budget(grade_band, step_pieces(blocks))
