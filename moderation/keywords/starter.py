"""The starter keyword libraries shipped in ``moderation/libraries/`` (pure, no Django).

``manifest.yaml`` lists each library; the entries themselves are CSV files read by
``moderation.engine.load_entries``. The database is seeded from these files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from moderation.engine import Entry, load_entries

LIBRARIES_DIR = Path(__file__).resolve().parents[1] / "libraries"
MANIFEST = LIBRARIES_DIR / "manifest.yaml"


@dataclass(frozen=True, slots=True)
class StarterLibrary:
    name: str
    title: str
    version: int
    file: str
    description: str

    @property
    def path(self) -> Path:
        return LIBRARIES_DIR / self.file


def starter_libraries() -> list[StarterLibrary]:
    """The libraries ``manifest.yaml`` lists, in its order."""
    with open(MANIFEST, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return [
        StarterLibrary(
            name=item["name"],
            title=item["title"],
            version=int(item["version"]),
            file=item["file"],
            description=item["description"].strip(),
        )
        for item in data["libraries"]
    ]


def starter_library_paths() -> list[Path]:
    return [library.path for library in starter_libraries()]


def starter_entries() -> list[Entry]:
    """All entries of all starter libraries, library by library in manifest order."""
    entries: list[Entry] = []
    for library in starter_libraries():
        entries += load_entries(library.path)
    return entries
