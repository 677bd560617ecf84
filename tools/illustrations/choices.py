# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""The pictures of K-2 quiz choices: lessons_content/images/choices/<name>.svg (240x180).

A K-2 choice reads `- ![](images/choices/<name>.svg) words >> feedback`. Each picture shows
what the choice says (an action, a thing, a feeling), never whether it is right: no ticks,
crosses or colours that judge, and every picture sits on the same calm backdrop. Pictures
with the same meaning are shared across lessons ("tell a grown-up" is one picture).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tools.illustrations import shapes as sh
from tools.illustrations.choice_parts import (
    GREY,
    RED,
    ask,
    bank_card,
    card,
    crown,
    face,
    gift,
    hang_up,
    name_tag,
    phone_bubbles,
    price_tag,
    ship,
    slash,
    speaker,
    speed,
    stranger,
    tablet,
    taps,
    teddy,
    water_tap,
)
from tools.illustrations.choices_world import WORLD
from tools.illustrations.lesson_parts import ball, chest, coin
from tools.illustrations.shapes import INK, SUN, WHITE

BLUE, PURPLE, GREEN = "#1a5fb4", "#7a3f9d", "#2d7433"


CHOICES: dict[str, Callable[[], str]] = {
    # Who to tell, who to ask
    "tell-a-grown-up": lambda: card(
        sh.grown_up(160, 166, 0.68, 1, 1, 5),
        sh.kid(75, 166, 0.62, 0, 2, 0, "hold", "worried"),
        ask(20, 14, 56, 42, BLUE, "!"),
    ),
    "check-with-a-grown-up-or-a-book": lambda: card(
        sh.grown_up(70, 166, 0.66, 3, 0, 2),
        sh.book(170, 110, 0.9, GREEN),
        ask(150, 20, 50, 40, BLUE, "?"),
    ),
    "grown-up-at-home": lambda: card(sh.house(70, 130, 0.9), sh.grown_up(170, 166, 0.66, 2, 3, 6)),
    "teacher": lambda: card(
        '<rect x="20" y="22" width="110" height="80" rx="8" fill="#2d5a3a"/><path d="M36 50 h50 M36 70 h70" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>',
        sh.grown_up(180, 166, 0.66, 4, 0, 3),
    ),
    "grown-ups-only": lambda: card(
        sh.grown_up(85, 166, 0.64, 1, 1, 5), sh.grown_up(160, 166, 0.64, 3, 3, 2)
    ),
    "ask-first": lambda: card(
        sh.kid(70, 166, 0.7, 1, 0, 0, "hold"),
        sh.kid(175, 166, 0.66, 3, 2, 3, hair_style="puffs"),
        ask(92, 14, 56, 44, PURPLE, "?"),
    ),
    "keep-asking": lambda: card(
        sh.kid(60, 166, 0.7, 2, 1, 6, "hold"),
        ask(110, 16, 40, 34, PURPLE, "?"),
        ask(156, 36, 40, 34, PURPLE, "?"),
        ask(120, 80, 40, 34, PURPLE, "?"),
        ask(176, 90, 40, 34, PURPLE, "?"),
    ),
    "stranger-in-a-game": lambda: card(sh.controller(70, 120, 0.8), stranger(175, 150, 0.9)),
    "grown-up-online": lambda: card(sh.laptop(120, 110, 1.2, "#dff1ff", sh.mask(53, 30, 0.6))),
    "best-friend": lambda: card(
        sh.kid(85, 166, 0.68, 0, 1, 1, "wave"),
        sh.kid(160, 166, 0.68, 4, 3, 4, "wave", hair_style="puffs"),
        sh.heart(122, 40, 0.9),
    ),
    # Sharing and sending
    "send-to-many": lambda: card(
        sh.phone(48, 95, 0.9, WHITE, sh.photo(5, 20, 40, 34)),
        sh.arrow(80, 70, 150, 40, GREY, 4),
        sh.arrow(80, 95, 160, 95, GREY, 4),
        sh.arrow(80, 120, 150, 150, GREY, 4),
        sh.face_emoji(185, 40, 0.6),
        sh.face_emoji(195, 95, 0.6),
        sh.face_emoji(185, 148, 0.6),
    ),
    "post-quickly": lambda: card(
        sh.phone(
            140,
            95,
            1.1,
            WHITE,
            sh.photo(5, 10, 40, 34)
            + '<path d="M25 80 v-22 m-10 10 l10 -10 l10 10" stroke="#1a5fb4" stroke-width="5" fill="none" stroke-linecap="round"/>',
        ),
        speed(90, 70),
    ),
    "share-my-photo": lambda: card(
        sh.camera(70, 100, 0.9),
        sh.arrow(110, 90, 160, 80, GREY, 4),
        sh.phone(185, 95, 0.9, WHITE, sh.photo(5, 20, 40, 34)),
    ),
    "photo-kept-private": lambda: card(sh.photo(40, 40, 110, 90), sh.padlock(175, 105, 1.1, BLUE)),
    "photo-back-and-forth": lambda: card(
        sh.photo(20, 50, 80, 64),
        sh.photo(140, 50, 80, 64, "#f3c9a8"),
        sh.arrow(60, 46, 180, 46, GREY, 4),
        sh.arrow(180, 130, 60, 130, GREY, 4),
    ),
    "laughing-sticker": lambda: card(
        sh.phone(120, 95, 1.2, WHITE, sh.face_emoji(25, 48, 0.9, "laugh"))
    ),
    "laughing-along": lambda: card(
        sh.kid(60, 166, 0.62, 1, 0, 2, mood="open"),
        sh.kid(120, 166, 0.62, 3, 3, 4, mood="open", hair_style="long"),
        sh.kid(180, 166, 0.62, 0, 1, 6, mood="open", hair_style="cap"),
        sh.face_emoji(120, 26, 0.6, "laugh"),
    ),
    "secret": lambda: card(
        sh.kid(80, 166, 0.7, 2, 0, 7, "hold", "calm", "long"),
        sh.bubble(130, 20, 90, 70, PURPLE, lines=0),
        sh.padlock(175, 52, 0.7, "#ffbf47"),
    ),
    "treasure-kept-forever": lambda: card(
        chest(120, 100, 1.1), sh.sparkle(40, 40), sh.sparkle(200, 50)
    ),
    "teddy-at-night": lambda: card(
        teddy(110, 150, 1.1), sh.moon(190, 50, 0.8), sh.star(50, 40, 0.6)
    ),
    # Messages: what they say
    "game-put-down": lambda: card(
        sh.controller(80, 130, 0.8),
        sh.bubble(110, 16, 110, 70, GREY, lines=0),
        sh.face_emoji(165, 50, 0.85, "sad"),
    ),
    "left-alone": lambda: card(
        sh.kid(45, 166, 0.55, 1, 0, 2),
        sh.kid(95, 166, 0.55, 3, 3, 4, hair_style="long"),
        sh.kid(195, 166, 0.62, 0, 1, 6, mood="worried", hair_style="cap"),
    ),
    "good-game-again": lambda: card(
        sh.kid(60, 166, 0.64, 2, 0, 1, "cheer"),
        sh.kid(180, 166, 0.64, 4, 3, 4, "wave", hair_style="puffs"),
        sh.controller(120, 60, 0.6),
        ask(96, 88, 48, 38, GREEN, "?"),
    ),
    "thanks-for-playing": lambda: card(
        sh.kid(70, 166, 0.66, 1, 2, 3, "wave", hair_style="puffs"),
        sh.kid(170, 166, 0.66, 3, 0, 5, "wave"),
        ball(120, 146, 0.7),
        sh.heart(120, 40, 1),
    ),
    "picture-put-down": lambda: card(
        sh.paper(26, 36, 90, 110, 0),
        '<path d="M46 110 l20 -40 l20 40z M50 64 a10 10 0 1 0 1 0" fill="#e8a33d"/>',
        sh.bubble(130, 30, 90, 70, GREY, lines=0),
        sh.face_emoji(175, 64, 0.8, "flat"),
    ),
    "shrug-reply": lambda: card(phone_bubbles(70, 95, 1, GREY), sh.face_emoji(170, 80, 1, "flat")),
    "angry-reply": lambda: card(
        phone_bubbles(70, 95, 1, RED), face(170, 80, 1, "cross", "#f2a65a")
    ),
    "kind-question": lambda: card(
        sh.kid(70, 166, 0.7, 4, 1, 3, "hold"),
        sh.bubble(120, 20, 100, 70, GREEN, lines=0),
        sh.heart(150, 56, 0.8, WHITE),
        sh.label(190, 72, "?", 36, WHITE, 800, "middle"),
    ),
    "feeling-unliked": lambda: card(
        sh.kid(90, 166, 0.72, 1, 0, 0, "hold", "worried"),
        '<path d="M170 60 C140 36 150 10 170 26 C190 10 200 36 170 60z" fill="#e0445e"/><path d="M170 26 l-6 12 l8 6 l-6 12" stroke="#eef3f9" stroke-width="4" fill="none"/>',
    ),
    "no-face-no-voice": lambda: card(
        sh.phone(70, 95, 1, WHITE, sh.bubble(5, 30, 40, 24, BLUE, lines=1)),
        '<circle cx="170" cy="80" r="40" fill="#c5d3e3"/>',
        sh.label(170, 96, "?", 44, INK, 800, "middle"),
    ),
    "always-mean": lambda: card(
        sh.bubble(40, 30, 160, 90, "#5f6b78", lines=0),
        sh.cloud(120, 86, 1.1, "#c5cdd6"),
        '<path d="M112 98 l-10 22 h12 l-8 20" stroke="#ffbf47" stroke-width="5" fill="none"/>',
    ),
    "only-grown-ups-read": lambda: card(
        sh.grown_up(80, 166, 0.66, 0, 3, 1), sh.paper(140, 40, 80, 100, 5, BLUE)
    ),
    "tell-my-name": lambda: card(
        sh.laptop(80, 110, 0.9, "#dff1ff", stranger(53, 62, 0.6)), name_tag(185, 80, 0.9)
    ),
    "keep-talking": lambda: card(
        sh.laptop(
            120,
            110,
            1.2,
            "#dff1ff",
            stranger(53, 62, 0.6) + sh.bubble(64, 4, 36, 22, BLUE, lines=1),
        )
    ),
    # Screens, buttons and calls
    "screen-goes-dark": lambda: card(sh.laptop(120, 110, 1.2, "#33415c")),
    "call-ends": lambda: card(
        sh.phone(90, 95, 1.1, "#dff1ff", stranger(25, 60, 0.5)), hang_up(180, 95)
    ),
    "sound-off": lambda: card(speaker(100, 90, 1.3, 2), slash(130, 90, 52)),
    "sound-louder": lambda: card(speaker(90, 90, 1.4, 3)),
    "show-on-a-call": lambda: card(
        sh.laptop(
            120,
            110,
            1.2,
            "#dff1ff",
            sh.kid(26, 66, 0.36, 1, 1, 3, "wave")
            + sh.kid(70, 66, 0.28, 3, 2, 4, hair_style="puffs"),
        )
    ),
    "surprise": lambda: card(
        sh.laptop(80, 110, 0.9, "#dff1ff", sh.grown_up(53, 66, 0.36, 1, 4, 3)), gift(185, 110, 1)
    ),
    "just-a-screen": lambda: card(
        sh.laptop(120, 110, 1.2, "#dff1ff", sh.cloud(60, 44, 0.9, "#c5d3e3"))
    ),
    "empty-screen": lambda: card(sh.laptop(120, 110, 1.2, WHITE)),
    "pretend-magic": lambda: card(
        tablet(100, 100, 1.1),
        '<path d="M170 150 L210 60" stroke="#1b1f24" stroke-width="7" stroke-linecap="round"/>',
        sh.sparkle(212, 52, 1.2),
        sh.sparkle(180, 40, 0.7),
        sh.sparkle(160, 70, 0.6),
    ),
    "type-fast": lambda: card(
        sh.phone(
            130,
            95,
            1.2,
            WHITE,
            sh.label(6, 30, "_ _ _", 16, INK)
            + "".join(
                f'<rect x="{4 + (i % 4) * 12}" y="{56 + (i // 4) * 10}" width="9" height="7" rx="2" fill="#c5cdd6"/>'
                for i in range(12)
            ),
        ),
        speed(84, 70),
    ),
    "type-address": lambda: card(
        sh.phone(80, 95, 1.2, WHITE, sh.house(25, 70, 0.45)), sh.pin(180, 80, 1.2)
    ),
    "address-in-chat": lambda: card(
        sh.controller(60, 130, 0.6),
        sh.bubble(100, 24, 120, 90, BLUE, lines=0),
        sh.house(160, 92, 0.55, roof="#ffbf47"),
    ),
    "friends-name": lambda: card(
        sh.phone(70, 95, 1, WHITE, name_tag(25, 40, 0.55)),
        sh.kid(175, 166, 0.68, 3, 0, 6, hair_style="cap"),
    ),
    "tap-fast-for-a-prize": lambda: card(
        sh.phone(100, 95, 1.2, WHITE, sh.star(25, 36, 1.1)), taps(112, 120, 0.9), speed(190, 80)
    ),
    "tap-many-times": lambda: card(
        sh.phone(110, 95, 1.2, WHITE, taps(14, 20, 0.5) + taps(34, 46, 0.5) + taps(16, 70, 0.5))
    ),
    "type-name-for-a-prize": lambda: card(
        sh.phone(80, 95, 1.2, WHITE, name_tag(25, 30, 0.5) + sh.star(25, 68, 0.8)),
        crown(185, 80, 1.4),
    ),
    "tricked-into-tapping": lambda: card(
        sh.phone(80, 95, 1.2, WHITE, sh.star(25, 44, 1)), sh.hook(180, 90, 1.2)
    ),
    "real-money": lambda: card(
        bank_card(80, 100, 1.1), coin(165, 80, 1), coin(190, 115, 1), coin(150, 125, 0.9)
    ),
    "advert-for-coins": lambda: card(
        tablet(90, 96, 1.2, SUN, coin(30, 34, 0.8) + coin(62, 34, 0.8)), price_tag(195, 70, 1)
    ),
    "present": lambda: card(gift(120, 100, 1.4), sh.sparkle(50, 50), sh.sparkle(190, 40)),
    "pirate-story": lambda: card(ship(120, 120, 1), sh.cloud(200, 50, 0.6)),
    "toy-for-sale": lambda: card(teddy(90, 150, 1), price_tag(180, 70, 1.1)),
    "hand-washing": lambda: card(
        water_tap(100, 70, 1.2),
        '<ellipse cx="140" cy="140" rx="40" ry="14" fill="#dff1ff"/>',
        sh.sparkle(190, 110, 0.7, "#3d8fd6"),
    ),
    # Programs and helpers
    "program": lambda: card(sh.robot(120, 130, 1.2)),
    "person-in-the-speaker": lambda: card(
        '<rect x="80" y="40" width="80" height="120" rx="30" fill="#33415c"/><circle cx="120" cy="70" r="12" fill="#3d8fd6"/>',
        sh.kid(120, 150, 0.34, 1, 0, 1, "wave"),
    ),
    "robot-sounds-sure": lambda: card(
        sh.robot(70, 140, 1), sh.bubble(115, 20, 105, 80, GREY, lines=0), sh.moon(160, 60, 0.9)
    ),
    "tiny-person-typing": lambda: card(
        sh.laptop(120, 110, 1.2, "#dff1ff", sh.kid(53, 66, 0.36, 2, 1, 4, "hold"))
    ),
    "robot-with-feelings": lambda: card(sh.robot(90, 140, 1.1), sh.heart(180, 70, 1.6)),
    "robot-read-many-words": lambda: card(
        sh.robot(70, 140, 1), sh.paper(130, 30, 70, 90, 5), sh.paper(150, 60, 70, 90, 5, BLUE)
    ),
    **WORLD,
}


def outputs(folder: Path) -> dict[Path, str]:
    return {folder / f"{name}.svg": draw() for name, draw in CHOICES.items()}
