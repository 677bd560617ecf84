"""The mindfulness exercise: a guided, timed sequence the page's script runs (pause, skip,
reduced motion); the student says when they have finished it."""

from django.utils.translation import gettext_lazy as _

from curriculum.steps.content import done_step
from lessons_content.vocabulary import MINDFULNESS

KIND = done_step(
    MINDFULNESS,
    done_label=_("I have finished the exercise: next step"),
    done_hook="data-mindfulness-done",
)
