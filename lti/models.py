"""Who and where, as the LMS tells us: identities, courses, memberships and resource links.

Identity is `(platform registration, sub)`, never an issuer string alone and never an e-mail
address. A course is `(platform registration, deployment_id, context_id)`. Two registrations
that claim the same issuer share no user, course or grade: an issuer is only what a platform
says about itself, while the registration is what an administrator approved. Each LTI identity
is backed by a Django user so that sessions, permissions and audit work as everywhere else in
the product; the Django user has no usable password and no e-mail.
"""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

from lti.panels import ToolAddressesPanel

# Canvas cloud (Instructure's hosted Canvas): its issuers, and the hosts its login, token and key
# set endpoints live at (sso.*.canvaslms.com; older registrations name *.instructure.com).
CANVAS_CLOUD_ISSUERS = frozenset(
    {
        "https://canvas.instructure.com",
        "https://canvas.beta.instructure.com",
        "https://canvas.test.instructure.com",
    }
)
CANVAS_CLOUD_HOSTS = frozenset(
    {"sso.canvaslms.com", "sso.beta.canvaslms.com", "sso.test.canvaslms.com"}
)


def _instructure_host(url: str) -> bool:
    from lti.outbound import UnsafeUrl, origin_of

    if "://" not in url:  # a token audience as Canvas writes it: a bare host name
        url = f"https://{url}"
    try:
        origin = origin_of(url)
    except UnsafeUrl:
        return False
    host = origin.host.lower()
    return (origin.scheme, origin.port) == ("https", 443) and (
        host in CANVAS_CLOUD_HOSTS or host.endswith(".instructure.com")
    )


def is_canvas_cloud(platform: "Platform") -> bool:
    """Issuer, login, token and key set endpoints (and the token audience, if any) all at
    Instructure's Canvas cloud: nothing this registration names goes anywhere else."""
    if platform.issuer.rstrip("/") not in CANVAS_CLOUD_ISSUERS:
        return False
    urls = [platform.auth_login_url, platform.auth_token_url, platform.key_set_url]
    if platform.auth_audience:
        urls.append(platform.auth_audience)
    return all(_instructure_host(url) for url in urls)


class Role(models.TextChoices):
    TEACHER = "teacher", "Teacher"
    STUDENT = "student", "Student"
    NONE = "none", "Other"


class LtiIdentity(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_identity"
    )
    platform = models.ForeignKey(
        "lti.Platform", on_delete=models.PROTECT, related_name="identities"
    )
    sub = models.CharField(max_length=255)
    # Only stored when the platform sends them and a feature shows them (the teacher dashboard).
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["platform", "sub"], name="lti_identity_unique")
        ]
        verbose_name_plural = "LTI identities"

    def __str__(self) -> str:
        return self.name or f"{self.sub} @ {self.platform_id}"

    @property
    def issuer(self) -> str:
        """The issuer the registration was made for (for display and export only)."""
        return self.platform.issuer


class Course(models.Model):
    # The registration the course was first launched from; never changed afterwards, so that
    # grades and roster calls always go back to the platform the course belongs to.
    platform = models.ForeignKey("lti.Platform", on_delete=models.PROTECT, related_name="courses")
    deployment_id = models.CharField(max_length=255)
    context_id = models.CharField(max_length=255)
    title = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Set by each launch of this course's own platform: where its grades and rosters live.
    memberships_url = models.URLField(max_length=500, blank=True)
    lineitems_url = models.URLField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "deployment_id", "context_id"], name="lti_course_unique"
            )
        ]

    def __str__(self) -> str:
        return self.title or self.context_id

    @property
    def issuer(self) -> str:
        """The issuer the course's registration was made for (for display and rules only)."""
        return self.platform.issuer


class CourseMembership(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    last_launch_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course", "user"], name="lti_membership_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.role}) in {self.course}"


