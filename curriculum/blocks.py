"""The StreamField blocks every lesson and family page body is made of.

One shared module, as in bakerydemo. Each block renders through its own template in
`curriculum/templates/curriculum/blocks/`. The quiz block's template never prints which
choice is right or the feedback: those are served only after a student answers.

The choices come from `lessons_content.vocabulary` and the quiz and step rules from
`lessons_content.validation`, the same the file loader uses: an editor is refused exactly what
`manage.py load_lessons --check` refuses, in the same words.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from lessons_content.case_studies import MAX_LABEL_CHARS, source_problem
from lessons_content.choice_pictures import question_pictures_problem
from lessons_content.specs import Choice
from lessons_content.teacher_only import DEFAULT_TITLE as TEACHER_NOTE_TITLE
from lessons_content.teacher_only import teacher_callout_problem
from lessons_content.validation import mindfulness_step_problem, question_problem, quiz_problem
from lessons_content.vocabulary import (
    CALLOUT_STYLES,
    DEFAULT_CALLOUT_STYLE,
    ENGLISH,
    HELP_TOPICS,
    LANGUAGES,
    MINDFULNESS_SECONDS,
    choices,
)

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "hr"]


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(choices=choices(CALLOUT_STYLES), default=DEFAULT_CALLOUT_STYLE)
    title = blocks.CharBlock(required=False, max_length=200)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "curriculum/blocks/callout_block.html"

    def clean(self, value):
        _refuse(teacher_callout_problem(value.get("title") or ""))
        return super().clean(value)


# The context key a page sets, after deciding who is reading, to let teacher notes render.
TEACHER_NOTES_VISIBLE = "teacher_notes_visible"


class TeacherNoteBlock(blocks.StructBlock):
    """Directions for the teacher. Renders nothing unless the page that renders it has said the
    reader may see it (`curriculum.teacher_notes`): a template that forgets to decide shows
    students nothing, rather than everything."""

    title = blocks.CharBlock(max_length=200, default=TEACHER_NOTE_TITLE)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "user"
        label = "Teacher note (students never see it)"
        template = "curriculum/blocks/teacher_note_block.html"

    def render(self, value, context=None):
        if not (context and context.get(TEACHER_NOTES_VISIBLE)):
            return ""
        return super().render(value, context)

    def get_searchable_content(self, value):
        # Public search must not find a lesson by words its readers may not be shown.
        return []


class VideoBlock(blocks.StructBlock):
    # A plain URL rather than an oEmbed: rendering never calls out to a video site.
    url = blocks.URLBlock(help_text="Address of the video (https://...).")
    caption = blocks.CharBlock(max_length=300)
    transcript = blocks.TextBlock(
        required=False, help_text="Text of the video for students who cannot play it."
    )

    class Meta:
        icon = "media"
        template = "curriculum/blocks/video_block.html"


class SourceBlock(blocks.StructBlock):
    url = blocks.URLBlock(help_text="The public page the account rests on (https://...).")
    label = blocks.CharBlock(
        max_length=MAX_LABEL_CHARS, help_text="Who published it, and what it is."
    )

    def clean(self, value):
        _refuse(source_problem(value.get("url") or "", value.get("label") or ""))
        return super().clean(value)


class CaseStudyBlock(blocks.StructBlock):
    """A real event told in our own words (facts may come from anywhere, sentences may not),
    with links to the public reporting or official pages it rests on."""

    title = blocks.CharBlock(max_length=200)
    account = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    sources = blocks.ListBlock(SourceBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        label = "Case study"
        template = "curriculum/blocks/case_study_block.html"


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    intro = blocks.TextBlock(required=False)
    steps = blocks.ListBlock(blocks.TextBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "curriculum/blocks/activity_block.html"


class DiscussionPromptBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text="Posts are shared with the class after moderation.")

    class Meta:
        icon = "group"
        template = "curriculum/blocks/discussion_prompt_block.html"


class ReflectionPromptBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text="Reflections are private between the student and teacher.")

    class Meta:
        icon = "edit"
        template = "curriculum/blocks/reflection_prompt_block.html"


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=500)
    correct = blocks.BooleanBlock(required=False, help_text="Tick the one right answer.")
    feedback = blocks.TextBlock(help_text="Shown to the student after answering.")
    # Wagtail's ImageBlock asks for alt text or "decorative"; decorative is the usual answer
    # here, because the choice's words sit under the picture and are what screen readers read.
    picture = ImageBlock(
        required=False,
        help_text="A picture for the choice (K-2 quizzes lead with pictures). Mark it decorative "
        "unless it shows something the choice's words do not say.",
    )


def _refuse(problem: str | None) -> None:
    if problem:
        raise StructBlockValidationError(non_block_errors=[ValidationError(problem)])


def _pictures_problem(question) -> str | None:
    # The loader's rule for a question's pictures (all or none, no two alike), by image id.
    choices = [
        Choice(c.get("text") or "", False, "", str(getattr(c.get("picture"), "pk", "") or ""))
        for c in question.get("choices") or []
    ]
    return question_pictures_problem(question.get("question") or "", choices)


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock()
    choices = blocks.ListBlock(QuizChoiceBlock(), min_num=2)

    def clean(self, value):
        # Every rule of the loader, even for a draft: a draft is published by someone else.
        _refuse(
            question_problem(
                value.get("question") or "",
                [
                    Choice(c.get("text") or "", bool(c.get("correct")), c.get("feedback") or "")
                    for c in value.get("choices") or []
                ],
            )
            or _pictures_problem(value)
        )
        return super().clean(value)


class QuizBlock(blocks.StructBlock):
    questions = blocks.ListBlock(QuizQuestionBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "curriculum/blocks/quiz_block.html"

    def clean(self, value):
        _refuse(quiz_problem(list(value.get("questions") or [])))
        return super().clean(value)


class MindfulnessStepBlock(blocks.StructBlock):
    seconds = blocks.IntegerBlock(
        min_value=MINDFULNESS_SECONDS[0], max_value=MINDFULNESS_SECONDS[1]
    )
    instruction = blocks.TextBlock()

    def clean(self, value):
        seconds = value.get("seconds")
        _refuse(mindfulness_step_problem(seconds) if isinstance(seconds, int) else None)
        return super().clean(value)


class MindfulnessBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    steps = blocks.ListBlock(MindfulnessStepBlock(), min_num=1)

    class Meta:
        icon = "time"
        template = "curriculum/blocks/mindfulness_block.html"


class FamilyTipBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    # Marked on the page (lang="es"), so a screen reader reads a Spanish tip in Spanish.
    language = blocks.ChoiceBlock(
        choices=choices(LANGUAGES),
        default=ENGLISH,
        required=False,  # blank reads as English, as tips saved before the field did
        help_text="The language the tip is written in: a lesson gives families the same tip in "
        "English and in Spanish.",
    )

    class Meta:
        icon = "home"
        template = "curriculum/blocks/family_tip_block.html"


class HelpContactsBlock(blocks.StructBlock):
    """The school's help contacts for these topics (Settings > Help contacts): what students see
    is only what a safeguarding lead has confirmed."""

    topics = blocks.MultipleChoiceBlock(
        choices=choices(HELP_TOPICS),
        required=False,
        help_text="None ticked: every confirmed contact.",
    )
    intro = blocks.TextBlock(required=False, help_text="An optional sentence before the contacts.")

    class Meta:
        icon = "help"
        label = "Help contacts"
        template = "curriculum/blocks/help_contacts_block.html"


def lesson_body_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        (
            "rich_text",
            blocks.RichTextBlock(
                features=RICH_TEXT_FEATURES, template="curriculum/blocks/rich_text_block.html"
            ),
        ),
        ("callout", CalloutBlock()),
        ("image", ImageBlock(template="curriculum/blocks/image_block.html")),
        ("video", VideoBlock()),
        ("case_study", CaseStudyBlock()),
        ("activity", ActivityBlock()),
        ("discussion", DiscussionPromptBlock()),
        ("reflection", ReflectionPromptBlock()),
        ("quiz", QuizBlock()),
        ("mindfulness", MindfulnessBlock()),
        ("family_tip", FamilyTipBlock()),
        ("teacher_note", TeacherNoteBlock()),
        ("help_contacts", HelpContactsBlock()),
    ]


def family_body_blocks() -> list[tuple[str, blocks.Block]]:
    # Family pages have no teacher view, so a teacher note there would reach no one.
    excluded = {"quiz", "discussion", "reflection", "teacher_note", "case_study"}
    return [(name, block) for name, block in lesson_body_blocks() if name not in excluded]
