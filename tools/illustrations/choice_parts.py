# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""Small parts for the K-2 quiz choice pictures (choices.py), in the kit's style (shapes.py).

Each returns SVG markup drawn around (x, y) at scale `s`. Nothing here is traced or downloaded.
"""

from __future__ import annotations

from tools.illustrations import shapes as sh
from tools.illustrations.shapes import INK, SUN, WHITE

W, H = 240, 180
GREY = "#8794a5"
RED = "#e0445e"


def card(*parts: str) -> str:
    """A whole choice picture: one calm backdrop for every choice, so no colour hints at the
    right answer."""
    back = (
        f'<rect width="{W}" height="{H}" rx="22" fill="#eef3f9"/>'
        f'<circle cx="200" cy="36" r="44" fill="#dbe6f3"/>'
        f'<rect x="16" y="166" width="208" height="5" rx="2.5" fill="#c5d3e3"/>'
    )
    return sh.svg(W, H, back + "".join(parts))


def ask(
    x: float, y: float, w: float = 60, h: float = 48, fill: str = "#1a5fb4", mark: str = "?"
) -> str:
    """A speech bubble holding one sign (?, !, ...), never words."""
    return sh.bubble(x, y, w, h, fill, lines=0) + sh.label(
        x + w / 2, y + h * 0.72, mark, int(h * 0.62), WHITE, 800, "middle"
    )


def face(x: float, y: float, s: float = 1, kind: str = "smile", fill: str = SUN) -> str:
    """A round face: the kit's smile/sad/laugh/flat plus cross, calm and sleepy."""
    if kind in ("smile", "sad", "laugh", "flat") and fill == SUN:
        return sh.face_emoji(x, y, s, kind)
    eyes = {
        "cross": '<path d="M-15 -14 l10 5 M15 -14 l-10 5" stroke="#1b1f24" stroke-width="4" stroke-linecap="round"/><circle cx="-9" cy="-4" r="3.5" fill="#1b1f24"/><circle cx="9" cy="-4" r="3.5" fill="#1b1f24"/>',
        "calm": '<path d="M-14 -5 q5 -5 10 0 M4 -5 q5 -5 10 0" stroke="#1b1f24" stroke-width="3.5" fill="none" stroke-linecap="round"/>',
        "sleepy": '<path d="M-14 -5 h10 M4 -5 h10" stroke="#1b1f24" stroke-width="3.5" stroke-linecap="round"/>',
    }.get(
        kind,
        '<circle cx="-9" cy="-6" r="3.5" fill="#1b1f24"/><circle cx="9" cy="-6" r="3.5" fill="#1b1f24"/>',
    )
    mouth = {
        "cross": '<path d="M-11 14 q11 -9 22 0" stroke="#1b1f24" stroke-width="4" fill="none" stroke-linecap="round"/>',
        "calm": '<path d="M-9 8 q9 7 18 0" stroke="#1b1f24" stroke-width="3.5" fill="none" stroke-linecap="round"/>',
        "sleepy": '<ellipse cx="0" cy="10" rx="5" ry="6" fill="#1b1f24"/>',
        "smile": '<path d="M-12 6 q12 12 24 0" stroke="#1b1f24" stroke-width="4" fill="none" stroke-linecap="round"/>',
        "sad": '<path d="M-12 14 q12 -10 24 0" stroke="#1b1f24" stroke-width="4" fill="none" stroke-linecap="round"/>',
    }.get(kind, '<path d="M-12 10 h24" stroke="#1b1f24" stroke-width="4" stroke-linecap="round"/>')
    return sh.g(x, y, s, f'<circle r="26" fill="{fill}"/>{eyes}{mouth}')


def tablet(x: float, y: float, s: float = 1, screen: str = "#dff1ff", body: str = "") -> str:
    """A tablet 110x80 centred on (x, y); `body` is drawn on its screen (origin top-left)."""
    return sh.g(
        x - 55 * s,
        y - 40 * s,
        s,
        f'<rect width="110" height="80" rx="10" fill="{INK}"/><rect x="8" y="7" width="94" height="66" rx="4" fill="{screen}"/>{sh.g(8, 7, 1, body)}',
    )