class ResourceLink(models.Model):
    """A link placed in a course (one gradebook column when the platform gave a line item).
    What it opens is the product's business: curriculum ties it to a lesson (LessonLink)."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="resource_links")
    resource_link_id = models.CharField(max_length=255)
    title = models.CharField(max_length=255, blank=True)
    line_item_url = models.URLField(max_length=500, blank=True)
    score_maximum = models.DecimalField(max_digits=7, decimal_places=2, default=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course", "resource_link_id"], name="lti_resource_link_unique"
            )
        ]

    def __str__(self) -> str:
        return self.title or self.resource_link_id


# --- Platform registrations, tool keys and the grade outbox -------------------------------------
# Everything below is managed by lti/ alone; curriculum/ reads the models above.


class Platform(ClusterableModel):
    """One registration of this tool in one LMS (issuer + client id), with its deployments."""

    class Source(models.TextChoices):
        MANUAL = "manual", _("Entered by hand")
        DYNAMIC = "dynamic", _("Dynamic Registration")
        DEMO = "demo", _("Demo platform (make demo)")

    name = models.CharField(
        _("name"), max_length=200, help_text=_("A name for staff, e.g. 'District Canvas'.")
    )
    issuer = models.CharField(
        _("issuer"),
        max_length=255,
        help_text=_("The platform's issuer (iss), e.g. https://canvas.instructure.com."),
    )
    client_id = models.CharField(
        _("client ID"),
        max_length=255,
        blank=True,
        help_text=_(
            "The client id the LMS gave this tool. Leave it empty while the LMS administrator "
            "makes the tool's key from this platform's addresses; fill it in to switch it on."
        ),
    )
    auth_login_url = models.URLField(
        _("OIDC login URL"),
        max_length=500,
        help_text=_("The platform's OIDC authorization endpoint."),
    )
    auth_token_url = models.URLField(
        _("token URL"),
        max_length=500,
        help_text=_("The platform's OAuth2 token endpoint (for grades and rosters)."),
    )
    auth_audience = models.CharField(
        _("token audience"),
        max_length=500,
        blank=True,
        help_text=_("Audience for token requests, if not the token URL."),
    )
    key_set_url = models.URLField(
        _("public keyset (JWKS) URL"),
        max_length=500,
        help_text=_("The platform's public key set (JWKS)."),
    )
    extra_origins = models.JSONField(
        _("other web addresses"),
        default=list,
        blank=True,
        help_text=_(
            "Other web addresses of this LMS, one origin each (e.g. https://school.instructure.com "
            "when the issuer is https://canvas.instructure.com). Pages there may show Upstander "
            "in a frame, and grade and roster calls may go there."
        ),
    )
    is_active = models.BooleanField(
        _("is active"), default=True, help_text=_("Inactive platforms cannot launch.")
    )
    # A Dynamic Registration for an issuer we already know arrives inactive: anyone can claim
    # an issuer, so a lead or superuser decides whether this is really that school's LMS.
    awaiting_approval = models.BooleanField(
        _("awaiting approval"),
        default=False,
        editable=False,
        help_text=_(
            "Registered itself for an issuer that already had a platform; activate it to approve."
        ),
    )
    accept_new_deployments = models.BooleanField(
        _("accept new deployments"),
        default=False,
        help_text=_(
            "Record a deployment id the first time a correctly signed launch uses it. Turn on for "
            "LMSs that create new deployments when a course is copied; leave off to accept only "
            "the deployments listed below."
        ),
    )
    granted_scopes = models.JSONField(
        _("granted scopes"),
        default=list,
        blank=True,
        help_text=_("Service scopes the platform granted (AGS, NRPS)."),
    )
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.MANUAL
    )
    registration_response = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What the platform returned during Dynamic Registration.",
    )
    # The key set (lti.ToolKey.key_set) whose keys sign this platform's token requests and
    # deep-linking answers. Every platform gets one of its own when it is saved first (see
    # save(); Canvas cloud's copies of one developer key share theirs: key_set_peers()); ""
    # is the tool's own set at /lti/jwks/, kept by platforms configured before that until an
    # administrator moves them (lti.keys.give_own_key_set).
    tool_key_set = models.CharField(
        max_length=64,
        blank=True,
        default="",
        editable=False,
        help_text="The tool key set this platform was told to trust ('' is /lti/jwks/).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("issuer"),
                FieldPanel("client_id"),
                FieldPanel("is_active"),
            ],
            heading=_("Platform"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("auth_login_url"),
                FieldPanel("auth_token_url"),
                FieldPanel("auth_audience"),
                FieldPanel("key_set_url"),
                FieldPanel("extra_origins"),
            ],
            heading=_("Endpoints"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accept_new_deployments"),
                InlinePanel("deployments", label=_("Deployment")),
            ],
            heading=_("Deployments"),
        ),
        FieldPanel("granted_scopes"),
        ToolAddressesPanel(heading=_("Addresses to paste into this LMS")),
    ]

    class Meta:
        constraints = [
            # Platforms awaiting their client id (a Canvas developer key being made) are many.
            models.UniqueConstraint(
                fields=["issuer", "client_id"],
                condition=~models.Q(client_id=""),
                name="lti_platform_unique",
            )
        ]
        ordering = ["name"]
        verbose_name = _("LMS platform")
        verbose_name_plural = _("LMS platforms")

    def __str__(self) -> str:
        return f"{self.name} ({self.issuer})"

    def clean(self) -> None:
        """Every address is a plain web URL (http or https, a host, no user name or password):
        a registration or an administrator may not slip in `javascript:` or `lms-a@evil`."""
        from lti.outbound import UnsafeUrl, origin_of, parse_web_url

        errors: dict[str, str] = {}
        for name in ("issuer", "auth_login_url", "auth_token_url", "key_set_url"):
            try:
                parse_web_url(getattr(self, name))
            except UnsafeUrl as exc:
                errors[name] = str(exc)
        if not isinstance(self.extra_origins, list):
            errors["extra_origins"] = (
                'A list of web addresses, e.g. ["https://school.lms.example"].'
            )
        else:
            origins: list[str] = []
            for value in self.extra_origins:
                try:
                    origin = str(origin_of(value))
                except UnsafeUrl as exc:
                    errors["extra_origins"] = f"{str(value)[:100]!r}: {exc}"
                    continue
                if origin not in origins:
                    origins.append(origin)
            self.extra_origins = origins
        if self.is_active and not self.client_id:
            errors["client_id"] = (
                "Enter the client id the LMS gave this tool before switching the platform on."
            )
        if self.client_id and self._client_id_held_by_a_self_registered_platform():
            errors["client_id"] = (
                "A platform that registered itself (Dynamic Registration) already has this "
                "client id under another issuer. An LMS makes a new client id for each "
                "registration: check which of the two is really this school's LMS."
            )
        if errors:
            raise ValidationError(errors)

    def _client_id_held_by_a_self_registered_platform(self) -> bool:
        # The tool's signed token requests name a platform by client id alone (see
        # lti.registration._check_client_id_is_new); an administrator may enter one client id
        # for two issuers (Canvas copies its keys to its beta and test sites), never share one
        # with a platform that chose its own.
        return (
            Platform.objects.filter(client_id=self.client_id, source=Platform.Source.DYNAMIC)
            .exclude(pk=self.pk)
            .exclude(issuer=self.issuer)
            .exists()
        )

    def save(self, *args, **kwargs) -> None:
        # Activating a platform that registered itself is approving it.
        if self.is_active and self.awaiting_approval:
            self.awaiting_approval = False
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "awaiting_approval"}
        if not self._state.adding and not self.tool_key_set and self._names_another_lms():
            self._keys_of_its_own_for_another_lms(*args, **kwargs)
            return
        if not (self._state.adding and not self.tool_key_set):
            super().save(*args, **kwargs)
            return
        # A new platform, entered by hand (or the demo's): a key set of its own, as a Dynamic
        # Registration gets one, so that nothing signed for it is trusted by another LMS. An
        # administrator tricked into entering a hostile LMS under a school's client id gives it
        # keys the school's LMS was never told to trust (lti.registration, "Whose key signs").
        from lti.keys import new_key_set

        with transaction.atomic():
            peer = self.key_set_peers().first()
            self.tool_key_set = peer.tool_key_set if peer is not None else new_key_set()
            super().save(*args, **kwargs)

    # What names the LMS a token request goes to and is made for: changing one of them makes
    # the registration another LMS's, as far as what is signed for it goes.
    LMS_NAMING_FIELDS = ("issuer", "client_id", "auth_token_url", "auth_audience")

    def _names_another_lms(self) -> bool:
        stored = Platform.objects.filter(pk=self.pk).values_list(*self.LMS_NAMING_FIELDS).first()
        now = tuple(getattr(self, name) for name in self.LMS_NAMING_FIELDS)
        return stored is not None and stored != now

    def _keys_of_its_own_for_another_lms(self, *args, **kwargs) -> None:
        # A platform configured before every platform had keys of its own signs with the tool's
        # one key until moved. Edited to name another client id or token endpoint, it would send
        # that LMS assertions signed with the key the schools configured before trust: the
        # relay an administrator talked into entering a hostile LMS would open. So the edit
        # gives it keys of its own (its LMS is then told their address: the platform's page).
        from lti.keys import new_key_set

        with transaction.atomic():
            self.tool_key_set = new_key_set()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "tool_key_set"}
            super().save(*args, **kwargs)

    def key_set_peers(self) -> "models.QuerySet[Platform]":
        """Other platforms that may share this one's key set: only Canvas cloud's copies of one
        developer key. Canvas copies a production developer key, with its client id and the
        JWKS URL it was told, to the school's beta and test sites (three issuers, one client
        id), so those registrations must sign with the keys the production one does. Both
        must be Canvas cloud throughout (issuer and every endpoint at Instructure's own hosts):
        then what is signed for either goes only to Instructure, which checks `aud`, so an
        entry that merely claims to be such a copy wins nothing it could relay. Two platforms
        with one client id under any other issuers share nothing."""
        if not self.client_id or not is_canvas_cloud(self):
            return Platform.objects.none()
        peers = Platform.objects.filter(client_id=self.client_id).exclude(issuer=self.issuer)
        if self.pk is not None:
            peers = peers.exclude(pk=self.pk)
        return peers.filter(pk__in=[p.pk for p in peers if is_canvas_cloud(p)]).order_by("pk")

    @property
    def awaiting_client_id(self) -> bool:
        """Made before the LMS gave its client id (lti.canvas_setup): its addresses answer so
        that the LMS administrator can make the tool's key from them; it cannot launch."""
        return not self.client_id and not self.is_active

    @admin.display(description="Status")
    def status(self) -> str:
        # In English; the admin's list shows it in the reader's language (lti/wagtail_hooks.py).
        if self.awaiting_approval:
            return gettext_noop("Awaiting approval")
        if not self.client_id:
            return gettext_noop("Awaiting its client id")
        return gettext_noop("Active") if self.is_active else gettext_noop("Inactive")

    def web_origins(self) -> set[str]:
        """Every origin this registration names: the only places that may frame the tool for
        this platform or receive its access tokens. Invalid URLs name nothing."""
        from lti.outbound import UnsafeUrl, origin_of

        origins = set()
        named = [self.issuer, self.auth_login_url, self.auth_token_url, self.key_set_url]
        for url in [*named, *(self.extra_origins or [])]:
            try:
                origins.add(str(origin_of(url)))
            except UnsafeUrl:
                continue
        return origins


@receiver(post_delete, sender=Platform)
def _drop_deleted_platforms_key_set(sender, instance: Platform, **kwargs) -> None:
    # A deleted platform's keys sign nothing more and are published nowhere (unless a Canvas
    # copy of the same developer key still holds the set).
    from lti.keys import drop_unheld_key_set

    drop_unheld_key_set(instance.tool_key_set)


class RegistrationLink(models.Model):
    """A Dynamic Registration link: made by a lead or superuser for one LMS, used once.

    Only a hash of the token is kept, so the database alone cannot be used to register.
    The issuer is what the administrator typed: a platform registering through this link must
    say it is exactly that LMS, and serve its configuration from that LMS's address.
    """

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    issuer = models.CharField(
        max_length=255,
        help_text="The LMS's issuer, e.g. https://canvas.instructure.com or your Moodle's address.",
    )
    lms_address = models.CharField(
        max_length=255,
        blank=True,
        help_text="Where the LMS's own pages are, if not at the issuer (Canvas cloud: "
        "https://yourschool.instructure.com).",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    platform = models.ForeignKey(
        Platform,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registration_links",
        help_text="The platform that registered through this link.",
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Registration link for {self.issuer}"

    @property
    def lms_addresses(self) -> list[str]:
        """Where the LMS this link was made for may answer from: its issuer and, for Canvas
        cloud, the school's own address."""
        return [self.issuer, *([self.lms_address] if self.lms_address else [])]


class PlatformDeployment(models.Model):
    platform = ParentalKey(Platform, on_delete=models.CASCADE, related_name="deployments")
    deployment_id = models.CharField(
        _("deployment ID"),
        max_length=255,
        help_text=_("The deployment id the LMS shows for this installation."),
    )
    recorded_from_launch = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("deployment_id")]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "deployment_id"], name="lti_deployment_unique"
            )
        ]

    def __str__(self) -> str:
        return self.deployment_id


