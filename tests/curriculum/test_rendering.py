"""Every block renders, accessibly: headings in order, labelled inputs, alt text, keyboard use."""

import re
from html.parser import HTMLParser

import pytest

from curriculum.models import FamilyResourcePage, LessonPage

pytestmark = pytest.mark.django_db


class Outline(HTMLParser):
    """Collects headings, inputs, labels and images from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.inputs: list[str] = []
        self.labels: set[str] = set()
        self.images_without_alt = 0
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag in ("input", "select", "textarea") and attributes.get("type") not in (
            "hidden",
            "submit",
        ):
            self.inputs.append(attributes.get("id", ""))
        elif tag == "label" and "for" in attributes:
            self.labels.add(attributes["for"])
        elif tag == "img" and "alt" not in attributes:
            self.images_without_alt += 1


def outline(response) -> Outline:
    parser = Outline()
    parser.feed(response.content.decode())
    return parser


def assert_accessible(response) -> None:
    assert response.status_code == 200
    page = outline(response)
    assert page.headings.count(1) == 1, "one h1 per page"
    for before, after in zip(page.headings, page.headings[1:], strict=False):
        assert after <= before + 1, (
            f"{response.wsgi_request.path}: heading jumps from h{before} to h{after}"
        )
    unlabelled = [i for i in page.inputs if not i or i not in page.labels]
    assert unlabelled == [], f"inputs without a label: {unlabelled}"
    assert page.images_without_alt == 0
    assert len(page.ids) == len(set(page.ids)), "ids are unique"


def test_a_lesson_renders_every_block_kind_it_has(client, curriculum):
    lesson = LessonPage.objects.get(slug="passphrase-power")
    response = client.get(lesson.url)
    assert_accessible(response)
    body = response.content.decode()
    for marker in (
        'class="callout callout--warm-up"',
        'class="activity"',
        "Discuss",
        "Reflect",
        'class="quiz"',
        "data-mindfulness",
        'class="family-tip"',
    ):
        assert marker in body, marker
    assert "Learning objectives" in body and lesson.objective_list[0] in body
    assert "ISTE 1.2" in body


def test_the_mindfulness_timer_is_a_real_button_announced_to_screen_readers(client, curriculum):
    body = client.get(LessonPage.objects.get(slug="passphrase-power").url).content.decode()
    assert '<button type="button" data-mindfulness-start>' in body
    assert 'aria-live="polite"' in body
    assert re.search(r'<li data-seconds="\d+">', body)


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/lessons/",
        "/lessons/?grade_band=K-2",
        "/lessons/online-safety/",
        "/families/",
        "/families/?language=es",
        "/search/?q=privacy",
    ],
)
def test_every_public_index_page_is_accessible(client, curriculum, url):
    assert_accessible(client.get(url))


def test_every_lesson_and_family_page_is_accessible(client, curriculum):
    for page in [*LessonPage.objects.live(), *FamilyResourcePage.objects.live()]:
        assert_accessible(client.get(page.url))


def test_video_image_and_callout_blocks_render_from_their_templates(db):
    from wagtail.blocks import StreamValue

    from curriculum.blocks import CalloutBlock, VideoBlock

    video = VideoBlock().render(
        {"url": "https://video.example/v/1", "caption": "Kindness", "transcript": "Hi"}
    )
    assert 'href="https://video.example/v/1"' in video and "Read the transcript" in video
    callout = CalloutBlock().render(
        CalloutBlock().to_python({"style": "safety", "title": "Tell", "body": "<p>x</p>"})
    )
    assert "Staying safe" in callout and "<h2>Tell</h2>" in callout
    assert StreamValue  # the stream API stays importable for editors' previews


def test_a_spanish_guide_is_marked_as_spanish_and_links_to_its_english_original(client, curriculum):
    spanish = FamilyResourcePage.objects.filter(language="es").first()
    body = client.get(spanish.url).content.decode()
    assert '<html lang="es">' in body
    assert "Read in English" in body
    english = client.get(spanish.translation_of.url).content.decode()
    assert "Leer en español" in english


def test_family_guides_print_without_navigation():
    from pathlib import Path

    from django.contrib.staticfiles import finders

    text = Path(finders.find("css/site.css")).read_text()
    print_rules = text[text.index("@media print") :]
    assert ".site-header" in print_rules and ".no-print" in print_rules
