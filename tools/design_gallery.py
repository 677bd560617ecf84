"""The before/after design gallery in docs/design/: the same pages photographed from two commits.

    .venv/bin/python tools/design_gallery.py            # before = the commit before the design
                                                        # system, after = HEAD
    .venv/bin/python tools/design_gallery.py --before <ref> --after <ref>
    .venv/bin/python tools/design_gallery.py --readme-only   # the README's lists, no browser
    .venv/bin/python tools/design_gallery.py --only after --shots completed,dashboard
                                                        # photograph some shots again

For each commit the tool checks it out in a `git worktree` under /tmp, makes what `make demo`
makes there (migrate, createcachetable, load_demo) in a SQLite file of its own, serves it with
`runserver` on a free port, and has Playwright drive /usr/bin/chromium through the pages a
student, a teacher and a family see, at 1280 and 390 px. The screenshots are cropped to the
first screens of each page and shrunk to WebP (Pillow), and docs/design/README.md is written
from the files: the pairs side by side and every illustration, found in the image folders and
named after the lesson, strand or guide that shows it.

The worktrees reuse this checkout's interpreter (`sys.executable`): both commits run on the same
`requirements.lock`. A commit with other dependencies needs its own venv (`--python`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "design"
GALLERY = OUT / "gallery"
# The last commit before 80ae6cd ("Design system: one stylesheet on documented tokens ...").
BEFORE = "80ae6cd^"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
# What is kept of a full-page screenshot (CSS px tall), and the width it is shrunk to.
CROP = {"desktop": 1800, "phone": 2600}
WIDTH = {"desktop": 800, "phone": 300}
QUALITY = 70
SHOWN = {"desktop": 400, "phone": 200}  # width in the README, side by side

LESSON = "Passphrase Power"  # 3-5 Online Safety: has every step kind, in both commits
K2_LESSON = "Uh-Oh Feelings and Trusted Grown-Ups"  # K-2: picture quiz after, words before


@dataclass(frozen=True)
class Shot:
    name: str
    caption: str
    look_for: str  # what changed, for the README


SHOTS = (
    Shot(
        "home",
        "Home page",
        "The logo and a welcome picture; each strand's card wears its colour, icon and "
        "picture, where the cards were plain white boxes under a blue bar.",
    ),
    Shot(
        "read-step",
        f"A 3-5 lesson's first step, read and watch ({LESSON})",
        "The lesson's picture leads the reading; the grade band chip, the step list in a card "
        "and the step heading underlined in the strand's colour.",
    ),
    Shot(
        "quiz",
        f"A 3-5 quiz ({LESSON})",
        "Roomier choices in bordered question cards, under the step heading in the strand's "
        "colour.",
    ),
    Shot(
        "k2-read-step",
        f"A K-2 lesson's first step ({K2_LESSON})",
        "Larger type for young readers, the picture first and one short screen at a time "
        "(Screen 1 of 6, then Next), where the whole reading was one long page; on a phone the "
        "steps are a row of numbered dots, so the picture is on the first screen.",
    ),
    Shot(
        "k2-quiz",
        f"A K-2 quiz ({K2_LESSON})",
        "Every choice a picture card the child taps, the words beside the picture; before, "
        "small radio buttons in a list of text.",
    ),
    Shot(
        "completed",
        "The completion screen",
        "A friendly card with its own picture and a word of thanks around the score, once the "
        "student has done every step and written a reflection.",
    ),
    Shot(
        "dashboard",
        "The teacher's class dashboard",
        "Charts hatched in the strand's pattern (told apart without colour), in cards; tables "
        "with a tinted head.",
    ),
    Shot(
        "family-guide-es",
        "A family guide in Spanish (a family media agreement)",
        "A warm banner for the guide's title, the guide's own picture, and the site's menus "
        "in Spanish too (they were in English).",
    ),
)

# Run inside a checkout with `manage.py shell -c`: five classmates of the demo student who
# finished the lesson, with scores, so the dashboard's charts have a class to show. The demo's
# own student finishes it in the browser (`complete_the_lesson`). Only fields both commits have.
FILL_IN = """
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.utils import timezone
from curriculum.models import LessonProgress
from lti.models import CourseMembership, ResourceLink, Role
link = ResourceLink.objects.get(pk=LINK)
for i in range(5):
    user = get_user_model().objects.get_or_create(username=f"classmate-{i}")[0]
    CourseMembership.objects.get_or_create(
        user=user, course=link.course, defaults={"role": Role.STUDENT})
    percent = (55, 70, 80, 95, 100)[i]
    when = timezone.now() - timedelta(days=i + 1)
    LessonProgress.objects.update_or_create(user=user, resource_link=link, defaults={
        "status": "completed", "started_at": when, "last_activity_at": when,
        "completed_at": when, "quiz_percent": percent, "quiz_passed": percent >= 70,
        "score_given": link.score_maximum * percent / 100,
        "steps_done": ["read", "activity", "quiz", "reflection", "discussion"]})
