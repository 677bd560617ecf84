# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""What every lesson scene is made of: the canvas, the strand's colours and a few props."""

from __future__ import annotations

from tools.illustrations import shapes as sh
from tools.illustrations.shapes import INK, STRAND

W, H = 640, 400


def scene(strand: str, *parts: str) -> str:
    return sh.svg(W, H, sh.backdrop(W, H, strand) + "".join(parts))


def c(strand: str, i: int = 0) -> str:
    return STRAND[strand][i]


GC, MW, OS, CB = (
    "global-citizenship",
    "mindfulness-wellbeing",
    "online-safety",
    "cyberbullying-upstander",
)
DF, ML, RR, EC = (
    "digital-footprint",
    "media-literacy",
    "rights-responsibilities",
    "etiquette-communication",
)


def chest(x: float, y: float, s: float = 1) -> str:
    """A small treasure box with a padlock: private things kept safe."""
    return sh.g(
        x,
        y,
        s,
        '<rect x="-60" y="-20" width="120" height="70" rx="8" fill="#a0522d"/><path d="M-60 -20 q60 -50 120 0z" fill="#c0643a"/><rect x="-60" y="-6" width="120" height="8" fill="#ffbf47"/>',
    ) + sh.padlock(x, y + 14 * s, 0.6 * s, "#ffbf47")


def timer(x: float, y: float, s: float = 1, fill: str = "#ffffff") -> str:
    return sh.g(
        x,
        y,
        s,
        f'<rect x="-10" y="-62" width="20" height="12" rx="4" fill="{INK}"/><circle r="50" fill="{fill}" stroke="{INK}" stroke-width="8"/><path d="M0 0 V-32 M0 0 L22 14" stroke="{INK}" stroke-width="6" stroke-linecap="round"/>',
    )


def megaphone(x: float, y: float, s: float = 1, fill: str = "#b4233c") -> str:
    return sh.g(
        x,
        y,
        s,
        f'<path d="M-40 -14 L20 -40 V40 L-40 14z" fill="{fill}"/><rect x="-56" y="-16" width="18" height="32" rx="6" fill="{INK}"/><path d="M34 -20 q14 20 0 40 M46 -32 q24 32 0 64" stroke="{fill}" stroke-width="5" fill="none" stroke-linecap="round"/>',
    )


def coin(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x, y, s, '<circle r="22" fill="#ffbf47" stroke="#a34700" stroke-width="4"/>'
    ) + sh.label(x, y + 9 * s, "$", int(26 * s), "#a34700", 800, "middle")


def ball(x: float, y: float, s: float = 1, fill: str = "#e0445e") -> str:
    return sh.g(
        x,
        y,
        s,
        f'<circle r="22" fill="{fill}"/><path d="M-22 0 q22 -12 44 0 M0 -22 q-10 22 0 44" stroke="#ffffff" stroke-width="3" fill="none"/>',
    )
