"""Integrations of the REST API and their keys."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Integration(models.Model):
    """Another system that sends posts or reads flags through the API, with its own keys.

    Its posts' external ids are its own: the same (source, external_id) from two integrations
    are two posts, and a key reads only its own integration's posts and flags.
    """

    name = models.CharField(max_length=200, unique=True)
    platform = models.ForeignKey(
        "lti.Platform",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "The LMS whose LTI user ids (sub) this integration sends as author_ref. Only then do "
            "a student's subject access and erasure include its posts."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ApiKey(models.Model):
    class Scope(models.TextChoices):
        READ = "read", "Read flags"
        WRITE = "write", "Send posts and scan"
        READ_WRITE = "read_write", "Both"

    name = models.CharField(max_length=200)
    integration = models.ForeignKey(
        Integration,
        on_delete=models.PROTECT,
        related_name="keys",
        help_text="The integration this key speaks for: it sees only this integration's posts.",
    )
    prefix = models.CharField(
        max_length=12,
        unique=True,
        help_text=(
            "The key's first 8 characters, kept in clear to find the key and tell keys apart. "
            "Keys are made with secrets.token_urlsafe(32) and shown once."
        ),
    )
    key_hash = models.CharField(
        max_length=128,
        help_text=(
            "SHA-256 (hex) of the whole key; the key itself is never stored. A request's key is "
            "found by its prefix and checked against this hash (moderation.api.keys)."
        ),
    )
    scope = models.CharField(max_length=10, choices=Scope.choices, default=Scope.WRITE)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # Django's default from the class name read "Api key" on every admin page of the keys.
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