"""
# The right choice of each of a lesson's quiz questions, as the lesson's author wrote it: what a
# student who read the lesson would pick. Read from the page's blocks, which both commits share.
ANSWER_KEY = """
import json
from curriculum.models import LessonPage
lesson = LessonPage.objects.get(title=TITLE)
print(json.dumps([
    next(choice["text"] for choice in question["choices"] if choice["correct"])
    for block in lesson.body if block.block_type == "quiz"
    for question in block.value["questions"]
]))
"""
# What the demo student writes: words a 3-5 pupil might, and nothing the moderation holds.
REFLECTION = "I will make my game password a long passphrase and keep it just for me."
POST = "I would say no kindly and tell my friend to make a passphrase of their own."
# A Spanish guide both commits have, with its own picture after the design work.
SPANISH_GUIDE = """
from curriculum.models import FamilyResourcePage
print(FamilyResourcePage.objects.live().get(slug="family-media-agreement-es").url)
"""


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def worktree(ref: str) -> Iterator[Path]:
    commit = git("rev-parse", "--verify", f"{ref}^{{commit}}")
    place = Path(tempfile.mkdtemp(prefix=f"upstander-{commit[:8]}-"))
    git("worktree", "add", "--detach", str(place), commit)
    try:
        yield place
    finally:
        git("worktree", "remove", "--force", str(place))


class Site:
    """One commit's demo site: its own SQLite file and port, served by runserver."""

    def __init__(self, checkout: Path, python: str) -> None:
        self.checkout = checkout
        self.python = python
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DEBUG"}
        }
        self.env.update(
            DATABASE_URL=f"sqlite:///{checkout / 'gallery.sqlite3'}",
            WAGTAILADMIN_BASE_URL=self.url,
            PYTHONDONTWRITEBYTECODE="1",
        )

    def manage(self, *args: str) -> str:
        done = subprocess.run(
            [self.python, "manage.py", *args],
            cwd=self.checkout,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise SystemExit(f"manage.py {' '.join(args[:1])} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def shell(self, code: str) -> str:
        return self.manage("shell", "-c", code)

    @contextmanager
    def serving(self) -> Iterator[Site]:
        self.manage("migrate", "--no-input")
        self.manage("createcachetable")
        self.manage("load_demo")
        log = open(self.checkout / "gallery-server.log", "w")  # noqa: SIM115
        server = subprocess.Popen(
            [self.python, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=self.checkout,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(120):
                try:
                    urllib.request.urlopen(self.url + "/", timeout=5)
                    break
                except OSError:
                    time.sleep(0.5)
            else:
                raise SystemExit(f"the site at {self.url} did not start")
            yield self
        finally:
            server.terminate()
            server.wait(timeout=20)
            log.close()


def photograph(site: Site, out: Path) -> None:
    """Every shot at both widths, full page, as PNG files in `out`."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True
        )

        def page(viewport):
            context = browser.new_context(base_url=site.url, viewport=viewport)
            context.set_default_timeout(30_000)
            return context.new_page()

        teacher = page(SIZES["desktop"])
        teacher.goto("/lti/demo/")
        teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
        for title in (LESSON, K2_LESSON):
            teacher.get_by_label(re.compile(re.escape(title))).check()
        teacher.get_by_role("button", name="Add to course").click()
        teacher.get_by_role("link", name=f"Launch as student: {LESSON}").wait_for()
        # The shell may print a line of its own first (Django 5.2 lists what it imported).
        guide = site.shell(SPANISH_GUIDE).strip().splitlines()[-1]

        links = {}
        for size, viewport in SIZES.items():
            student = page(viewport)

            def snap(name: str, size: str = size, student=student) -> None:
                student.wait_for_load_state("load")
                student.screenshot(path=str(out / f"{name}-{size}.png"), full_page=True)

            student.goto("/")
            snap("home")
            student.goto(guide)
            snap("family-guide-es")
            for title, prefix in ((LESSON, ""), (K2_LESSON, "k2-")):
                student.goto("/lti/demo/")
                student.get_by_role("link", name=re.compile(f"Launch as student: {title}")).click()
                student.wait_for_url(re.compile(r"/learn/\d+/"))
                base = re.sub(r"(/learn/\d+/).*", r"\1", student.url)
                links[title] = int(re.search(r"/learn/(\d+)/", base).group(1))
                student.goto(base + "step/read/")
                snap(f"{prefix}read-step")
                student.goto(base + "step/quiz/?retry=1")
                snap(f"{prefix}quiz")

        # Only now, so that no step above shows the lesson done: the student finishes it.
        student = page(SIZES["desktop"])
        key = json.loads(site.shell(ANSWER_KEY.replace("TITLE", repr(LESSON))).splitlines()[-1])
        complete_the_lesson(student, f"/learn/{links[LESSON]}/", key)
        for size, viewport in SIZES.items():
            student.set_viewport_size(viewport)
            student.goto(f"/learn/{links[LESSON]}/summary/")
            student.wait_for_load_state("load")
            student.screenshot(path=str(out / f"completed-{size}.png"), full_page=True)

        site.shell(FILL_IN.replace("LINK", str(links[LESSON])))
        for size, viewport in SIZES.items():
            teacher = page(viewport)
            teacher.goto("/lti/demo/")
            teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
            teacher.get_by_role("heading", name=re.compile("class progress")).wait_for()
            teacher.screenshot(path=str(out / f"dashboard-{size}.png"), full_page=True)
        browser.close()


def complete_the_lesson(student, base: str, key: list[str]) -> None:
    """The demo student works through every step as a pupil would: Done on each reading,
    the quiz answered (right, from `key`), a reflection written, a post to the class, the
    mindfulness exercise and the family take-home; the summary must then show nothing left."""
    student.goto("/lti/demo/")
    student.get_by_role("link", name=re.compile(f"Launch as student: {LESSON}")).click()
    student.wait_for_url(re.compile(base))
    steps = student.locator("ol.steps a").evaluate_all("(links) => links.map((a) => a.href)")
    for href in steps:
        student.goto(href)
        quiz = student.locator("form.quiz")
        if quiz.count():
            for question, right in zip(quiz.locator("fieldset").all(), key, strict=True):
                question.get_by_label(right, exact=True).check()
            quiz.get_by_role("button", name="Check my answers").click()
            student.locator("#result").wait_for()
        for box, text in (("#reflection-text", REFLECTION), ("#post-text", POST)):
            if student.locator(box).count():
                student.locator(box).fill(text)
                with student.expect_navigation():
                    student.locator(box).locator("xpath=ancestor::form").locator(
                        "button[type=submit]"
                    ).click()
        done = student.locator("form.step-done button")
        if done.count():
            with student.expect_navigation():
                done.click()
    student.goto(base + "summary/")
    summary = student.locator("main").inner_text()
    if "You have completed this lesson" not in summary or "Still to do" in summary:
        raise SystemExit(f"the demo student did not finish the lesson:\n{summary}")


def shrink(raw: Path, side: str, names: set[str]) -> None:
    """The PNGs of the shots `names` of one side, cropped to the first screens and shrunk to
    WebP in the gallery."""
    from PIL import Image

    target = GALLERY / side
    target.mkdir(parents=True, exist_ok=True)
    for png in sorted(raw.glob("*.png")):
        name, size = png.stem.rsplit("-", 1)
        if name not in names:
            continue
        with Image.open(png) as image:
            image = image.convert("RGB")
            image = image.crop((0, 0, image.width, min(image.height, CROP[size])))
            scale = WIDTH[size] / image.width
            image = image.resize((WIDTH[size], round(image.height * scale)), Image.LANCZOS)
            image.save(target / f"{png.stem}.webp", "WEBP", quality=QUALITY, method=6)


# The README: what it says around the generated parts.


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    return yaml.safe_load(match.group(1)) if match else {}


def pictures_in(path: Path) -> Iterator[tuple[str, str]]:
    """(image path, alt text) of every `::: image` block and Markdown picture in a file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("::: image "):
            alt = lines[i + 1].strip() if i + 1 < len(lines) and lines[i + 1] != ":::" else ""
            yield line.removeprefix("::: image ").strip(), alt
        for alt, src in re.findall(r"!\[([^\]]*)\]\((images/[^)]+)\)", line):
            yield src, alt


SITE_PICTURES = {
    "favicon": "the browser tab's icon",
    "logo": "the logo, in the header of every page and in the Wagtail admin",
    "home": "the home page's welcome picture",
    "finish": "the completion screen's picture",
    "strand-icons": "the eight strand icons, one sprite (chips, cards, picker, dashboard)",
}


def illustrations() -> list[str]:
    content = ROOT / "lessons_content"
    listed = yaml.safe_load((content / "strands.yaml").read_text(encoding="utf-8"))
    strands = {strand["slug"]: strand["title"] for strand in listed}
    used: dict[str, list[tuple[str, str, str]]] = {}  # image -> [(title, band/language, alt)]
    for md in sorted(content.glob("lessons/*/*.md")) + sorted(content.glob("family/**/*.md")):
        facts = front_matter(md)
        where = facts.get("grade_band") or facts.get("language", "en")
        for src, alt in pictures_in(md):
            used.setdefault(src, []).append((facts.get("title", md.stem), str(where), alt))

    def users(src: str) -> str:
        names = sorted({f"{title} ({where})" for title, where, _ in used.get(src, [])})
        return "; ".join(names) or "not used yet"

    def alt_of(src: str) -> str:
        # The English alt text where there is one; long diagram descriptions cut short here.
        alts = sorted((where == "es", alt) for _, where, alt in used.get(src, []) if alt)
        if not alts:
            return "decorative (the words beside it say it)"
        alt = alts[0][1]
        return alt if len(alt) <= 180 else alt[:177].rsplit(" ", 1)[0] + " ..."

    static = ROOT / "upstander" / "static"
    site = sorted(static.glob("*.svg")) + sorted((static / "img").rglob("*.svg"))
    out = [f"### Site and strands: {len(site)}", "", "| file | what it is |", "|---|---|"]
    for svg in site:
        what = SITE_PICTURES.get(svg.stem) or f"the strand picture of {strands.get(svg.stem)}"
        out.append(f"| `{svg.relative_to(ROOT)}` | {what} |")
    images = content / "images"
    for folder, heading in (
        ("lessons", "Lessons (one or more per lesson, by strand)"),
        ("diagrams", "Teaching diagrams"),
        ("family", "Family guides"),
    ):
        files = sorted((images / folder).rglob("*.svg"))
        out += ["", f"### {heading}: {len(files)}", "", "| file | shown in | alt text |"]
        out.append("|---|---|---|")
        last_strand = None
        for svg in files:
            src = str(svg.relative_to(content))
            if folder == "lessons" and svg.parent.name != last_strand:
                last_strand = svg.parent.name
                out.append(f"| **{strands.get(last_strand, last_strand)}** | | |")
            out.append(f"| `{svg.name}` | {users(src)} | {alt_of(src)} |")
    choices = sorted((images / "choices").glob("*.svg"))
    out += ["", f"### K-2 quiz choice pictures: {len(choices)}", ""]
    out.append("Each is a card in a K-2 quiz, decorative beside the choice's words.")
    out += ["", "| file | in the quizzes of |", "|---|---|"]
    for svg in choices:
        out.append(f"| `{svg.name}` | {users(str(svg.relative_to(content)))} |")
    return out


def pairs() -> list[str]:
    out = []
    for shot in SHOTS:
        out += [f"### {shot.caption}", "", shot.look_for, "", "| before | after |", "|---|---|"]
        for size in SIZES:
            cells = []
            for side in ("before", "after"):
                path = GALLERY / side / f"{shot.name}-{size}.webp"
                cells.append(
                    f'<img src="gallery/{side}/{path.name}" width="{SHOWN[size]}" '
                    f'alt="{shot.caption}, {side} the design, {size}">'
                    if path.exists()
                    else "(not in this commit)"
                )
            out.append(f"| {cells[0]} | {cells[1]} |")
        out.append("")
    return out


def commits_of(side: str) -> list[tuple[str, list[str]]]:
    """Which commit each shot of a side was photographed at, from its COMMIT file: the first
    line is the commit of every shot, each line after it a commit and the shots photographed
    again there (`--shots`)."""
    path = GALLERY / side / "COMMIT"
    lines = path.read_text().split("\n") if path.exists() else ["?"]
    return [(line.split()[0], line.split()[1:]) for line in lines if line.strip()]


def record_commit(side: str, commit: str, names: list[str] | None) -> None:
    """Note in the side's COMMIT file the commit just photographed (for `names`, or for all)."""
    if names is None:
        lines = [commit]
    else:
        kept = [(c, [n for n in shots if n not in names]) for c, shots in commits_of(side)]
        lines = [kept[0][0]] + [f"{c} {' '.join(shots)}" for c, shots in kept[1:] if shots]
        lines.append(f"{commit} {' '.join(names)}")
    (GALLERY / side / "COMMIT").write_text("\n".join(lines) + "\n")


def commit_of(side: str) -> str:
    """The side's commits in words, for the README: 'commit `062c9e6`', then each later commit
    and the shots taken again there."""
    first, *later = commits_of(side)
    captions = {shot.name: shot.caption[0].lower() + shot.caption[1:] for shot in SHOTS}
    words = f"commit `{first[0]}`"
    for commit, names in later:
        words += f"; at `{commit}`: " + "; ".join(captions.get(name, name) for name in names)
    return words


def write_readme() -> None:
    readme = OUT / "README.md"
    before, after = commit_of("before"), commit_of("after")
    intro = (OUT / "README.intro.md").read_text(encoding="utf-8")
    total = sum(p.stat().st_size for p in GALLERY.rglob("*.webp"))
    text = "\n".join(
        [
            intro.rstrip().replace("{before}", before).replace("{after}", after),
            "",
            f"## Before and after ({len(SHOTS)} pages at 1280 and 390 px, "
            f"{total / 1e6:.1f} MB in all)",
            "",
            *pairs(),
            "## The illustrations",
            "",
            "Every file below is an original SVG drawn for Upstander: the scenes, strand "
            "pictures, diagrams and choice cards by `tools/illustrations/` "
            "(`.venv/bin/python -m tools.illustrations.draw` draws them again), the logo, "
            "favicon and strand icons by hand. Alt text lives in the lesson or guide that "
            "shows the picture.",
            "",
            *illustrations(),
            "",
        ]
    )
    readme.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--after", default="HEAD")
    parser.add_argument("--python", default=sys.executable, help="the interpreter to serve with")
    parser.add_argument("--only", choices=["before", "after"], help="photograph one side")
    parser.add_argument("--readme-only", action="store_true")
    parser.add_argument(
        "--shots",
        help="photograph again only these shots (comma-separated names, e.g. completed,dashboard); "
        "the others stay as they are",
    )
    args = parser.parse_args()
    names = args.shots.split(",") if args.shots else None
    unknown = set(names or ()) - {shot.name for shot in SHOTS}
    if unknown:
        parser.error(f"no such shot: {', '.join(sorted(unknown))}")
    sides = {"before": args.before, "after": args.after}
    if args.only:
        sides = {args.only: sides[args.only]}
    for side, ref in {} if args.readme_only else sides.items():
        commit = git("rev-parse", "--short", f"{ref}^{{commit}}")
        print(f"{side}: {commit}", flush=True)
        with worktree(ref) as checkout, Site(checkout, args.python).serving() as site:
            raw = checkout / "gallery-shots"
            photograph(site, raw)
            if names is None:
                shutil.rmtree(GALLERY / side, ignore_errors=True)
            shrink(raw, side, set(names or (shot.name for shot in SHOTS)))
            record_commit(side, commit, names)
    write_readme()
    print(f"wrote {OUT / 'README.md'}")


if __name__ == "__main__":
    main()
