"""The reflection: private between the student and the course's teachers, saved (and edited)
under moderation, with a stale form from another tab refused rather than overwriting."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.models import LessonProgress, Reflection
from curriculum.steps import teacher_led
from curriculum.steps.answers import clean_answer, form_int, offer_support
from curriculum.steps.kind import StepKind, StepView, Submission, step_url
from curriculum.steps.plan import AnswerError, LessonPlan
from curriculum.steps.record import check_completion, completion_rule, locked_progress, mark_done
from lessons_content.vocabulary import REFLECTION
from lti.models import ResourceLink
from moderation.flags.services import moderate_post
from moderation.models import ModeratedPost

# A student saves, rereads and edits a few times a minute; faster is a script or a stuck key.
# Every save with new words is read by moderation and may flag and notify staff, as a class
# discussion post does (curriculum.steps.discussion.POSTS_PER_MINUTE).
SAVES_PER_MINUTE = 6
FLOOD_WINDOW = timedelta(minutes=1)


class StaleReflection(AnswerError):
    def __init__(self, saved: Reflection) -> None:
        super().__init__(
            _(
                "Your reflection was changed in another tab or window since you opened this "
                "page. Both versions are shown below: check your text and save again."
            )
        )
        self.saved = saved


@transaction.atomic
def save_reflection(
    user: Any,
    link: ResourceLink,
    plan: LessonPlan,
    text: str,
    base_revision: int,
    now: datetime | None = None,
) -> Reflection:
    """Save (or replace) the student's reflection.

    `base_revision` is the revision the form was made from (0 for none): a form made before
    another save is stale, and is refused rather than silently overwriting the other text.
    """
    now = now or timezone.now()
    cleaned = clean_answer(text, "reflection")
    progress = locked_progress(user, link, now)
    reflection = Reflection.objects.filter(progress=progress).first()
    if reflection is not None and reflection.text == cleaned:
        return reflection  # the same text again: a double click or a re-sent form
    if reflection is not None and reflection.revision != base_revision:
        raise StaleReflection(reflection)
    if reflection is None and base_revision:
        raise AnswerError(_("This form has expired. Please write your reflection again."))
    # Counted under the lock of the student's progress row, so a burst is served one by one;
    # every reflection of theirs counts, in any lesson or course (one script, many links).
    recent = ModeratedPost.objects.filter(
        author=user, source=ModeratedPost.Source.REFLECTION, created_at__gt=now - FLOOD_WINDOW
    ).count()
    if recent >= SAVES_PER_MINUTE:
        raise AnswerError(
            _(
                "You have saved your reflection %(count)d times in the last minute. Wait a "
                "minute, then save again: what you wrote is still here."
            )
            % {"count": recent}
        )
    outcome = moderate_post(text, author=user, course=link.course, kind="reflection")
    if reflection is None:
        reflection = Reflection(progress=progress, created_at=now, revision=0)
    reflection.text = outcome.text
    reflection.revision += 1
    # An edited reflection is a new moderation record; the earlier one keeps its flags but no
    # longer decides whether the reflection is shown.
    reflection.moderated_post_id = outcome.post_id
    reflection.updated_at = now
    reflection.read_at = None  # edited text is new to the teacher
    reflection.save()
    reflection.support_message = outcome.support_message  # shown once, by the view
    mark_done(progress, plan, REFLECTION)
    check_completion(progress, plan, link, now)
    return reflection


@completion_rule("reflection")
def reflection_written(progress: LessonProgress, plan: LessonPlan) -> bool:
    return (
        REFLECTION not in plan.has
        or Reflection.objects.filter(progress=progress).exists()
        or teacher_led.done_by_class(progress, REFLECTION)
    )


def context(view: StepView) -> dict[str, Any]:
    saved = Reflection.objects.filter(progress=view.progress).first()
    stale = view.refused.saved if isinstance(view.refused, StaleReflection) else None
    return {
        "reflection": saved,
        "reflection_text": view.posted.get("text", saved.text if saved else ""),
        "reflection_revision": saved.revision if saved else 0,
        "stale_reflection": stale,
        **teacher_led.context(view),
    }


def submit(sub: Submission) -> HttpResponse:
    if sub.data.get("class_record"):
        return teacher_led.submit(sub)
    if sub.data.get("did_offline") and not sub.data.get("text", "").strip():
        teacher_led.tick_reflection(sub.request.user, sub.link, sub.plan)
        messages.success(
            sub.request, _("Done: you drew your reflection or said it to your teacher.")
        )
        return redirect(step_url(sub.link, REFLECTION))
    reflection = save_reflection(
        sub.request.user,
        sub.link,
        sub.plan,
        sub.data.get("text", ""),
        form_int(sub.data.get("revision")),
    )
    messages.success(
        sub.request,
        reflection.moderation_message
        or _("Your reflection is saved. Only you and your teacher can read it."),
    )
    offer_support(sub.request, reflection)
    return redirect(step_url(sub.link, REFLECTION))


KIND = StepKind(
    key=REFLECTION,
    template="curriculum/learn/steps/reflection.html",
    context=context,
    submit=submit,
)
