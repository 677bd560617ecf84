"""Spanish for families speaks to one parent as tú (lessons_content/README.md): no command to
ustedes at the start of a sentence, a step or a heading, and none of the wrong forms a review
found ("Felicítales", "Acompáñale")."""

import re

from lessons_content import format as fmt
from lessons_content.specs import FamilyTip

# Commands to ustedes that Spanish family texts tend to slip into. At the start of a sentence
# they can only be commands (a subjunctive needs a "que" before it).
USTEDES_COMMANDS = (
    "Hablen Revisen Busquen Conversen Decidan Acuerden Elijan Escriban Pongan Agreguen Pregunten "
    "Hagan Miren Lean Guarden Bloqueen Denuncien Avisen Cuiden Reserven Planeen Aprovechen "
    "Desactiven Siéntense Inhalen Terminen Llenen Procuren Celebren Nombren Pruébenla"
).split()
SENTENCE_START = re.compile(
    r"(?:^|[.!?:]\s+|^\d+\.\s+|\*\*|^:::\s+[\w-]+\s+)(" + "|".join(USTEDES_COMMANDS) + r")\b",
    re.MULTILINE,
)
WRONG_FORMS = ("Felicítales", "Acompáñale")


def spanish_texts() -> list[tuple[str, str]]:
    curriculum = fmt.read_curriculum()
    texts = [
        (str(p.path), p.path.read_text()) for p in curriculum.family_pages if p.language == "es"
    ]
    for lesson in curriculum.lessons:
        for block in lesson.blocks:
            if isinstance(block, FamilyTip) and block.language == "es":
                texts.append((f"{lesson.path} (family-tip-es)", f"{block.title}\n{block.markdown}"))
    return texts


def test_spanish_for_families_never_commands_ustedes():
    found = [
        f"{where}: {match.group(1)}"
        for where, text in spanish_texts()
        for match in SENTENCE_START.finditer(text)
    ]
    assert found == []


def test_the_wrong_forms_the_review_found_are_gone():
    found = [f"{where}: {w}" for where, text in spanish_texts() for w in WRONG_FORMS if w in text]
    assert found == []
