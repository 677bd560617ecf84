"""The StreamField blocks every lesson and family page body is made of.

One shared module, as in bakerydemo. Each block renders through its own template in
`curriculum/templates/curriculum/blocks/`. The quiz block's template never prints which
choice is right or the feedback: those are served only after a student answers.
"""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "hr"]


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        choices=[("warm-up", "Warm-up"), ("tip", "Tip"), ("note", "Note"), ("safety", "Safety")],
        default="note",
    )
    title = blocks.CharBlock(required=False, max_length=200)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "curriculum/blocks/callout_block.html"


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


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock()
    choices = blocks.ListBlock(QuizChoiceBlock(), min_num=2)


class QuizBlock(blocks.StructBlock):
    questions = blocks.ListBlock(QuizQuestionBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "curriculum/blocks/quiz_block.html"


class MindfulnessStepBlock(blocks.StructBlock):
    seconds = blocks.IntegerBlock(min_value=1, max_value=600)
    instruction = blocks.TextBlock()


class MindfulnessBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    steps = blocks.ListBlock(MindfulnessStepBlock(), min_num=1)

    class Meta:
        icon = "time"
        template = "curriculum/blocks/mindfulness_block.html"


class FamilyTipBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "home"
        template = "curriculum/blocks/family_tip_block.html"


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
        ("activity", ActivityBlock()),
        ("discussion", DiscussionPromptBlock()),
        ("reflection", ReflectionPromptBlock()),
        ("quiz", QuizBlock()),
        ("mindfulness", MindfulnessBlock()),
        ("family_tip", FamilyTipBlock()),
    ]


def family_body_blocks() -> list[tuple[str, blocks.Block]]:
    excluded = {"quiz", "discussion", "reflection"}
    return [(name, block) for name, block in lesson_body_blocks() if name not in excluded]
