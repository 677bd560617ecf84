"""Dana, a safeguarding lead who chose Spanish for the admin, works beyond the flags queue and
the case page: her notices on the admin home page, the concerns students sent her, the keyword
libraries (a library, an entry with its exceptions and history, the import page), the audit
log and the menu. Before, every one of these pages was English for her."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from moderation.models import KeywordEntry, TrustedAdult
from moderation.staff.actions import report_false_alarm
from tests.moderation.api.conftest import raise_concern_via_form
from tests.moderation.staff.test_a_spanish_speaking_lead import assert_reads, page, working_in

pytestmark = pytest.mark.django_db


def test_her_notices_on_the_admin_home_page_read_in_spanish(
    client, lead, teacher, course, student, make_flag
):
    flag = make_flag(course=course, student=student, category="self_harm", severity=1)
    report_false_alarm(flag, teacher, "A line from the novel we are reading")
    working_in(client, lead, "es")

    html = page(client, reverse("wagtailadmin_home"))

    assert_reads(
        html,
        (
            "Avisos de protección (1 sin leer)",
            f"Informativa: autolesiones y suicidio, caso {flag.pk}",
            "un docente informa de una falsa alarma",
            "Marcar todo como leído",
            "Abrir las alertas (1 nueva)",
        ),
        ("Safeguarding notices", "Mark all as read", "Open the flags queue", " ago"),
    )


def test_the_concerns_inbox_and_a_concern_read_in_spanish(client, lead):
    adult = TrustedAdult.objects.create(user=lead, display_name="Ms Rivera")
    raise_concern_via_form(Client(), adult)
    working_in(client, lead, "es")

    inbox = page(client, reverse("moderation_concerns:inbox"))
    assert_reads(
        inbox,
        ("Preocupaciones", "Abiertas o respondidas", "Comunicada", "Leer la preocupación"),
        ("Open or replied", "Named student", "Read concern", "No keywords"),
    )
    concern = adult.concerns.get()
    detail = page(client, reverse("moderation_concerns:detail", args=[concern.pk]))
    assert_reads(
        detail,
        (f"Preocupación {concern.pk}", "Conversación", "Su respuesta al estudiante", "Cerrar"),
        ("Conversation", "Answer the student", "Send the answer", "Close the concern"),
    )


def test_the_keyword_library_pages_read_in_spanish(client, lead, kill_entry):
    working_in(client, lead, "es")

    libraries = page(client, reverse("moderation_admin:libraries"))
    assert_reads(
        libraries,
        ("Bibliotecas de palabras clave", "Importar una biblioteca (CSV)", "Descargar CSV"),
        ("Import a library", "Download CSV", "Entries"),
    )
    entries = page(client, reverse("moderation_admin:entries", args=[kill_entry.library_id]))
    assert_reads(
        entries,
        ("Buscar entradas", "Violencia y armas", "Palabras completas", "Añadir una entrada"),
        ("Search entries", "Violence and weapons", "Whole words", "Add an entry"),
    )
    entry = page(client, reverse("moderation_admin:entry", args=[kill_entry.pk]))
    assert_reads(
        entry,
        ("Excepciones", "Añadir una excepción", "Historial", "Dejar de buscarla", "Término"),
        ("Exceptions", "Add an exception", "History", "Stop scanning for it", "Why are you"),
    )
    imported = page(client, reverse("moderation_admin:library_import"))
    assert_reads(
        imported,
        ("Importar una biblioteca de palabras clave", "Archivo CSV"),
        ("Import a keyword library", "CSV file"),
    )


def test_what_a_library_change_answers_is_in_spanish(client, lead, kill_entry):
    working_in(client, lead, "es")
    exclude = reverse("moderation_admin:entry_exclude", args=[kill_entry.pk])

    blank = client.post(exclude, {"reason": ""}, follow=True).content.decode()
    assert "Rellene todos los campos, también el motivo." in blank
    done = client.post(exclude, {"reason": "Demasiadas falsas alarmas"}, follow=True)
    assert "Excluida: ya no se busca esta palabra clave" in done.content.decode()
    assert KeywordEntry.objects.get(pk=kill_entry.pk).excluded


def test_the_audit_log_and_the_menu_read_in_spanish(client, lead, make_flag):
    make_flag()
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_admin:audit"))

    assert_reads(
        html,
        ("Registro de auditoría de moderación", "Cualquier acción", "Quién", "Motivo"),
        ("Moderation audit log", "Any action", "Object type"),
    )
    # The sidebar's labels are in a JSON document, which writes "í" as \u00ed.
    assert "Registro de auditor\\u00eda" in html
    assert "Bibliotecas de palabras clave" in html
    assert "Preocupaciones" in html


def test_a_page_a_teacher_may_not_open_says_so_in_spanish(client, teacher):
    # Tom reaches the admin as a content editor, but concerns are for their adult and the leads.
    working_in(client, teacher, "es")

    refused = client.get(reverse("moderation_concerns:inbox"))

    assert refused.status_code == 403
    assert_reads(
        refused.content.decode(),
        ("No disponible", "consulte con su responsable de protección"),
        ("Not available", "ask your safeguarding lead"),
    )


def test_the_moderation_settings_read_in_spanish(client, lead):
    working_in(client, lead, "es")

    response = client.get("/admin/settings/moderation/moderationsettings/", follow=True)

    assert response.status_code == 200
    assert_reads(
        response.content.decode(),
        ("Gravedad a partir de la que se retiene", "Los docentes ven las alertas hasta", "Alta"),
        ("Hold severity", "Posts matching at or above", "Teacher max severity"),
    )


def test_an_english_only_definition_is_marked_english_on_her_spanish_page(client, lead, make_flag):
    # A definition a school typed in English only is shown as it is: her screen reader is told.
    flag = make_flag(matches=[("loser", "An insult aimed at someone.")])
    working_in(client, lead, "es")

    html = page(client, reverse("moderation_admin:case", args=[flag.pk]))

    assert '<span lang="en">An insult aimed at someone.</span>' in html


def test_the_routing_rules_and_trusted_adults_lists_read_in_spanish(client, lead):
    from moderation.models import RoutingRule

    RoutingRule.objects.create(name="Everything to the leads", is_default=True, min_severity=2)
    TrustedAdult.objects.create(user=lead, display_name="Ms Rivera", role_title="Counsellor")
    working_in(client, lead, "es")

    rules = page(client, "/admin/moderation/routing-rules/")
    assert_reads(rules, ("Prioridad", "Regla predeterminada", "Desde la gravedad", "Baja"), ())
    adults = page(client, "/admin/moderation/trusted-adults/")
    assert_reads(adults, ("Nombre que ven los estudiantes", "Cargo", "Cuenta"), ("Role title",))
