"""What a lesson's or guide's `::: image` block must be: a picture file inside the content
folder, in a format browsers show, with alt text that says what the picture shows.

Pure Python, no Django: `format.parse_curriculum` calls `image_problem` for every image block,
so `load_lessons --check` refuses a missing file or a missing description with the file and
line, before anything is written. Whether a lesson must have an image at all is not decided
here (lessons without one still load).
"""

from __future__ import annotations

from pathlib import Path

IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif")
MIN_ALT_WORDS = 2
# Screen readers already announce "image": alt text that starts like this wastes the listener's
# time, and alt text that is only a word or a file name tells them nothing.
EMPTY_OPENINGS = ("image of", "picture of", "photo of", "an image", "a picture", "illustration of")


def alt_problem(alt: str) -> str | None:
    """What is wrong with an image's alt text, or None."""
    words = alt.split()
    if not words:
        return "an image needs alt text under it: a sentence saying what the picture shows"
    lowered = " ".join(words).casefold()
    if lowered.endswith(IMAGE_SUFFIXES) or len(words) < MIN_ALT_WORDS:
        return f"the alt text {alt.strip()!r} does not say what the picture shows"
    if lowered.startswith(EMPTY_OPENINGS):
        return (
            f"the alt text {alt.strip()!r} starts with words screen readers already say; "
            "start with what the picture shows"
        )
    return None


def path_problem(root: Path, path: str) -> str | None:
    """What is wrong with a picture's path (relative to `root`), or None."""
    target = (root / path).resolve()
    if not target.is_relative_to(root.resolve()):
        return "an image path must stay inside the content folder"
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        return f"image file {path!r} must be one of {', '.join(IMAGE_SUFFIXES)}"
    if not target.is_file():
        return f"image file {path!r} does not exist"
    return None


def image_problem(root: Path, path: str, alt: str) -> str | None:
    """What is wrong with one `::: image` block (its path relative to `root`), or None."""
    return path_problem(root, path) or alt_problem(alt)
