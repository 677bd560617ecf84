"""What the curriculum holds, for `make check-content`: lessons per strand and grade band,
whether quiz answers can be found by their length, and how much is in Spanish.
Pure Python, no Django: it reads a parsed `Curriculum`."""

from __future__ import annotations

from lessons_content.quiz_balance import MAX_LONGEST_SHARE, length_balance
from lessons_content.specs import Curriculum, FamilyTip, LessonSpec
from lessons_content.vocabulary import ENGLISH, GRADE_BANDS

SPANISH = "es"
# Each cell of the strand x band table should hold at least this many lessons (issue 14).
CELL_TARGET = 2


def has_tip_in(lesson: LessonSpec, language: str) -> bool:
    return any(isinstance(b, FamilyTip) and b.language == language for b in lesson.blocks)


def strand_band_table(curriculum: Curriculum) -> list[str]:
    bands = list(GRADE_BANDS)
    width = max([len("strand"), *(len(s.slug) for s in curriculum.strands)])
    lines = [f"{'strand':<{width}}  " + "  ".join(f"{b:>5}" for b in bands) + "  total"]
    short = 0
    for strand in curriculum.strands:
        counts = [
            sum(1 for x in curriculum.lessons if x.strand == strand.slug and x.grade_band == b)
            for b in bands
        ]
        short += sum(1 for n in counts if n < CELL_TARGET)
        # A cell below the target is marked, so the gaps stand out.
        cells = "  ".join(f"{n:>4}{'!' if n < CELL_TARGET else ' '}" for n in counts)
        lines.append(f"{strand.slug:<{width}}  {cells}  {sum(counts):>5}")
    totals = [sum(1 for x in curriculum.lessons if x.grade_band == b) for b in bands]
    lines.append(
        f"{'total':<{width}}  "
        + "  ".join(f"{n:>4} " for n in totals)
        + f"  {len(curriculum.lessons):>5}"
    )
    lines.append(f"cells below {CELL_TARGET} lessons (marked !): {short}")
    return lines


def balance_lines(curriculum: Curriculum) -> list[str]:
    balance = length_balance(curriculum.lessons)
    longest, shortest = balance.passed_by_longest(), balance.passed_by_shortest()
    lines = [
        f"right answer is the longest choice: {balance.right_longest} of {balance.questions} "
        f"questions ({balance.longest_share:.0%}; load_lessons refuses above "
        f"{MAX_LONGEST_SHARE:.0%})",
        f"right answer is the shortest choice: {balance.right_shortest} of {balance.questions} "
        f"questions ({balance.shortest_share:.0%})",
        f"lessons passed by always picking the longest choice: {len(longest)} of "
        f"{len(balance.lessons)}" + (f" ({', '.join(x.slug for x in longest)})" if longest else ""),
        f"lessons passed by always picking the shortest choice: {len(shortest)} of "
        f"{len(balance.lessons)}"
        + (f" ({', '.join(x.slug for x in shortest)})" if shortest else ""),
    ]
    return lines


def spanish_lines(curriculum: Curriculum) -> list[str]:
    lessons = curriculum.lessons
    with_tip = [x for x in lessons if has_tip_in(x, SPANISH)]
    missing = sorted(x.slug for x in lessons if not has_tip_in(x, SPANISH))
    english = [p for p in curriculum.family_pages if p.language == ENGLISH]
    translated = {p.translation_of for p in curriculum.family_pages if p.language == SPANISH}
    guides_missing = sorted(p.slug for p in english if p.slug not in translated)
    lines = [
        f"lessons with a Spanish family tip (::: family-tip-es): {len(with_tip)} of {len(lessons)}",
        f"family guides with a Spanish version: {len(english) - len(guides_missing)} of "
        f"{len(english)}",
    ]
    if missing:
        lines.append(f"  lessons without one: {', '.join(missing)}")
    # A second unmarked tip is almost always a Spanish one written before the marker existed.
    unmarked = sorted(
        x.slug
        for x in lessons
        if sum(isinstance(b, FamilyTip) and b.language == ENGLISH for b in x.blocks) > 1
    )
    if unmarked:
        lines.append(
            f"  lessons with two English tips (mark the Spanish one ::: family-tip-es): "
            f"{', '.join(unmarked)}"
        )
    if guides_missing:
        lines.append(f"  guides without one: {', '.join(guides_missing)}")
    return lines


def content_report(curriculum: Curriculum) -> str:
    sections = [
        ("Lessons per strand and grade band", strand_band_table(curriculum)),
        ("Quiz answer length", balance_lines(curriculum)),
        ("Spanish", spanish_lines(curriculum)),
    ]
    return "\n\n".join("\n".join([title, "-" * len(title), *lines]) for title, lines in sections)
