"""The page tree: Home → Curriculum → Unit (strand) → Lesson, and Home → Families → resource.

`parent_page_types` / `subpage_types` keep editors from building the tree wrong.
Pages loaded from `lessons_content/` remember their file (`source_path`) and its hash, so a
second load of an unchanged file writes nothing.
"""

from __future__ import annotations

from django import forms
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from curriculum.blocks import family_body_blocks, lesson_body_blocks


class GradeBand(models.TextChoices):
    K_2 = "K-2", "Grades K-2"
    G3_5 = "3-5", "Grades 3-5"
    G6_8 = "6-8", "Grades 6-8"
    G9_12 = "9-12", "Grades 9-12"


class Language(models.TextChoices):
    ENGLISH = "en", "English"
    SPANISH = "es", "Español"


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
            FamilyResourcePage.objects.live()
            .filter(language=Language.ENGLISH)
            .order_by("title")[:6]
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
        if grade_band not in GradeBand.values:
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
            LessonPage.objects.child_of(self).live().order_by("grade_band", "title")
        )
        return context


class LessonPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "curriculum.LessonPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class LessonPage(SourceFileMixin, Page):  # noqa: DJ008 (Wagtail's Page gives the title)
    class KeepScore(models.TextChoices):
        BEST = "best", "Best attempt"
        LAST = "last", "Last attempt"

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
        default=0, help_text="0 means unlimited tries."
    )
    keep_score = models.CharField(max_length=4, choices=KeepScore.choices, default=KeepScore.BEST)
    completion_rules = models.JSONField(
        default=list,
        blank=True,
        help_text=(
            'What completes the lesson: any of "quiz", "reflection", "discussion", '
            '"all_steps".'
        ),
    )

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
        language = request.GET.get("language", Language.ENGLISH)
        if language not in Language.values:
            language = Language.ENGLISH
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
    language = models.CharField(max_length=2, choices=Language.choices, default=Language.ENGLISH)
    translation_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translations",
        help_text="For a translated page: the English page it translates.",
    )
    grade_bands = models.JSONField(default=list, blank=True, help_text='e.g. ["K-2", "3-5"]')
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
