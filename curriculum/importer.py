"""Load `lessons_content/` into Wagtail pages.

Every file is parsed first (`lessons_content.format`, pure Python); if any file is broken
nothing at all is written and the errors name the file and line. Each page is then written in
its own transaction: a new file makes a new page, an edited file makes a new published revision
of the same page, and an unchanged file (same hash) writes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bleach
import markdown
from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.search.backends import get_search_backends

from curriculum.index_once import indexed_once_at_the_end
from curriculum.models import (
    CurriculumIndexPage,
    FamilyResourceIndexPage,
    FamilyResourcePage,
    HomePage,
    LessonPage,
    Standard,
    UnitPage,
)
from lessons_content import format as fmt
from lessons_content.vocabulary import STANDARDS

# Bump when the conversion below changes, so every page is rewritten once.
IMPORTER_VERSION = "1"

ALLOWED_TAGS = ["p", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol", "li", "a", "br", "hr"]


class ContentLoadError(Exception):
    def __init__(self, errors: list[fmt.ContentError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} content file(s) have errors; nothing was written")


@dataclass(slots=True)
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def record(self, outcome: str, name: str) -> None:
        getattr(self, outcome).append(name)

    def summary(self) -> str:
        return (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged"
        )


def markdown_to_html(text: str) -> str:
    html = markdown.markdown(text, output_format="html")
    # Content files are reviewed, but raw HTML in Markdown passes through: keep a small allow-list.
    return bleach.clean(html, tags=ALLOWED_TAGS, attributes={"a": ["href"]}, strip=True)


def check_content(root: Path = fmt.CONTENT_DIR) -> fmt.Curriculum:
    """Parse without touching the database; raise ContentLoadError on any broken file."""
    curriculum = fmt.read_curriculum(root)
    if curriculum.errors:
        raise ContentLoadError(curriculum.errors)
    return curriculum


def load_curriculum(
    root: Path = fmt.CONTENT_DIR, log: Callable[[str], None] = lambda _: None
) -> LoadReport:
    curriculum = check_content(root)
    # Each page is saved three times as it is written; it is indexed for search and references
    # once, as the load ends (curriculum/index_once.py), so search works as soon as it returns.
    with indexed_once_at_the_end():
        return _write_curriculum(curriculum, root, log)


def _write_curriculum(
    curriculum: fmt.Curriculum, root: Path, log: Callable[[str], None]
) -> LoadReport:
    report = LoadReport()
    with transaction.atomic():
        home, lessons_index, families_index = ensure_site_tree()
        standards = ensure_standards()
    make_pictures(root, curriculum)
    units: dict[str, UnitPage] = {}
    for strand in curriculum.strands:
        outcome, units[strand.slug] = _write_unit(lessons_index, strand)
        report.record(outcome, f"strand {strand.slug}")
    for lesson in curriculum.lessons:
        outcome, _page = _write_lesson(units[lesson.strand], lesson, standards, root)
        report.record(outcome, str(lesson.path.relative_to(root)))
        log(f"{outcome:9} {lesson.path.relative_to(root)}")
    # English pages first, so that translations can point at them.
    for page_spec in sorted(curriculum.family_pages, key=lambda p: p.language != "en"):
        outcome, _page = _write_family_page(families_index, page_spec, root)
        report.record(outcome, str(page_spec.path.relative_to(root)))
        log(f"{outcome:9} {page_spec.path.relative_to(root)}")
    return report


# --- The fixed top of the tree ----------------------------------------------------------


def ensure_site_tree() -> tuple[HomePage, CurriculumIndexPage, FamilyResourceIndexPage]:
    # A flushed test database has neither a locale nor a root page; migrations normally make both.
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's migrations leave a placeholder "Welcome" page at the top; replace it.
        for placeholder in root.get_children().filter(slug="home"):
            if not placeholder.specific_class or placeholder.get_children_count() == 0:
                placeholder.delete()
        home = HomePage(
            title="Upstander",
            slug="home",
            intro=(
                "<p>Lessons in digital citizenship, kindness and online safety, "
                "for every grade.</p>"
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"root_page": home, "hostname": "localhost", "port": 80, "site_name": "Upstander"},
    )
    lessons_index = CurriculumIndexPage.objects.first() or _add_child(
        home,
        CurriculumIndexPage(
            title="Lessons",
            slug="lessons",
            intro=(
                "<p>Every lesson, by strand and grade band. "
                "Teachers assign them from their LMS.</p>"
            ),
        ),
    )
    families_index = FamilyResourceIndexPage.objects.first() or _add_child(
        home,
        FamilyResourceIndexPage(
            title="For families",
            slug="families",
            intro="<p>Guides for talking about life online at home. Free to read and print.</p>",
        ),
    )
    return home, lessons_index, families_index


def ensure_standards() -> dict[str, Standard]:
    standards = {}
    for code, label in STANDARDS.items():
        kind = Standard.Kind.ISTE if code.startswith("iste-") else Standard.Kind.PRINCIPLE
        standards[code], _ = Standard.objects.get_or_create(
            code=code, defaults={"label": label, "kind": kind}
        )
    return standards


def _add_child(parent: Page, page: Page) -> Any:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x00".join((IMPORTER_VERSION, *parts)).encode()).hexdigest()


def _publish(parent: Page, page: Page, is_new: bool) -> None:
    if is_new:
        parent.add_child(instance=page)
    elif page.get_parent().pk != parent.pk:
        page.move(parent, pos="last-child")
        page.refresh_from_db()
    page.save_revision().publish()


# --- Strands, lessons, family pages -----------------------------------------------------


@transaction.atomic
def _write_unit(index: CurriculumIndexPage, strand: fmt.StrandSpec) -> tuple[str, UnitPage]:
    digest = _hash(strand.slug, strand.title, strand.summary, str(strand.order))
    unit = UnitPage.objects.filter(strand=strand.slug).first()
    if unit is not None and unit.source_hash == digest:
        return "unchanged", unit
    is_new = unit is None
    unit = unit or UnitPage(strand=strand.slug, slug=strand.slug)
    unit.title, unit.summary, unit.sort_order = strand.title, strand.summary, strand.order
    unit.source_path, unit.source_hash = "strands.yaml", digest
    _publish(index, unit, is_new)
    return ("created" if is_new else "updated"), unit


@transaction.atomic
def _write_lesson(
    unit: UnitPage, spec: fmt.LessonSpec, standards: dict[str, Standard], root: Path
) -> tuple[str, LessonPage]:
    digest = _hash(spec.path.read_text(encoding="utf-8"), spec.strand)
    page = LessonPage.objects.filter(slug=spec.slug).first()
    if page is not None and page.source_hash == digest:
        return "unchanged", page
    is_new = page is None
    page = page or LessonPage(slug=spec.slug)
    page.title = spec.title
    page.grade_band = spec.grade_band
    page.duration_minutes = spec.duration
    page.summary = spec.summary
    page.objectives = "\n".join(spec.objectives)
    page.pass_mark = spec.pass_mark
    page.quiz_attempts = spec.quiz_attempts
    page.keep_score = spec.keep_score
    page.completion_rules = list(spec.completion)
    page.body = json.dumps([_stream_item(block, root) for block in spec.blocks])
    page.source_path = str(spec.path.relative_to(root))
    page.source_hash = digest
    page.standards.set([standards[code] for code in spec.standards])
    page.tags.set(list(spec.tags), clear=True)
    _publish(unit, page, is_new)
    return ("created" if is_new else "updated"), page


@transaction.atomic
def _write_family_page(
    index: FamilyResourceIndexPage, spec: fmt.FamilyPageSpec, root: Path
) -> tuple[str, FamilyResourcePage]:
    digest = _hash(spec.path.read_text(encoding="utf-8"))
    page = FamilyResourcePage.objects.filter(slug=spec.slug).first()
    if page is not None and page.source_hash == digest:
        return "unchanged", page
    is_new = page is None
    page = page or FamilyResourcePage(slug=spec.slug)
    page.title = spec.title
    page.summary = spec.summary
    page.language = spec.language
    page.translation_of = (
        FamilyResourcePage.objects.filter(slug=spec.translation_of).first()
        if spec.translation_of
        else None
    )
    page.grade_bands = list(spec.grade_bands)
    page.body = json.dumps([_stream_item(block, root) for block in spec.blocks])
    page.source_path = str(spec.path.relative_to(root))
    page.source_hash = digest
    page.related_lessons.set(list(LessonPage.objects.filter(slug__in=spec.related_lessons)))
    page.tags.set(list(spec.tags), clear=True)
    _publish(index, page, is_new)
    return ("created" if is_new else "updated"), page


def _stream_item(block: fmt.Block, root: Path) -> dict[str, Any]:
    """One parsed block as StreamField raw data."""
    match block:
        case fmt.RichText(markdown=text):
            return {"type": "rich_text", "value": markdown_to_html(text)}
        case fmt.Callout(style=style, title=title, markdown=text):
            return {
                "type": "callout",
                "value": {"style": style, "title": title, "body": markdown_to_html(text)},
            }
        case fmt.Activity(title=title, intro=intro, steps=steps):
            return {
                "type": "activity",
                "value": {"title": title, "intro": intro, "steps": list(steps)},
            }
        case fmt.Prompt(kind=kind, text=text):
            return {"type": kind, "value": {"prompt": text}}
        case fmt.Quiz(questions=questions):
            return {
                "type": "quiz",
                "value": {
                    "questions": [
                        {
                            "question": q.text,
                            "choices": [
                                {
                                    "text": c.text,
                                    "correct": c.correct,
                                    "feedback": c.feedback,
                                    "picture": _picture(root, c.picture, c.picture_alt),
                                }
                                for c in q.choices
                            ],
                        }
                        for q in questions
                    ]
                },
            }
        case fmt.Mindfulness(title=title, steps=steps):
            return {
                "type": "mindfulness",
                "value": {
                    "title": title,
                    "steps": [{"seconds": s.seconds, "instruction": s.text} for s in steps],
                },
            }
        case fmt.FamilyTip(title=title, markdown=text, language=language):
            return {
                "type": "family_tip",
                "value": {"title": title, "body": markdown_to_html(text), "language": language},
            }
        case fmt.TeacherNote(title=title, markdown=text):
            return {
                "type": "teacher_note",
                "value": {"title": title, "body": markdown_to_html(text)},
            }
        case fmt.HelpContacts(topics=topics, intro=intro):
            return {"type": "help_contacts", "value": {"topics": list(topics), "intro": intro}}
        case fmt.CaseStudy(title=title, markdown=text, sources=sources):
            return {
                "type": "case_study",
                "value": {
                    "title": title,
                    "account": markdown_to_html(text),
                    "sources": [{"url": s.url, "label": s.label} for s in sources],
                },
            }
        case fmt.Video(url=url, caption=caption):
            return {"type": "video", "value": {"url": url, "caption": caption, "transcript": ""}}
        case fmt.Image(path=path, alt=alt):
            image = _image_for(root / path, path)
            return {
                "type": "image",
                "value": {"image": image.pk, "alt_text": alt, "decorative": False},
            }
    raise TypeError(f"no StreamField form for {block!r}")


def _picture(root: Path, path: str, alt: str) -> dict[str, Any]:
    """A quiz choice's picture as ImageBlock data; no alt text means decorative (the choice's
    words are its label). No picture is stored as the admin stores it, an empty image."""
    if not path:
        return {"image": None, "alt_text": "", "decorative": False}
    image = _image_for(root / path, path)
    return {"image": image.pk, "alt_text": alt, "decorative": not alt}


def _new_image(file_path: Path, title: str, data: bytes, digest: str) -> Any:
    # The hash and size Wagtail's upload form records, so the next load finds this image again
    # (sha1, as Wagtail's own hash_filelike) instead of adding a copy.
    image = get_image_model()(
        title=title, file=ImageFile(io.BytesIO(data), name=file_path.name), file_hash=digest
    )
    image.file_size = len(data)
    return image


def _image_for(file_path: Path, title: str) -> Any:
    image_model = get_image_model()
    data = file_path.read_bytes()
    digest = hashlib.sha1(data).hexdigest()
    existing = image_model.objects.filter(file_hash=digest).first()
    if existing is not None:
        return existing
    # Images live in a collection; a flushed test database has lost the root one migrate made.
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = _new_image(file_path, title, data, digest)
    image.save()
    return image


def picture_paths(curriculum: fmt.Curriculum) -> list[str]:
    """Every picture file the content uses: `::: image` blocks and quiz choices' pictures."""
    specs = [*curriculum.lessons, *curriculum.family_pages]
    images = {b.path for spec in specs for b in spec.blocks if isinstance(b, fmt.Image)}
    choices = {
        c.picture for lesson in curriculum.lessons for q in lesson.quiz_questions for c in q.choices
    }
    return sorted((images | choices) - {""})


def make_pictures(root: Path, curriculum: fmt.Curriculum) -> int:
    """Every picture the content uses (some two hundred small files) as Wagtail images, in one
    batch before the pages that show them are written: saved one by one, each would be indexed
    for search and references on its own (about 60 ms each). Returns how many were made."""
    image_model = get_image_model()
    paths = picture_paths(curriculum)
    files = {path: (root / path).read_bytes() for path in paths}
    digests = {path: hashlib.sha1(data).hexdigest() for path, data in files.items()}
    known = set(
        image_model.objects.filter(file_hash__in=digests.values()).values_list(
            "file_hash", flat=True
        )
    )
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    new, seen = [], set(known)
    for path in paths:
        if digests[path] not in seen:
            seen.add(digests[path])
            image = _new_image(root / path, path, files[path], digests[path])
            image.collection = collection
            new.append(image)
    if new:
        with transaction.atomic():
            created = image_model.objects.bulk_create(new)
            # bulk_create sends no post_save: index them for the admin's image search at once.
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(image_model, created)
    return len(new)