def gift(x: float, y: float, s: float = 1, fill: str = "#b4233c") -> str:
    return sh.g(
        x,
        y,
        s,
        f'<rect x="-30" y="-14" width="60" height="44" rx="4" fill="{fill}"/><rect x="-34" y="-26" width="68" height="14" rx="4" fill="{fill}"/>'
        f'<rect x="-5" y="-26" width="10" height="56" fill="{SUN}"/><path d="M0 -26 q-22 -22 -22 -6 q0 6 22 6 q22 0 22 -6 q0 -16 -22 6z" fill="{SUN}"/>',
    )


def dog(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        '<ellipse cx="0" cy="-30" rx="42" ry="22" fill="#c0843a"/><rect x="-34" y="-16" width="10" height="30" rx="5" fill="#c0843a"/><rect x="22" y="-16" width="10" height="30" rx="5" fill="#c0843a"/>'
        '<path d="M-40 -36 q-18 -10 -14 -24" stroke="#c0843a" stroke-width="8" fill="none" stroke-linecap="round"/>'
        '<circle cx="40" cy="-56" r="22" fill="#c0843a"/><ellipse cx="30" cy="-66" rx="8" ry="16" fill="#6b3e1f" transform="rotate(20 30 -66)"/>'
        '<circle cx="46" cy="-60" r="3.5" fill="#1b1f24"/><ellipse cx="60" cy="-50" rx="6" ry="4.5" fill="#1b1f24"/>',
    )


def hopscotch(x: float, y: float, s: float = 1) -> str:
    boxes = "".join(
        f'<rect x="{bx}" y="{by}" width="34" height="30" fill="none" stroke="{WHITE}" stroke-width="4"/>'
        for bx, by in ((-17, 0), (-17, -30), (-34, -60), (0, -60), (-17, -90))
    )
    return sh.g(
        x, y, s, f'<rect x="-50" y="-100" width="100" height="140" rx="8" fill="#8794a5"/>{boxes}'
    )


def apple(x: float, y: float, s: float = 1, fill: str = "#d9363e") -> str:
    return sh.g(
        x,
        y,
        s,
        f'<path d="M0 -18 q-30 -14 -30 14 q0 30 30 30 q30 0 30 -30 q0 -28 -30 -14z" fill="{fill}"/><path d="M0 -18 q2 -12 10 -16" stroke="#6b3e1f" stroke-width="4" fill="none"/><path d="M4 -26 q14 -10 20 0 q-12 6 -20 0z" fill="#5fb56a"/>',
    )


def banana(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        f'<path d="M-30 -10 q30 40 64 -6 q-4 -4 -8 -2 q-26 28 -52 2z" fill="{SUN}" stroke="#a37a00" stroke-width="2"/>',
    )


def note(x: float, y: float, s: float = 1, fill: str = INK) -> str:
    return sh.g(
        x,
        y,
        s,
        f'<ellipse cx="-6" cy="16" rx="10" ry="8" fill="{fill}"/><path d="M3 16 V-20 q10 4 16 14" stroke="{fill}" stroke-width="4" fill="none"/>',
    )


def lunchbox(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        '<rect x="-44" y="-26" width="88" height="52" rx="10" fill="#e8a33d"/><rect x="-36" y="-18" width="34" height="36" rx="6" fill="#fff4e0"/><rect x="2" y="-18" width="34" height="36" rx="6" fill="#fff4e0"/>'
        '<circle cx="-26" cy="-4" r="6" fill="#5fb56a"/><circle cx="-14" cy="6" r="7" fill="#d9363e"/><path d="M8 8 q12 -22 24 0z" fill="#c0643a"/><circle cx="20" cy="-8" r="5" fill="#ffffff" stroke="#c5cdd6"/>',
    )


