"""Regenerate ``moderation/scanning/confusables_data.py``, the Latin-target confusables table.

Source: Unicode's ``confusables.txt`` (UTS #39, security/latest), as shipped in the PyPI
package ``confusable-homoglyphs==3.3.1`` (MIT licence) as
``confusable_homoglyphs/confusables.json``. That package generated the file from unicode.org
in January 2024 (Unicode 15.1). This machine reaches PyPI but not unicode.org, so we read the
package's copy; it is needed only here, never at run time.

The JSON lists, for every character in a confusables.txt line, the other side of that line
(source -> prototype and prototype -> source). We keep the lines whose source is one
non-ASCII character and whose prototype is ASCII letters or digits, because those are the
lookalikes a student can use to dodge a Latin keyword (Cyrillic ``а``, Greek ``ο``, Cherokee
``Ꭺ``...), and add the small forms of capital lookalikes (``к`` beside ``К``). ASCII sources
are left out on purpose: confusables.txt maps ``I``, ``1`` and ``|`` to ``l`` and ``0`` to
``O``, which would turn ordinary English into nonsense; leetspeak is handled by
``moderation.scanning.normalize`` with its own context rules. Characters that NFKC, case folding and
accent stripping already bring to the same letter are left out to keep the table short.

Usage::

    .venv/bin/python -m moderation.tools.build_confusables            # downloads the wheel
    .venv/bin/python -m moderation.tools.build_confusables path/to/confusables.json
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

PACKAGE = "confusable-homoglyphs==3.3.1"
OUTPUT = Path(__file__).resolve().parent.parent / "scanning" / "confusables_data.py"


def _download_json() -> dict[str, list[dict[str, str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp, PACKAGE],
            check=True,
        )
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            return json.loads(archive.read("confusable_homoglyphs/confusables.json"))


def _basic_fold(char: str) -> str:
    """What NFKC, case folding and accent stripping already do without the table."""
    folded = unicodedata.normalize("NFKC", char).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def latin_targets(data: dict[str, list[dict[str, str]]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for source, others in data.items():
        if len(source) != 1 or source.isascii():
            continue
        prototypes = [o["c"] for o in others if o["c"].isascii() and o["c"].isalnum()]
        if not prototypes:
            continue
        target = prototypes[0].lower()
        # confusables.txt folds capital I onto l; once text is case-folded an I-lookalike
        # capital reads as i ("ΚΙLL" is "kill"), so keep it on i.
        if target == "l" and unicodedata.category(source) == "Lu":
            target = "i"
        if _basic_fold(source) != target:
            table[source] = target
    # confusables.txt lists Cyrillic capital К as a lookalike of K but says nothing of its
    # small form к, which is what case folding turns it into; keep the pair together.
    for source, target in list(table.items()):
        small = source.lower()
        if small != source and len(small) == 1 and small not in table and not small.isascii():
            if _basic_fold(small) != target:
                table[small] = target
    return dict(sorted(table.items()))


def render(table: dict[str, str]) -> str:
    lines = [
        '"""Unicode confusables whose prototype is Latin letters or digits (generated).',
        "",
        "Do not edit: run ``python -m moderation.tools.build_confusables``. Source: Unicode",
        f"confusables.txt (UTS #39) as shipped in the PyPI package {PACKAGE}.",
        '"""',
        "",
        "CONFUSABLES: dict[str, str] = {",
    ]
    for source, target in table.items():
        name = unicodedata.name(source, f"U+{ord(source):04X}")
        lines.append(f"    {ascii(source)}: {target!r},  # {name}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    if argv:
        data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    else:
        data = _download_json()
    table = latin_targets(data)
    OUTPUT.write_text(render(table), encoding="utf-8")
    print(f"wrote {len(table)} confusables to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
