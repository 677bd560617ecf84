"""Turn teacher directions written as callouts into teacher-only blocks.

    .venv/bin/python tools/convert_teacher_callouts.py [--title "Preparing the activity"] [FILE ...]

Before the `::: teacher` block existed, lessons wrote teacher directions as
`::: callout note For teachers`, which students saw in the LMS. This rewrites the opening line
of every such callout and leaves every other line of the file as it was (byte for byte), so a
review of the change is a list of one-line edits. Re-running it changes nothing.

A callout is converted when its title is a teacher title ("For teachers", "Teacher note"; see
lessons_content/teacher_only.py), in which case the block takes the default title, or when its
title is one given with --title (text addressed to the teacher under another heading, found by
reading the lessons), in which case the title is kept. Without FILE arguments, every lesson under
lessons_content/lessons/ is read; family pages are never touched (they have no teacher view).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lessons_content.teacher_only import is_teacher_title  # noqa: E402

LESSONS = ROOT / "lessons_content" / "lessons"
CALLOUT = re.compile(r"^(?P<indent>\s*):::\s+callout\s+\S+(?:\s+(?P<title>.*?))?\s*$")


def converted_line(line: str, extra_titles: set[str]) -> str | None:
    """The `::: teacher` line a callout opener becomes, or None to leave it."""
    match = CALLOUT.match(line)
    if match is None:
        return None
    title = match["title"] or ""
    if is_teacher_title(title):
        return f"{match['indent']}::: teacher"
    if title.casefold() in extra_titles:
        return f"{match['indent']}::: teacher {title}"
    return None


def convert_text(text: str, extra_titles: set[str]) -> tuple[str, int]:
    lines = text.split("\n")
    count = 0
    for i, line in enumerate(lines):
        if (new := converted_line(line, extra_titles)) is not None:
            lines[i] = new
            count += 1
    return "\n".join(lines), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument(
        "--title",
        action="append",
        default=[],
        help="also convert callouts with exactly this title (kept as the note's title)",
    )
    parser.add_argument("--dry-run", action="store_true", help="list, change nothing")
    args = parser.parse_args(argv)
    extra = {t.casefold() for t in args.title}
    files = args.files or sorted(LESSONS.rglob("*.md"))
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        new_text, count = convert_text(text, extra)
        if count:
            total += count
            print(f"{path}: {count} callout(s) -> ::: teacher")
            if not args.dry_run:
                path.write_text(new_text, encoding="utf-8")
    print(f"{total} callout(s) {'would be ' if args.dry_run else ''}converted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