class ToolKeyQuerySet(models.QuerySet):
    def published(self, now=None):
        """Keys in the JWKS: every key not yet past its expiry, including ones not yet signing."""
        now = now or timezone.now()
        return self.filter(models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now))

    def signing(self, now=None):
        now = now or timezone.now()
        return self.published(now).filter(active_from__lte=now).order_by("-active_from")

    def of_set(self, key_set: str = ""):
        return self.filter(key_set=key_set)


class ToolKey(models.Model):
    """An RSA key this tool signs with. Private keys live here, sealed, never in the repository.

    Rotation: a new key is published at once but signs only from `active_from`, so platforms
    that cache our JWKS see it first; the old key keeps being published until `expires_at`,
    after every token it signed has expired.
    """

    kid = models.CharField(max_length=100, unique=True)
    # "" is the tool's own key set, published at /lti/jwks/. A platform that registered itself
    # (Dynamic Registration) was given a set of its own, published only at
    # /lti/jwks/<key_set>/: see lti.registration, "Whose key signs".
    key_set = models.CharField(max_length=64, blank=True, default="", db_index=True, editable=False)
    # Sealed (encrypted): lti.key_vault. Use private_pem() to sign.
    private_key = models.TextField(editable=False)
    public_jwk = models.JSONField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    active_from = models.DateTimeField(help_text="Signs from this time on.")
    expires_at = models.DateTimeField(
        null=True, blank=True, help_text="Unpublished from this time on (empty: until rotated)."
    )

    objects = ToolKeyQuerySet.as_manager()

    class Meta:
        ordering = ["-active_from"]

    def __str__(self) -> str:
        return self.kid

    def private_pem(self) -> str:
        from lti.key_vault import unseal

        return unseal(self.private_key, kid=self.kid)


class ScoreOutbox(models.Model):
    """The score to send for one student on one resource link: saved first, sent by a task.

    One row per (resource link, user): a newer score replaces a pending one, so the platform
    is never sent two different scores for the same completion. `version` grows with each
    replacement; a send only marks the row sent when the version it sent is still current.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    resource_link = models.ForeignKey(ResourceLink, on_delete=models.CASCADE, related_name="scores")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_scores"
    )
    score_given = models.FloatField()
    score_maximum = models.FloatField()
    activity_progress = models.CharField(max_length=20, default="Completed")
    grading_progress = models.CharField(max_length=20, default="FullyGraded")
    timestamp = models.DateTimeField(help_text="When the student completed the work.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    version = models.PositiveIntegerField(default=1)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resource_link", "user"], name="lti_score_unique")
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.user} on {self.resource_link}: {self.score_given}/{self.score_maximum}"
