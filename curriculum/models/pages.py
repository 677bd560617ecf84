"""The page tree: Home → Curriculum → Unit (strand) → Lesson, and Home → Families → resource.

`parent_page_types` / `subpage_types` keep editors from building the tree wrong.
Pages loaded from `lessons_content/` remember their file (`source_path`) and its hash, so a
second load of an unchanged file writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from curriculum.blocks import family_body_blocks, lesson_body_blocks
from lessons_content.choice_pictures import lesson_pictures_problem
from lessons_content.specs import Choice, Question
from lessons_content.validation import lesson_parts_problem, unknown_terms
from lessons_content.vocabulary import (
    COMPLETION_RULES,
    ENGLISH,
    GRADE_BANDS,
    KEEP_SCORE,
    LANGUAGES,
    choices,
)


def _text_choices(name: str, vocabulary: dict[str, str]) -> type[models.TextChoices]:
    """Django choices made from a `lessons_content.vocabulary` mapping, in its order."""
    members = [
        (value.upper().replace("-", "_"), (value, label)) for value, label in vocabulary.items()
    ]
    return models.TextChoices(name, members)


GradeBand = _text_choices("GradeBand", GRADE_BANDS)
Language = _text_choices("Language", LANGUAGES)


def in_school_order(field: str = "grade_band") -> models.Case:
    """An ordering expression that puts grade bands in school order (K-2, 3-5, 6-8, 9-12), as
    the vocabulary lists them; ordering by the text itself would put K-2 last."""
    return models.Case(
        *[models.When(**{field: band}, then=n) for n, band in enumerate(GRADE_BANDS)],
        default=len(GRADE_BANDS),
        output_field=models.IntegerField(),
    )


class ChoiceListField(models.JSONField):
    """A list of values from one vocabulary, kept as a JSON list; the admin shows checkboxes,
    so an editor ticks choices instead of typing JSON."""

    def __init__(self, *args, vocabulary: Mapping[str, str] | None = None, **kwargs) -> None:
        self.vocabulary = dict(vocabulary or {})
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["vocabulary"] = list(self.vocabulary.items())  # a list keeps the order
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=choices(self.vocabulary),
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=kwargs.get("label", self.verbose_name.capitalize()),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance) -> None:
        super().validate(value, model_instance)
        if not isinstance(value, list):
            raise ValidationError("must be a list")
        if bad := unknown_terms(value, self.vocabulary):
            raise ValidationError(f"unknown {bad}; known: {', '.join(self.vocabulary)}")


class Standard(models.Model):
    """A standard a lesson serves: an ISTE 1.2 indicator or one of the four principles."""

    class Kind(models.TextChoices):
        ISTE = "iste", "ISTE Standards for Students 1.2 Digital Citizen"
        PRINCIPLE = "principle", "Digital citizenship principle"

    code = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta:
        ordering = ["kind", "code"]

    def __str__(self) -> str:
        return self.label


class SourceFileMixin(models.Model):
    source_path = models.CharField(
        max_length=300,
        blank=True,
        editable=False,
        help_text="The lessons_content/ file this page is loaded from, if any.",
    )
    source_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        abstract = True


class HomePage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["curriculum.CurriculumIndexPage", "curriculum.FamilyResourceIndexPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["units"] = UnitPage.objects.live().order_by("path")
        context["family_pages"] = (
            FamilyResourcePage.objects.live().filter(language=ENGLISH).order_by("title")[:6]
        )
        context["grade_bands"] = GradeBand.choices
        return context


class CurriculumIndexPage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["curriculum.HomePage"]
    subpage_types = ["curriculum.UnitPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from curriculum.services import lessons_by_unit

        context = super().get_context(request, *args, **kwargs)
        grade_band = request.GET.get("grade_band", "")
        if grade_band not in GRADE_BANDS:
            grade_band = ""
        context["grade_band"] = grade_band
        context["grade_bands"] = GradeBand.choices
        context["units"] = lessons_by_unit(grade_band or None)
        return context


class UnitPage(SourceFileMixin, Page):  # noqa: DJ008 (Wagtail's Page gives the title)
    """A strand of the curriculum, such as Online Safety."""

    strand = models.SlugField(
        max_length=60, unique=True, help_text="Short code, e.g. online-safety."
    )
    summary = models.TextField()
    sort_order = models.PositiveSmallIntegerField(default=0)

    content_panels = Page.content_panels + [
        FieldPanel("strand"),
        FieldPanel("summary"),
        FieldPanel("sort_order"),
    ]
    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = ["curriculum.LessonPage"]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = (
            LessonPage.objects.child_of(self).live().order_by(in_school_order(), "title")
        )
        return context


class LessonPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "curriculum.LessonPage", related_name="tagged_items", on_delete=models.CASCADE
    )


def band_problems(grade_band: str, body) -> list[str]:
    """The loader's rules for a band, on a StreamField body: a K-2 quiz gives every choice a
    picture, and a K-2 screen keeps to the word budget (lessons_content.screens)."""
    from curriculum.steps.screens import body_screens_problem

    questions = [
        Question(
            str(question["question"] or ""),
            tuple(
                Choice(
                    str(choice["text"] or ""),
                    bool(choice["correct"]),
                    "",
                    str(getattr(choice.get("picture"), "pk", "") or ""),
                )
                for choice in question["choices"]
            ),
        )
        for block in body
        if block.block_type == "quiz"
        for question in block.value["questions"]
    ]
    problems = [lesson_pictures_problem(grade_band, questions, how="each choice's Picture")]
    problems.append(body_screens_problem(grade_band, body))
    return [problem for problem in problems if problem]


class LessonPageForm(WagtailAdminPageForm):
    """The admin's lesson form checks the whole lesson as the loader does. A draft may still
    lack parts (Wagtail defers what is required when a draft is saved); a lesson published or
    sent for approval needs every part. The blocks themselves are checked even in a draft."""

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body is None:
            return cleaned
        # What joins the lesson's band to its blocks (a block does not know the band), checked
        # even in a draft, as the blocks are.
        for problem in band_problems(cleaned.get("grade_band") or "", body):
            self.add_error("body", problem)
        if self.is_deferred_validation:
            return cleaned
        problem = lesson_parts_problem(
            kinds={block.block_type for block in body},
            callout_styles={b.value["style"] for b in body if b.block_type == "callout"},
            quiz_sizes=[len(b.value["questions"]) for b in body if b.block_type == "quiz"],
        )
        if problem:
            self.add_error("body", problem)
        return cleaned


class LessonPage(SourceFileMixin, Page):  # noqa: DJ008 (Wagtail's Page gives the title)
    KeepScore = _text_choices("KeepScore", KEEP_SCORE)

    grade_band = models.CharField(max_length=4, choices=GradeBand.choices)
    duration_minutes = models.PositiveSmallIntegerField(
        help_text="How long the lesson takes in class."
    )
    summary = models.TextField(help_text="One or two sentences for teachers and families.")
    objectives = models.TextField(help_text="What students will be able to do, one per line.")
    standards = ParentalManyToManyField(Standard, blank=True, related_name="lessons")
    tags = ClusterTaggableManager(through=LessonPageTag, blank=True)
    body = StreamField(lesson_body_blocks(), use_json_field=True)

    pass_mark = models.PositiveSmallIntegerField(
        default=70, help_text="Percent of quiz questions right to pass."
    )
    quiz_attempts = models.PositiveSmallIntegerField(
        default=0,
        help_text="Tries before the quiz closes and shows the right answers; 0 means the "
        "school's setting (QUIZ_TRIES_BEFORE_REVIEW, 3 unless changed).",
    )
    keep_score = models.CharField(max_length=4, choices=KeepScore.choices, default=KeepScore.BEST)
    completion_rules = ChoiceListField(
        vocabulary=COMPLETION_RULES,
        blank=True,
        help_text="What completes the lesson. None ticked: every step.",
    )

    base_form_class = LessonPageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("grade_band"),
                FieldPanel("duration_minutes"),
                FieldPanel("summary"),
                FieldPanel("objectives"),
                FieldPanel("standards", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading="Overview",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("quiz_attempts"),
                FieldPanel("keep_score"),
                FieldPanel("completion_rules"),
            ],
            heading="Scoring and completion",
        ),
    ]
    parent_page_types = ["curriculum.UnitPage"]
    subpage_types: list[str] = []
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("body"),
        index.FilterField("grade_band"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    @property
    def unit(self) -> UnitPage | None:
        parent = self.get_parent()
        return parent.specific if parent else None


class FamilyResourceIndexPage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["curriculum.HomePage"]
    subpage_types = ["curriculum.FamilyResourcePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = request.GET.get("language", ENGLISH)
        if language not in LANGUAGES:
            language = ENGLISH
        context["language"] = language
        context["languages"] = Language.choices
        context["resources"] = (
            FamilyResourcePage.objects.child_of(self)
            .live()
            .filter(language=language)
            .order_by("title")
        )
        return context


class FamilyResourcePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "curriculum.FamilyResourcePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class FamilyResourcePage(SourceFileMixin, Page):  # noqa: DJ008 (Wagtail's Page gives the title)
    summary = models.TextField()
    language = models.CharField(max_length=2, choices=Language.choices, default=ENGLISH)
    translation_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translations",
        help_text="For a translated page: the English page it translates.",
    )
    grade_bands = ChoiceListField(
        vocabulary=GRADE_BANDS, blank=True, help_text="None ticked: for every age."
    )
    related_lessons = ParentalManyToManyField(LessonPage, blank=True, related_name="family_pages")
    tags = ClusterTaggableManager(through=FamilyResourcePageTag, blank=True)
    body = StreamField(family_body_blocks(), use_json_field=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("language"),
        FieldPanel("translation_of"),
        FieldPanel("grade_bands"),
        FieldPanel("related_lessons", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("body"),
    ]
    parent_page_types = ["curriculum.FamilyResourceIndexPage"]
    subpage_types: list[str] = []
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("language"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    def other_languages(self) -> list[FamilyResourcePage]:
        original = self.translation_of or self
        pages = [original, *original.translations.live()]
        return [p for p in pages if p.pk != self.pk and p.live]
