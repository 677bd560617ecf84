"""A K-2 step one short screen at a time (read and watch, activity).

The rule is `lessons_content.screens` (which the loader checks against the word budget): here
the step's Wagtail blocks become the same pieces, cut the same way, and each screen is a list
of parts for `learn/steps/content.html`: a whole block, one `##` section of a reading, or the
part of an activity that fits. The pupil moves with Back and Next links (`?screen=2`); the
step's Done button is on its last screen. No script is needed. Any other band, and a step that
fits one screen, shows the whole step on one page as before. `body_screens_problem` is the
budget for the admin's lesson form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from curriculum.steps.kind import StepView, step_url
from lessons_content.screens import (
    CUT_STEPS,
    SCREEN_BANDS,
    UNCOUNTED_STEPS,
    Piece,
    activity_pieces,
    count_words,
    cut,
    first_words,
    one_screen_steps,
    over_budget,
)
from lessons_content.vocabulary import BLOCK_STEP

_H2 = re.compile(r"(?=<h2[\s>])")
_TAG = re.compile(r"<[^>]*>")


@dataclass
class Part:
    block: Any  # the StreamField child the part comes from
    section: str = ""  # a reading's section, as rich-text source
    steps: list[str] = field(default_factory=list)  # an activity's steps on this screen
    start: int = 1  # the number of the first of them
    head: bool = False  # the activity's title and introduction are on this screen

    @property
    def kind(self) -> str:
        if self.section:
            return "section"
        return "activity" if self.block.block_type == "activity" else "block"


def _text(html: str) -> str:
    """Rich text's words as a reader sees them: a tag is a space ('<h2>Keys</h2><p>A' is two
    words, not 'KeysA')."""
    return unescape(_TAG.sub(" ", html))


def _words(text: str) -> Piece:
    return Piece(count_words(text), label=first_words(text))


def _pieces(block: Any) -> list[tuple[Piece, Part]]:
    kind, value = block.block_type, block.value
    if kind in ("image", "video"):
        caption = str(value.get("caption", "")) if kind == "video" else ""
        return [(Piece(count_words(caption), picture=True), Part(block))]
    if kind == "rich_text":
        sections = [s for s in _H2.split(value.source) if _text(s).strip()]
        return [(_words(_text(s)), Part(block, section=s)) for s in sections]
    if kind == "activity":
        steps = [str(step) for step in value["steps"]]
        pieces = activity_pieces(str(value["title"]), str(value["intro"] or ""), steps)
        parts = [Part(block, head=True)] + [
            Part(block, steps=[step], start=n) for n, step in enumerate(steps, start=1)
        ]
        return list(zip(pieces, parts, strict=True))
    if kind == "callout":
        body = _text(value["body"].source)
        return [(_words(f"{value['style']} {value['title']} {body}"), Part(block))]
    if kind in ("reflection", "discussion"):
        return [(_words(str(value["prompt"])), Part(block))]
    if kind == "mindfulness":
        said = " ".join(str(step["instruction"]) for step in value["steps"])
        return [(_words(f"Mindful moment: {value['title']} {said}"), Part(block))]
    return [(Piece(0), Part(block))]


def body_screens_problem(grade_band: str, body: Any) -> str:
    """The loader's word budget for a lesson's StreamField body, for the admin: the first K-2
    screen over it, as a message, or ""."""
    if grade_band not in SCREEN_BANDS:
        return ""
    steps: dict[str, list[Piece]] = {}
    for block in body:
        step = BLOCK_STEP.get(block.block_type)
        if step is not None and step not in UNCOUNTED_STEPS:
            steps.setdefault(step, []).extend(piece for piece, _ in _pieces(block))
    return over_budget(grade_band, one_screen_steps(steps))


def _merge(parts: list[Part]) -> list[Part]:
    """An activity's pieces on one screen become one part: its head, then its steps."""
    merged: list[Part] = []
    for part in parts:
        last = merged[-1] if merged else None
        if last and part.kind == "activity" == last.kind and part.block is last.block:
            if not last.steps:
                last.start = part.start
            last.steps.extend(part.steps)
        else:
            merged.append(Part(part.block, part.section, list(part.steps), part.start, part.head))
    return merged


def screens_of(blocks: Any) -> list[list[Part]]:
    pairs = [pair for block in blocks for pair in _pieces(block)]
    return [_merge([pairs[i][1] for i in screen]) for screen in cut([p for p, _ in pairs])]


def screen_context(view: StepView) -> dict[str, Any]:
    """The template's `screen` for a K-2 step of more than one screen, else nothing."""
    if view.plan.lesson.grade_band not in SCREEN_BANDS or view.step.key not in CUT_STEPS:
        return {}
    screens = screens_of(view.step.blocks)
    if len(screens) < 2:
        return {}
    number = min(max(view.screen, 1), len(screens))
    here = step_url(view.link, view.step.key)
    return {
        "screen": {
            "parts": screens[number - 1],
            "number": number,
            "total": len(screens),
            # Dots for children who do not read numbers yet: the current one filled.
            "dots": [n == number for n in range(1, len(screens) + 1)],
            "back": f"{here}?screen={number - 1}#step-heading" if number > 1 else "",
            "next": f"{here}?screen={number + 1}#step-heading" if number < len(screens) else "",
        }
    }
