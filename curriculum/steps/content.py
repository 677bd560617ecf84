"""The steps a student reads or does away from the screen and then marks done: read and watch,
activity, family take-home, mindfulness. Each has its own module; they share this behaviour."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from curriculum.steps.kind import StepKind, StepView, Submission, next_url
from curriculum.steps.record import complete_step
from curriculum.steps.screens import screen_context

TEMPLATE = "curriculum/learn/steps/content.html"


def submit_done(sub: Submission) -> HttpResponse:
    complete_step(sub.request.user, sub.link, sub.plan, sub.step.key)
    return redirect(next_url(sub.link, sub.plan, sub.step.key))


def done_step(key: str, done_label: Any = None, done_hook: str = "") -> StepKind:
    """A kind whose page shows its blocks and one button that marks it done."""

    def context(view: StepView) -> dict[str, Any]:
        # `done_hook` names a data attribute the step's script listens for.
        return {
            "done_label": done_label or _("Done: next step"),
            "done_hook": done_hook,
            **screen_context(view),
        }

    return StepKind(key=key, template=TEMPLATE, context=context, submit=submit_done)
