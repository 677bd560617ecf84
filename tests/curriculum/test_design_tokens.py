"""Every colour pair the design system uses is readable (WCAG 2.2 AA), in light and dark mode.

The pairs are read from the tokens in the stylesheet itself, so changing a colour in
upstander/static/css/site.css without keeping its contrast fails here, before anyone squints.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lessons_content.format import parse_strands as load_strands

SITE_CSS = Path(__file__).resolve().parents[2] / "upstander" / "static" / "css" / "site.css"
CONTENT = Path(__file__).resolve().parents[2] / "lessons_content"
TEXT = 4.5  # body text, AA
EDGE = 3.0  # borders, focus rings, bars and other non-text marks (WCAG 1.4.11)

# (foreground, background, minimum): text on the surfaces it is drawn on, then edges.
PAIRS = [
    *[(fg, bg, TEXT) for fg in ("ink", "muted", "brand") for bg in ("bg", "surface", "soft")],
    ("brand", "brand-soft", TEXT),
    ("ink", "brand-soft", TEXT),
    ("on-brand", "brand", TEXT),
    ("ink", "danger-soft", TEXT),
    ("danger", "danger-soft", TEXT),
    *[(fg, bg, TEXT) for fg in ("warn", "safe", "danger") for bg in ("bg", "surface", "soft")],
    *[(fg, bg, EDGE) for fg in ("line-strong", "focus") for bg in ("bg", "surface", "soft")],
    ("focus", "brand-soft", EDGE),
    *[(fg, "family-soft", TEXT) for fg in ("ink", "muted", "brand")],  # family page banners
]


def strand_pairs(slug: str) -> list[tuple[str, str, float]]:
    strand, soft = f"s-{slug}", f"s-{slug}-soft"
    return [
        (strand, "bg", TEXT),  # a strand's name in its colour on the page
        (strand, "surface", TEXT),  # on a card
        (strand, soft, TEXT),  # a strand chip, a badge
        ("ink", soft, TEXT),  # a banner's text on the strand's tint
        ("muted", soft, TEXT),
        ("brand", soft, TEXT),  # a link inside a banner
        ("focus", soft, EDGE),
    ]


def tokens(css: str, dark: bool) -> dict[str, str]:
    """The custom properties of :root, with the dark-mode block's on top when asked."""
    light = re.search(r":root\s*\{(.*?)\n\}", css, re.S)
    values = dict(re.findall(r"--([\w-]+):\s*([^;]+);", light.group(1)))
    if dark:
        block = re.search(r"prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{(.*?)\}", css, re.S)
        values |= dict(re.findall(r"--([\w-]+):\s*([^;]+);", block.group(1)))
    return values


def luminance(hex_colour: str) -> float:
    digits = hex_colour.strip().lstrip("#")
    assert len(digits) == 6, f"{hex_colour!r}: write token colours as #rrggbb"
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_gives_the_known_extremes():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_every_strand_of_the_curriculum_has_a_colour_and_a_tint_in_both_schemes():
    css = SITE_CSS.read_text()
    for dark in (False, True):
        values = tokens(css, dark)
        for strand in load_strands(CONTENT / "strands.yaml"):
            assert f"s-{strand.slug}" in values, strand.slug
            assert f"s-{strand.slug}-soft" in values, strand.slug
            assert f".strand--{strand.slug} " in css, f"no .strand--{strand.slug} class"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_colour_pair_meets_wcag_aa(scheme):
    values = tokens(SITE_CSS.read_text(), dark=scheme == "dark")
    slugs = [s.slug for s in load_strands(CONTENT / "strands.yaml")]
    failures = []
    for fg, bg, minimum in PAIRS + [p for slug in slugs for p in strand_pairs(slug)]:
        ratio = contrast(values[fg], values[bg])
        if ratio < minimum:
            failures.append(f"--{fg} on --{bg}: {ratio:.2f}:1, needs {minimum}:1")
    assert not failures, f"{scheme} mode:\n" + "\n".join(failures)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_two_strand_colours_are_near_twins(scheme):
    """Neighbouring strands on one page should not look alike: every two strand colours stand at
    least 30 apart in RGB (the icons and names carry the meaning too; this keeps colour helpful)."""
    values = tokens(SITE_CSS.read_text(), dark=scheme == "dark")
    strands = {k: v for k, v in values.items() if k.startswith("s-") and not k.endswith("-soft")}

    def rgb(hex_colour: str) -> tuple[int, ...]:
        digits = hex_colour.lstrip("#")
        return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))

    names = sorted(strands)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            distance = (
                sum((x - y) ** 2 for x, y in zip(rgb(strands[a]), rgb(strands[b]), strict=True))
                ** 0.5
            )
            assert distance >= 30, f"--{a} and --{b} are {distance:.0f} apart"
