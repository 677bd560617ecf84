# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""Draw every Upstander illustration from the kit in shapes.py and write the SVG files.

    .venv/bin/python -m tools.illustrations.draw        # rewrites the files, prints sizes

One scene per lesson (lessons_content/images/lessons/<strand>/<slug>.svg, shown through the
lesson's `::: image` block, where its alt text lives), one per strand and the home and finish
pictures (upstander/static/img/), pictures for some family guides and the teaching diagrams
(lessons_content/images/family/, diagrams/), and the K-2 quiz choices' pictures (choices/). Scenes are plain data: a list of parts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from tools.illustrations import choices
from tools.illustrations import shapes as sh
from tools.illustrations.diagrams import DIAGRAMS
from tools.illustrations.lesson_parts import CB, DF, EC, GC, ML, MW, OS, RR, scene
from tools.illustrations.lessons import LESSONS
from tools.illustrations.shapes import INK, STRAND, WHITE

ROOT = Path(__file__).resolve().parents[2]
LESSON_ART = ROOT / "lessons_content" / "images" / "lessons"
FAMILY_ART = ROOT / "lessons_content" / "images" / "family"
CHOICE_ART = ROOT / "lessons_content" / "images" / "choices"
STATIC_ART = ROOT / "upstander" / "static" / "img"


FAMILY: dict[str, Callable[[], str]] = {
    "family-media-agreement": lambda: scene(
        "family",
        '<rect x="90" y="230" width="460" height="22" rx="8" fill="#c0643a"/>',
        sh.paper(270, 120, 100, 110, 5, "#0b5cad"),
        sh.grown_up(140, 340, 0.85),
        sh.kid(480, 340, 0.95, 2, 2, 1, "raise", hair_style="puffs"),
        sh.check(380, 110, 0.9),
    ),
    "family-password-plan": lambda: scene(
        "family",
        sh.house(320, 230, 2, roof="#0b5cad"),
        sh.key(150, 120, 1.4),
        sh.padlock(500, 130, 1.2, "#0b5cad"),
        sh.sparkle(240, 90),
    ),
    "reporting-a-concern": lambda: scene(
        "family",
        sh.grown_up(380, 340, 1.05, 3, 0, 0),
        sh.kid(240, 340, 1.05, 1, 2, 6, "hold", "calm", "long"),
        sh.heart(310, 90, 1.4),
        sh.shield(530, 140, 1, "#0b5cad", "check"),
    ),
    "screen-time-and-mindfulness": lambda: scene(
        "family",
        sh.moon(500, 110, 1.6),
        sh.star(420, 70, 0.8),
        sh.phone(160, 260, 1.2, "#33415c"),
        '<rect x="120" y="325" width="80" height="14" rx="6" fill="#5f6b78"/>',
        sh.kid(330, 340, 1.1, 0, 1, 3, "stand", "calm"),
        sh.book(450, 300, 0.9, "#0b5cad"),
    ),
    "privacy-settings-together": lambda: scene(
        "family",
        sh.grown_up(150, 340, 0.9, 4, 3, 2),
        sh.kid(280, 340, 1, 2, 0, 4, "hold", hair_style="cap"),
        sh.phone(
            440,
            190,
            2,
            WHITE,
            sh.toggle(25, 26, 0.5, True, "#2d7433")
            + sh.toggle(25, 54, 0.5, False)
            + sh.toggle(25, 80, 0.5, True, "#2d7433"),
        ),
    ),
}


def strand_art(strand: str) -> str:
    """The strand's banner picture (480x320): its icon's idea, bigger, with a child."""
    w, h = 480, 320
    strong, _, mid = STRAND[strand]
    parts = {
        GC: sh.globe(250, 140, 1.8) + sh.kid(400, 290, 0.9, 3, 0, 2, "wave"),
        MW: sh.heart(240, 130, 2.4, strong)
        + sh.plant(380, 270, 1.1)
        + sh.kid(110, 290, 0.9, 1, 1, 3, "stand", "calm", "long"),
        OS: sh.shield(240, 140, 2.6, strong)
        + sh.padlock(390, 200, 0.9, strong)
        + sh.key(100, 110, 0.9),
        CB: sh.kid(170, 290, 1.05, 2, 0, 1, "raise")
        + sh.kid(300, 290, 1, 0, 2, 4, hair_style="long")
        + sh.star(420, 80, 1.3),
        DF: "".join(
            sh.footprint(90 + i * 80, 250 - i * 36, 0.9, strong, 20 if i % 2 else -10)
            for i in range(4)
        )
        + sh.cloud(380, 90, 1.1),
        ML: sh.paper(90, 60, 150, 190, 8, strong) + sh.magnifier(300, 170, 1.6),
        RR: sh.scales(240, 150, 2, strong) + sh.check(390, 90, 1),
        EC: sh.bubble(60, 60, 200, 80, strong, lines=3)
        + sh.bubble(220, 150, 200, 80, mid, "right", 3, INK)
        + sh.heart(400, 90, 1),
    }[strand]
    return sh.svg(w, h, sh.backdrop(w, h, strand) + parts)


def home_hero() -> str:
    w, h = 560, 380
    crowd = (
        sh.kid(110, 330, 1, 1, 0, 0, "cheer")
        + sh.kid(220, 330, 1.05, 3, 3, 3, "stand", hair_style="puffs")
        + sh.kid(330, 330, 1.1, 0, 2, 5, "raise", hair_style="long")
        + sh.kid(445, 330, 1, 4, 1, 6, "wave", hair_style="cap")
    )
    sky = (
        sh.bubble(60, 40, 130, 50, "#1a5fb4", lines=2)
        + sh.heart(300, 60, 1.4, "#b4233c")
        + sh.star(420, 60, 1.2)
        + sh.sparkle(240, 110)
    )
    return sh.svg(w, h, sh.backdrop(w, h, "family") + sky + crowd)


def finish_art() -> str:
    w, h = 360, 300
    confetti = "".join(
        f'<rect x="{x}" y="{y}" width="12" height="6" rx="2" fill="{col}" transform="rotate({r} {x} {y})"/>'
        for x, y, r, col in (
            (40, 50, 20, "#b4233c"),
            (300, 40, -30, "#1a5fb4"),
            (80, 130, 60, "#2d7433"),
            (290, 140, 10, "#7a3f9d"),
            (180, 30, -15, "#a34700"),
            (330, 220, 40, "#00716d"),
        )
    )
    return sh.svg(
        w,
        h,
        sh.backdrop(w, h, "family")
        + confetti
        + sh.star(110, 90, 1.8)
        + sh.kid(210, 270, 1.1, 2, 0, 3, "cheer"),
    )


def outputs() -> dict[Path, str]:
    files = {LESSON_ART / f"{name}.svg": draw() for name, draw in LESSONS.items()}
    files |= {FAMILY_ART / f"{name}.svg": draw() for name, draw in FAMILY.items()}
    files |= {path: draw() for path, draw in DIAGRAMS.items()}
    files |= choices.outputs(CHOICE_ART)
    files |= {
        STATIC_ART / "strands" / f"{slug}.svg": strand_art(slug)
        for slug in STRAND
        if slug != "family"
    }
    files[STATIC_ART / "home.svg"] = home_hero()
    files[STATIC_ART / "finish.svg"] = finish_art()
    return files


def main() -> int:
    total = 0
    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        total += len(text.encode())
        print(f"{len(text.encode()):>6} bytes  {path.relative_to(ROOT)}")
    print(f"{total:>6} bytes in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
