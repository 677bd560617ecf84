"""Everyday reasons that the rest of a sentence gives for words which read as harm alone.

Issue 17's plain phrases ("havent eaten in days", "scratching my arms till they bleed", "took
a pill at the party", "i used to cut") are how a student says the harm, and also how a student
says an ordinary day. The sentence says which, in the reason it gives:

* a fast kept for a faith or before an operation, with no weight in the sentence: "Ramadan
  started and I havent eaten anything in hours" (``a_fast_kept``);
* an itch that is scratched: "scratching my arms till they bleed from the mosquito bites"
  (``an_itch_scratched``);
* a pill taken for an illness named: "Nan took a pill at the party for her blood pressure"
  (``a_pill_for_an_illness``);
* a thing that is cut after a habit of cutting: "I used to cut my own fringe", "antes me
  cortaba el pelo" (``a_thing_cut``);
* a thing that "happened again" ("..., the printer jammed": ``a_thing_happened_again``), and a
  Spanish weapon that is a toy ("una pistola de agua": ``a_toy_weapon``).

None of them holds where the sentence says the reason is a cover ("I tell everyone it's
eczema") or names weight. Pure Python, no Django; read by ``moderation.scanning.context``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# What a reason given as a cover says: "i tell people its eczema", "said it was for a
# headache", "pretended", "supposedly paracetamol" (not "the doctor says she must").
_COVER = re.compile(
    r"\b(?:(?:say|says|said|tell|tells|told|telling)\s+(?:\w+\s+)?"
    r"(?:it|its|that|everyone|everybody|people|them|mum|mom|dad|teachers?|sir|miss)"
    r"|pretend\w*|claim\w*|lie|lied|lying|lies|excuse|cover|blame\w*|supposedly|apparently"
    r"|actually|digo que|dije que|miento|mentí|mentira|excusa)\b"
)


def _a_cover(sentence: Collection[str]) -> bool:
    return _COVER.search(" ".join(sentence)) is not None


# A fast a faith keeps, or one a hospital asks for before an operation.
_FASTS = frozenset(
    "ramadan ramadán iftar suhoor suhur sehri lent kippur fasting ayuno ayunar ayunando "
    "cuaresma operation surgery anaesthetic anesthetic colonoscopy operación cirugía "
    "anestesia".split()
)
# ... and what makes any fast an eating disorder's: weight, a body, food's calories.
_WEIGHT = frozenset(
    "thin thinner skinny skinnier fat fatter weight weigh lose losing lost calories calorie "
    "diet dieting ugly disgusting gross body delgada delgado adelgazar gorda gordo peso "
    "calorías cuerpo asco".split()
)


def a_fast_kept(category: str, sentence: Collection[str]) -> bool:
    """Whether a sentence on not eating names a fast of a faith or before an operation and no
    weight: "Ramadan started and I havent eaten anything in hours"."""
    return (
        category == "eating_disorders"
        and not _FASTS.isdisjoint(sentence)
        and _WEIGHT.isdisjoint(sentence)
        and not _a_cover(sentence)
    )


# What itches.
_ITCHES = frozenset(
    "bite bites bitten mosquito mosquitos mosquitoes midge midges nettle nettles eczema rash "
    "rashes itch itchy itching itches chickenpox hives allergy allergic psoriasis sunburn "
    "flea fleas lice picadura picaduras eccema sarpullido varicela pica picor picores "
    "urticaria alergia".split()
)


def an_itch_scratched(category: str, own: list[str], sentence: Collection[str]) -> bool:
    """Whether a phrase of scratching till it bleeds sits in a sentence naming what itched:
    "scratching my arms till they bleed from the mosquito bites"."""
    return (
        category == "self_harm"
        and any(word.startswith(("scratch", "rasc")) for word in own)
        and not _ITCHES.isdisjoint(sentence)
        and not _a_cover(sentence)
    )


_PILLS = frozenset("pill pills pastilla pastillas pasti pastis".split())
# An illness a pill is taken for, or a medicine named.
_ILLNESS = re.compile(
    r"\b(?:headaches?|migraines?|hay ?fever|allerg(?:y|ies|ic)|asthma|blood pressure|heart"
    r"|paracetamol|ibuprofen|aspirin|antihistamines?|prescribed|prescription|medication"
    r"|painkillers?|diabetes|epilepsy|period pains?|cramps|travel sickness|sea ?sickness"
    r"|dolor de cabeza|migrañas?|alergias?|ibuprofeno|receta|tensión|mareo)\b"
)


def a_pill_for_an_illness(category: str, own: list[str], sentence: list[str]) -> bool:
    """Whether a pill taken is one for an illness the sentence names: "Nan took a pill at the
    party for her blood pressure"."""
    return (
        category == "drugs"
        and not _PILLS.isdisjoint(own)
        and _ILLNESS.search(" ".join(sentence)) is not None
        and not _a_cover(sentence)
    )


