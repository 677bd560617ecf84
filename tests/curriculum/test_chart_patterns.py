"""A teacher reading the dashboard tells a strand's bars apart by pattern as well as colour:
each strand's chart is filled with the strand's tint and a pattern of its own, and a chart of
the whole course with another, so no chart relies on colour alone."""

import re
from pathlib import Path

from django.template.loader import render_to_string

from curriculum.charts import bar_chart
from lessons_content.format import CONTENT_DIR, parse_strands

CSS = Path(__file__).resolve().parents[2] / "upstander" / "static" / "css" / "site.css"


def rendered(strand: str | None) -> str:
    chart = bar_chart(
        f"scores-{strand or 'course'}",
        "Quiz scores",
        ["0-49%", "50-79%", "80-100%"],
        [1, 3, 5],
        x_label="Score",
        y_label="Students",
    )
    return render_to_string("curriculum/dashboard/chart.html", {"chart": chart, "strand": strand})


def pattern_of(html: str) -> str:
    body = re.search(r'<pattern id="[^"]+"[^>]*>(.*?)</pattern>', html, re.S)
    assert body, "the chart defines no pattern"
    return " ".join(body.group(1).split())


def test_every_strand_and_the_course_chart_have_a_pattern_of_their_own():
    strands = [s.slug for s in parse_strands(CONTENT_DIR / "strands.yaml")]
    assert len(strands) == 8
    patterns = {slug: pattern_of(rendered(slug)) for slug in [*strands, None]}
    assert len(set(patterns.values())) == len(patterns), patterns


def test_the_bars_are_filled_with_the_pattern_and_still_carry_their_numbers():
    html = rendered("online-safety")
    assert html.count('fill="url(#scores-online-safety-fill)"') == 3
    assert [v for v in re.findall(r'class="chart__value"[^>]*>(\d+)<', html)] == ["1", "3", "5"]
    assert "Quiz scores as a table" in html


def test_the_pattern_takes_the_strands_colours_from_the_stylesheet():
    css = CSS.read_text()
    assert re.search(r"\.chart__hatch-bg \{[^}]*fill: var\(--strand-soft\)", css)
    assert re.search(r"\.chart__hatch-line \{[^}]*stroke: var\(--strand\)", css)
    assert re.search(r"\.chart__hatch-dot \{[^}]*fill: var\(--strand\)", css)
