"""Lucía reads Spanish. She tells Ms Rivera what is happening, from a Spanish page, from her
browser set to Spanish, or from an LMS course whose launch says `es-MX`: every word she reads is
Spanish (labels, choices, errors, what happens to her name, the thank-you page and her claim
code's warning), and she stays in Spanish from the form to the answer. Ms Rivera is told in her
own language, English, and reads Lucía's words exactly as Lucía wrote them.

Before, the form was English whatever the student's language, and a Spanish page's footer link
to it said so (hreflang="en")."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from moderation.models import Concern, StaffNotification
from tests.lti.conftest import lessons, lms, test_platform, tool_key  # noqa: F401 - fixtures
from tests.moderation.api.conftest import CODE_IN_PAGE, concern_form

LUCIAS_WORDS = (
    "¿Qué hago? Unos chicos de mi clase me dicen cosas feas en el chat del grupo "
    "y me da miedo contárselo a mi mamá. Ya no quiero ir a la escuela."
)
SUBMISSION = re.compile(r'name="submission" value="([^"]+)"')
LTI_LOCALE = "https://purl.imsglobal.org/spec/lti/claim/launch_presentation"


def page_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def words(response) -> str:
    return " ".join(page_of(response).get_text(" ").split())


def send(student: Client, url: str, form: dict, **headers):
    """Draw the form at `url` (so it carries its submission value), send it, follow the 303."""
    drawn = student.get(url, **headers)
    form = {**form, "submission": SUBMISSION.search(drawn.content.decode()).group(1)}
    sent = student.post(url, form, **headers)
    assert sent.status_code == 303, words(sent)[:1500]
    return sent, student.get(sent["Location"], **headers)


def test_from_a_spanish_page_the_form_is_spanish_from_its_title_to_its_button(db, counsellor):
    html = page_of(Client().get("/concern/?language=es"))

    assert html.html["lang"] == "es"
    assert html.title.get_text() == "Cuéntaselo a una persona adulta de confianza · Upstander"
    assert html.select_one("main h1").get_text() == "Cuéntaselo a una persona adulta de confianza"
    legends = [legend.get_text() for legend in html.select("main legend")]
    assert legends == ["¿A quién quieres contárselo?", "¿De quién se trata?"]
    assert html.select_one("label[for=id_about_0]").get_text() == "De mí"
    assert html.select_one("label[for=id_about_1]").get_text() == "De otra persona"
    topics = [option.get_text() for option in html.select("#id_category option")]
    assert topics[0] == "Elige una opción"
    assert "Acoso, en internet o en persona" in topics and topics[-1] == "Otra cosa"
    assert html.select_one("label[for=id_text]").get_text() == "¿Qué está pasando?"
    # Not signed in: she is told plainly that nobody will know who she is.
    assert "no sabremos quién eres" in html.select_one("form p.meta").get_text()
    assert html.select_one("form button").get_text() == "Enviar a la persona que elegí"
    # The form sends to itself in Spanish, and the switcher offers the same form in English.
    assert html.select_one("form.concern-form")["action"] == "/concern/?language=es"
    english = html.select_one("nav.language-switcher a[hreflang=en]")
    assert english["href"] == "/concern/?language=en" and english.get_text() == "English"
    assert not re.search(r"Who would you like|What is happening|Choose one", words_of(html))


def words_of(html: BeautifulSoup) -> str:
    return " ".join(html.select_one("main").get_text(" ").split())


def test_a_form_sent_with_nothing_in_it_says_what_is_missing_in_spanish(db, counsellor):
    refused = Client().post("/concern/?language=es", {})

    assert refused.status_code == 400
    summary = [li.get_text() for li in page_of(refused).select("#form-errors li")]
    assert summary == [
        "Elige a la persona adulta a la que quieres contárselo.",
        "Elige si se trata de ti o de otra persona.",
        "Elige el tema; «Otra cosa» también vale.",
        "Escribe unas palabras sobre lo que está pasando.",
    ]
    assert page_of(refused).select_one("#form-errors h2").get_text() == "Revisa tus respuestas"


def test_a_made_up_choice_or_too_long_a_message_is_refused_in_spanish(db, counsellor):
    refused = Client().post(
        "/concern/?language=es",
        concern_form(counsellor, about="everyone", text="x" * 5001),
    )

    errors = [li.get_text() for li in page_of(refused).select("#form-errors li")]
    assert errors[0] == "Elige una de las respuestas de la lista."
    assert errors[1].startswith("Es más largo de lo que podemos enviar (5000 caracteres")
    assert "escribiste 5001" in errors[1]


def test_lucia_tells_ms_rivera_anonymously_and_ms_rivera_reads_her_words_in_english_pages(
    db, keyword_library, counsellor, django_capture_on_commit_callbacks
):
    lucia = Client()
    form = concern_form(counsellor, about="myself", category="bullying", text=LUCIAS_WORDS)
    with django_capture_on_commit_callbacks(execute=True):
        sent, thank_you = send(lucia, "/concern/?language=es", form)

    # The thank-you page keeps her language, and her code is shown with a Spanish warning.
    assert sent["Location"].endswith("/?language=es")
    html = page_of(thank_you)
    assert html.html["lang"] == "es"
    assert html.select_one("main h1").get_text() == "Gracias por contárnoslo"
    intro = html.select_one("main .intro").get_text()
    assert (
        intro
        == "Ms Rivera ya recibió el aviso y leerá lo que escribiste. No sabrá quién lo escribió."
    )
    assert "no podemos volver a mostrártelo y no sabemos quién eres" in words(thank_you)
    assert html.select_one("#copy-code").get_text() == "Copiar el código"
    code = CODE_IN_PAGE.search(thank_you.content.decode()).group(1)

    # Ms Rivera is told in English, and the e-mail carries nothing Lucía wrote.
    concern = Concern.objects.get()
    assert concern.anonymous and concern.reporter is None
    assert StaffNotification.objects.filter(concern=concern, recipient=counsellor.user).exists()
    [email] = mail.outbox
    assert (
        email.subject == "[Upstander] A student raised a concern with you (Bullying and trolling)"
    )
    assert "For privacy, e-mails never include what the student wrote." in email.body
    assert "chat" not in email.body and "Acoso" not in email.body

    # She reads the concern in the admin: her own words, exactly as written, in an English page.
    staff = Client()
    staff.force_login(counsellor.user)
    detail = staff.get(f"/admin/moderation/concerns/{concern.pk}/")
    assert detail.status_code == 200
    assert LUCIAS_WORDS in " ".join(page_of(detail).get_text(" ").split())
    assert concern.post.text == LUCIAS_WORDS
    assert "Bullying and trolling" in words(detail) and "Acoso" not in words(detail)

    # Lucía comes back with her code: the conversation is Spanish, and so is its status.
    opened = lucia.post("/concern/claim/?language=es", {"code": code})
    assert opened.status_code == 200
    conversation = page_of(opened)
    assert conversation.select_one("main h1").get_text() == "Tu conversación con Ms Rivera"
    assert "Estado: Abierta." in words(opened)
    assert conversation.select_one("form")["action"] == "/concern/claim/reply/?language=es"


def test_a_spanish_concern_about_suicide_shows_her_help_in_spanish(db, keyword_library, counsellor):
    form = concern_form(
        counsellor, about="someone_else", category="self_harm", text="Mi amiga habla de suicidio."
    )
    _, thank_you = send(Client(), "/concern/?language=es", form)

    support = page_of(thank_you).select_one(".callout--safety")
    assert support.select_one(".callout__label").get_text() == "No estás solo ni sola"
    assert "llama al número de emergencias de tu zona" in support.get_text()
    assert "trusted adult" not in support.get_text()


def test_a_browser_set_to_spanish_gets_the_form_in_spanish(db, counsellor):
    html = page_of(Client().get("/concern/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9,en;q=0.5"))

    assert html.html["lang"] == "es"
    assert html.select_one("main h1").get_text() == "Cuéntaselo a una persona adulta de confianza"
    # Nothing in the URL: the form keeps to the language the browser asks for.
    assert html.select_one("form.concern-form")["action"] == "/concern/?language=es"


def test_an_english_browser_gets_the_form_as_before(db, counsellor):
    html = page_of(Client().get("/concern/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9"))

    assert html.html["lang"] == "en"
    assert html.select_one("main h1").get_text() == "Tell a trusted adult"
    assert html.select_one("form.concern-form")["action"] == "/concern/"
    assert html.select_one("label[for=id_about_0]").get_text() == "Myself"


@pytest.fixture
def lucia_from_her_course(lms, lessons, keyword_library, counsellor):  # noqa: F811 - fixtures
    """Lucía opens Upstander from her course; the LMS presents the course in Mexican Spanish."""

    def in_spanish(claims):
        claims[LTI_LOCALE] = {"locale": "es-MX", "document_target": "iframe"}

    response = lms.launch(
        lambda nonce, target: lms.platform.resource_link_claims(
            nonce, target, sub="lucia", roles=[LEARNER], lesson_id=lessons[0].pk
        ),
        mutate=in_spanish,
    )
    assert response.status_code == 302
    return lms.client


LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"


def test_from_a_spanish_course_she_sends_a_concern_with_her_name(lucia_from_her_course, counsellor):
    lucia = lucia_from_her_course
    # Her browser asks for English: the course's language, from the launch, is what counts.
    english_browser = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9", "secure": True}
    html = page_of(lucia.get("/concern/", **english_browser))
    assert html.html["lang"] == "es"
    anonymous = html.select_one("label[for=id_anonymous]").get_text()
    assert anonymous == "No decir mi nombre (anónimo)"
    explained = html.select_one("#id_anonymous_helptext").get_text()
    assert explained.startswith(
        "Si dejas esta casilla sin marcar, la persona adulta verá tu nombre"
    )
    assert "no guardaremos tu nombre, tu cuenta ni tu dispositivo" in explained

    form = concern_form(counsellor, text=LUCIAS_WORDS, anonymous=None)
    _, thank_you = send(lucia, "/concern/", form, **english_browser)

    concern = Concern.objects.get()
    assert not concern.anonymous and concern.reporter is not None
    assert concern.reporter.lti_identity.sub == "lucia"
    intro = page_of(thank_you).select_one("main .intro").get_text()
    assert intro.endswith("También verá tu nombre, para poder buscarte y ayudarte.")
    assert "sabemos quién eres" not in words(thank_you)
