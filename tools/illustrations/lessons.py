# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""One scene per lesson: lessons_content/images/lessons/<strand>/<slug>.svg.

Each scene is the strand's backdrop plus a few parts from shapes.py; the lesson's `::: image`
block holds the alt text describing it.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.illustrations import shapes as sh
from tools.illustrations.shapes import INK, STRAND, SUN, WHITE

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


LESSONS: dict[str, Callable[[], str]] = {
    # Cyberbullying and being an upstander
    f"{CB}/beyond-the-bystander": lambda: scene(
        CB,
        sh.kid(170, 340, 1.15, 2, 0, 1, "raise"),
        sh.kid(300, 340, 1.05, 0, 2, 4, mood="worried", hair_style="long"),
        sh.kid(440, 340, 1.1, 4, 3, 6, "wave", hair_style="puffs"),
        sh.shield(555, 120, 1.1, c(CB), "heart"),
        sh.sparkle(520, 200, 1),
    ),
    f"{CB}/group-chats-and-the-bystander-effect": lambda: scene(
        CB,
        sh.phone(
            320,
            200,
            2.4,
            WHITE,
            sh.bubble(4, 6, 40, 22, c(CB), lines=1)
            + sh.bubble(8, 34, 38, 22, "#8794a5", "right", 1)
            + sh.bubble(4, 62, 40, 20, c(CB, 2), lines=1),
        ),
        sh.kid(140, 340, 1, 1, 1, 2, mood="worried"),
        sh.kid(500, 340, 1, 3, 0, 3, "hold", hair_style="cap"),
    ),
    f"{CB}/kind-clicks-unkind-clicks": lambda: scene(
        CB,
        sh.laptop(250, 230, 1.6, body=sh.heart(53, 33, 1.2)),
        sh.kid(470, 340, 1.2, 0, 2, 3, "wave", hair_style="puffs"),
        sh.check(110, 110, 1.3),
        sh.cross(110, 190, 1.1, "#8794a5"),
    ),
    f"{CB}/nobody-left-out": lambda: scene(
        CB,
        sh.kid(140, 340, 1.1, 1, 0, 0),
        sh.kid(250, 340, 1.1, 3, 3, 2, "wave", hair_style="puffs"),
        sh.kid(360, 340, 1.1, 0, 2, 4, hair_style="long"),
        sh.kid(480, 340, 1.1, 4, 1, 6, "cheer"),
        sh.heart(310, 90, 1.6),
        sh.sparkle(200, 90),
        sh.sparkle(420, 80),
    ),
    f"{CB}/small-brave-steps": lambda: scene(
        CB,
        '<path d="M120 340 h90 v-50 h90 v-50 h90 v-50 h90" fill="none" stroke="#b4233c" stroke-width="14" stroke-linejoin="round" opacity=".55"/>',
        sh.kid(420, 190, 0.9, 2, 0, 1, "raise"),
        sh.footprint(160, 320, 0.6, c(CB)),
        sh.footprint(250, 270, 0.6, c(CB)),
        sh.footprint(340, 220, 0.6, c(CB)),
        sh.star(540, 90, 1.4),
    ),
    # Digital footprint
    f"{DF}/real-people-fake-pictures": lambda: scene(
        DF,
        sh.photo(110, 110, 150, 120),
        sh.photo(380, 110, 150, 120, "#f3c9a8"),
        sh.magnifier(455, 180, 1.2),
        sh.sparkle(330, 120, 1.3, c(DF)),
        sh.sparkle(340, 200, 0.8, c(DF)),
        sh.kid(320, 340, 0.8, 1, 4, 0, mood="worried"),
    ),
    f"{DF}/sand-or-cement-footprints": lambda: scene(
        DF,
        '<rect x="60" y="240" width="250" height="90" rx="18" fill="#f2d59b"/><rect x="340" y="240" width="240" height="90" rx="18" fill="#b8bec7"/>',
        sh.footprint(130, 290, 0.9, "#d8b06a", -20),
        sh.footprint(210, 280, 0.9, "#d8b06a", 15),
        sh.footprint(420, 290, 0.9, "#5f6b78", -20),
        sh.footprint(500, 280, 0.9, "#5f6b78", 15),
        sh.sparkle(150, 150, 1.2, SUN),
        sh.padlock(460, 150, 1, c(DF)),
    ),
    f"{DF}/synthetic-media-and-consent": lambda: scene(
        DF,
        sh.photo(90, 100, 160, 130, "#f3c9a8"),
        sh.mask(170, 165, 1, c(DF)),
        sh.shield(420, 160, 1.8, c(DF), "check"),
        sh.kid(540, 340, 0.9, 3, 0, 6, "raise"),
    ),
    f"{DF}/the-trail-apps-remember": lambda: scene(
        DF,
        '<path d="M90 320 C200 250 160 160 300 170 S420 80 540 110" fill="none" stroke="#a34700" stroke-width="8" stroke-dasharray="4 18" stroke-linecap="round"/>',
        sh.phone(90, 250, 1.2, WHITE, sh.pin(25, 40, 0.7)),
        sh.pin(300, 150, 1.1),
        sh.pin(540, 90, 1.1, c(DF)),
        sh.eye(420, 280, 1),
    ),
    f"{DF}/what-stays-online": lambda: scene(
        DF,
        sh.cloud(320, 120, 2, WHITE),
        sh.photo(260, 70, 60, 45),
        sh.paper(340, 70, 45, 50, 3),
        sh.footprint(150, 290, 0.8, c(DF), -15),
        sh.footprint(220, 250, 0.8, c(DF), 10),
        sh.kid(470, 340, 1.1, 2, 1, 7, "hold", hair_style="puffs"),
    ),
    f"{DF}/your-searchable-self": lambda: scene(
        DF,
        sh.laptop(
            250,
            210,
            1.8,
            body=sh.magnifier(30, 28, 0.45)
            + '<rect x="60" y="16" width="40" height="6" rx="3" fill="#a34700"/><rect x="60" y="30" width="34" height="5" rx="2" fill="#8794a5"/><rect x="60" y="42" width="30" height="5" rx="2" fill="#8794a5"/>',
        ),
        sh.kid(500, 340, 1.2, 4, 3, 6, hair_style="short"),
    ),
    # Etiquette and communication
    f"{EC}/consent-to-share": lambda: scene(
        EC,
        sh.phone(
            200, 200, 2.2, WHITE, sh.photo(5, 10, 40, 32) + sh.bubble(4, 52, 42, 24, c(EC), lines=1)
        ),
        sh.kid(420, 340, 1.1, 1, 0, 3, "raise"),
        sh.check(520, 110, 1.3),
    ),
    f"{EC}/disagree-without-destroying": lambda: scene(
        EC,
        sh.bubble(70, 70, 200, 80, c(EC), lines=3),
        sh.bubble(370, 110, 200, 80, c(EC, 2), "right", 3, INK),
        sh.kid(160, 340, 1, 0, 0, 6),
        sh.kid(480, 340, 1, 3, 2, 1, hair_style="long"),
        sh.heart(320, 250, 1.2),
    ),
    f"{EC}/emoji-mix-ups": lambda: scene(
        EC,
        sh.face_emoji(160, 130, 1.6, "laugh"),
        sh.face_emoji(320, 110, 1.6, "flat"),
        sh.face_emoji(480, 130, 1.6, "sad"),
        sh.kid(320, 340, 1, 2, 1, 6, "hold", mood="worried", hair_style="puffs"),
        sh.label(395, 230, "?", 64, c(EC), 800),
    ),
    f"{EC}/group-chat-manners": lambda: scene(
        EC,
        sh.bubble(90, 60, 170, 60, c(EC), lines=2),
        sh.bubble(380, 90, 170, 60, c(EC, 2), "right", 2, INK),
        sh.bubble(200, 170, 200, 60, "#8794a5", lines=2),
        sh.kid(120, 340, 0.9, 4, 3, 0),
        sh.kid(320, 340, 0.9, 1, 2, 2, "wave", hair_style="long"),
        sh.kid(520, 340, 0.9, 2, 0, 3),
    ),
    f"{EC}/messages-without-faces": lambda: scene(
        EC,
        sh.phone(
            230,
            190,
            2.2,
            WHITE,
            sh.bubble(4, 10, 42, 30, c(EC), lines=1) + sh.face_emoji(25, 64, 0.55, "smile"),
        ),
        sh.kid(440, 340, 1.25, 0, 1, 4, "wave", hair_style="short"),
        sh.label(500, 120, "?", 72, c(EC), 800),
    ),
    # Global citizenship
    f"{GC}/hello-neighbours-near-and-far": lambda: scene(
        GC,
        sh.globe(320, 150, 1.9),
        sh.kid(130, 340, 1.1, 1, 0, 2, "wave"),
        sh.kid(510, 340, 1.1, 4, 3, 7, "wave", hair_style="puffs"),
        sh.bubble(60, 40, 90, 40, c(GC), lines=1),
        sh.bubble(490, 40, 90, 40, c(GC, 2), "right", 1, INK),
    ),
    f"{GC}/one-message-many-readers": lambda: scene(
        GC,
        sh.bubble(240, 50, 160, 60, c(GC), lines=2),
        sh.kid(140, 340, 0.9, 0, 2, 1, hair_style="long"),
        sh.kid(260, 340, 0.9, 3, 3, 4, hair_style="puffs"),
        sh.kid(380, 340, 0.9, 2, 0, 6, "hold"),
        sh.kid(500, 340, 0.9, 4, 1, 3, hair_style="cap"),
        sh.arrow(320, 120, 150, 170, c(GC)),
        sh.arrow(320, 120, 500, 170, c(GC)),
    ),
    f"{GC}/players-from-everywhere": lambda: scene(
        GC,
        sh.controller(320, 120, 1.6),
        sh.kid(140, 340, 1, 3, 0, 0, "cheer"),
        sh.kid(320, 340, 1, 0, 2, 5, hair_style="long"),
        sh.kid(500, 340, 1, 4, 3, 2, "cheer", hair_style="cap"),
        sh.star(200, 70),
        sh.star(450, 60, 0.8),
    ),
    f"{GC}/postcards-from-our-town": lambda: scene(
        GC,
        '<rect x="80" y="70" width="260" height="170" rx="10" fill="#ffffff" stroke="#00716d" stroke-width="4"/>',
        sh.house(170, 200, 1, roof=c(GC)),
        sh.plant(270, 225, 0.8),
        '<rect x="300" y="85" width="28" height="34" fill="#f19aa9"/>',
        sh.envelope(470, 130, 1.3),
        sh.kid(490, 340, 1.05, 2, 1, 1, "hold"),
    ),
    f"{GC}/whose-internet": lambda: scene(
        GC,
        sh.globe(320, 180, 2.2),
        '<path d="M120 100 L320 180 L520 100 M100 280 L320 180 L540 290" stroke="#00716d" stroke-width="4" stroke-dasharray="2 10" stroke-linecap="round" fill="none"/>',
        sh.laptop(110, 110, 0.6),
        sh.phone(520, 100, 0.7),
        sh.phone(100, 280, 0.7),
        sh.laptop(540, 300, 0.6),
    ),
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
    # Lessons added later in the same strands.
    f"{CB}/hate-has-no-home-here": lambda: scene(
        CB,
        sh.house(320, 200, 2.2, roof=c(CB)),
        sh.heart(320, 150, 1.2, c(CB)),
        sh.kid(130, 340, 1, 4, 3, 6, "wave", hair_style="puffs"),
        sh.kid(510, 340, 1, 1, 0, 3, "raise"),
    ),
    f"{CB}/speaking-up-reporting-path": lambda: scene(
        CB,
        '<path d="M110 300 C200 300 220 180 320 180 S460 90 540 90" fill="none" stroke="#b4233c" stroke-width="8" stroke-dasharray="4 16" stroke-linecap="round"/>',
        sh.phone(110, 250, 1, WHITE, sh.bubble(4, 10, 42, 24, c(CB), lines=1)),
        sh.envelope(320, 180, 1.2),
        sh.shield(540, 90, 1.1, c(CB), "check"),
        sh.kid(420, 340, 0.9, 2, 1, 4, "raise", hair_style="long"),
    ),
    f"{CB}/telling-is-brave": lambda: scene(
        CB,
        sh.kid(240, 340, 1.1, 0, 2, 0, "raise", hair_style="puffs"),
        sh.grown_up(410, 340, 1, 3, 3, 6),
        sh.star(120, 110, 1.5),
        sh.heart(330, 90, 1.2, c(CB)),
    ),
    f"{DF}/my-private-treasure": lambda: scene(
        DF,
        chest(300, 230, 1.6),
        sh.sparkle(200, 130),
        sh.sparkle(410, 110, 1.2),
        sh.kid(500, 340, 1.2, 1, 0, 3, "hold", hair_style="short"),
    ),
    f"{DF}/photos-tell-secrets": lambda: scene(
        DF,
        sh.camera(140, 150, 1.3),
        sh.photo(250, 110, 140, 100),
        sh.pin(470, 130, 1.3),
        sh.eye(480, 260, 0.9),
        sh.arrow(390, 160, 450, 150, c(DF), 4),
    ),
    f"{EC}/good-game-respect": lambda: scene(
        EC,
        sh.controller(320, 110, 1.5),
        sh.bubble(80, 50, 130, 50, c(EC), lines=2),
        sh.heart(520, 80, 1.1),
        sh.kid(200, 340, 1, 3, 0, 2, "cheer"),
        sh.kid(440, 340, 1, 0, 4, 5, "wave", hair_style="cap"),
    ),
    f"{EC}/hello-on-the-screen": lambda: scene(
        EC,
        sh.laptop(250, 220, 1.8, body=sh.kid(53, 66, 0.35, 4, 3, 6, "wave", hair_style="puffs")),
        sh.kid(500, 340, 1.2, 1, 1, 2, "wave"),
    ),
    f"{EC}/our-kindness-campaign": lambda: scene(
        EC,
        '<rect x="200" y="50" width="240" height="150" rx="12" fill="#ffffff" stroke="#4b3fb0" stroke-width="5"/>',
        sh.heart(320, 125, 2.2, c(EC)),
        sh.kid(140, 340, 1, 2, 0, 0, "cheer"),
        sh.kid(320, 340, 1, 0, 2, 7, "stand", hair_style="long"),
        sh.kid(500, 340, 1, 4, 3, 3, "cheer", hair_style="puffs"),
    ),
    f"{GC}/build-something-good": lambda: scene(
        GC,
        sh.laptop(280, 200, 1.6, body=sh.star(53, 33, 1)),
        sh.plant(480, 250, 1.2),
        sh.kid(140, 340, 1, 3, 1, 6, "raise"),
        sh.sparkle(420, 90),
        sh.sparkle(470, 140, 0.7),
    ),
    f"{GC}/playgrounds-around-the-world": lambda: scene(
        GC,
        sh.globe(320, 130, 1.5),
        sh.kid(150, 340, 1.1, 0, 2, 1, "cheer", hair_style="long"),
        sh.kid(490, 340, 1.1, 4, 0, 2, "wave"),
        ball(320, 300, 1.2),
    ),
    f"{GC}/youth-voice-campaigns": lambda: scene(
        GC,
        megaphone(200, 130, 1.6, c(GC)),
        sh.bubble(330, 60, 200, 70, c(GC), lines=3),
        sh.kid(300, 340, 1, 2, 3, 4, "raise", hair_style="puffs"),
        sh.kid(460, 340, 1, 1, 0, 0, "cheer"),
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
