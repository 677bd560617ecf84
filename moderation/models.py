"""What moderation keeps: keyword libraries, scanned posts, flags and their matches, routing
rules, concerns, API keys and an audit log that nobody can edit.

The scanning itself is `moderation/engine.py` (pure); these models persist what it finds.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class Severity(models.IntegerChoices):
    INFORMATIONAL = 1, "Informational"
    LOW = 2, "Low"
    HIGH = 3, "High"
    CRITICAL = 4, "Critical"


class Category(models.TextChoices):
    BULLYING = "bullying", "Bullying and trolling"
    SELF_HARM = "self_harm", "Self-harm and suicide"
    EATING_DISORDERS = "eating_disorders", "Eating disorders"
    GROOMING = "grooming", "Grooming and sexual exploitation"
    SEXTING = "sexting", "Sexting"
    HATE = "hate", "Race and religious hatred"
    EXTREMISM = "extremism", "Radicalisation and extremism"
    VIOLENCE = "violence", "Violence and weapons"
    DRUGS = "drugs", "Drugs and alcohol"
    PROFANITY = "profanity", "Profanity"
    OTHER = "other", "Other concern"


class ContextLabel(models.TextChoices):
    """What the words around a match say about it (the labels of moderation/scanning/context.py)."""

    PLAIN = "plain", "Plain"
    SELF = "self", "About the writer"
    OTHER = "other", "About someone else"
    NEGATED = "negated", "Negated"
    QUOTED = "quoted", "Quoted or reported"
    COUNTER = "counter", "Condemned by the writer"
    JOKING = "joking", "Laughed off"
    HYPOTHETICAL = "hypothetical", "Hypothetical"
    QUESTION = "question", "A question"
    THREAT = "threat", "A threat"


# --- Keyword libraries --------------------------------------------------------------------


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

HELD_MESSAGE = "Your post is waiting for a member of staff to read it."
REMOVED_MESSAGE = "Your post was removed by a member of staff."


class ModeratedPost(models.Model):
    """Any student-written text that was scanned, wherever it came from."""

    class Source(models.TextChoices):
        DISCUSSION = "discussion", "Lesson discussion"
        REFLECTION = "reflection", "Reflection"
        CONCERN = "concern", "Concern"
        API = "api", "Integration"

    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        HELD = "held", "Held for staff"
        REMOVED = "removed", "Removed by staff"

    source = models.CharField(max_length=12, choices=Source.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Integrations name people and courses in their own terms; we keep their references as given.
    author_ref = models.CharField(max_length=255, blank=True)
    course = models.ForeignKey(
        "lti.Course", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Whom a reply answers: several students' flagged replies to one classmate form a pattern.
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    course_ref = models.CharField(max_length=255, blank=True)
    # Whose namespace external_source/external_id are in: another integration's key can never
    # claim (or read) this post's ids. Empty for posts made here (lessons, concerns).
    integration = models.ForeignKey(
        "Integration", null=True, blank=True, on_delete=models.PROTECT, related_name="posts"
    )
    external_source = models.CharField(max_length=100, blank=True)
    external_id = models.CharField(max_length=255, blank=True)
    text = models.TextField(help_text="What a person sees: sanitised plain text.")
    html = models.TextField(blank=True, help_text="Sanitised HTML, when the post came as HTML.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    highest_severity = models.PositiveSmallIntegerField(
        choices=Severity.choices, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["integration", "external_source", "external_id"],
                condition=~models.Q(external_id=""),
                name="moderated_post_external_unique",
            ),
            # NULLs are distinct in a unique index: posts sent with ids but no integration
            # (code calling record_post directly) need their own constraint.
            models.UniqueConstraint(
                fields=["external_source", "external_id"],
                condition=~models.Q(external_id="") & models.Q(integration__isnull=True),
                name="moderated_post_external_unique_no_integration",
            ),
        ]
        indexes = [models.Index(fields=["author", "created_at"], name="moderated_post_author_idx")]

    def __str__(self) -> str:
        return f"{self.get_source_display()} post {self.pk}"

    @property
    def shown_to_others(self) -> bool:
        """Whether anyone but its author and staff may read it. Whatever shows a post (a lesson
        discussion, a reflection) points at this record and reads this, never a copy of it."""
        return self.status == self.Status.PUBLISHED

    @property
    def author_notice(self) -> str:
        """What the author reads beside a post others cannot see, or "" when it is shown."""
        return AUTHOR_NOTICES.get(self.status, "")


AUTHOR_NOTICES = {
    ModeratedPost.Status.HELD: HELD_MESSAGE,
    ModeratedPost.Status.REMOVED: REMOVED_MESSAGE,
}


class RoutingRule(models.Model):
    """Who hears about a flag. The first active rule that fits, by priority, routes it."""

    name = models.CharField(max_length=200)
    priority = models.PositiveSmallIntegerField(
        default=100, help_text="Lower numbers are tried first."
    )
    active = models.BooleanField(default=True)
    is_default = models.BooleanField(
        default=False, help_text="Routes anything no other rule routes."
    )
    categories = models.JSONField(default=list, blank=True, help_text="Empty means every category.")
    min_severity = models.PositiveSmallIntegerField(
        choices=Severity.choices, default=Severity.INFORMATIONAL
    )
    course = models.ForeignKey("lti.Course", null=True, blank=True, on_delete=models.CASCADE)
    issuer = models.URLField(
        max_length=255, blank=True, help_text="Only this school's LMS; empty means any."
    )
    users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="routing_rules"
    )
    groups = models.ManyToManyField(Group, blank=True, related_name="routing_rules")
    include_course_teachers = models.BooleanField(default=False)
    escalate_to_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="escalation_rules",
        help_text="The next contact when a flag is not acknowledged in time.",
    )
    escalate_to_groups = models.ManyToManyField(Group, blank=True, related_name="escalation_rules")

    class Meta:
        ordering = ["priority", "pk"]

    def __str__(self) -> str:
        return self.name


class Flag(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        ESCALATED = "escalated", "Escalated"
        RESOLVED = "resolved", "Resolved"

    class Outcome(models.TextChoices):
        ACTION_TAKEN = "action_taken", "Action taken"
        NO_CONCERN = "no_concern", "No concern"
        FALSE_POSITIVE = "false_positive", "False positive"

    post = models.ForeignKey(
        ModeratedPost, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    # A pattern flag gathers several lower-severity posts into one of higher severity.
    is_pattern = models.BooleanField(default=False)
    related_posts = models.ManyToManyField(ModeratedPost, blank=True, related_name="pattern_flags")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    course = models.ForeignKey(
        "lti.Course", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    category = models.CharField(max_length=30, choices=Category.choices)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.NEW)
    outcome = models.CharField(max_length=15, choices=Outcome.choices, blank=True)
    rule = models.ForeignKey(
        RoutingRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="flags"
    )
    routed_to = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="routed_flags"
    )
    escalation_level = models.PositiveSmallIntegerField(default=0)
    escalate_after = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-severity", "created_at"]
        indexes = [
            models.Index(fields=["status", "severity", "created_at"], name="flag_queue_idx"),
            models.Index(fields=["student", "created_at"], name="flag_student_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_severity_display()} {self.get_category_display()} flag {self.pk}"


class FlagMatch(models.Model):
    """One keyword found in the post. The entry's words are copied: libraries change,
    cases don't."""

    flag = models.ForeignKey(Flag, on_delete=models.CASCADE, related_name="matches")
    entry = models.ForeignKey(
        KeywordEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    term = models.CharField(max_length=200)
    category = models.CharField(max_length=30, choices=Category.choices)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    definition = models.TextField(blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    matched_text = models.CharField(max_length=500)
    normalisations = models.JSONField(default=list, blank=True)
    # How the words around the match read it (moderation/scanning/context.py); `severity` above
    # is the one context gave it, the entry's own is in the library.
    context = models.CharField(
        max_length=12, choices=ContextLabel.choices, default=ContextLabel.PLAIN
    )
    false_positive = models.BooleanField(default=False)

    class Meta:
        ordering = ["start", "pk"]

    def __str__(self) -> str:
        # The entry's term, not matched_text: that is the student's own words.
        return f"Match of {self.term} in flag #{self.flag_id}"


class FlagNote(models.Model):
    flag = models.ForeignKey(Flag, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Note by {self.author or 'a deleted account'} on flag #{self.flag_id}"


class StaffNotification(models.Model):
    """A notice in the admin (and the record of the e-mail sent with it)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_notifications"
    )
    flag = models.ForeignKey(
        Flag, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    concern = models.ForeignKey(
        "Concern", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )

    class Delivery(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENT = "sent", "Sent on every channel"
        FAILED = "failed", "Given up after every retry"

    reason = models.CharField(
        max_length=20, default="routed", help_text="routed, escalated, reply, unreached"
    )
    emailed_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The outbox (moderation/flags/notifications.py): written with the flag, sent by tasks, retried.
    delivery = models.CharField(max_length=10, choices=Delivery.choices, default=Delivery.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_channels = models.JSONField(default=list, blank=True)
    last_error = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(delivery="pending"),
                name="moderation_notice_due",
            )
        ]

    def __str__(self) -> str:
        notice = f"{self.reason.capitalize()} notice to {self.recipient}"
        if self.flag_id is not None:
            return f"{notice} about flag #{self.flag_id}"
        if self.concern_id is not None:
            return f"{notice} about concern #{self.concern_id}"
        return notice


# --- Concerns -----------------------------------------------------------------------------


class TrustedAdult(models.Model):
    """A member of staff students may choose to tell about a concern."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trusted_adult"
    )
    display_name = models.CharField(
        max_length=200, help_text="As students know them, e.g. Ms Rivera."
    )
    role_title = models.CharField(max_length=200, blank=True, help_text="e.g. School counsellor.")
    active = models.BooleanField(default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "display_name"]

    def __str__(self) -> str:
        return self.display_name


class Concern(models.Model):
    """A student telling a trusted adult. An anonymous concern stores nothing that identifies them:
    no user, no session, no address, no browser; only a hash of the claim code they keep."""

    class About(models.TextChoices):
        MYSELF = "myself", "Myself"
        SOMEONE_ELSE = "someone_else", "Someone else"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        REPLIED = "replied", "Replied"
        CLOSED = "closed", "Closed"

    category = models.CharField(max_length=30, choices=Category.choices)
    about = models.CharField(max_length=15, choices=About.choices)
    anonymous = models.BooleanField(default=False)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    trusted_adult = models.ForeignKey(
        TrustedAdult, on_delete=models.PROTECT, related_name="concerns"
    )
    claim_code_hash = models.CharField(max_length=128, unique=True)
    post = models.OneToOneField(
        ModeratedPost, null=True, blank=True, on_delete=models.SET_NULL, related_name="concern"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # Never the reporter: an anonymous concern must not name them in admin lists or logs.
        return f"Concern #{self.pk} to {self.trusted_adult} ({self.get_status_display().lower()})"


class ConcernMessage(models.Model):
    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="messages")
    from_staff = models.BooleanField(default=False)
    staff_author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    # The moderation record of a student's message (staff messages are not scanned).
    post = models.OneToOneField(
        ModeratedPost,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concern_message",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        # The student side is never named, so an anonymous concern stays anonymous.
        if self.from_staff:
            sender = self.staff_author or "staff"
        else:
            sender = "the student"
        return f"Message from {sender} on concern #{self.concern_id}"


# --- Integrations and the audit log -------------------------------------------------------


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

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


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


@register_setting(icon="warning")
class ModerationSettings(BaseGenericSetting):
    hold_severity = models.PositiveSmallIntegerField(
        choices=Severity.choices,
        default=Severity.HIGH,
        help_text="Posts matching at or above this severity are held until staff release them.",
    )
    teacher_max_severity = models.PositiveSmallIntegerField(
        choices=Severity.choices,
        default=Severity.LOW,
        help_text="Teachers see flags in their own courses up to this severity.",
    )
    critical_escalation_minutes = models.PositiveIntegerField(
        default=15,
        help_text="A critical flag not acknowledged in this time goes to the next contact.",
    )
    escalation_minutes = models.PositiveIntegerField(
        default=24 * 60, help_text="The same, for flags below critical."
    )
    pattern_window_days = models.PositiveSmallIntegerField(default=14)
    pattern_count = models.PositiveSmallIntegerField(
        default=3, help_text="This many lower-severity flags in the window raise a combined flag."
    )
    help_contacts = models.TextField(
        default=(
            "You can talk to any trusted adult at school, "
            "such as your teacher or the school counsellor.\n"
            "If you are in danger right now, call your local emergency number.\n"
            "You can also contact a helpline for young people in your country, "
            "free and confidential."
        ),
        help_text="Shown to a student at once when a post matches self-harm or suicide terms.",
    )
    post_retention_days = models.PositiveIntegerField(default=365)
    flag_retention_days = models.PositiveIntegerField(default=730)
    concern_retention_days = models.PositiveIntegerField(default=730)

    class Meta:
        verbose_name = "moderation settings"

    @classmethod
    def load(cls, request_or_site: Any = None) -> ModerationSettings:
        """The one row; without a request, kept per process (moderation/flags/hot_path.py)."""
        if request_or_site is not None:
            return super().load(request_or_site)
        from moderation.flags.hot_path import moderation_settings

        return moderation_settings(super().load)

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        from moderation.flags.hot_path import moderation_settings_row

        moderation_settings_row.forget()
