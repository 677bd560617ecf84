"""Keyword libraries, their entries and each entry's history."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from moderation.models.choices import Category, Severity


class KeywordLibrary(models.Model):
    name = models.SlugField(max_length=60, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    # Bumped on every change to an entry; the compiled automaton is cached per version.
    version = models.PositiveIntegerField(default=1)
    active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "keyword libraries"

    def __str__(self) -> str:
        return self.title


class KeywordEntry(models.Model):
    class Mode(models.TextChoices):
        WORD = "word", "Whole words"
        PREFIX = "prefix", "Word starting with"
        SUBSTRING = "substring", "Anywhere"

    library = models.ForeignKey(KeywordLibrary, on_delete=models.CASCADE, related_name="entries")
    term = models.CharField(max_length=200)
    category = models.CharField(max_length=30, choices=Category.choices)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    definition = models.TextField(help_text="What it means and why it matters, for staff.")
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.WORD)
    exceptions = models.TextField(
        blank=True, help_text="Innocent contexts that contain the term, separated by |."
    )
    excluded = models.BooleanField(default=False, help_text="Excluded entries are not scanned for.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["library", "term"]
        constraints = [
            models.UniqueConstraint(fields=["library", "term", "mode"], name="keyword_entry_unique")
        ]
        verbose_name_plural = "keyword entries"

    def __str__(self) -> str:
        return self.term

    @property
    def exception_list(self) -> list[str]:
        return [e.strip() for e in self.exceptions.split("|") if e.strip()]


class KeywordEntryHistory(models.Model):
    """Who added, changed, excluded or restored an entry, and why. Written once, never edited."""

    class Action(models.TextChoices):
        ADDED = "added", "Added"
        CHANGED = "changed", "Changed"
        EXCLUDED = "excluded", "Excluded"
        RESTORED = "restored", "Restored"
        EXCEPTION_ADDED = "exception_added", "Exception added"
        IMPORTED = "imported", "Imported"
        DELETED = "deleted", "Deleted"

    entry = models.ForeignKey(
        KeywordEntry, null=True, on_delete=models.SET_NULL, related_name="history"
    )
    library = models.ForeignKey(KeywordLibrary, on_delete=models.CASCADE, related_name="history")
    term = models.CharField(max_length=200)
    action = models.CharField(max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reason = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.term}"


# --- Posts, flags and matches -------------------------------------------------------------