def teddy(x: float, y: float, s: float = 1) -> str:
    fur = "#a0522d"
    return sh.g(
        x,
        y,
        s,
        f'<circle cx="-18" cy="-58" r="10" fill="{fur}"/><circle cx="18" cy="-58" r="10" fill="{fur}"/><circle cy="-42" r="24" fill="{fur}"/>'
        f'<ellipse cy="0" rx="28" ry="26" fill="{fur}"/><ellipse cy="-36" rx="10" ry="8" fill="#e0b48a"/><circle cx="-8" cy="-48" r="3" fill="{INK}"/><circle cx="8" cy="-48" r="3" fill="{INK}"/><circle cy="-38" r="3" fill="{INK}"/>',
    )


def taps(x: float, y: float, s: float = 1, colour: str = RED) -> str:
    """A fingertip touching a screen, with rings for the tap."""
    return sh.g(
        x,
        y,
        s,
        f'<circle r="10" fill="none" stroke="{colour}" stroke-width="3"/><circle r="20" fill="none" stroke="{colour}" stroke-width="3" opacity=".6"/>'
        '<path d="M0 0 l14 22 q4 8 12 6 l14 -6 q6 -4 2 -12 l-10 -16 q-4 -6 -10 -2 l-2 2 q-4 -6 -10 -2 q-4 -6 -10 -2z" fill="#f6d3b3" stroke="#1b1f24" stroke-width="2"/>',
    )


def price_tag(x: float, y: float, s: float = 1, fill: str = "#2d7433") -> str:
    return sh.g(
        x,
        y,
        s,
        f'<path d="M-30 -16 h40 l20 16 l-20 16 h-40z" fill="{fill}"/><circle cx="14" cy="0" r="4" fill="{WHITE}"/>',
    ) + sh.label(x - 10 * s, y + 7 * s, "$", int(20 * s), WHITE, 800, "middle")


def ship(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        '<path d="M-50 0 h100 l-16 24 h-68z" fill="#6b3e1f"/><path d="M0 0 V-70" stroke="#6b3e1f" stroke-width="5"/><path d="M4 -66 q30 14 0 56z" fill="#ffffff" stroke="#c5cdd6"/><path d="M-4 -60 q-30 14 0 50z" fill="#ffffff" stroke="#c5cdd6"/><rect x="0" y="-80" width="22" height="12" fill="#1b1f24"/>'
        '<path d="M-60 30 q10 -8 20 0 q10 8 20 0 q10 -8 20 0 q10 8 20 0 q10 -8 20 0 q10 8 20 0" stroke="#3d8fd6" stroke-width="5" fill="none"/>',
    )


def bank_card(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        '<rect x="-40" y="-26" width="80" height="52" rx="8" fill="#1a5fb4"/><rect x="-40" y="-14" width="80" height="10" fill="#1b1f24"/><rect x="-30" y="6" width="16" height="12" rx="2" fill="#ffbf47"/><rect x="0" y="10" width="30" height="5" rx="2" fill="#ffffff"/>',
    )


def ear(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        '<path d="M-14 20 q-8 -10 -8 -24 a22 22 0 0 1 44 0 q0 14 -12 22 q-8 6 -8 16 q0 10 -10 10 q-8 0 -10 -8" fill="#e0a77a"/><path d="M-6 -4 a10 10 0 0 1 18 0 q0 8 -8 12" stroke="#b97a4f" stroke-width="4" fill="none"/>',
    )


def slash(x: float, y: float, r: float = 30, colour: str = RED) -> str:
    return f'<circle cx="{x}" cy="{y}" r="{r}" fill="none" stroke="{colour}" stroke-width="6"/><path d="M{x - r * 0.7:.0f} {y - r * 0.7:.0f} L{x + r * 0.7:.0f} {y + r * 0.7:.0f}" stroke="{colour}" stroke-width="6"/>'


