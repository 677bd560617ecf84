"""A student tells a chosen adult: the adult is told (without the words), the text is scanned."""

from __future__ import annotations

import re

from django.core import mail
from django.test import Client

from moderation.concerns.actions import CLAIM_ALPHABET, hash_claim_code, normalise_claim_code
from moderation.models import AuditEntry, Concern, Flag, ModeratedPost, StaffNotification

from .conftest import concern_form, raise_concern_via_form


def test_the_form_lists_only_active_trusted_adults(db, counsellor, other_adult):
    other_adult.active = False
    other_adult.save()
    page = Client().get("/concern/").content.decode()
    assert "Ms Rivera (School counsellor)" in page
    assert "Coach Obi" not in page


def test_it_works_without_signing_in_and_is_then_anonymous(db, keyword_library, counsellor):
    raise_concern_via_form(Client(), counsellor, anonymous=None)
    concern = Concern.objects.get()
    assert concern.anonymous is True and concern.reporter is None


def test_a_signed_in_student_who_does_not_tick_anonymous_is_named(
    db, keyword_library, counsellor, student
):
    client = Client()
    client.force_login(student)
    raise_concern_via_form(client, counsellor, anonymous=None)
    concern = Concern.objects.get()
    assert concern.anonymous is False and concern.reporter == student
    assert concern.post.author == student


def test_the_claim_code_is_easy_to_copy_high_entropy_and_stored_only_as_a_hash(
    db, keyword_library, counsellor
):
    _, code = raise_concern_via_form(Client(), counsellor)
    assert re.fullmatch(rf"[{CLAIM_ALPHABET}]{{4}}(-[{CLAIM_ALPHABET}]{{4}}){{3}}", code)
    concern = Concern.objects.get()
    assert concern.claim_code_hash == hash_claim_code(code)
    assert normalise_claim_code(code.lower().replace("-", " ")) == code.replace("-", "")
    assert code.replace("-", "") not in concern.claim_code_hash
    _, second = raise_concern_via_form(Client(), counsellor)
    assert second != code


def test_the_chosen_adult_is_notified_and_emailed_without_the_words(
    db, keyword_library, counsellor, other_adult, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        raise_concern_via_form(
            Client(),
            counsellor,
            about="myself",
            category="other",
            text="My uncle keeps asking me to keep secrets.",
        )
    concern = Concern.objects.get()
    notice = StaffNotification.objects.get(concern=concern)
    assert notice.recipient == counsellor.user and notice.emailed_at is not None
    assert not StaffNotification.objects.filter(recipient=other_adult.user).exists()
    (email,) = [m for m in mail.outbox if counsellor.user.email in m.to]
    assert f"/admin/moderation/concerns/{concern.pk}/" in email.body
    assert "secrets" not in email.body and "uncle" not in email.body
    assert "secrets" not in email.subject


def test_the_text_is_scanned_flagged_routed_and_the_chosen_adult_sees_the_matches(
    db, keyword_library, counsellor, lead
):
    response, _ = raise_concern_via_form(
        Client(),
        counsellor,
        about="myself",
        category="self_harm",
        text="Honestly I feel suicidal most nights.",
    )
    concern = Concern.objects.get()
    post = concern.post
    assert post.source == ModeratedPost.Source.CONCERN
    flag = Flag.objects.get(post=post)
    assert flag.category == "self_harm" and flag.severity == 4
    assert flag.matches.get().term == "suicid"
    assert lead in flag.routed_to.all()  # routed like any post: the leads by default
    staff = Client()
    staff.force_login(counsellor.user)
    page = staff.get(f"/admin/moderation/concerns/{concern.pk}/").content.decode()
    assert "suicid" in page and "Suicide, suicidal." in page  # the chosen adult sees the scan
    # Self-harm terms: the student sees the supportive message at once.
    assert "You are not alone" in response.content.decode()
    assert AuditEntry.objects.filter(action="concern.raised", object_id=str(concern.pk)).exists()


def test_bad_input_shows_errors_and_records_nothing(db, keyword_library, counsellor):
    response = Client().post("/concern/", concern_form(counsellor, text="", about=None))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Write a few words" in page and "about you or someone else" in page
    assert not Concern.objects.exists() and not ModeratedPost.objects.exists()


def test_an_inactive_adult_cannot_be_chosen(db, keyword_library, counsellor, other_adult):
    counsellor.active = False
    counsellor.save()
    response = Client().post("/concern/", concern_form(counsellor))
    assert response.status_code == 400
    assert not Concern.objects.exists()
