"""A 9-12 lesson tells a real case in our own words, with links to the public pages it rests
on: the loader insists on one per 9-12 lesson and on https links, and the admin refuses the same
links in the same words."""

from pathlib import Path

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from curriculum.blocks import CaseStudyBlock, SourceBlock
from lessons_content import format as fmt
from lessons_content.case_studies import source_problem

from .samples import GOOD_FAMILY_PAGE, GOOD_LESSON

CONTENT = Path(__file__).resolve().parents[2] / "lessons_content"

FIRST_SOURCE = (
    "source https://www.dfs.ny.gov/Twitter_Report | New York State DFS: report on the hack"
)
CASE = f"""::: case-study The day famous accounts asked for bitcoin
In July 2020 callers posing as IT staff talked employees into signing in on a fake page.

{FIRST_SOURCE}
source https://example.org/news/2020/twitter | Example News: what happened
:::
"""


def lesson(tmp_path: Path, extra: str = "", band: str = "9-12") -> Path:
    path = tmp_path / "strong-passwords.md"
    path.write_text(GOOD_LESSON.replace('grade_band: "3-5"', f'grade_band: "{band}"') + extra)
    return path


def test_a_case_study_keeps_its_title_account_and_sources(tmp_path):
    spec = fmt.parse_lesson(lesson(tmp_path, "\n" + CASE))
    (case,) = [b for b in spec.blocks if isinstance(b, fmt.CaseStudy)]
    assert case.title == "The day famous accounts asked for bitcoin"
    assert case.markdown.startswith("In July 2020 callers")
    assert [(s.url, s.label) for s in case.sources] == [
        ("https://www.dfs.ny.gov/Twitter_Report", "New York State DFS: report on the hack"),
        ("https://example.org/news/2020/twitter", "Example News: what happened"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("https://www.dfs.ny.gov", "http://www.dfs.ny.gov", "is an https:// address"),
        (" | New York State DFS: report on the hack", "", "needs a label"),
        ("https://www.dfs.ny.gov", "https://10.0.0.5", "names a machine by number"),
        ("https://www.dfs.ny.gov", "https://intranet", "is not a public web site"),
        ("https://www.dfs.ny.gov", "https://me:secret@dfs.ny.gov", "user name or password"),
        ("::: case-study The day famous accounts asked for bitcoin", "::: case-study", "a title"),
        ("source https://example.org/news/2020/twitter | Example News: what happened\n", "", None),
    ],
)
def test_a_broken_case_study_is_refused_naming_the_line(tmp_path, old, new, words):
    broken = CASE.replace(old, new)
    if words is None:  # no source at all
        broken = broken.replace(FIRST_SOURCE + "\n", "")
        words = "at least one 'source https://... | label' line"
    with pytest.raises(fmt.ContentError) as refused:
        fmt.parse_lesson(lesson(tmp_path, "\n" + broken))
    assert words in str(refused.value)
    assert refused.value.line > GOOD_LESSON.count("\n")


def test_the_account_comes_before_the_sources(tmp_path):
    late = CASE.replace("what happened\n:::", "what happened\nAnd then more text.\n:::")
    with pytest.raises(fmt.ContentError, match="come after its account"):
        fmt.parse_lesson(lesson(tmp_path, "\n" + late))


def test_a_9_12_lesson_needs_a_case_study_and_a_younger_band_does_not(tmp_path):
    with pytest.raises(fmt.ContentError, match="a 9-12 lesson needs a '::: case-study"):
        fmt.parse_lesson(lesson(tmp_path))
    assert fmt.parse_lesson(lesson(tmp_path, band="6-8")).grade_band == "6-8"


def test_family_pages_hold_no_case_studies(tmp_path):
    page = tmp_path / "privacy-together.md"
    page.write_text(GOOD_FAMILY_PAGE + "\n" + CASE)
    with pytest.raises(fmt.ContentError, match="case studies belong in lessons"):
        fmt.parse_family_page(page)


def test_every_9_12_lesson_tells_a_real_case_with_https_sources():
    curriculum = fmt.read_curriculum(CONTENT)
    assert curriculum.errors == []
    senior = [lesson for lesson in curriculum.lessons if lesson.grade_band == "9-12"]
    assert len(senior) == 16
    for spec in senior:
        cases = [b for b in spec.blocks if isinstance(b, fmt.CaseStudy)]
        assert cases, spec.slug
        for case in cases:
            assert len(case.markdown.split()) >= 60, f"{spec.slug}: the account is too thin"
            for source in case.sources:
                assert source_problem(source.url, source.label) is None, source.url


def test_the_admin_refuses_the_links_the_loader_refuses_in_the_same_words():
    block = SourceBlock()
    value = block.to_python({"url": "http://www.dfs.ny.gov/Twitter_Report", "label": "DFS report"})
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    expected = source_problem("http://www.dfs.ny.gov/Twitter_Report", "DFS report")
    messages = [m for e in refused.value.non_block_errors.as_data() for m in e.messages]
    assert messages == [expected]


def test_a_case_study_renders_its_sources_as_links_naming_the_site():
    block = CaseStudyBlock()
    value = block.to_python(
        {
            "title": "A record fine over a game's defaults",
            "account": "<p>In December 2022 a game maker agreed to pay.</p>",
            "sources": [{"url": "https://www.ftc.gov/Fortnite", "label": "FTC: the refunds"}],
        }
    )
    html = block.render(value)
    assert '<p class="case-study__label">Case study</p>' in html
    assert "<h3" in html and "A record fine over a game&#x27;s defaults</h3>" in html
    assert '<a href="https://www.ftc.gov/Fortnite" rel="noopener">FTC: the refunds</a>' in html
    assert "(ftc.gov)" in html
