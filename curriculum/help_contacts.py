"""Where a student or a family can get help: the school's confirmed contacts, by topic.

A school picks its country in Settings > Help contacts; the presets of that country are then
shown to staff as "to confirm", and to students only once a safeguarding lead has ticked each
one as checked. An unverified number is worse than none: a child who rings a number that no
longer answers may not try again. Until something is confirmed, students get the help every
school has: a trusted adult, the safeguarding lead, and the anonymous /concern/ form.

The presets below name only services we are sure exist; the school still confirms each one.
Texts are kept here in English and Spanish because they are content a lead confirms, not
site chrome: a Spanish family guide shows the Spanish wording of the same contact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_noop

from lessons_content.vocabulary import HELP_TOPICS

EN, ES = "en", "es"
SELF_HARM, ABUSE, SEXTORTION, IMAGE_REMOVAL = HELP_TOPICS  # the vocabulary's order

# In English; the settings form names them in the lead's language (the catalogue has them).
COUNTRIES = {
    "US": gettext_noop("United States"),
    "GB": gettext_noop("United Kingdom"),
    "ES": gettext_noop("Spain"),
    "INTL": gettext_noop("Elsewhere (international services)"),
}


@dataclass(frozen=True, slots=True)
class Preset:
    key: str
    country: str
    name: str
    reach: dict[str, str]  # how to reach it, per language ("Call or text 988")
    about: dict[str, str]  # what it is for, per language
    url: str
    topics: frozenset[str]
    phone: str = ""  # digits for a tel: link, when it is a number to ring

    @property
    def label(self) -> str:
        """How the lead sees it on the settings form."""
        return f"{COUNTRIES[self.country]}: {self.name} ({self.reach[EN]})"


def _preset(key: str, country: str, name: str, *, topics: Iterable[str], **fields: Any) -> Preset:
    return Preset(key=key, country=country, name=name, topics=frozenset(topics), **fields)


ALL_TOPICS = tuple(HELP_TOPICS)

PRESETS: tuple[Preset, ...] = (
    _preset(
        "us-988",
        "US",
        "988 Suicide & Crisis Lifeline",
        reach={EN: "Call or text 988, or chat online", ES: "Llama o envía un mensaje al 988"},
        about={
            EN: "Free, confidential support at any hour for anyone who is struggling.",
            ES: "Apoyo gratuito y confidencial a cualquier hora, también en español.",
        },
        url="https://988lifeline.org",
        phone="988",
        topics=[SELF_HARM],
    ),
    _preset(
        "us-crisis-text-line",
        "US",
        "Crisis Text Line",
        reach={EN: "Text HOME to 741741", ES: "Envía HOME al 741741"},
        about={
            EN: "A trained volunteer texts back, at any hour.",
            ES: "Un voluntario formado te responde por mensaje, a cualquier hora.",
        },
        url="https://www.crisistextline.org",
        topics=[SELF_HARM],
    ),
    _preset(
        "us-childhelp",
        "US",
        "Childhelp National Child Abuse Hotline",
        reach={EN: "Call or text 1-800-422-4453", ES: "Llama o envía un mensaje al 1-800-422-4453"},
        about={
            EN: "For children and adults worried about abuse, at any hour.",
            ES: "Para niños y adultos preocupados por un posible abuso, a cualquier hora.",
        },
        url="https://www.childhelphotline.org",
        phone="18004224453",
        topics=[ABUSE],
    ),
    _preset(
        "us-cybertipline",
        "US",
        "NCMEC CyberTipline",
        reach={
            EN: "Report online or call 1-800-843-5678",
            ES: "Denuncia en línea o llama al 1-800-843-5678",
        },
        about={
            EN: "Report online sexual exploitation of a child, including sextortion.",
            ES: "Para denunciar la explotación sexual de menores en internet, incluida la "
            "sextorsión.",
        },
        url="https://report.cybertip.org",
        phone="18008435678",
        topics=[ABUSE, SEXTORTION, IMAGE_REMOVAL],
    ),
    _preset(
        "us-take-it-down",
        "US",
        "Take It Down (NCMEC)",
        reach={EN: "takeitdown.ncmec.org", ES: "takeitdown.ncmec.org"},
        about={
            EN: "Helps remove nude or sexual images taken before you were 18, without sending "
            "the image to anyone.",
            ES: "Ayuda a retirar imágenes íntimas tomadas antes de los 18 años, sin enviar la "
            "imagen a nadie.",
        },
        url="https://takeitdown.ncmec.org",
        topics=[SEXTORTION, IMAGE_REMOVAL],
    ),
    _preset(
        "gb-childline",
        "GB",
        "Childline",
        reach={EN: "Call 0800 1111, free", ES: "Llama gratis al 0800 1111"},
        about={
            EN: "For anyone under 19, about anything, by phone or online chat.",
            ES: "Para menores de 19 años, sobre cualquier tema, por teléfono o chat.",
        },
        url="https://www.childline.org.uk",
        phone="08001111",
        topics=ALL_TOPICS,
    ),
    _preset(
        "gb-samaritans",
        "GB",
        "Samaritans",
        reach={EN: "Call 116 123, free, any hour", ES: "Llama gratis al 116 123, a cualquier hora"},
        about={
            EN: "Someone to talk to when things feel too much.",
            ES: "Alguien con quien hablar cuando todo se hace demasiado.",
        },
        url="https://www.samaritans.org",
        phone="116123",
        topics=[SELF_HARM],
    ),
    _preset(
        "gb-report-remove",
        "GB",
        "Report Remove (Childline and the IWF)",
        reach={
            EN: "Search 'Report Remove' on childline.org.uk",
            ES: "Busca 'Report Remove' en childline.org.uk",
        },
        about={
            EN: "Under 18? Report a nude image or video of you that is online, to get it "
            "taken down.",
            ES: "Para menores de 18 años: denunciar una imagen íntima propia publicada en "
            "internet para que la retiren.",
        },
        url="https://www.childline.org.uk",
        topics=[SEXTORTION, IMAGE_REMOVAL],
    ),
    _preset(
        "gb-ceop",
        "GB",
        "CEOP Safety Centre (National Crime Agency)",
        reach={EN: "Report online", ES: "Denuncia en línea"},
        about={
            EN: "Report online sexual abuse or grooming, or someone pressuring you for images.",
            ES: "Para denunciar abuso sexual o acoso sexual en internet, o presión para enviar "
            "imágenes.",
        },
        url="https://www.ceop.police.uk/Safety-Centre/",
        topics=[ABUSE, SEXTORTION],
    ),
    _preset(
        "es-anar",
        "ES",
        "Fundación ANAR",
        reach={
            EN: "Call 900 20 20 10, free, any hour",
            ES: "Llama gratis al 900 20 20 10, a cualquier hora",
        },
        about={
            EN: "Help for children and teenagers, about anything.",
            ES: "Ayuda para niños, niñas y adolescentes, sobre cualquier problema.",
        },
        url="https://www.anar.org",
        phone="900202010",
        topics=ALL_TOPICS,
    ),
    _preset(
        "es-024",
        "ES",
        "Línea 024",
        reach={EN: "Call 024, free, any hour", ES: "Llama gratis al 024, a cualquier hora"},
        about={
            EN: "Support for anyone thinking about suicide, and for the people around them.",
            ES: "Atención a personas con pensamientos de suicidio y a quienes las rodean.",
        },
        url="https://www.sanidad.gob.es",
        phone="024",
        topics=[SELF_HARM],
    ),
    _preset(
        "es-017",
        "ES",
        "017, INCIBE",
        reach={EN: "Call 017, free", ES: "Llama gratis al 017"},
        about={
            EN: "Spain's cybersecurity helpline, also for young people and families.",
            ES: "Línea de ayuda en ciberseguridad, también para menores y familias.",
        },
        url="https://www.incibe.es",
        phone="017",
        topics=[SEXTORTION, IMAGE_REMOVAL],
    ),
    _preset(
        "intl-inhope",
        "INTL",
        "INHOPE",
        reach={
            EN: "Find your country's hotline at inhope.org",
            ES: "Busca la línea de tu país en inhope.org",
        },
        about={
            EN: "Reporting hotlines for sexual images of children, around the world.",
            ES: "Líneas de denuncia de imágenes sexuales de menores en todo el mundo.",
        },
        url="https://www.inhope.org",
        topics=[SEXTORTION, IMAGE_REMOVAL],
    ),
    _preset(
        "intl-child-helplines",
        "INTL",
        "Child Helpline International",
        reach={
            EN: "Find your country's helpline at childhelplineinternational.org",
            ES: "Busca la línea de ayuda de tu país en childhelplineinternational.org",
        },
        about={
            EN: "A directory of free helplines for children and young people.",
            ES: "Un directorio de líneas de ayuda gratuitas para niños y jóvenes.",
        },
        url="https://childhelplineinternational.org",
        topics=ALL_TOPICS,
    ),
)
PRESETS_BY_KEY = {p.key: p for p in PRESETS}
PRESET_LABELS = {p.key: p.label for p in PRESETS}


# --- What a page shows -----------------------------------------------------------------

TEXTS = {
    EN: {
        "heading": "Where to get help",
        "always": (
            "You can always talk to a trusted adult: a parent or carer, your teacher, or your "
            "school's safeguarding lead. You can also tell the school online, anonymously if "
            "you prefer, with the concern form."
        ),
        "concern": "Tell a trusted adult with the concern form",
        "always_family": (
            "Your child can always talk to a trusted adult at home or at school, including the "
            "school's safeguarding lead, and so can you. Your child can also tell the school "
            "online, anonymously if they prefer, with the concern form."
        ),
        "concern_family": "The school's concern form",
        "school": "At our school:",
        "emergency": "If someone is in danger right now, call {number}.",
        "emergency_unknown": "If someone is in danger right now, call your local emergency number.",
        "to_confirm": "To confirm (staff only: students do not see these yet)",
        "to_confirm_help": (
            "Suggested for {country}. A safeguarding lead checks each one and ticks it in "
            "Settings > Help contacts; only then do students and families see it."
        ),
        "none_chosen": (
            "Staff only: no country is chosen in Settings > Help contacts, so no helpline is "
            "shown here."
        ),
    },
    ES: {
        "heading": "Dónde pedir ayuda",
        "always": (
            "Siempre puedes hablar con un adulto de confianza: tu madre, tu padre o la persona "
            "que te cuida, tu profesor o profesora, o la persona responsable de protección de tu "
            "escuela. También puedes contarlo en línea, de forma anónima si lo prefieres, con "
            "el formulario de preocupaciones."
        ),
        "concern": "Contárselo a un adulto de confianza con el formulario",
        "always_family": (
            "Tu hijo o hija siempre puede hablar con un adulto de confianza en casa o en la "
            "escuela, también con la persona responsable de protección, y tú también. Además, "
            "puede contarlo a la escuela en línea, de forma anónima si lo prefiere, con el "
            "formulario de preocupaciones."
        ),
        "concern_family": "El formulario de preocupaciones de la escuela",
        "school": "En nuestra escuela:",
        "emergency": "Si alguien corre peligro ahora mismo, llama al {number}.",
        "emergency_unknown": "Si alguien corre peligro ahora mismo, llama al número de "
        "emergencias de tu país.",
        "to_confirm": "Por confirmar (solo personal: el alumnado y las familias aún no lo ven)",
        "to_confirm_help": (
            "Propuestos para {country}. La persona responsable de protección comprueba cada "
            "uno y lo marca en Propiedades > Contactos de ayuda; solo entonces se muestra."
        ),
        "none_chosen": (
            "Solo personal: no se ha elegido país en Propiedades > Contactos de ayuda, así que "
            "aquí no se muestra ninguna línea de ayuda."
        ),
    },
}
FAMILY, STUDENT = "family", "student"


@dataclass(frozen=True, slots=True)
class ShownContact:
    name: str
    reach: str
    about: str
    url: str
    phone: str


@dataclass(frozen=True, slots=True)
class HelpPanel:
    """One showing of the help contacts, already chosen for its reader."""

    language: str
    texts: dict[str, str]
    concern_url: str
    contacts: list[ShownContact] = field(default_factory=list)
    to_confirm: list[ShownContact] = field(default_factory=list)
    school_contact: str = ""
    emergency: str = ""
    staff_notice: str = ""


def _shown(preset: Preset, language: str) -> ShownContact:
    return ShownContact(
        preset.name, preset.reach[language], preset.about[language], preset.url, preset.phone
    )


def _about(preset: Preset, topics: frozenset[str]) -> bool:
    return not topics or bool(preset.topics & topics)


def help_panel(
    choice: Any,
    *,
    topics: Iterable[str] = (),
    language: str = EN,
    staff: bool = False,
    audience: str = STUDENT,
) -> HelpPanel:
    """What a reader sees. `choice` is the school's HelpContactSettings (or None): students
    and families get only what it confirms; `staff` also see the presets still to confirm.
    A family guide speaks to the parent (`audience=FAMILY`), a lesson to the student."""
    language = ES if language == ES else EN
    texts = dict(TEXTS[language])
    if audience == FAMILY:
        texts["always"], texts["concern"] = texts["always_family"], texts["concern_family"]
    wanted = frozenset(topics)
    country = getattr(choice, "country", "") or ""
    confirmed = set(getattr(choice, "confirmed_contacts", None) or [])
    number = (getattr(choice, "emergency_number", "") or "").strip()
    contacts = [_shown(p, language) for p in PRESETS if p.key in confirmed and _about(p, wanted)]
    to_confirm: list[ShownContact] = []
    notice = ""
    if staff:
        to_confirm = [
            _shown(p, language)
            for p in PRESETS
            if p.country == country and p.key not in confirmed and _about(p, wanted)
        ]
        if to_confirm:
            notice = texts["to_confirm_help"].format(country=COUNTRIES[country])
        elif not country:
            notice = texts["none_chosen"]
    return HelpPanel(
        language=language,
        texts=texts,
        # The form in the panel's language (moderation.concerns.language reads ?language=).
        concern_url=reverse("concerns:new") + ("" if language == EN else f"?language={language}"),
        contacts=contacts,
        to_confirm=to_confirm,
        school_contact=(getattr(choice, "school_contact", "") or "").strip(),
        emergency=(
            texts["emergency"].format(number=number) if number else texts["emergency_unknown"]
        ),
        staff_notice=notice,
    )
