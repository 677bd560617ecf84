"""The audit log: append-only, one entry per view of or action on a flag or concern."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):  # noqa: ARG002 - refusing is the point
        raise PermissionError("The audit log cannot be changed.")

    def delete(self):
        raise PermissionError("The audit log cannot be deleted; retention removes only text.")


class AuditEntry(models.Model):
    """Every view of and action on a flag or concern. Append-only."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=200, help_text="Who, kept even if the account goes.")
    action = models.CharField(max_length=50)
    object_type = models.CharField(max_length=50)
    object_id = models.CharField(max_length=50)
    reason = models.TextField(blank=True)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        # actor_label is already safe to show: anonymous students are recorded as such.
        if self.object_type:
            return f"{self.actor_label}: {self.action} on {self.object_type} #{self.object_id}"
        return f"{self.actor_label}: {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log cannot be deleted.")


# --- The school's choices -----------------------------------------------------------------
