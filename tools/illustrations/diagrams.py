# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""Teaching diagrams: pictures that explain a process better than a paragraph.

Each has words in it (a system font, so nothing is downloaded); the lesson's `::: image` alt
text says everything the diagram says, in the same order, for readers who cannot see it.
"""

from __future__ import annotations

from pathlib import Path

from tools.illustrations import shapes as sh
from tools.illustrations.shapes import INK, STRAND, WHITE

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "lessons_content" / "images" / "diagrams"
W, H = 800, 500


def text_lines(
    x: float,
    y: float,
    lines: list[str],
    size: int = 17,
    weight: int = 500,
    fill: str = INK,
    anchor: str = "start",
) -> str:
    return "".join(
        sh.label(x, y + i * (size + 6), line, size, fill, weight, anchor)
        for i, line in enumerate(lines)
    )


def next_arrow(x: float, y: float, colour: str) -> str:
    """A small arrow across the gap between two panels, drawn on top of both."""
    return f'<path d="M{x - 6} {y} h22 m-9 -9 l9 9 l-9 9" stroke="{colour}" stroke-width="5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>'


def panel(
    x: float, y: float, w: float, h: float, fill: str = WHITE, stroke: str = "#c5cdd6"
) -> str:
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="16" fill="{fill}" stroke="{stroke}" stroke-width="2"/>'


def photo_location() -> str:
    strong, soft, _ = STRAND["digital-footprint"]
    parts = [
        f'<rect width="{W}" height="{H}" rx="24" fill="{soft}"/>',
        sh.label(40, 52, "How a photo can give away where you are", 26, INK, 800),
    ]
    steps = [
        (["You take a photo"], ["on a phone with", "location on"]),
        (["Hidden data", "rides along"], ["the place, date", "and phone model"]),
        (["You post it"], ["the file carries", "its hidden data"]),
        (["Someone reads", "the place"], ["with a free tool", "and maps it"]),
    ]
    for i, (head, body) in enumerate(steps):
        x = 30 + i * 190
        parts.append(panel(x, 80, 172, 312))
        parts.append(sh.badge_number(x + 24, 106, i + 1, strong))
        parts.append(text_lines(x + 14, 290, head, 16, 800))
        parts.append(text_lines(x + 14, 290 + 22 * len(head) + 4, body, 14))
    parts += [next_arrow(30 + i * 190 + 172, 200, strong) for i in range(3)]
    parts.append(sh.camera(116, 200, 1.3))
    parts.append(sh.photo(250, 150, 110, 80))
    parts.append(
        '<rect x="244" y="236" width="122" height="40" rx="6" fill="#33415c"/>'
        + sh.label(252, 253, "GPS 51.50 N", 12, WHITE, 600)
        + sh.label(252, 269, "14:32 · Phone X", 12, WHITE, 600)
    )
    parts.append(sh.phone(500, 195, 1.3, WHITE, sh.photo(5, 10, 40, 30) + sh.heart(25, 64, 0.5)))
    parts.append(
        '<rect x="610" y="140" width="140" height="120" rx="8" fill="#e5f3e5"/><path d="M610 190 h140 M660 140 v120 M700 140 v120" stroke="#ffffff" stroke-width="8"/>'
    )
    parts.append(sh.pin(690, 190, 1.1))
    parts.append(panel(30, 406, 740, 76, WHITE, strong))
    parts.append(
        text_lines(
            50,
            438,
            [
                "Keep it private: switch off location for the camera app, and use",
                "\u201cshare without location\u201d or a screenshot before you post.",
            ],
            17,
            600,
        )
    )
    return sh.svg(W, H, "".join(parts))


def scam_message() -> str:
    strong, soft, _ = STRAND["online-safety"]
    red = STRAND["cyberbullying-upstander"][0]
    parts = [
        f'<rect width="{W}" height="{H}" rx="24" fill="{soft}"/>',
        sh.label(40, 50, "How a scam message is built", 26, INK, 800),
    ]
    # The message, on a big phone screen.
    parts.append(
        f'<rect x="40" y="72" width="330" height="410" rx="30" fill="{INK}"/><rect x="54" y="92" width="302" height="370" rx="16" fill="{WHITE}"/>'
    )
    parts.append(sh.label(70, 124, "From: Acc0unt-Support", 17, INK, 700))
    parts.append('<rect x="66" y="140" width="278" height="250" rx="14" fill="#eef2f8"/>')
    message = [
        ("URGENT: your account will be", 170),
        ("closed in 1 hour!", 192),
        ("Good news: you also won", 228),
        ("a free gift card.", 250),
        ("Tap: bit.ly/acct-fix-7q", 290),
        ("Reply with the 6-digit code", 330),
        ("we just sent you.", 352),
    ]
    parts += [
        sh.label(80, y, t, 16, strong if "bit.ly" in t else INK, 700 if "bit.ly" in t else 500)
        for t, y in message
    ]
    parts.append(f'<path d="M80 295 h178" stroke="{strong}" stroke-width="2"/>')
    for n, y in ((1, 118), (2, 180), (3, 238), (4, 285), (5, 340)):
        parts.append(sh.badge_number(356, y, n, red))
    notes = [
        (118, "A sender you don't know,", "or a look-alike name (0 for O)"),
        (180, "Pressure: a deadline so", "you act before you think"),
        (238, "A prize you never entered:", "too good to be true"),
        (300, "A link that hides where it", "really goes"),
        (362, "Asks for a code or password:", "real companies never do"),
    ]
    for y, first, second in notes:
        parts.append(panel(400, y - 24, 370, 54, WHITE, red))
        parts.append(text_lines(414, y - 2, [first, second], 16, 600))
    parts.append(
        text_lines(
            400,
            434,
            [
                "Spot the hook? Don't tap or reply.",
                "Show a trusted adult, then",
                "report the message and delete it.",
            ],
            16,
            800,
            strong,
        )
    )
    return sh.svg(W, H, "".join(parts))


def chatbot_answers() -> str:
    strong, soft, mid = STRAND["media-literacy"]
    parts = [
        f'<rect width="{W}" height="{H + 56}" rx="24" fill="{soft}"/>',
        sh.label(40, 50, "How a chatbot answers", 26, INK, 800),
    ]
    boxes = [
        (["1. You ask"], ["\u201cWhy is the sky", "blue?\u201d"]),
        (["2. It learned", "patterns"], ["from huge amounts", "of text people", "wrote"]),
        (["3. It guesses", "the next word"], ["the likeliest one,", "again and again"]),
        (["4. You check"], ["it can sound sure", "and still be wrong"]),
    ]
    for i, (head, body) in enumerate(boxes):
        x = 30 + i * 190
        parts.append(panel(x, 80, 172, 372))
        parts.append(text_lines(x + 12, 350, head, 16, 800))
        parts.append(text_lines(x + 12, 350 + 22 * len(head) + 4, body, 14))
    parts += [next_arrow(30 + i * 190 + 172, 230, strong) for i in range(3)]
    parts.append(
        sh.bubble(46, 120, 140, 56, strong, lines=2)
        + sh.kid(116, 320, 0.85, 1, 0, 6, "hold", "open")
    )
    parts.append(
        sh.paper(236, 110, 70, 80, 4)
        + sh.paper(270, 130, 70, 80, 4)
        + sh.paper(250, 160, 70, 80, 4)
        + sh.robot(300, 300, 0.5, accent=mid)
    )
    # Next-word guesses as bars: longer bar, likelier word.
    parts.append(sh.label(432, 128, "The sky is ...", 16, INK, 700))
    for j, (word, width) in enumerate((("blue", 96), ("clear", 48), ("falling", 16))):
        y = 150 + j * 46
        parts.append(
            f'<rect x="432" y="{y}" width="{width}" height="26" rx="6" fill="{strong if j == 0 else mid}"/>'
        )
        parts.append(sh.label(436 + width + 6, y + 19, word, 16, INK, 700 if j == 0 else 500))
    parts.append(sh.label(432, 312, "likeliest word wins", 14, INK, 600))
    parts.append(sh.magnifier(660, 190, 1.1) + sh.check(700, 290, 0.9))
    parts.append(panel(30, 464, 740, 70, WHITE, strong))
    parts.append(
        text_lines(
            48,
            492,
            [
                "A chatbot does not look facts up or know things:",
                "check what it says in a trusted source.",
            ],
            16,
            600,
        )
    )
    return sh.svg(W, H + 56, "".join(parts))


DIAGRAMS = {
    OUT / "photo-location.svg": photo_location,
    OUT / "scam-message.svg": scam_message,
    OUT / "chatbot-answers.svg": chatbot_answers,
}
