"""Dana, a safeguarding lead who chose Spanish for the admin, opens what her menu offers beyond
the queue and the libraries: the moderation settings, the routing rules, the trusted adults, the
school's help contacts, the LMS platforms. Their titles, labels and help texts came from model
names and fields, and were English; a lead working in English still reads them in English."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Site

from curriculum.models import HelpContactSettings
from moderation.models import RoutingRule, TrustedAdult
from tests.moderation.staff.test_a_spanish_speaking_lead import assert_reads, page, working_in
from tests.personas import school_platform

pytestmark = pytest.mark.django_db

SETTINGS = "/admin/settings/moderation/moderationsettings/"
HELP_CONTACTS = "/admin/settings/curriculum/helpcontactsettings/"
RULES = "/admin/moderation/routing-rules/"
ADULTS = "/admin/moderation/trusted-adults/"
PLATFORMS = "/admin/lti_platforms/"
SELF_TEST = "/admin/lti/self-test/"


def settings_page(client, url: str) -> str:
    # A settings page answers with a redirect to the row it edits.
    response = client.get(url, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_her_menu_names_every_page_in_spanish(client, lead):
    working_in(client, lead, "es")

    html = page(client, "/admin/")

    # The sidebar's labels come inside a JSON document, which writes "ó" as \u00f3.
    for label in (
        "Configuraci\\u00f3n de moderaci\\u00f3n",
        "Contactos de ayuda",
        "Reglas de env\\u00edo",
        "Adultos de confianza",
        "Plataformas LMS",
        "Comprobaci\\u00f3n de LTI",
        "Atajos de teclado",
    ):
        assert f'"label": "{label}"' in html, label
    for english in ("Moderation settings", "Help contacts", "LMS platforms", "LTI self-test"):
        assert f'"label": "{english}"' not in html, english


def test_the_moderation_settings_page_is_titled_in_spanish(client, lead):
    working_in(client, lead, "es")

    html = settings_page(client, SETTINGS)

    assert_reads(
        html,
        ("Editando: Configuración de moderación", "Guarde los cambios antes de salir"),
        ("Moderation settings", "Save your changes before leaving"),
    )


def test_the_routing_rules_list_reads_in_spanish(client, lead):
    RoutingRule.objects.create(name="Everything to the leads", is_default=True, min_severity=2)
    working_in(client, lead, "es")

    html = page(client, RULES)

    assert_reads(
        html,
        ("Reglas de envío", "Añadir regla de envío", "1 regla de envío", "Filtrar por"),
        ("Routing rule", "Add routing rule", "Filter by", "Is default", "Search…", "Sort by"),
    )


def test_a_routing_rule_form_reads_in_spanish(client, lead):
    rule = RoutingRule.objects.create(name="Everything to the leads", is_default=True)
    working_in(client, lead, "es")

    for html in (page(client, RULES + "new/"), page(client, f"{RULES}edit/{rule.pk}/")):
        assert_reads(
            html,
            (
                "Regla de envío",
                "Las reglas con el número más bajo se prueban primero.",
                "Envía todo lo que ninguna otra regla envía.",
                "Gravedad mínima",
                '<option value="4">Crítica</option>',
                "Emisor del LMS",
                "Incluir a los docentes del curso",
                "Derivar a usuarios",
                "El siguiente contacto cuando nadie acusa recibo de una alerta a tiempo.",
                "Derivar a grupos",
            ),
            (
                "Routing rule",
                "Lower numbers are tried first.",
                "Min severity",
                ">Critical<",
                "Issuer",
                "Include course teachers",
                "Escalate to",
                "not acknowledged in time",
            ),
        )


def test_the_trusted_adults_list_and_form_read_in_spanish(client, lead):
    adult = TrustedAdult.objects.create(user=lead, display_name="Ms Rivera", role_title="Tutor")
    working_in(client, lead, "es")

    adults = page(client, ADULTS)
    assert_reads(
        adults,
        ("Adultos de confianza", "Añadir adulto de confianza", "1 adulto de confianza", "Activo"),
        ("Trusted adult", "Add trusted adult", "Filter by"),
    )
    for html in (page(client, ADULTS + "new/"), page(client, f"{ADULTS}edit/{adult.pk}/")):
        assert_reads(
            html,
            (
                "Adulto de confianza",
                "Nombre que ven los estudiantes",
                "Tal como los estudiantes conocen a esta persona, p. ej., Sra. Rivera.",
                "p. ej., Orientadora escolar.",
                "Los estudiantes ven primero los números más bajos.",
            ),
            ("Trusted adult", "Display name", "As students know them", "Role title", "Sort order"),
        )


def test_a_students_account_is_refused_as_a_trusted_adult_in_spanish(student):
    # The admin shows the refusal while her language is active; the message is read then.
    with translation.override("es"):
        with pytest.raises(ValidationError) as refused:
            TrustedAdult(user=student, display_name="Sam").full_clean()

        assert refused.value.message_dict["user"] == [
            "Solo un miembro del personal puede ser adulto de confianza; esta es la cuenta de "
            "un estudiante."
        ]


def test_the_help_contacts_read_in_spanish_and_still_save(client, lead):
    working_in(client, lead, "es")

    html = settings_page(client, HELP_CONTACTS)

    assert_reads(
        html,
        (
            "Editando: Contactos de ayuda",
            "Mientras no se marque ningún servicio",
            "País",
            '<option value="ES">España</option>',
            "Contactos que hemos comprobado",
            "España: Fundación ANAR (Llama gratis al 900 20 20 10, a cualquier hora)",
            "Nuestros contactos",
            "Contacto en la escuela",
            "Número de emergencias",
        ),
        (
            "Help contacts",
            "Lessons and family guides",
            "Country",
            ">Spain<",
            "Contacts we have checked",
            "Call 900 20 20 10",
            "Our own",
            "School contact",
            "Emergency number",
        ),
    )
    site = Site.objects.get(is_default_site=True)
    saved = client.post(
        f"{HELP_CONTACTS}{site.pk}/",
        {"country": "ES", "confirmed_contacts": ["es-anar"], "emergency_number": "112"},
    )
    assert saved.status_code == 302
    contacts = HelpContactSettings.for_site(site)
    assert (contacts.country, contacts.confirmed_contacts) == ("ES", ["es-anar"])


def test_the_lms_platforms_read_in_spanish(client, lead):
    # A school's LMS registered itself again for an issuer already known: it waits for a lead.
    platform = school_platform()
    platform.awaiting_approval = True
    platform.save()
    working_in(client, lead, "es")

    assert_reads(
        page(client, PLATFORMS),
        (
            "Plataformas LMS",
            "Añadir plataforma LMS",
            "Registrar un LMS",
            "Pendiente de aprobación",
            "Introducida a mano",
        ),
        ("Add platform", "Register an LMS", "Awaiting approval", "Entered by hand", "Is active"),
    )
    assert_reads(
        page(client, f"{PLATFORMS}edit/{platform.pk}/"),
        (
            "Emisor",
            "El ID de cliente que el LMS le dio a esta herramienta.",
            "Direcciones",
            "Aceptar implementaciones nuevas",
            "Implementaciones",
        ),
        ("The client id the LMS gave", "Endpoints", "Deployments", "Inactive platforms"),
    )


def test_a_platforms_addresses_and_its_move_to_keys_of_its_own_read_in_spanish(client, lead):
    platform = school_platform()  # configured before every platform had keys of its own
    type(platform).objects.filter(pk=platform.pk).update(tool_key_set="")
    working_in(client, lead, "es")

    assert_reads(
        page(client, f"{PLATFORMS}edit/{platform.pk}/"),
        (
            "Direcciones para pegar en este LMS",
            "URL del conjunto de claves públicas (JWKS) de esta plataforma",
            "Dar claves propias a esta plataforma",
        ),
        ("Addresses to paste into this LMS", "Give this platform keys of its own"),
    )
    move = f"/admin/lti/platforms/{platform.pk}/own-keys/"
    assert_reads(
        page(client, move),
        ("Claves propias", "firma sus peticiones de token", "Darle claves propias"),
        ("Keys of its own", "Give it keys of its own"),
    )
    moved = client.post(move)
    assert moved.status_code == 200
    assert_reads(
        moved.content.decode(),
        ("tiene claves propias", "URL del conjunto de claves públicas", "Volver a la plataforma"),
        ("has keys of its own", "Back to the platform"),
    )


def test_the_lti_self_test_reads_in_spanish(client, lead):
    # Its menu item was Spanish, and the page under it English (found walking `make demo`).
    platform = school_platform()
    platform.is_active, platform.awaiting_approval = False, True  # registered again: waits
    platform.save()
    working_in(client, lead, "es")

    assert_reads(
        page(client, SELF_TEST),
        (
            "<title>Comprobación de LTI",
            "Esta herramienta",
            "Enlace de registro dinámico",
            "Emisor del LMS",
            "Déjala vacía para Moodle.",
            "Crear un enlace de registro",
            "Pendiente de aprobación",
            "Estos registros dicen ser de un emisor que Upstander ya conoce",
            "Aprobar School LMS",
            "Direcciones para pegar a mano",
            "Plataformas",
            "Todavía no hay ninguna plataforma registrada.",
            "Cuando un navegador bloquea las cookies dentro del LMS",
            "Qué ofrece cada LMS cuando se bloquean las cookies",
            "Cada pista de lanzamiento funciona una sola vez",
        ),
        (
            "LTI self-test",
            "This tool",
            "LMS issuer",
            "Leave empty for Moodle",
            "Create a registration link",
            "These registrations claim",
            "Addresses to paste by hand",
            "No platform is registered yet.",
            "When a browser blocks cookies",
            "Each launch hint works once",
        ),
    )


def test_a_lead_working_in_english_still_reads_english(client, lead):
    RoutingRule.objects.create(name="Everything to the leads", is_default=True)
    working_in(client, lead, "en")

    assert "Editing: Moderation settings" in settings_page(client, SETTINGS)
    assert_reads(
        page(client, RULES + "new/"),
        ("Lowest severity", "Lower numbers are tried first.", ">Critical<", "Escalate to users"),
        ("Gravedad", "Crítica"),
    )
    assert_reads(
        page(client, ADULTS + "new/"),
        ("Name students see", "As students know them, e.g. Ms Rivera.", "Students see lower"),
        ("Nombre que ven",),
    )
    assert_reads(
        settings_page(client, HELP_CONTACTS),
        (
            "Editing: Help contacts",
            "Country",
            "Spain: Fundación ANAR (Call 900 20 20 10",
            "Our own",
        ),
        ("País", "España", "Llama gratis"),
    )
    assert '"label": "LMS platforms"' in page(client, "/admin/")
    assert_reads(page(client, PLATFORMS), ("LMS platforms", "Register an LMS"), ("Registrar",))
