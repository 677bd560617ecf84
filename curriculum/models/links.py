"""Which lesson an LMS link opens.

lti records the links a platform launches (`lti.ResourceLink`: course, link id, gradebook
column) and knows nothing of lessons; curriculum ties each link to its lesson here, when a
launch names the lesson (see curriculum/launch.py).
"""

from __future__ import annotations

from django.db import models


class LessonLink(models.Model):
    resource_link = models.OneToOneField(
        "lti.ResourceLink",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="lesson_link",
    )
    # A lesson placed in a course is not deleted from under its students' work.
    lesson = models.ForeignKey(
        "curriculum.LessonPage", on_delete=models.PROTECT, related_name="lesson_links"
    )

    def __str__(self) -> str:
        return f"{self.resource_link} → {self.lesson}"
