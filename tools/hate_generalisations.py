"""Write the hate libraries' generalisations: a whole group of people cast as something vile
("muslims are terrorists", "los inmigrantes son basura").

An identity word on its own is never an entry (a student saying who they are, or a lesson
about a faith, is no risk), and neither is a neutral statement about a group ("muslims are
fasting this month"): only a group joined to a word that dehumanises or condemns it. Two
more products: newcomers (immigrants, refugees, ...) cast as invaders ("are taking over"), and
a group named only as "they" or "them" wished deported or dead ("they should all be
deported"), recorded low since the post must say who "they" are. The phrases are the
products of the lists below, written into a marked block at the end of
``moderation/libraries/hate.csv`` and ``hate_es.csv``; edit the lists, then run

    python -m tools.hate_generalisations

and bump the two libraries' versions in the manifest. A test fails while a block is not
what the lists give.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

LIBRARIES = Path(__file__).resolve().parents[1] / "moderation" / "libraries"
BEGIN = "# --- generalisations about groups: written by tools/hate_generalisations.py ---"
END = "# --- end of generalisations ---"

ENGLISH_GROUPS = (
    "muslims", "jews", "gays", "lesbians", "trans people", "black people", "blacks",
    "immigrants", "migrants", "refugees", "asylum seekers", "mexicans", "asians", "arabs",
    "gypsies", "travellers", "pakistanis", "africans", "women", "christians",
    "disabled people", "white people", "romanians", "polish people", "latinos",
    "those people", "gay people", "jewish people", "muslim people", "immigrant kids",
    "immigrant children",
)  # fmt: skip
ENGLISH_CLAIMS = (
    "are terrorists", "are criminals", "are animals", "are disgusting", "are trash",
    "are scum", "are vermin", "are parasites", "are evil", "are subhuman", "are filth",
    "are rapists", "are savages", "are inferior", "are a disease", "are not human",
    "should be deported", "should all die", "should be killed", "should be wiped out",
    "don't belong here", "are ruining this country",
    "should all be deported", "should all be killed", "are invaders", "are invading our country",
    "make me sick", "should be locked up", "are behind everything", "are behind all the wars",
    "are thieves", "are all thieves", "should be sent back", "should all be sent back",
    "should be burned", "should be shot", "should be hanged",
    # Vermin a people is likened to (issue 17, ninth set: "refugees are rats", "mexicans are
    # like cockroaches"); the animals themselves are never entries ("the rats in the lab").
    "are rats", "are cockroaches", "are a plague", "are like rats", "are like cockroaches",
    "are like animals", "are like vermin", "are like parasites",
    # ... and the apes of racist abuse (issue 17, tenth set: "black people are like monkeys")
    "are monkeys", "are like monkeys", "are apes", "are like apes",
    # ... and as teenagers type contempt (issue 17, eleventh set: "gays r nasty")
    "are nasty", "are freaks",
)  # fmt: skip
# Lesbian, gay and trans people cast as sick or as a danger to children (issue 17, eleventh set:
# "trans people are mentally ill freaks", "they shouldnt be let near kids"): the old tropes that
# pathologise them or call them predators. Said of other groups the same words are mostly care
# ("many refugees are mentally ill after the war"), so only these groups have them.
ENGLISH_LGBT_GROUPS = (
    "gays", "lesbians", "trans people", "gay people", "trans women", "trans men",
    "transgender people",
)  # fmt: skip
ENGLISH_LGBT_CLAIMS = (
    "are mentally ill", "are sick in the head", "are groomers", "are paedos", "are pedos",
    "are paedophiles", "are pedophiles", "are a danger to kids", "are a danger to children",
    "shouldn't be allowed near kids", "shouldnt be allowed near kids",
    "shouldn't be let near kids", "shouldnt be let near kids",
    "should be kept away from kids", "should be kept away from children",
)  # fmt: skip
# The antisemitic trope of a people that secretly runs the world ("those jews run everything"):
# said of any other group ("women run everything in my house") it is no such trope.
JEWISH_GROUPS = ("jews", "jewish people", "the jews")
WORLD_CONTROL_CLAIMS = (
    "run everything", "control everything", "run the world", "control the world",
    "control the media", "control the banks",
)  # fmt: skip
# Contempt before a group ("those dirty jews", "filthy immigrants"): the group named as dirt.
ENGLISH_CONTEMPT = ("dirty", "filthy", "stinking", "smelly")
CONTEMPT_GROUPS = tuple(g for g in ENGLISH_GROUPS if g not in ("those people", "women"))
# Hatred of a whole group said outright ("i hate gays", "odio a los gitanos").
ENGLISH_HATRED = ("i hate", "i hate all", "i fucking hate")
HATRED_GROUPS = tuple(g for g in ENGLISH_GROUPS if g != "those people")
SPANISH_FEMININE_GROUPS = frozenset({"lesbianas", "mujeres"})
# A group named by a pronoun only ("i hate all of them, they should die"): the claims that wish
# people gone or dead, recorded low (not held), since the post must say who "they" are.
ENGLISH_POINTED = ("they", "them all", "all of them", "them lot")
ENGLISH_POINTED_CLAIMS = (
    "should be deported", "should all be deported", "need to be deported", "should die",
    "should all die", "should be killed", "should all be killed", "should be wiped out",
    "should go back to their own country", "don't belong in this country", "should be locked up",
)  # fmt: skip
# People who come from elsewhere cast as invaders ("all them immigrants are taking over").
ENGLISH_NEWCOMERS = (
    "immigrants", "migrants", "refugees", "asylum seekers", "foreigners", "illegals",
)  # fmt: skip
ENGLISH_INVASION_CLAIMS = (
    "are taking over", "are invading", "are invading us", "are an invasion", "are swarming in",
    "are swarming our country",
)  # fmt: skip
# A call to kill, gas or drive out a whole group ("kill all the immigrants", "kick the
# gypsies out"), and to attack its places of worship ("bomb their mosque").
ENGLISH_CALLS = (
    ("kill all the", ""), ("kill all", ""), ("gas the", ""), ("gas all the", ""),
    ("exterminate the", ""), ("exterminate all", ""), ("wipe out the", ""),
    ("wipe out all the", ""), ("get rid of all the", ""), ("deport all the", ""),
    ("deport all", ""), ("kick out all the", ""), ("kick out the", ""),
    ("kick the", "out"), ("kick all the", "out"), ("kick all", "out"),
)  # fmt: skip
ENGLISH_WORSHIP = ("mosque", "mosques", "synagogue", "synagogues")
ENGLISH_ATTACKS = (
    "bomb the", "bomb their", "burn down the", "burn down their", "blow up the",
    "blow up their", "burn the", "burn their", "attack the", "attack their",
)  # fmt: skip
# What history says of a regime's or an army's aim (a lesson, a book): no call of the writer's.
REPORTED_AIMS = ("wanted to", "tried to", "planned to", "sought to", "attempted to", "set out to")
CALLS_DEFINITION = (
    "A call to kill, gas or drive out a whole group of people, or to attack its place of "
    "worship: a threat and hate speech about people for who they are. Check who says it and "
    "whether it is aimed at anyone in the school. [es] Una llamada a matar, gasear o expulsar a "
    "todo un grupo de personas, o a atacar su lugar de culto: una amenaza y un discurso de odio "
    "contra personas por lo que son. Compruebe quién lo dice y si va dirigido a alguien del "
    "centro."
)
SPANISH_GROUPS = (
    "musulmanes", "judíos", "gays", "lesbianas", "trans", "negros", "inmigrantes",
    "migrantes", "refugiados", "moros", "gitanos", "sudacas", "chinos", "árabes",
    "mujeres", "latinos", "rumanos", "discapacitados",
)  # fmt: skip
SPANISH_CLAIMS = (
    "son terroristas", "son delincuentes", "son criminales", "son basura", "son escoria",
    "son animales", "son ratas", "son parásitos", "son un asco", "son asquerosos",
    "son inferiores", "son violadores", "son una plaga", "deberían morir",
    "deberían irse de aquí", "no deberían existir",
    "son todos terroristas", "son todos delincuentes", "son todos criminales",
    "son todos basura", "son todos unos animales", "son todos ratas", "son todos violadores",
    "deberían largarse", "deberían largarse de aquí", "deberían volver a su país",
    "que se vuelvan a su país", "son invasores", "nos están invadiendo",
    "me dan asco", "deberían estar presos", "deberían estar en la cárcel",
    "apestan", "huelen mal", "deberían arder", "deberían ser quemados",
    # With the article students put before the animal ("los moros son unas ratas").
    "son unas ratas", "son unos parásitos", "son unos animales", "son unas cucarachas",
    "son cucarachas", "son como ratas", "son como animales",
    "son monos", "son como monos", "son unos monos",
    # Thieves, as English has them (issue 17, eleventh set: "los moros son todos unos ladrones")
    "son ladrones", "son unos ladrones", "son todos ladrones", "son todos unos ladrones",
)  # fmt: skip
# As in English, lesbian, gay and trans people cast as sick or as a danger to children, in both
# genders ("las trans son enfermas mentales").
SPANISH_LGBT_GROUPS = ("gays", "lesbianas", "trans", "transexuales")
SPANISH_LGBT_CLAIMS = (
    "son enfermos mentales", "son enfermas mentales", "son enfermos", "son enfermas",
    "están enfermos", "están enfermas", "están enfermos de la cabeza",
    "están enfermas de la cabeza", "son pederastas", "son pedófilos",
    "son un peligro para los niños",
    "no deberían estar cerca de niños", "no deberían estar cerca de los niños",
)  # fmt: skip
SPANISH_POINTED = ("ellos", "todos ellos")
SPANISH_POINTED_CLAIMS = (
    "deberían morir", "deberían morirse", "deberían irse de aquí", "deberían largarse",
    "deberían volver a su país", "no deberían existir",
)  # fmt: skip

ENGLISH_DEFINITION = (
    "A generalisation that casts a whole group of people as vile or unwanted: hate speech "
    "about people for who they are. Check whether the student says it, repeats it or "
    "reports it, and respond to the group it targets. [es] Una generalización que presenta a "
    "todo un grupo de personas como despreciable o indeseado: discurso de odio contra personas "
    "por lo que son. Compruebe si el alumno lo dice, lo repite o lo denuncia, y responda "
    "pensando en el grupo al que ataca."
)
SPANISH_DEFINITION = (
    "Una generalización que presenta a todo un grupo de personas como despreciable o "
    "indeseado: discurso de odio por lo que son. Compruebe si el alumno lo dice, lo repite "
    "o lo denuncia. [en] A generalisation casting a whole group of people as vile or "
    "unwanted: hate speech about people for who they are."
)

POINTED_ENGLISH_DEFINITION = (
    "A wish that a group named only as 'they' or 'them' be deported or die. Hate speech when "
    "'they' are people of a faith, origin or identity: read the post for who is meant. [es] El "
    "deseo de que un grupo nombrado solo como 'they' o 'them' (ellos) sea deportado o muera. Es "
    "discurso de odio cuando 'ellos' son personas de una fe, un origen o una identidad: lea la "
    "publicación para saber a quién se refiere."
)
POINTED_SPANISH_DEFINITION = (
    "El deseo de que un grupo, nombrado solo como 'ellos', se vaya o muera. Es odio si son "
    "personas de una fe, un origen o una identidad: lea a quién se refiere. [en] A wish that a "
    "group named only as 'they' leave or die: hate when they are people of a faith or origin."
)
HELD, LOW = 3, 2


def rows(
    groups: tuple[str, ...], claims: tuple[str, ...], definition: str, severity: int = HELD
) -> list[list[str]]:
    """One entry per group and claim: hate, held for a lead unless said lower, whole words."""
    return [
        [f"{group} {claim}", "hate", str(severity), "word", definition, ""]
        for group in groups
        for claim in claims
    ]


def contempt(groups: tuple[str, ...], words: tuple[str, ...], definition: str) -> list[list[str]]:
    """One entry per word of contempt before a group ("dirty jews"), held for a lead."""
    return [
        [f"{word} {group}", "hate", str(HELD), "word", definition, ""]
        for word in words
        for group in groups
    ]


def calls(
    groups: tuple[str, ...], around: tuple[tuple[str, str], ...], definition: str
) -> list[list[str]]:
    """One entry per group and call around it ("kill all the" ..., "kick the" ... "out"),
    except where history reports it as someone's aim ("the regime tried to wipe out the ...")."""
    found = []
    for before, after in around:
        for group in groups:
            term = " ".join(filter(None, (before, group, after)))
            told = "|".join(f"{aim} {term}" for aim in REPORTED_AIMS)
            found.append([term, "hate", str(HELD), "word", definition, told])
    return found


