"""The forms a student fills in to raise a concern and to come back to it with a claim code."""

from __future__ import annotations

from django import forms

from moderation.concerns.actions import (
    CLAIM_CODE_LENGTH,
    MAX_TEXT_CHARS,
    STUDENT_CATEGORIES,
    active_trusted_adults,
)
from moderation.concerns.shown_once import new_submission
from moderation.models import Concern, TrustedAdult


class TrustedAdultChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: TrustedAdult) -> str:
        return f"{obj.display_name} ({obj.role_title})" if obj.role_title else obj.display_name


class ConcernForm(forms.Form):
    trusted_adult = TrustedAdultChoiceField(
        queryset=TrustedAdult.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        label="Who would you like to tell?",
        error_messages={"required": "Choose the adult you would like to tell."},
    )
    about = forms.ChoiceField(
        choices=Concern.About.choices,
        widget=forms.RadioSelect,
        label="Who is it about?",
        error_messages={"required": "Choose whether it is about you or someone else."},
    )
    category = forms.ChoiceField(
        choices=[("", "Choose one"), *STUDENT_CATEGORIES],
        label="What is it about?",
        error_messages={"required": "Choose what it is about; 'Something else' is fine."},
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_TEXT_CHARS,
        label="What is happening?",
        help_text="Write as much or as little as you like.",
        error_messages={"required": "Write a few words about what is happening."},
    )
    anonymous = forms.BooleanField(
        required=False,
        label="Don't tell them my name (anonymous)",
        help_text="We will not keep your name, account or device. Your claim code is the only "
        "way back to this conversation.",
    )

    # Drawn fresh with each empty form; a resend of the same form sends no second concern.
    submission = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["trusted_adult"].queryset = active_trusted_adults()
        if not self.is_bound:
            self.initial["submission"] = new_submission()

    def concern_fields(self) -> dict:
        """What `raise_concern` takes: the cleaned form without its submission value."""
        return {k: v for k, v in self.cleaned_data.items() if k != "submission"}


class ClaimForm(forms.Form):
    code = forms.CharField(
        max_length=40,
        label="Your claim code",
        help_text=f"{CLAIM_CODE_LENGTH} letters and numbers, like ABCD-EFGH-JKMN-PQRS.",
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class ReplyForm(forms.Form):
    code = forms.CharField(max_length=40, widget=forms.HiddenInput)
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=MAX_TEXT_CHARS,
        label="Your answer",
        error_messages={"required": "Write your answer first."},
    )
    # As on the concern form: a reload of the page after sending, or a second click, sends the
    # same value again, and the answer is not sent a second time.
    submission = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["submission"] = new_submission()
