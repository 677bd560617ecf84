# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""Lesson scenes for media literacy, mindfulness, online safety, and rights and responsibilities."""

from __future__ import annotations

from collections.abc import Callable

from tools.illustrations import shapes as sh
from tools.illustrations.lesson_parts import (
    CB,
    ML,
    MW,
    OS,
    RR,
    c,
    coin,
    scene,
    timer,
)
from tools.illustrations.shapes import SUN, WHITE

SCENES: dict[str, Callable[[], str]] = {
    # Media literacy
    f"{ML}/how-chatbots-answer": lambda: scene(
        ML,
        sh.robot(420, 300, 1.7, accent=c(ML, 2)),
        sh.bubble(80, 60, 180, 60, c(ML), lines=2),
        sh.bubble(300, 40, 70, 40, "#8794a5", "right", 1),
        sh.kid(160, 340, 1, 1, 0, 6, "hold", mood="open"),
    ),
    f"{ML}/inside-the-filter-bubble": lambda: scene(
        ML,
        '<circle cx="320" cy="200" r="140" fill="#ffffff" opacity=".7" stroke="#6f5c00" stroke-width="5"/>',
        sh.kid(320, 300, 1, 0, 1, 4, "hold"),
        sh.phone(320, 215, 0.5),
        sh.paper(60, 100, 70, 90, 4),
        sh.paper(510, 120, 70, 90, 4),
        sh.paper(90, 240, 60, 70, 3),
    ),
    f"{ML}/is-it-true": lambda: scene(
        ML,
        sh.paper(120, 70, 160, 200, 8, c(ML)),
        sh.magnifier(260, 170, 1.5),
        sh.check(460, 120, 1.3),
        sh.cross(540, 120, 1.3),
        sh.kid(490, 340, 1, 3, 2, 0, hair_style="puffs"),
    ),
    f"{ML}/person-or-program": lambda: scene(
        ML,
        sh.kid(180, 340, 1.3, 2, 0, 2, "wave"),
        sh.robot(460, 330, 1.9, accent=c(ML, 2)),
        sh.label(320, 200, "?", 96, c(ML), 800, "middle"),
    ),
    f"{ML}/read-laterally": lambda: scene(
        ML,
        sh.laptop(170, 170, 1.1),
        sh.laptop(330, 150, 1.1, "#fff8dc"),
        sh.laptop(490, 170, 1.1, "#e5f3e5"),
        sh.magnifier(330, 290, 1),
        sh.arrow(180, 220, 320, 200, c(ML), 4),
        sh.arrow(340, 200, 480, 220, c(ML), 4),
    ),
    f"{ML}/who-made-this-and-why": lambda: scene(
        ML,
        '<rect x="140" y="60" width="240" height="170" rx="12" fill="#ffffff" stroke="#6f5c00" stroke-width="5"/>',
        sh.star(260, 130, 2.2),
        sh.label(260, 210, "!", 40, c(ML), 800, "middle"),
        sh.kid(480, 340, 1.2, 1, 3, 3, "hold", mood="open", hair_style="long"),
        sh.magnifier(470, 110, 0.9),
    ),
    # Mindfulness and wellbeing
    f"{MW}/attention-by-design": lambda: scene(
        MW,
        sh.phone(320, 190, 2.3, WHITE, sh.bell(25, 30, 0.45, c(MW)) + sh.heart(25, 64, 0.6)),
        sh.hook(160, 140, 1.3),
        sh.kid(500, 340, 1.1, 4, 0, 3, "hold", "calm"),
    ),
    f"{MW}/pause-breathe-choose": lambda: scene(
        MW,
        sh.kid(320, 340, 1.4, 1, 1, 3, "stand", "calm", "long"),
        '<circle cx="320" cy="170" r="150" fill="none" stroke="#7a3f9d" stroke-width="4" stroke-dasharray="6 14" opacity=".6"/>',
        sh.cloud(130, 110, 1),
        sh.plant(520, 320, 1.1),
    ),
    f"{MW}/the-highlight-reel": lambda: scene(
        MW,
        sh.phone(200, 200, 2.2, WHITE, sh.star(25, 30, 0.8) + sh.photo(6, 52, 38, 30)),
        '<rect x="340" y="90" width="200" height="150" rx="12" fill="#ffffff"/>',
        sh.plant(400, 220, 0.8),
        sh.face_emoji(480, 160, 1, "flat"),
        sh.kid(560, 340, 0.9, 3, 2, 6, hair_style="puffs"),
    ),
    f"{MW}/where-do-i-feel-it": lambda: scene(
        MW,
        sh.kid(320, 350, 1.7, 0, 4, 3, "stand", "calm", "short"),
        sh.heart(320, 210, 1.1, c(MW)),
        sh.sparkle(250, 140),
        sh.sparkle(400, 260, 0.8, c(MW, 2)),
        sh.face_emoji(110, 120, 1, "smile"),
        sh.face_emoji(530, 120, 1, "sad"),
    ),
    f"{MW}/who-is-in-charge-notifications": lambda: scene(
        MW,
        sh.bell(150, 120, 1.4),
        sh.bell(500, 90, 1),
        sh.phone(320, 190, 1.8, WHITE, sh.toggle(25, 30, 0.5, False) + sh.moon(25, 68, 0.5, c(MW))),
        sh.kid(520, 340, 1, 2, 3, 5, "hold", "calm", "cap"),
    ),
    # Online safety
    f"{OS}/locked-down-account-security": lambda: scene(
        OS,
        sh.padlock(200, 170, 2.2, c(OS)),
        sh.phone(
            380,
            190,
            1.6,
            WHITE,
            '<rect x="6" y="28" width="38" height="20" rx="4" fill="#e3edfa"/>'
            + sh.check(25, 68, 0.6),
        ),
        sh.key(520, 110, 1.2),
        sh.shield(530, 250, 1.1, c(OS)),
    ),
    f"{OS}/passphrase-power": lambda: scene(
        OS,
        sh.key(190, 150, 2),
        sh.padlock(460, 170, 2, c(OS)),
        '<rect x="90" y="250" width="460" height="56" rx="28" fill="#ffffff" stroke="#1a5fb4" stroke-width="4"/>',
        *(
            f'<rect x="{120 + i * 105}" y="268" width="80" height="20" rx="10" fill="{col}"/>'
            for i, col in enumerate(("#7fd1c9", SUN, "#f19aa9", "#c9a3e0"))
        ),
    ),
    f"{OS}/sextortion-the-threat-is-the-trick": lambda: scene(
        OS,
        sh.phone(200, 200, 2.2, WHITE, sh.hook(25, 40, 0.5) + sh.cross(25, 76, 0.55)),
        sh.grown_up(430, 340, 0.95),
        sh.kid(540, 340, 0.9, 2, 0, 0, mood="calm"),
        sh.shield(330, 110, 1, c(OS), "heart"),
    ),
    f"{OS}/spot-the-hook": lambda: scene(
        OS,
        sh.envelope(220, 190, 2.6),
        sh.hook(370, 140, 1.6, c(OS)),
        sh.magnifier(490, 230, 1.2),
        sh.label(200, 110, "!", 54, c(CB), 800, "middle"),
    ),
    f"{OS}/uh-oh-feelings-trusted-grown-ups": lambda: scene(
        OS,
        sh.grown_up(400, 340, 1.05),
        sh.kid(250, 340, 1.05, 3, 0, 2, mood="worried", hair_style="puffs"),
        sh.heart(330, 100, 1.3),
        sh.phone(130, 210, 1.1, WHITE, sh.face_emoji(25, 44, 0.6, "sad")),
    ),
    f"{OS}/who-can-see-this": lambda: scene(
        OS,
        sh.phone(
            190, 200, 2.2, WHITE, sh.photo(5, 10, 40, 34) + sh.toggle(25, 62, 0.45, True, c(OS))
        ),
        sh.eye(420, 120, 1.1),
        sh.eye(530, 210, 0.8),
        sh.padlock(430, 260, 1.1, c(OS)),
    ),
    # Rights and responsibilities
    f"{RR}/ai-and-homework-honesty": lambda: scene(
        RR,
        sh.paper(100, 80, 150, 200, 8, c(RR)),
        sh.robot(400, 300, 1.3, accent=c(RR, 2)),
        sh.kid(530, 340, 1.05, 1, 2, 3, "raise", hair_style="long"),
        sh.check(230, 270, 1),
    ),
    f"{RR}/ask-before-you-share": lambda: scene(
        RR,
        sh.camera(320, 130, 1.6),
        sh.kid(160, 340, 1.15, 0, 1, 0, "hold", "open"),
        sh.kid(480, 340, 1.15, 4, 3, 2, "wave", hair_style="puffs"),
        sh.check(480, 110, 1.1),
    ),
    f"{RR}/copyright-and-credit": lambda: scene(
        RR,
        sh.paper(110, 70, 150, 200, 7),
        '<circle cx="420" cy="160" r="70" fill="#ffffff" stroke="#2d7433" stroke-width="10"/>',
        sh.label(420, 192, "©", 96, c(RR), 800, "middle"),
        sh.book(180, 320, 0.9),
    ),
    f"{RR}/made-by-someone": lambda: scene(
        RR,
        '<rect x="100" y="60" width="220" height="170" rx="8" fill="#ffffff" stroke="#c5cdd6" stroke-width="4"/>',
        sh.sparkle(170, 120, 2, c(RR, 2)),
        sh.star(250, 170, 1.3),
        sh.heart(180, 190, 1),
        sh.kid(450, 340, 1.2, 2, 1, 7, "raise", hair_style="short"),
    ),
    f"{RR}/my-information-your-information": lambda: scene(
        RR,
        sh.house(160, 220, 1.2, roof=c(RR)),
        sh.padlock(160, 120, 0.9, c(RR)),
        sh.kid(350, 340, 1, 0, 4, 4, hair_style="long"),
        sh.kid(490, 340, 1, 3, 0, 1, "hold"),
        sh.bubble(400, 60, 150, 56, c(RR), lines=2),
    ),
    f"{RR}/privacy-rights-and-consent": lambda: scene(
        RR,
        sh.scales(200, 190, 1.8, c(RR)),
        sh.paper(370, 70, 150, 190, 7, c(RR)),
        sh.toggle(445, 300, 1, True, c(RR)),
        sh.padlock(560, 180, 0.8, c(RR)),
    ),
    f"{ML}/down-the-rabbit-hole": lambda: scene(
        ML,
        '<path d="M320 200 m-150 0 a150 110 0 1 0 300 0 a120 88 0 1 0 -240 0 a90 66 0 1 0 180 0 a60 44 0 1 0 -120 0 a30 22 0 1 0 60 0" fill="none" stroke="#6f5c00" stroke-width="6" opacity=".6"/>',
        sh.phone(320, 200, 0.8),
        sh.paper(90, 60, 60, 70, 3),
        sh.paper(500, 80, 60, 70, 3),
        sh.magnifier(520, 280, 0.9),
    ),
    f"{ML}/who-paid-for-this-post": lambda: scene(
        ML,
        sh.phone(240, 200, 2.2, WHITE, sh.star(25, 30, 0.8) + sh.photo(6, 52, 38, 30)),
        coin(420, 120, 1.4),
        coin(460, 170, 1),
        sh.magnifier(450, 270, 1),
    ),
    f"{MW}/real-bodies-real-me": lambda: scene(
        MW,
        '<ellipse cx="220" cy="190" rx="95" ry="140" fill="#ffffff" stroke="#7a3f9d" stroke-width="10"/>',
        sh.kid(220, 300, 0.9, 2, 0, 3, "stand", "smile", "puffs"),
        sh.heart(430, 130, 1.5, c(MW)),
        sh.kid(470, 340, 1, 2, 0, 3, "wave", hair_style="puffs"),
    ),
    f"{MW}/rest-mode": lambda: scene(
        MW,
        sh.moon(490, 110, 1.5),
        sh.star(400, 70, 0.7),
        sh.phone(140, 250, 1.2, "#33415c", sh.moon(25, 44, 0.5, c(MW, 2))),
        sh.kid(320, 340, 1.1, 3, 1, 3, "stand", "calm", "short"),
        sh.book(480, 300, 0.9, c(MW)),
    ),
    f"{MW}/when-the-timer-rings": lambda: scene(
        MW,
        timer(200, 160, 1.6),
        sh.bell(330, 90, 0.8),
        sh.kid(460, 340, 1.3, 0, 3, 6, "wave", "smile", "puffs"),
    ),
    f"{OS}/ask-before-you-tap": lambda: scene(
        OS,
        sh.phone(
            160, 200, 2, WHITE, '<rect x="6" y="30" width="38" height="20" rx="6" fill="#1a5fb4"/>'
        ),
        sh.kid(330, 340, 1.1, 1, 2, 0, "raise", hair_style="long"),
        sh.grown_up(480, 340, 0.95, 3, 0, 2),
    ),
    f"{OS}/game-chat-safety": lambda: scene(
        OS,
        sh.controller(200, 140, 1.5),
        sh.bubble(330, 60, 160, 60, c(OS), lines=2),
        sh.shield(540, 140, 1.2, c(OS)),
        sh.kid(400, 340, 1.1, 4, 0, 5, "hold", hair_style="cap"),
    ),
    f"{RR}/every-childs-rights": lambda: scene(
        RR,
        sh.book(320, 110, 1.4, c(RR)),
        sh.kid(130, 340, 1, 0, 1, 1, "cheer"),
        sh.kid(250, 340, 1, 3, 3, 6, "wave", hair_style="puffs"),
        sh.kid(390, 340, 1, 1, 2, 4, hair_style="long"),
        sh.kid(510, 340, 1, 4, 0, 7, "cheer", hair_style="cap"),
    ),
    f"{RR}/healthy-relationships-online": lambda: scene(
        RR,
        sh.phone(170, 190, 1.6, WHITE, sh.heart(25, 30, 0.8) + sh.check(25, 70, 0.6)),
        sh.phone(
            470,
            190,
            1.6,
            WHITE,
            sh.bubble(4, 10, 42, 26, c(RR), lines=1) + sh.toggle(25, 70, 0.45, True, c(RR)),
        ),
        sh.scales(320, 200, 0.9, c(RR)),
    ),
}