_CUTTING = frozenset("cut cuts cutting cortaba cortar corto corté cortado".split())
# Before the thing cut: "my own fringe", "the grass", "el pelo".
_BEFORE_THE_THING = frozenset(
    "my own the his her their our your a an some el la los las mi mis su sus".split()
)
# What is cut with scissors, shears or a knife in a day's work, and the classes cut short.
_CUT_THINGS = frozenset(
    "hair fringe bangs grass lawn hedge hedges paper card cardboard wood fabric veg "
    "vegetables onions carrots sandwiches crusts cake bread class classes lessons school "
    "coupons nails toenails pelo flequillo césped cesped uñas papel tela madera pan "
    "clases".split()
)


def a_thing_cut(category: str, own: list[str], clause_after: list[str]) -> bool:
    """Whether a self-harm phrase that ends in its verb ("i used to cut", "antes me cortaba")
    goes on to name a thing cut: "I used to cut my own fringe", "antes me cortaba el pelo"."""
    if category != "self_harm" or not own or own[-1] not in _CUTTING:
        return False
    for word in clause_after[:3]:
        if word in _CUT_THINGS:
            return True
        if word not in _BEFORE_THE_THING:
            return False
    return False


# A thing that breaks down, goes off or misbehaves, named as what "happened again".
_THINGS_THAT_HAPPEN = frozenset(
    "printer printers wifi internet alarm alarms computer computers laptop laptops phone "
    "tablet projector screen server power lights heating boiler toilet toilets pipe pipes "
    "roof bus buses train trains car engine dog cat puppy hamster weather storm flood rain "
    "snow game app website site update record bell system kettle oven fridge washing "
    "microwave fi".split()
)
_BEFORE_A_THING = frozenset("the our my his her their a an this that".split())
_AGAIN = frozenset("again night".split())


def a_thing_happened_again(category: str, own: list[str], right: list[str]) -> bool:
    """Whether "it happened again", told on by someone, is then said of a thing (``right``:
    the words after the match): "she told me it happened again, the printer jammed", "it
    happened again last night: the wifi went down". Never where a person comes first ("...,
    her uncle came in")."""
    if category != "grooming" or "happened" not in own or own[-1] not in _AGAIN:
        return False
    for word in right[:4]:
        if word in _THINGS_THAT_HAPPEN:
            return True
        if word not in _BEFORE_A_THING and word not in ("fire", "wi"):
            return False
    return False


# A weapon that Spanish names as a toy or a tool by what follows it: "una pistola de agua",
# "la pistola de silicona" (a glue gun). Never a gun "de balines" or "de aire", which hurt.
_WEAPONS_ES = frozenset("pistola pistolas arma armas escopeta escopetas rifle rifles".split())
_TOYS_AFTER = frozenset("agua juguete silicona pegamento pintura burbujas confeti".split())


def a_toy_weapon(category: str, own: list[str], clause_after: list[str]) -> bool:
    """Whether the weapon a violence phrase ends on is a toy or a tool named after it:
    "voy a traer una pistola de agua al cole", "sé dónde guarda la pistola de agua"."""
    return (
        category == "violence"
        and bool(own)
        and own[-1] in _WEAPONS_ES
        and clause_after[:1] == ["de"]
        and clause_after[1:2] != []
        and clause_after[1] in _TOYS_AFTER
    )