def block(entries: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(entries)
    return f"{BEGIN}\n{buffer.getvalue()}{END}\n"


def with_block(text: str, entries: list[list[str]]) -> str:
    """``text`` (a library file) with its generated block replaced, or added at its end."""
    if BEGIN in text:
        text = text[: text.index(BEGIN)] + text[text.index(END) + len(END) + 1 :]
    if not text.endswith("\n"):
        text += "\n"
    return text + block(entries)


def hand_written_terms(path: Path) -> set[str]:
    """The terms written by hand above the generated block (a library lists a term once)."""
    text = path.read_text(encoding="utf-8")
    text = text[: text.index(BEGIN)] if BEGIN in text else text
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0] for row in csv.reader(lines) if row}


def expected() -> dict[Path, list[list[str]]]:
    """Each file's generated rows, less any term its hand-written part already has."""
    products = {
        LIBRARIES / "hate.csv": rows(ENGLISH_GROUPS, ENGLISH_CLAIMS, ENGLISH_DEFINITION)
        + rows(ENGLISH_NEWCOMERS, ENGLISH_INVASION_CLAIMS, ENGLISH_DEFINITION)
        + rows(ENGLISH_LGBT_GROUPS, ENGLISH_LGBT_CLAIMS, ENGLISH_DEFINITION)
        + rows(ENGLISH_POINTED, ENGLISH_POINTED_CLAIMS, POINTED_ENGLISH_DEFINITION, LOW)
        + contempt(CONTEMPT_GROUPS, ENGLISH_CONTEMPT, ENGLISH_DEFINITION)
        + contempt(HATRED_GROUPS, ENGLISH_HATRED, ENGLISH_DEFINITION)
        + rows(JEWISH_GROUPS, WORLD_CONTROL_CLAIMS, ENGLISH_DEFINITION)
        + calls(ENGLISH_GROUPS, ENGLISH_CALLS, CALLS_DEFINITION)
        + calls(ENGLISH_WORSHIP, tuple((a, "") for a in ENGLISH_ATTACKS), CALLS_DEFINITION),
        LIBRARIES / "hate_es.csv": rows(SPANISH_GROUPS, SPANISH_CLAIMS, SPANISH_DEFINITION)
        + rows(SPANISH_LGBT_GROUPS, SPANISH_LGBT_CLAIMS, SPANISH_DEFINITION)
        + rows(SPANISH_POINTED, SPANISH_POINTED_CLAIMS, POINTED_SPANISH_DEFINITION, LOW)
        + rows(("judíos", "los judíos"), ("lo controlan todo",), SPANISH_DEFINITION)
        + [
            [
                f"odio a {'las' if group in SPANISH_FEMININE_GROUPS else 'los'} {group}",
                "hate",
                str(HELD),
                "word",
                SPANISH_DEFINITION,
                "",
            ]
            for group in SPANISH_GROUPS
        ],
    }
    found = {}
    for path, entries in products.items():
        written = hand_written_terms(path)
        found[path] = [row for row in entries if row[0] not in written]
    return found


def main() -> None:
    for path, entries in expected().items():
        path.write_text(with_block(path.read_text(encoding="utf-8"), entries), encoding="utf-8")
        print(f"{path.name}: {len(entries)} generalisations")


if __name__ == "__main__":
    main()
