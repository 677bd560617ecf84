"""The forms a student fills in to raise a concern and to come back to it with a claim code.

Every word a student reads here is in the catalogue (locale/), so the form speaks the language
the view chose for the student; what staff read comes from the models, in their own language.
"""

from __future__ import annotations

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

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
        role = obj.role_in(get_language() or "")
        return f"{obj.display_name} ({role})" if role else obj.display_name


# The student's words for the model's choices (staff read the model's labels).
STUDENT_ABOUT = [
    (Concern.About.MYSELF, _("Myself")),
    (Concern.About.SOMEONE_ELSE, _("Someone else")),
]
INVALID_CHOICE = _("Choose one of the answers shown.")
TOO_LONG = _(
    "That is longer than we can send (%(limit_value)d characters at most; you wrote "
    "%(show_value)d). Shorten it, or send the rest as an answer later."
)


class WholeTextField(forms.CharField):
    """Text whose limit is checked on the server only: a `maxlength` in the page makes the
    browser cut a paste at the limit without a word, and the student's last lines never reach
    the adult. Sent too long, the form says so and gives every word back in the box."""

    def widget_attrs(self, widget: forms.Widget) -> dict:
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class ConcernForm(forms.Form):
    trusted_adult = TrustedAdultChoiceField(
        queryset=TrustedAdult.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        label=_("Who would you like to tell?"),
        error_messages={
            "required": _("Choose the adult you would like to tell."),
            "invalid_choice": _("That adult is no longer on the list: choose another one."),
        },
    )
    about = forms.ChoiceField(
        choices=STUDENT_ABOUT,
        widget=forms.RadioSelect,
        label=_("Who is it about?"),
        error_messages={
            "required": _("Choose whether it is about you or someone else."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    category = forms.ChoiceField(
        choices=[("", _("Choose one")), *STUDENT_CATEGORIES],
        label=_("What is it about?"),
        error_messages={
            "required": _("Choose what it is about; 'Something else' is fine."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    text = WholeTextField(
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_TEXT_CHARS,
        label=_("What is happening?"),
        help_text=_("Write as much or as little as you like."),
        error_messages={
            "required": _("Write a few words about what is happening."),
            "max_length": TOO_LONG,
        },
    )
    anonymous = forms.BooleanField(
        required=False,
        label=_("Don't tell them my name (anonymous)"),
        help_text=_(
            "If you leave this box empty, the adult will see your name, so they can find you "
            "and help. If you tick it, they will read what you wrote but not who wrote it: we "
            "will not keep your name, your account or your device, and your claim code is the "
            "only way back to this conversation, so keep it safe."
        ),
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
        label=_("Your claim code"),
        help_text=format_lazy(
            _("{count} letters and numbers, like ABCD-EFGH-JKMN-PQRS."), count=CLAIM_CODE_LENGTH
        ),
        error_messages={"required": _("Enter your claim code.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class ReplyForm(forms.Form):
    code = forms.CharField(max_length=40, widget=forms.HiddenInput)
    text = WholeTextField(
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=MAX_TEXT_CHARS,
        label=_("Your answer"),
        error_messages={"required": _("Write your answer first."), "max_length": TOO_LONG},
    )
    # As on the concern form: a reload of the page after sending, or a second click, sends the
    # same value again, and the answer is not sent a second time.
    submission = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["submission"] = new_submission()
