"""Clean text the precision benchmark reads: prose nobody wrote to trip a keyword library.

Each source is text this machine already has, or text written for the project, cut into
sentences as a student might quote them:

- the project's own lessons, family pages and docs;
- docstrings of a fixed set of Python standard library modules;
- the licence texts Debian ships in ``/usr/share/common-licenses`` (GPL, Apache, ...);
- package descriptions from Debian's package lists (``apt-cache dumpavail``, else the installed
  packages in ``/var/lib/dpkg/status``), a fixed sample of the packages by a hash of their
  names, so the figure moves only when Debian's descriptions do;
- real sentences from Debian packages when they are installed (``debian_prose``): WordNet's
  dictionary example sentences (``wordnet-base``), and fortune cookies, everyday quips and
  quotations in English (``fortunes``, ``fortunes-min``) and Spanish (``fortunes-es``, never
  its offensive section), and the literary quotations of the GNU Collaborative International
  Dictionary of English (``dict-gcide``: ``gcide_quotations``); each cut into a development
  half and a held-back half by a hash of the sentence (``halves``);
- sentences we wrote about history, news, sport, cooking, science, health and school life
  (``data/everyday_sentences.txt``), full of violence, weapon and drug words in neutral senses,
  and dictionary-style sentences around the innocent senses of library words
  (``data/dictionary_sentences.txt``).

A source that is missing on this machine is an empty list, reported as such (a Debian
source names the package to install). No text of these packages is kept in the repository.
"""

from __future__ import annotations

import ast
import gzip
import re
import subprocess
import sysconfig
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
LICENCES = Path("/usr/share/common-licenses")
DPKG_STATUS = Path("/var/lib/dpkg/status")
WORDNET = Path("/usr/share/wordnet")
FORTUNES = Path("/usr/share/games/fortunes")
FORTUNES_ES = FORTUNES / "es"
GCIDE = Path("/usr/share/dictd/gcide.dict.dz")
# One package in this many (by a CRC of its name) is read from Debian's lists: some thousands
# of descriptions, a second or two of scanning.
DEBIAN_SAMPLE = 5
# The standard library modules whose docstrings are read: ordinary prose, a fixed set so the
# figure does not move with what else is installed.
_STDLIB_MODULES = (
    "argparse collections/__init__ csv datetime decimal email/message fractions functools "
    "inspect logging/__init__ pathlib shutil statistics string subprocess textwrap threading "
    "unittest/case urllib/request zipfile calendar configparser difflib gettext heapq "
    "json/__init__ random smtplib tarfile tempfile typing uuid"
).split()
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z¿¡\"'])")
# Lines that are code or markup (":meth:", ">>>", "a[k]", URLs): no student writes them.
_CODE = re.compile(r"[:`]\w+:|>>>|\bdef |[\[\]{}=<>]|\w\(|\)\s*-|://|\w/\w")
_MARKDOWN = re.compile(r"[*_#>`|]+|\[([^\]]*)\]\([^)]*\)|^\s*[-+]\s+|^:::.*$", re.MULTILINE)


def sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` (paragraphs split on blank lines), three words or more."""
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(_MARKDOWN.sub(r"\1", paragraph).split())
        for sentence in _SENTENCE_END.split(flat):
            if len(sentence.split()) >= 3:
                yield sentence


def _without_front_matter(text: str) -> str:
    if text.startswith("---"):
        parts = text.split("\n---", 1)
        if len(parts) == 2:
            return parts[1]
    return text


def project_sentences() -> list[str]:
    """The project's own lessons, family pages and docs, a sentence at a time."""
    files = sorted((ROOT / "lessons_content").rglob("*.md")) + sorted((ROOT / "docs").glob("*.md"))
    found: list[str] = []
    for path in files:
        if path.name == "README.md":
            continue
        found += sentences(_without_front_matter(path.read_text(encoding="utf-8")))
    return found


def stdlib_sentences() -> list[str]:
    """Docstrings of a fixed set of standard library modules, a sentence at a time."""
    base = Path(sysconfig.get_paths()["stdlib"])
    found: list[str] = []
    for name in _STDLIB_MODULES:
        path = base / f"{name}.py"
        if not path.exists():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef):
                doc = ast.get_docstring(node)
                if doc:
                    found += [s for s in sentences(doc) if not _CODE.search(s)]
    return found


def licence_sentences(folder: Path = LICENCES) -> list[str]:
    """The licence texts Debian ships, each file once (GPL is a link to GPL-3)."""
    if not folder.is_dir():
        return []
    seen: set[Path] = set()
    found: list[str] = []
    for path in sorted(folder.iterdir()):
        real = path.resolve()
        if real in seen or not real.is_file():
            continue
        seen.add(real)
        text = real.read_text(encoding="utf-8", errors="replace")
        found += [s for s in sentences(text) if not _CODE.search(s)]
    return found


def _package_lists() -> list[str]:
    """Debian's package lists: every package apt knows (its one-line summaries; the long texts
    are in translation files most machines lack), and the installed ones (with long texts)."""
    lists = []
    try:
        lists.append(
            subprocess.run(
                ["apt-cache", "dumpavail"], capture_output=True, text=True, timeout=60, check=False
            ).stdout
        )
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        lists.append(DPKG_STATUS.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        pass
    return lists


def package_descriptions(listing: str, sample: int = DEBIAN_SAMPLE) -> list[str]:
    """The descriptions (summary, then long text if the list has it) of one package in
    ``sample`` (by a CRC of its name) of a Debian package list."""
    found: list[str] = []
    for stanza in listing.split("\n\n"):
        name = ""
        description: list[str] = []
        lines = stanza.splitlines()
        for index, line in enumerate(lines):
            if line.startswith("Package: "):
                name = line[9:].strip()
            elif line.startswith("Description: "):
                description = [line[13:].strip() + "."]
                for more in lines[index + 1 :]:
                    if not more.startswith(" "):
                        break
                    description.append("" if more.strip() == "." else more.strip())
        if name and description and zlib.crc32(name.encode()) % sample == 0:
            found.append("\n".join(description))
    return found


def debian_sentences() -> list[str]:
    """Sentences of a fixed sample of Debian's package descriptions, each once."""
    found: dict[str, None] = {}
    for listing in _package_lists():
        for description in package_descriptions(listing):
            summary, _, body = description.partition("\n")
            for sentence in [summary, *sentences(body)]:
                if len(sentence.split()) >= 3 and not _CODE.search(sentence):
                    found[sentence] = None
    return list(found)


# WordNet's glosses end with example sentences in double quotes: '...; "he killed time"'.
_WORDNET_EXAMPLE = re.compile(r'"([^"]+)"')
_WORDNET_PARTS = ("noun", "verb", "adj", "adv")
# A fortune cookie's attribution line ("\t\t-- Mark Twain") and the separator between cookies.
_ATTRIBUTION = re.compile(r"^\s*(?:--|—)", re.MULTILINE)
_COOKIE_END = re.compile(r"^%\s*$", re.MULTILINE)
# Fortune files that are pictures made of characters, not prose.
_NOT_PROSE = frozenset({"ascii-art"})


def wordnet_sentences(folder: Path = WORDNET) -> list[str]:
    """WordNet's example sentences (Debian's ``wordnet-base``), each once: real dictionary
    examples, full of the neutral senses of kill, shoot, bomb and die."""
    found: dict[str, None] = {}
    for part in _WORDNET_PARTS:
        path = folder / f"data.{part}"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="latin-1").splitlines():
            _, bar, gloss = line.partition(" | ")
            if line.startswith(" ") or not bar:
                continue  # the licence at the top of each file
            for example in _WORDNET_EXAMPLE.findall(gloss):
                example = " ".join(example.split())
                if len(example.split()) >= 3 and not _CODE.search(example):
                    found[example] = None
    return list(found)


def cookies(text: str) -> Iterator[str]:
    """The sentences of a fortune file: cookies split at '%' lines, attributions left out."""
    for cookie in _COOKIE_END.split(text):
        body = _ATTRIBUTION.split(cookie, 1)[0]
        yield from sentences(" ".join(body.split()))


def fortune_sentences(folder: Path) -> list[str]:
    """The sentences of the fortune files right inside ``folder`` (never a sub-folder such as
    ``off``, the offensive section), each once; empty if the package is not installed."""
    if not folder.is_dir():
        return []
    found: dict[str, None] = {}
    for path in sorted(folder.iterdir()):
        if (
            path.is_symlink()
            or not path.is_file()
            or path.suffix in (".dat", ".u8", ".fortunes-pre")
            or path.name in _NOT_PROSE
        ):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for sentence in cookies(text):
            if not _CODE.search(sentence):
                found[sentence] = None
    return list(found)


# GCIDE's quotations: a block indented ten spaces or more that ends with its author
# ("--Shak.", "-- Milton."), or a quote in a gloss followed by one:
# '"Magic I here abjure." --Shak.'
_QUOTATION_INDENT = " " * 10
_AUTHOR = re.compile(r"\s--\s?[A-Z]")
_QUOTE_IN_GLOSS = re.compile(r'"([^"]{8,400})"\s*--\s?[A-Z]')
# Cross-references in braces ("{Renounce}") read as plain words.
_BRACES = str.maketrans("", "", "{}")


def _quotation(text: str) -> str:
    return " ".join(text.translate(_BRACES).split())


def gcide_quotations(path: Path = GCIDE) -> list[str]:
    """The literary quotations GCIDE (Debian's ``dict-gcide``) gives as examples of each sense,
    each once: Shakespeare, Milton, the Bible, Macaulay... full of swords, slaying, poison and
    death in their plain senses. Empty if the package is not installed."""
    if not path.is_file():
        return []
    text = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    found: dict[str, None] = {}
    block: list[str] = []
    lines = text.split("\n")
    lines.append("")
    for line in lines:
        if line.startswith(_QUOTATION_INDENT) and line.strip():
            block.append(line)
            continue
        if block:
            parts = _AUTHOR.split(" ".join(block), 1)
            block.clear()
            quote = _quotation(parts[0])
            if len(parts) == 2 and len(quote.split()) >= 3 and not _CODE.search(quote):
                found[quote] = None
    for match in _QUOTE_IN_GLOSS.finditer(text):
        quote = _quotation(match.group(1))
        if len(quote.split()) >= 3 and not _CODE.search(quote):
            found[quote] = None
    return list(found)


_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def plain_words(text: str) -> str:
    """``text`` read plainly: lowercase words and their apostrophes, one blank between each."""
    return " ".join(_WORDS.findall(text.lower()))


def holding_words(posts: list[str], keys: frozenset[str], stems: frozenset[str]) -> list[str]:
    """The posts in which a key (a library term or one of its forms, lowercase) occurs as whole
    words, or a stem (a prefix-mode term) starts a word, read plainly: lowercased, no decoding
    of evasions. Random prose rarely holds a library word; these posts are the hard case."""
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(f" {key} ", key)
    for stem in stems:
        automaton.add_word(f" {stem}", stem)
    if not len(automaton):
        return []
    automaton.make_automaton()
    kept: list[str] = []
    for post in posts:
        if next(automaton.iter(f" {plain_words(post)} "), None) is not None:
            kept.append(post)
    return kept


EVERYDAY_TARGET = 0.04


@dataclass(frozen=True, slots=True)
class DebianProse:
    """Real sentences read from an installed Debian package: nobody on the project wrote them."""

    name: str
    packages: str  # what to install when the source is missing
    read: Callable[[], list[str]]
    # The outside evaluation's target for text of this kind: dictionary example sentences
    # 0.2% flagged; everyday posts (its tweets labelled neither hateful nor offensive) 4%.
    target: float = 0.002


def debian_prose() -> list[DebianProse]:
    return [
        DebianProse("WordNet examples", "wordnet-base", wordnet_sentences),
        DebianProse(
            "fortunes, English",
            "fortunes fortunes-min",
            lambda: fortune_sentences(FORTUNES),
            EVERYDAY_TARGET,
        ),
        DebianProse(
            "fortunes, Spanish",
            "fortunes-es",
            lambda: fortune_sentences(FORTUNES_ES),
            EVERYDAY_TARGET,
        ),
    ]


def holding_prose() -> list[DebianProse]:
    """The English sources read for sentences holding a library word: WordNet's examples,
    English fortunes and GCIDE's literary quotations (all judged against the dictionary
    target: the outside evaluation's dictionary sentences are of this kind)."""
    english = [source for source in debian_prose() if "Spanish" not in source.name]
    return [
        *(DebianProse(source.name, source.packages, source.read) for source in english),
        DebianProse("GCIDE quotations", "dict-gcide", gcide_quotations),
    ]


def halves(posts: list[str]) -> tuple[list[str], list[str]]:
    """A development half and a held-back half of ``posts``, by a CRC of each sentence: the same
    split on every machine and every run. Mechanisms are built on the first half's false
    alarms only; the second half says whether they generalise."""
    development: list[str] = []
    held_back: list[str] = []
    for post in posts:
        (held_back if zlib.crc32(post.encode()) % 2 else development).append(post)
    return development, held_back


def data_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def topics(name: str) -> dict[str, list[str]]:
    """The lines of a data file by the '# topic: ...' comment above them."""
    found: dict[str, list[str]] = {}
    topic = "other"
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# topic:"):
            topic = line.split(":", 1)[1].strip()
        elif line.strip() and not line.startswith("#"):
            found.setdefault(topic, []).append(line.strip())
    return found
