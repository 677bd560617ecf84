"""Who and where, as the LMS tells us: identities, courses, memberships and resource links.

Identity is `(issuer, sub)`, never an e-mail address. A course is
`(issuer, deployment_id, context_id)`. Each LTI identity is backed by a Django user so that
sessions, permissions and audit work as everywhere else in the product; the Django user has
no usable password and no e-mail.
"""

from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    TEACHER = "teacher", "Teacher"
    STUDENT = "student", "Student"
    NONE = "none", "Other"


class LtiIdentity(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_identity")
    issuer = models.URLField(max_length=255)
    sub = models.CharField(max_length=255)
    # Only stored when the platform sends them and a feature shows them (the teacher dashboard).
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "sub"], name="lti_identity_unique")]
        verbose_name_plural = "LTI identities"

    def __str__(self) -> str:
        return self.name or f"{self.sub} @ {self.issuer}"


class Course(models.Model):
    issuer = models.URLField(max_length=255)
    deployment_id = models.CharField(max_length=255)
    context_id = models.CharField(max_length=255)
    title = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issuer", "deployment_id", "context_id"], name="lti_course_unique")
        ]

    def __str__(self) -> str:
        return self.title or self.context_id


class CourseMembership(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_memberships")
    role = models.CharField(max_length=10, choices=Role.choices)
    last_launch_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course", "user"], name="lti_membership_unique")]


class ResourceLink(models.Model):
    """A lesson placed in a course (one gradebook column when the platform gave a line item)."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="resource_links")
    resource_link_id = models.CharField(max_length=255)
    lesson = models.ForeignKey("curriculum.LessonPage", on_delete=models.PROTECT, related_name="resource_links")
    title = models.CharField(max_length=255, blank=True)
    line_item_url = models.URLField(max_length=500, blank=True)
    score_maximum = models.DecimalField(max_digits=7, decimal_places=2, default=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course", "resource_link_id"], name="lti_resource_link_unique")
        ]

    def __str__(self) -> str:
        return self.title or self.resource_link_id
