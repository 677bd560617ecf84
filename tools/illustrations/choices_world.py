# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""The K-2 choice pictures of feelings, bodies, places, games and rights (choices.py holds the
others and the rules: each shows what its choice says, never whether it is right)."""

from __future__ import annotations

from collections.abc import Callable

from tools.illustrations import shapes as sh
from tools.illustrations.choice_parts import (
    GREY,
    RED,
    apple,
    ask,
    banana,
    card,
    crown,
    dog,
    ear,
    face,
    gift,
    hand_up,
    hopscotch,
    lunchbox,
    name_tag,
    note,
    phone_bubbles,
    speaker,
    speed,
    tablet,
)
from tools.illustrations.lesson_parts import ball, timer
from tools.illustrations.shapes import SUN

BLUE, PURPLE, GREEN = "#1a5fb4", "#7a3f9d", "#2d7433"

WORLD: dict[str, Callable[[], str]] = {
    # Feelings and bodies
    "happy": lambda: card(sh.face_emoji(120, 90, 1.8), sh.sparkle(50, 40), sh.sparkle(195, 140)),
    "sleepy": lambda: card(face(110, 95, 1.7, "sleepy"), sh.moon(195, 45, 0.7)),
    "cross": lambda: card(face(120, 90, 1.8, "cross", "#f2a65a")),
    "calm": lambda: card(face(120, 90, 1.8, "calm", "#9fd6a3")),
    "only-happy-feelings": lambda: card(
        sh.face_emoji(120, 90, 1.6),
        '<rect x="40" y="150" width="160" height="6" rx="3" fill="#8794a5"/>',
    ),
    "only-calm-feelings": lambda: card(
        face(120, 90, 1.6, "calm", "#9fd6a3"),
        '<rect x="40" y="150" width="160" height="6" rx="3" fill="#8794a5"/>',
    ),
    "all-feelings": lambda: card(
        sh.face_emoji(45, 70, 0.8),
        face(100, 110, 0.8, "cross", "#f2a65a"),
        sh.face_emoji(150, 70, 0.8, "sad"),
        face(200, 110, 0.8, "calm", "#9fd6a3"),
    ),
    "cry-shout-stomp": lambda: card(
        face(90, 80, 1.5, "cross", "#f2a65a"),
        '<path d="M150 140 l16 -8 M150 156 h20 M30 140 l-16 -8 M30 156 h-20" stroke="#5f6b78" stroke-width="5" stroke-linecap="round"/>',
        '<path d="M150 60 q30 -10 60 0" stroke="#5f6b78" stroke-width="5" fill="none"/>',
    ),
    "shout-at-family": lambda: card(
        sh.kid(60, 166, 0.66, 0, 1, 2, mood="open"),
        speaker(120, 60, 0.7, 3, RED),
        sh.grown_up(190, 166, 0.6, 3, 0, 5),
    ),
    "take-a-break": lambda: card(
        sh.kid(100, 166, 0.72, 2, 2, 3, "cheer", "calm", "puffs"),
        sh.plant(190, 150, 0.9),
        sh.sparkle(40, 50),
    ),
    "save-breathe-stretch": lambda: card(
        timer(60, 90, 0.6),
        sh.kid(160, 166, 0.7, 3, 0, 6, "cheer", "calm"),
        sh.cloud(210, 50, 0.4, "#c5d3e3"),
    ),
    "breathe-then-play": lambda: card(
        sh.kid(80, 166, 0.72, 1, 3, 4, "stand", "calm", "long"),
        sh.cloud(160, 50, 0.6, "#c5d3e3"),
        ball(185, 140, 0.9),
    ),
    "one-more-show": lambda: card(
        tablet(120, 95, 1.4, "#33415c", '<path d="M38 20 l26 14 l-26 14z" fill="#ffffff"/>')
    ),
    "hide-the-tablet": lambda: card(
        tablet(120, 120, 0.9),
        '<path d="M40 120 q80 -70 160 0 v40 h-160z" fill="#7a3f9d" opacity=".9"/>',
    ),
    "throw-the-tablet": lambda: card(
        '<g transform="rotate(-30 110 90)">' + tablet(110, 90, 1) + "</g>",
        speed(210, 60),
        '<path d="M60 150 l-10 8 M120 160 v10 M180 150 l10 8" stroke="#5f6b78" stroke-width="5" stroke-linecap="round"/>',
    ),
    "grab-the-tablet": lambda: card(
        tablet(120, 90, 1.1),
        '<path d="M20 96 h40 M220 96 h-40" stroke="#e0a77a" stroke-width="16" stroke-linecap="round"/>',
    ),
    "made-to-keep-watching": lambda: card(
        tablet(90, 100, 1.1, "#33415c", '<path d="M38 20 l26 14 l-26 14z" fill="#ffffff"/>'),
        sh.hook(195, 90, 1.2),
    ),
    "screens-are-magic": lambda: card(
        tablet(100, 100, 1.1, "#dff1ff", sh.star(47, 33, 1)),
        sh.sparkle(190, 40, 1.3),
        sh.sparkle(200, 120, 0.8),
        sh.sparkle(30, 40, 0.8),
    ),
    "in-trouble": lambda: card(
        sh.kid(90, 166, 0.72, 0, 2, 5, "stand", "worried"), ask(140, 20, 60, 50, RED, "!")
    ),
    # Places, games and the world
    "home": lambda: card(sh.house(120, 130, 1.3)),
    "favourite-colour": lambda: card(
        *(
            f'<circle cx="{x}" cy="{y}" r="24" fill="{c}"/>'
            for x, y, c in (
                (70, 70, "#b4233c"),
                (120, 60, SUN),
                (170, 70, BLUE),
                (95, 120, GREEN),
                (145, 120, PURPLE),
            )
        )
    ),
    "dog": lambda: card(dog(100, 150, 1.1)),
    "footprints-in-sand": lambda: card(
        '<rect x="0" y="100" width="240" height="80" rx="0" fill="#f3d9a4"/><path d="M0 100 q30 -14 60 0 q30 14 60 0 q30 -14 60 0 q30 14 60 0" stroke="#3d8fd6" stroke-width="8" fill="none"/>',
        sh.footprint(80, 150, 0.6, "#c9a66b", -10),
        sh.footprint(140, 136, 0.6, "#c9a66b", 20),
    ),
    "footprints-in-cement": lambda: card(
        '<rect x="20" y="60" width="200" height="100" rx="8" fill="#a9b2bd"/>',
        sh.footprint(90, 120, 0.7, "#6b7582", -10),
        sh.footprint(150, 104, 0.7, "#6b7582", 20),
    ),
    "alone-with-a-game": lambda: card(
        sh.kid(90, 166, 0.72, 1, 0, 2, "hold", "calm"),
        sh.controller(90, 104, 0.45),
        sh.moon(190, 50, 0.8),
    ),
    "learn-far-away": lambda: card(
        sh.globe(80, 90, 1.1), sh.kid(175, 166, 0.66, 4, 3, 3, "wave", hair_style="puffs")
    ),
    "lunch-yuck": lambda: card(
        lunchbox(80, 120, 1.1),
        sh.bubble(130, 20, 90, 70, GREY, lines=0),
        sh.face_emoji(175, 54, 0.8, "sad"),
    ),
    "lunch-question": lambda: card(lunchbox(80, 120, 1.1), ask(130, 20, 80, 64, GREEN, "?")),
    "walk-away": lambda: card(
        sh.kid(170, 166, 0.7, 3, 1, 6, hair_style="cap"), speed(130, 90), ball(50, 146, 0.8)
    ),
    "goodbye": lambda: card(
        '<rect x="20" y="40" width="70" height="126" rx="6" fill="#a0522d"/><circle cx="78" cy="104" r="5" fill="#ffbf47"/>',
        sh.kid(160, 166, 0.7, 2, 0, 3, "wave"),
    ),
    "hello": lambda: card(
        sh.kid(70, 166, 0.68, 0, 1, 1, "wave"),
        sh.kid(170, 166, 0.68, 3, 3, 6, "wave", hair_style="long"),
    ),
    "thank-you": lambda: card(gift(80, 110, 1), sh.heart(180, 80, 2)),
    "tag-around-the-world": lambda: card(
        sh.globe(120, 70, 0.9),
        sh.kid(45, 166, 0.45, 2, 0, 1, "cheer"),
        sh.kid(195, 166, 0.45, 4, 3, 6, "wave", hair_style="puffs"),
    ),
    "tag-only-here": lambda: card(sh.house(70, 130, 0.9), sh.kid(170, 166, 0.62, 1, 2, 3, "cheer")),
    "tell-me-more": lambda: card(
        sh.kid(75, 166, 0.7, 4, 0, 5, "raise"),
        ask(130, 24, 70, 56, GREEN, "?"),
        sh.star(200, 110, 0.8),
    ),
    "my-game-is-better": lambda: card(
        sh.controller(70, 110, 0.7), sh.controller(175, 120, 0.6, "#8794a5"), crown(70, 60, 1.2)
    ),
    "hopscotch": lambda: card(hopscotch(120, 130, 1)),
    "fruit": lambda: card(apple(90, 100, 1.3), banana(170, 100, 1)),
    "moon-song": lambda: card(sh.moon(90, 90, 1.5), note(170, 70, 1.2), note(200, 110, 0.9)),
    "good-at-school": lambda: card(
        sh.kid(90, 166, 0.7, 1, 0, 3, "raise"), sh.star(170, 60, 1.3), sh.book(175, 130, 0.6, GREEN)
    ),
    "every-child": lambda: card(
        *(
            sh.kid(
                36 + i * 56,
                166,
                0.58,
                i,
                i + 1,
                i * 2,
                "wave" if i % 2 else "stand",
                hair_style=("short", "puffs", "long", "cap")[i],
            )
            for i in range(4)
        )
    ),
    "right-to-play": lambda: card(
        sh.kid(70, 166, 0.66, 2, 3, 1, "cheer", hair_style="puffs"), ball(160, 110, 1.2)
    ),
    "right-to-privacy": lambda: card(sh.house(90, 130, 1), sh.padlock(190, 110, 1, BLUE)),
    "right-to-a-name": lambda: card(name_tag(120, 90, 1.6)),
    "keep-going": lambda: card(sh.controller(100, 100, 0.9), speed(210, 84)),
    "stop-and-listen": lambda: card(
        sh.kid(80, 166, 0.7, 3, 2, 4, "hold", "calm", "long"),
        hand_up(170, 80, 1),
        ear(190, 150, 0.5),
    ),
    "not-my-fault": lambda: card(
        sh.kid(90, 166, 0.72, 2, 1, 6, "stand", "smile", "long"),
        sh.shield(180, 80, 1.1, BLUE, "heart"),
    ),
    "reading-unkind-messages": lambda: card(
        sh.kid(80, 166, 0.72, 0, 0, 0, "hold", "worried"), phone_bubbles(180, 95, 0.9, "#5f6b78")
    ),
    "shrug": lambda: card(
        sh.kid(120, 166, 0.72, 4, 2, 7, "stand", "calm"), ask(160, 20, 60, 46, GREY, "…")
    ),
}