def speed(x: float, y: float, colour: str = GREY) -> str:
    """Three lines that say 'fast'."""
    return "".join(
        f'<path d="M{x} {y + i * 14} h{-26 + i * 6}" stroke="{colour}" stroke-width="5" stroke-linecap="round"/>'
        for i in range(3)
    )


def name_tag(x: float, y: float, s: float = 1, fill: str = "#b4233c") -> str:
    return sh.g(
        x,
        y,
        s,
        f'<rect x="-40" y="-26" width="80" height="52" rx="8" fill="{fill}"/><rect x="-34" y="-6" width="68" height="26" rx="4" fill="{WHITE}"/><rect x="-26" y="4" width="40" height="6" rx="3" fill="#5f6b78"/>',
    )


def stranger(x: float, y: float, s: float = 1) -> str:
    """Someone we cannot see: a grey outline with a question mark for a face."""
    return sh.g(
        x,
        y,
        s,
        f'<circle cy="-60" r="24" fill="{GREY}"/><path d="M-32 0 v-14 q0 -22 32 -22 q32 0 32 22 v14z" fill="{GREY}"/>',
    ) + sh.label(x, y - 50 * s, "?", int(30 * s), WHITE, 800, "middle")


def speaker(x: float, y: float, s: float = 1, waves: int = 1, fill: str = "#33415c") -> str:
    rings = "".join(
        f'<path d="M{22 + i * 12} {-14 - i * 8} q{12 + i * 4} {14 + i * 8} 0 {28 + i * 16}" stroke="{fill}" stroke-width="5" fill="none" stroke-linecap="round"/>'
        for i in range(waves)
    )
    return sh.g(
        x, y, s, f'<path d="M-24 -12 h14 l22 -20 v64 l-22 -20 h-14z" fill="{fill}"/>{rings}'
    )


def hand_up(x: float, y: float, s: float = 1) -> str:
    """An open palm: 'stop'."""
    fingers = "".join(
        f'<rect x="{fx}" y="{fy}" width="11" height="{fh}" rx="5.5" fill="#e0a77a"/>'
        for fx, fy, fh in ((-22, -38, 34), (-9, -46, 40), (4, -44, 38), (17, -36, 30))
    )
    return sh.g(
        x,
        y,
        s,
        f'{fingers}<rect x="-22" y="-16" width="50" height="40" rx="14" fill="#e0a77a"/><path d="M-22 4 l-12 -14" stroke="#e0a77a" stroke-width="11" stroke-linecap="round"/>',
    )


def water_tap(x: float, y: float, s: float = 1) -> str:
    drops = "".join(
        f'<path d="M{dx} {dy} q-6 10 0 14 q6 -4 0 -14z" fill="#3d8fd6"/>'
        for dx, dy in ((30, 10), (26, 34), (36, 30))
    )
    return sh.g(
        x,
        y,
        s,
        f'<path d="M-40 -30 h60 q14 0 14 14 v16 h-16 v-10 h-58z" fill="#8794a5"/><rect x="-14" y="-44" width="20" height="14" rx="4" fill="#5f6b78"/>{drops}',
    )


def crown(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        f'<path d="M-24 12 L-28 -14 L-12 0 L0 -20 L12 0 L28 -14 L24 12z" fill="{SUN}" stroke="#a37a00" stroke-width="2"/>',
    )


def hang_up(x: float, y: float, s: float = 1) -> str:
    return sh.g(
        x,
        y,
        s,
        '<circle r="26" fill="#d9363e"/><path d="M-16 4 q16 -14 32 0 l-4 6 l-7 -3 v-5 q-5 -2 -10 0 v5 l-7 3z" fill="#ffffff"/>',
    )


def phone_bubbles(x: float, y: float, s: float, fill: str = "#1a5fb4", extra: str = "") -> str:
    """A phone showing a short chat: a bubble in `fill`, a grey reply."""
    return sh.phone(
        x,
        y,
        s,
        WHITE,
        sh.bubble(4, 8, 40, 22, fill, lines=1) + sh.bubble(8, 40, 38, 20, GREY, "right", 1) + extra,
    )
