# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""The drawing kit of Upstander's illustrations: flat, friendly shapes as SVG strings.

Every picture in the product is composed from these parts by tools/illustrations/draw.py, so
the people, devices and props look like one family across strands, lessons and guides. Each
function returns SVG markup for a part drawn around (x, y) at scale `s`; nothing here is
traced or downloaded.
"""

from __future__ import annotations

from html import escape

# The product palette (the light-mode strand colours of site.css) plus warm, friendly neutrals.
STRAND = {
    "global-citizenship": ("#00716d", "#e0f3f1", "#7fd1c9"),
    "mindfulness-wellbeing": ("#7a3f9d", "#f3e9f8", "#c9a3e0"),
    "online-safety": ("#1a5fb4", "#e3edfa", "#8fb8ec"),
    "cyberbullying-upstander": ("#b4233c", "#fbe8eb", "#f19aa9"),
    "digital-footprint": ("#a34700", "#fcecdf", "#f2b27c"),
    "media-literacy": ("#6f5c00", "#f6f0d2", "#e3cb5a"),
    "rights-responsibilities": ("#2d7433", "#e5f3e5", "#93cf96"),
    "etiquette-communication": ("#4b3fb0", "#ebe9fa", "#aea6f0"),
    "family": ("#0b5cad", "#fff4e0", "#ffbf47"),
}
INK = "#1b1f24"
WHITE = "#ffffff"
SUN = "#ffbf47"
SKIN = ("#f6d3b3", "#e0a77a", "#b97a4f", "#8a5635", "#5e3a22")
HAIR = ("#2b1d14", "#6b3e1f", "#d9a441", "#1b1f24", "#a0522d")
SHIRT = ("#1a5fb4", "#b4233c", "#2d7433", "#7a3f9d", "#a34700", "#00716d", "#4b3fb0", "#e8a33d")


def svg(width: int, height: int, body: str, title: str = "") -> str:
    """A whole picture. No title element: the alt text lives with the page that shows it."""
    del title
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">{body}</svg>\n'
    )


def backdrop(w: int, h: int, strand: str) -> str:
    """A rounded tinted card with two soft blobs and a ground line."""
    strong, soft, mid = STRAND[strand]
    return (
        f'<rect width="{w}" height="{h}" rx="28" fill="{soft}"/>'
        f'<circle cx="{w * 0.82:.0f}" cy="{h * 0.22:.0f}" r="{h * 0.28:.0f}" fill="{mid}" opacity=".35"/>'
        f'<circle cx="{w * 0.1:.0f}" cy="{h * 0.85:.0f}" r="{h * 0.22:.0f}" fill="{mid}" opacity=".3"/>'
        f'<rect x="{w * 0.06:.0f}" y="{h * 0.86:.0f}" width="{w * 0.88:.0f}" height="6" rx="3" fill="{strong}" opacity=".25"/>'
    )


def g(x: float, y: float, s: float, body: str) -> str:
    return f'<g transform="translate({x:.1f} {y:.1f}) scale({s:.2f})">{body}</g>'


def kid(
    x: float,
    y: float,
    s: float = 1,
    skin: int = 0,
    hair: int = 0,
    shirt: int = 0,
    pose: str = "stand",
    mood: str = "smile",
    hair_style: str = "short",
) -> str:
    """A child about 150 units tall at s=1, feet at (x, y). pose: stand, wave, raise, hold."""
    sk, hr, sh = SKIN[skin % 5], HAIR[hair % 5], SHIRT[shirt % 8]
    arms = {
        "stand": "M-22 -70 L-30 -30 M22 -70 L30 -30",
        "wave": "M-22 -70 L-30 -30 M22 -70 L44 -112",
        "raise": "M-22 -70 L-30 -30 M22 -72 L26 -128",
        "hold": "M-22 -70 L-6 -52 M22 -70 L6 -52",
        "cheer": "M-22 -72 L-42 -118 M22 -72 L42 -118",
    }[pose]
    mouth = {
        "smile": '<path d="M-8 -114 q8 8 16 0" stroke="{ink}" stroke-width="3" fill="none" stroke-linecap="round"/>',
        "worried": '<path d="M-7 -110 q7 -6 14 0" stroke="{ink}" stroke-width="3" fill="none" stroke-linecap="round"/>',
        "open": '<ellipse cx="0" cy="-112" rx="6" ry="5" fill="{ink}"/>',
        "calm": '<path d="M-6 -113 h12" stroke="{ink}" stroke-width="3" stroke-linecap="round"/>',
    }[mood].format(ink=INK)
    eyes = (
        '<path d="M-13 -126 q4 -4 8 0 M5 -126 q4 -4 8 0" stroke="#1b1f24" stroke-width="3" fill="none" stroke-linecap="round"/>'
        if mood == "calm"
        else '<circle cx="-9" cy="-126" r="3.2" fill="#1b1f24"/><circle cx="9" cy="-126" r="3.2" fill="#1b1f24"/>'
    )
    hair_shape = {
        "short": f'<path d="M-27 -126 q0 -32 27 -32 q27 0 27 32 q-10 -14 -27 -14 q-17 0 -27 14z" fill="{hr}"/>',
        "long": f'<path d="M-29 -90 q-6 -70 29 -70 q35 0 29 70 l-10 0 q2 -36 -19 -46 q-21 10 -19 46z" fill="{hr}"/>',
        "puffs": f'<circle cx="-26" cy="-150" r="13" fill="{hr}"/><circle cx="26" cy="-150" r="13" fill="{hr}"/><path d="M-26 -128 q0 -30 26 -30 q26 0 26 30 q-12 -12 -26 -12 q-14 0 -26 12z" fill="{hr}"/>',
        "cap": f'<path d="M-28 -134 q2 -26 28 -26 q26 0 28 26z" fill="{sh}"/><rect x="14" y="-138" width="26" height="7" rx="3" fill="{sh}"/>',
    }[hair_style]
    body = (
        f'<path d="{arms}" stroke="{sk}" stroke-width="11" stroke-linecap="round"/>'
        f'<rect x="-14" y="-30" width="11" height="30" rx="5" fill="#33415c"/>'
        f'<rect x="3" y="-30" width="11" height="30" rx="5" fill="#33415c"/>'
        f'<path d="M-24 -26 v-36 q0 -18 24 -18 q24 0 24 18 v36z" fill="{sh}"/>'
        f'<circle cx="0" cy="-122" r="26" fill="{sk}"/>'
        f"{hair_shape}{eyes}{mouth}"
        f'<circle cx="-16" cy="-115" r="4" fill="#f29b9b" opacity=".55"/><circle cx="16" cy="-115" r="4" fill="#f29b9b" opacity=".55"/>'
    )
    return g(x, y, s, body)


def grown_up(x: float, y: float, s: float = 1, skin: int = 1, hair: int = 1, shirt: int = 5) -> str:
    """A taller adult: a kid figure drawn a third bigger, arms open to listen."""
    return kid(x, y, s * 1.3, skin, hair, shirt, pose="hold", mood="smile", hair_style="long")


def phone(x: float, y: float, s: float = 1, screen: str = WHITE, body: str = "") -> str:
    """A phone 60x110 centred on (x, y); `body` is drawn on its screen (origin top-left)."""
    return g(
        x - 30 * s,
        y - 55 * s,
        s,
        f'<rect width="60" height="110" rx="10" fill="{INK}"/>'
        f'<rect x="5" y="9" width="50" height="88" rx="4" fill="{screen}"/>'
        f'<circle cx="30" cy="103" r="3" fill="#8794a5"/>{g(5, 9, 1, body)}',
    )


def bubble(
    x: float,
    y: float,
    w: float,
    h: float,
    fill: str,
    tail: str = "left",
    lines: int = 2,
    line_colour: str = WHITE,
) -> str:
    """A speech bubble with text-like lines (never real words: the picture stays language-free)."""
    tx = x + 18 if tail == "left" else x + w - 18
    d = f"M{tx - 8} {y + h} l{(-10 if tail == 'left' else 10)} 16 l18 -16z"
    rows = "".join(
        f'<rect x="{x + 14}" y="{y + 14 + i * 16}" width="{(w - 28) * (0.9 if i % 2 else 0.65):.0f}" height="8" rx="4" fill="{line_colour}" opacity=".9"/>'
        for i in range(lines)
    )
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="16" fill="{fill}"/><path d="{d}" fill="{fill}"/>{rows}'


def heart(x: float, y: float, s: float = 1, fill: str = "#e0445e") -> str:
    return g(x, y, s, f'<path d="M0 12 C-26 -6 -14 -26 0 -14 C14 -26 26 -6 0 12z" fill="{fill}"/>')


def star(x: float, y: float, s: float = 1, fill: str = SUN) -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M0 -20 L6 -6 L21 -6 L9 3 L13 18 L0 9 L-13 18 L-9 3 L-21 -6 L-6 -6z" fill="{fill}"/>',
    )


def sparkle(x: float, y: float, s: float = 1, fill: str = SUN) -> str:
    return g(
        x, y, s, f'<path d="M0 -14 Q2 -2 14 0 Q2 2 0 14 Q-2 2 -14 0 Q-2 -2 0 -14z" fill="{fill}"/>'
    )


def padlock(x: float, y: float, s: float = 1, fill: str = "#1a5fb4", open_: bool = False) -> str:
    shackle = "M-14 -6 v-14 a14 14 0 0 1 28 0" + (" v-6" if open_ else " v14")
    return g(
        x,
        y,
        s,
        f'<path d="{shackle}" stroke="#5f6b78" stroke-width="7" fill="none"/>'
        f'<rect x="-24" y="-6" width="48" height="40" rx="8" fill="{fill}"/>'
        f'<circle cx="0" cy="10" r="5" fill="{WHITE}"/><rect x="-2" y="10" width="4" height="12" fill="{WHITE}"/>',
    )


def key(x: float, y: float, s: float = 1, fill: str = SUN) -> str:
    return g(
        x,
        y,
        s,
        f'<circle cx="-26" cy="0" r="14" fill="none" stroke="{fill}" stroke-width="8"/>'
        f'<path d="M-12 0 H30 M18 0 v12 M28 0 v9" stroke="{fill}" stroke-width="8" stroke-linecap="round"/>',
    )


def shield(x: float, y: float, s: float = 1, fill: str = "#1a5fb4", mark: str = "check") -> str:
    inner = {
        "check": f'<path d="M-12 0 l8 9 l17 -19" stroke="{WHITE}" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
        "star": f'<path d="M0 -14 L4 -4 L14 -4 L6 2 L9 12 L0 6 L-9 12 L-6 2 L-14 -4 L-4 -4z" fill="{WHITE}"/>',
        "heart": '<path d="M0 10 C-18 -4 -10 -18 0 -9 C10 -18 18 -4 0 10z" fill="#ffffff"/>',
    }[mark]
    return g(
        x,
        y,
        s,
        f'<path d="M0 -36 L30 -26 V0 Q30 26 0 40 Q-30 26 -30 0 V-26z" fill="{fill}"/>{inner}',
    )


def globe(x: float, y: float, s: float = 1, sea: str = "#3d8fd6", land: str = "#5fb56a") -> str:
    return g(
        x,
        y,
        s,
        f'<circle r="40" fill="{sea}"/>'
        f'<path d="M-30 -18 q10 -14 24 -8 q8 10 -4 16 q-12 4 -8 16 q-10 2 -14 -8 q-6 -8 2 -16z" fill="{land}"/>'
        f'<path d="M8 -30 q16 -2 24 12 q6 14 -4 20 q-10 -4 -14 4 q-4 12 -14 8 q2 -14 8 -22 q-6 -12 0 -22z" fill="{land}"/>'
        f'<path d="M-40 0 h80 M0 -40 v80" stroke="{WHITE}" stroke-width="1.5" opacity=".5"/>'
        f'<ellipse rx="18" ry="40" fill="none" stroke="{WHITE}" stroke-width="1.5" opacity=".5"/>',
    )


def magnifier(x: float, y: float, s: float = 1, rim: str = INK) -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M20 20 L44 44" stroke="{rim}" stroke-width="12" stroke-linecap="round"/>'
        f'<circle r="28" fill="#dff1ff" stroke="{rim}" stroke-width="8"/>'
        f'<path d="M-14 -8 q4 -10 14 -12" stroke="{WHITE}" stroke-width="5" fill="none" stroke-linecap="round"/>',
    )


def paper(
    x: float, y: float, w: float = 90, h: float = 110, rows: int = 5, accent: str = "#5f6b78"
) -> str:
    lines = "".join(
        f'<rect x="{x + 12}" y="{y + 16 + i * 16}" width="{(w - 24) * (0.55 if i == 0 else (0.9 if i % 2 else 0.75)):.0f}" height="{8 if i == 0 else 6}" rx="3" fill="{accent if i == 0 else "#c5cdd6"}"/>'
        for i in range(rows)
    )
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="{WHITE}" stroke="#c5cdd6" stroke-width="2"/>{lines}'


def camera(x: float, y: float, s: float = 1, fill: str = "#33415c") -> str:
    return g(
        x,
        y,
        s,
        f'<rect x="-36" y="-22" width="72" height="50" rx="10" fill="{fill}"/><rect x="-14" y="-32" width="28" height="12" rx="4" fill="{fill}"/>'
        f'<circle cx="0" cy="3" r="16" fill="{WHITE}"/><circle cx="0" cy="3" r="9" fill="#3d8fd6"/><circle cx="24" cy="-12" r="4" fill="{SUN}"/>',
    )


def pin(x: float, y: float, s: float = 1, fill: str = "#e0445e") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M0 30 C-22 4 -22 -8 -22 -10 a22 22 0 0 1 44 0 c0 2 0 14 -22 40z" fill="{fill}"/><circle cy="-10" r="8" fill="{WHITE}"/>',
    )


def footprint(x: float, y: float, s: float = 1, fill: str = "#a34700", rotate: float = 0) -> str:
    toes = "".join(
        f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}"/>'
        for cx, cy, r in ((-10, -30, 5), (-2, -34, 5), (6, -33, 4.5), (12, -29, 4), (16, -23, 3.5))
    )
    return g(
        x,
        y,
        s,
        f'<g transform="rotate({rotate})"><ellipse cx="2" cy="0" rx="15" ry="24" fill="{fill}"/>{toes}</g>',
    )


def cloud(x: float, y: float, s: float = 1, fill: str = WHITE) -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M-40 10 a18 18 0 0 1 6 -34 a24 24 0 0 1 44 -8 a18 18 0 0 1 30 20 a14 14 0 0 1 -4 22z" fill="{fill}"/>',
    )


def bell(x: float, y: float, s: float = 1, fill: str = SUN) -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M-24 14 q6 -6 6 -24 a18 18 0 0 1 36 0 q0 18 6 24z" fill="{fill}"/><circle cy="20" r="6" fill="{fill}"/><path d="M-36 -16 q-6 10 0 22 M36 -16 q6 10 0 22" stroke="{fill}" stroke-width="4" fill="none" stroke-linecap="round"/>',
    )


def robot(x: float, y: float, s: float = 1, fill: str = "#8794a5", accent: str = "#3d8fd6") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M0 -62 v-12" stroke="{fill}" stroke-width="4"/><circle cy="-78" r="6" fill="{accent}"/>'
        f'<rect x="-32" y="-62" width="64" height="50" rx="12" fill="{fill}"/>'
        f'<circle cx="-13" cy="-38" r="7" fill="{WHITE}"/><circle cx="13" cy="-38" r="7" fill="{WHITE}"/>'
        f'<circle cx="-13" cy="-38" r="3" fill="{INK}"/><circle cx="13" cy="-38" r="3" fill="{INK}"/>'
        f'<rect x="-12" y="-24" width="24" height="5" rx="2" fill="{INK}"/>'
        f'<rect x="-26" y="-8" width="52" height="44" rx="10" fill="{fill}"/><circle cy="12" r="8" fill="{accent}"/>',
    )


def face_emoji(x: float, y: float, s: float = 1, kind: str = "smile") -> str:
    mouth = {
        "smile": '<path d="M-12 6 q12 12 24 0" stroke="#1b1f24" stroke-width="4" fill="none" stroke-linecap="round"/>',
        "sad": '<path d="M-12 14 q12 -10 24 0" stroke="#1b1f24" stroke-width="4" fill="none" stroke-linecap="round"/>',
        "laugh": '<path d="M-14 4 h28 q-2 16 -14 16 q-12 0 -14 -16z" fill="#1b1f24"/>',
        "flat": '<path d="M-12 10 h24" stroke="#1b1f24" stroke-width="4" stroke-linecap="round"/>',
    }[kind]
    return g(
        x,
        y,
        s,
        f'<circle r="26" fill="{SUN}"/><circle cx="-9" cy="-6" r="3.5" fill="{INK}"/><circle cx="9" cy="-6" r="3.5" fill="{INK}"/>{mouth}',
    )


def photo(x: float, y: float, w: float = 90, h: float = 70, sky: str = "#bfe0ff") -> str:
    return (
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{WHITE}" stroke="#c5cdd6" stroke-width="2"/>'
        f'<rect x="{x + 6}" y="{y + 6}" width="{w - 12}" height="{h - 12}" rx="3" fill="{sky}"/>'
        f'<path d="M{x + 6} {y + h - 6} l{w * 0.3:.0f} {-h * 0.4:.0f} l{w * 0.2:.0f} {h * 0.22:.0f} l{w * 0.15:.0f} {-h * 0.12:.0f} l{w * 0.22:.0f} {h * 0.3:.0f}z" fill="#5fb56a"/>'
        f'<circle cx="{x + w * 0.75:.0f}" cy="{y + h * 0.3:.0f}" r="{h * 0.1:.0f}" fill="{SUN}"/>'
    )


def arrow(x1: float, y1: float, x2: float, y2: float, colour: str = INK, width: float = 5) -> str:
    """A curved arrow from (x1, y1) to (x2, y2) with a round head."""
    mx, my = (x1 + x2) / 2, min(y1, y2) - 30
    return (
        f'<path d="M{x1} {y1} Q{mx} {my} {x2} {y2}" stroke="{colour}" stroke-width="{width}" fill="none" stroke-linecap="round" stroke-dasharray="2 12"/>'
        f'<circle cx="{x2}" cy="{y2}" r="{width + 2}" fill="{colour}"/>'
    )


def label(
    x: float,
    y: float,
    text: str,
    size: int = 18,
    fill: str = INK,
    weight: int = 700,
    anchor: str = "start",
) -> str:
    """Words on a diagram: a system font stack, never a downloaded font."""
    return (
        f'<text x="{x}" y="{y}" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" '
        f'font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{escape(text)}</text>'
    )


def badge_number(x: float, y: float, n: int, fill: str = INK) -> str:
    return f'<circle cx="{x}" cy="{y}" r="15" fill="{fill}"/>' + label(
        x, y + 6, str(n), 17, WHITE, 800, "middle"
    )


def laptop(x: float, y: float, s: float = 1, screen: str = "#dff1ff", body: str = "") -> str:
    return g(
        x - 70 * s,
        y - 50 * s,
        s,
        f'<rect x="10" y="0" width="120" height="80" rx="8" fill="{INK}"/><rect x="17" y="7" width="106" height="66" rx="3" fill="{screen}"/>'
        f'<path d="M0 84 h140 l-10 14 h-120z" fill="#8794a5"/>{g(17, 7, 1, body)}',
    )


def controller(x: float, y: float, s: float = 1, fill: str = "#33415c") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M-44 -16 q-20 0 -22 30 q-2 22 14 22 q10 0 18 -14 h68 q8 14 18 14 q16 0 14 -22 q-2 -30 -22 -30z" fill="{fill}"/>'
        f'<path d="M-36 -2 h16 M-28 -10 v16" stroke="{WHITE}" stroke-width="5" stroke-linecap="round"/>'
        f'<circle cx="26" cy="-6" r="5" fill="{SUN}"/><circle cx="38" cy="4" r="5" fill="#e0445e"/>',
    )


def house(x: float, y: float, s: float = 1, wall: str = "#ffe2b8", roof: str = "#b4233c") -> str:
    return g(
        x,
        y,
        s,
        f'<rect x="-40" y="-40" width="80" height="60" fill="{wall}"/><path d="M-50 -38 L0 -78 L50 -38z" fill="{roof}"/><rect x="-10" y="-6" width="20" height="26" fill="#6b3e1f"/><rect x="16" y="-28" width="16" height="14" fill="#bfe0ff"/>',
    )


def envelope(x: float, y: float, s: float = 1, fill: str = WHITE, line: str = "#5f6b78") -> str:
    return g(
        x,
        y,
        s,
        f'<rect x="-36" y="-24" width="72" height="48" rx="6" fill="{fill}" stroke="{line}" stroke-width="3"/><path d="M-34 -20 L0 6 L34 -20" stroke="{line}" stroke-width="3" fill="none"/>',
    )


def toggle(x: float, y: float, s: float = 1, on: bool = True, fill: str = "#2d7433") -> str:
    knob = 18 if on else -18
    track = fill if on else "#8794a5"
    return g(
        x,
        y,
        s,
        f'<rect x="-36" y="-18" width="72" height="36" rx="18" fill="{track}"/><circle cx="{knob}" cy="0" r="14" fill="{WHITE}"/>',
    )


def check(x: float, y: float, s: float = 1, fill: str = "#2d7433") -> str:
    return g(
        x,
        y,
        s,
        f'<circle r="20" fill="{fill}"/><path d="M-9 0 l6 7 l12 -13" stroke="{WHITE}" stroke-width="5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    )


def cross(x: float, y: float, s: float = 1, fill: str = "#b4233c") -> str:
    return g(
        x,
        y,
        s,
        f'<circle r="20" fill="{fill}"/><path d="M-8 -8 l16 16 M8 -8 l-16 16" stroke="{WHITE}" stroke-width="5" stroke-linecap="round"/>',
    )


def plant(x: float, y: float, s: float = 1, leaf: str = "#5fb56a", pot: str = "#c0643a") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M0 -10 q-30 -10 -34 -40 q30 4 34 40z M0 -10 q30 -14 30 -46 q-30 6 -30 46z" fill="{leaf}"/><path d="M0 -8 v-40" stroke="{leaf}" stroke-width="4"/><path d="M-20 -10 h40 l-6 30 h-28z" fill="{pot}"/>',
    )


def chain(x: float, y: float, s: float = 1, colour: str = "#5f6b78") -> str:
    return g(
        x,
        y,
        s,
        f'<rect x="-36" y="-12" width="40" height="24" rx="12" fill="none" stroke="{colour}" stroke-width="7"/><rect x="-4" y="-12" width="40" height="24" rx="12" fill="none" stroke="{colour}" stroke-width="7"/>',
    )


def book(x: float, y: float, s: float = 1, fill: str = "#2d7433") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M-44 -28 q22 -10 44 0 v56 q-22 -10 -44 0z" fill="{fill}"/><path d="M44 -28 q-22 -10 -44 0 v56 q22 -10 44 0z" fill="{fill}" opacity=".8"/><path d="M-36 -14 q14 -6 28 0 M-36 -2 q14 -6 28 0 M8 -14 q14 -6 28 0 M8 -2 q14 -6 28 0" stroke="#ffffff" stroke-width="3" fill="none" opacity=".8"/>',
    )


def scales(x: float, y: float, s: float = 1, colour: str = "#2d7433") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M0 -50 v90 M-30 40 h60 M-46 -36 h92" stroke="{colour}" stroke-width="6" stroke-linecap="round"/><path d="M-46 -36 l-16 34 h32z M46 -36 l-16 34 h32z" fill="{colour}" opacity=".85"/><circle cy="-52" r="7" fill="{colour}"/>',
    )


def moon(x: float, y: float, s: float = 1, fill: str = "#e6cf6a") -> str:
    return g(x, y, s, f'<path d="M10 -30 a32 32 0 1 0 20 52 a26 26 0 1 1 -20 -52z" fill="{fill}"/>')


def eye(x: float, y: float, s: float = 1, iris: str = "#1a5fb4") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M-40 0 Q0 -34 40 0 Q0 34 -40 0z" fill="{WHITE}" stroke="{INK}" stroke-width="4"/><circle r="13" fill="{iris}"/><circle r="5" fill="{INK}"/>',
    )


def mask(x: float, y: float, s: float = 1, fill: str = "#7a3f9d") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M-40 -14 q40 -14 80 0 q0 30 -20 30 q-12 0 -20 -12 q-8 12 -20 12 q-20 0 -20 -30z" fill="{fill}"/><ellipse cx="-18" cy="-2" rx="8" ry="6" fill="#ffffff"/><ellipse cx="18" cy="-2" rx="8" ry="6" fill="#ffffff"/>',
    )


def hook(x: float, y: float, s: float = 1, colour: str = "#5f6b78") -> str:
    return g(
        x,
        y,
        s,
        f'<path d="M0 -50 v60 a16 16 0 0 1 -32 0 l-8 6" stroke="{colour}" stroke-width="7" fill="none" stroke-linecap="round"/><circle cy="-54" r="7" fill="none" stroke="{colour}" stroke-width="5"/>',
    )
