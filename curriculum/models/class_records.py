"""A K-2 teacher's record of a step the class did together (teacher-led mode).

Pre-readers cannot type a reflection or read a quiz alone, so in a K-2 lesson the course's
teacher may record the step once for the whole class. The row is the record of that action:
who recorded it, when, what they entered and how many students it completed. Each student's
own progress is marked done as well (`curriculum.steps.teacher_led`); the rows, one per
recording and never overwritten, are the account of why their step is done.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ClassRecord(models.Model):
    resource_link = models.ForeignKey(
        "lti.ResourceLink", on_delete=models.CASCADE, related_name="class_records"
    )
    step = models.CharField(max_length=20, help_text="The step kind recorded (reflection, quiz).")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="class_records",
        help_text="The teacher who recorded it (none once their account is erased)",
    )
    text = models.TextField(blank=True, help_text="The class's response, as the teacher typed it.")
    together = models.BooleanField(
        default=False, help_text='Ticked "we did this together / answered aloud".'
    )
    quiz_correct = models.PositiveSmallIntegerField(null=True, blank=True)
    quiz_questions = models.PositiveSmallIntegerField(null=True, blank=True)
    quiz_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    students_completed = models.PositiveIntegerField(
        default=0, help_text="How many of the course's students it completed the step for."
    )
    recorded_at = models.DateTimeField()

    class Meta:
        # Every recording is kept (a correction adds a row): the latest is the one shown.
        ordering = ["-recorded_at", "-pk"]
        indexes = [models.Index(fields=["resource_link", "step"], name="class_record_link_step")]

    def __str__(self) -> str:
        return f"Class record: {self.step} of {self.resource_link} ({self.recorded_at:%Y-%m-%d})"
