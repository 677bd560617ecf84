"""The design gallery's README (docs/design/README.md) names every illustration in the image
folders, with where each is shown, and every screenshot it shows is there: after a new picture,
`tools/design_gallery.py --readme-only` writes the list again."""

import re
from pathlib import Path

from tools import design_gallery

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "docs" / "design" / "README.md"


def test_the_readme_lists_every_illustration_as_the_tool_would_write_it():
    text = README.read_text(encoding="utf-8")
    listed = text[text.index("## The illustrations") :]
    for line in design_gallery.illustrations():
        assert line in listed, f"{line[:80]} ... (run tools/design_gallery.py --readme-only)"
    pictures = [
        *(ROOT / "lessons_content" / "images").rglob("*.svg"),
        *(ROOT / "upstander" / "static" / "img").rglob("*.svg"),
    ]
    for svg in pictures:
        assert f"`{svg.name}`" in listed or f"`{svg.relative_to(ROOT)}`" in listed, svg.name


def test_every_pair_it_shows_is_in_the_gallery_and_small():
    text = README.read_text(encoding="utf-8")
    shown = re.findall(r'src="(gallery/[^"]+\.webp)"', text)
    assert len(shown) == 2 * 2 * len(design_gallery.SHOTS)  # before and after, two widths
    sizes = [(README.parent / path).stat().st_size for path in shown]
    assert sum(sizes) < 3_000_000
