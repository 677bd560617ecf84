"""Who may see and do what with flags. Every staff view asks `visible_flags(user)` first.

- Safeguarding leads (members of the "Safeguarding leads" group) and superusers see every flag
  and may take every action.
- Teachers (a teacher membership of a course) see the flags of their own courses up to
  `ModerationSettings.teacher_max_severity`, except flags of a post that is held (or removed):
  its words stay with the leads until they release it, whatever the ceiling is set to. They
  may acknowledge a flag, write a note, escalate it to the leads and report it a false alarm
  (with a reason, for a lead to review); closing a case (resolve, false positive), releasing or
  removing a held post and changing keyword libraries stay with the leads, so every case gets a
  lead's eye.
- Everyone else, students above all, sees no flag at all: the queue answers 403 and a case
  page 404, whether or not the flag exists.

In the admin, each group reaches its own tools: content editors (Wagtail's "Editors" and
"Moderators") the pages, images and documents, and the keyword libraries (edit, import, export:
`editors_manage_libraries`), without the exceptions false positives propose, which are read
from students' posts and stay with the leads; leads the safeguarding tools and the moderation
settings, and (deliberately, lti/wagtail_hooks.py) LMS platforms and registration links; only
superusers the API keys (here), users and groups, and the Django admin with the task queue
(upstander/admin_site.py). `leads_group()` makes the leads' group as the product defines it.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from lti.models import CourseMembership, Role
from moderation.models import Flag, ModeratedPost, ModerationSettings

LEADS_GROUP = "Safeguarding leads"
# What the leads' group is given: the admin itself, and the school's moderation settings. Every
# other safeguarding tool asks `is_lead`, so no model permission opens more to them.
LEADS_GROUP_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("moderation", "change_moderationsettings"),
)

TRUSTED_ADULTS_GROUP = "Trusted adults"
TRUSTED_ADULTS_GROUP_PERMISSIONS = (("wagtailadmin", "access_admin"),)

# Actions a teacher may take on a flag they can see; leads may take every action.
TEACHER_ACTIONS = frozenset({"acknowledge", "escalate", "add_note", "reveal", "report_false_alarm"})
LEAD_ACTIONS = TEACHER_ACTIONS | frozenset(
    {"resolve", "release_post", "remove_post", "mark_false_positive"}
)


def product_group(name: str, permissions: tuple[tuple[str, str], ...], using: str = "default"):
    """A group the product defines, made if it is missing, and given what the product gives
    it once (`give_once`): re-runnable, and a permission a school takes away stays away."""
    from django.contrib.auth.models import Group

    group, _ = Group.objects.using(using).get_or_create(name=name)
    give_once(group, permissions, using)
    return group


def give_once(group: Any, permissions: tuple[tuple[str, str], ...], using: str = "default") -> None:
    """Give `group` each of `permissions` it was never given, and record that it was
    (moderation.models.ProductGrant). Wagtail gives its own groups their permissions in data
    migrations, once per database; this is the same for groups a flush or a school may remake."""
    from django.contrib.auth.models import Permission

    from moderation.models import ProductGrant

    given = set(
        ProductGrant.objects.using(using)
        .filter(group=group)
        .values_list("permission_id", flat=True)
    )
    for app_label, codename in permissions:
        permission = Permission.objects.using(using).get(
            content_type__app_label=app_label, codename=codename
        )
        if permission.pk not in given:
            group.permissions.add(permission)
            ProductGrant.objects.using(using).create(group=group, permission=permission)


def leads_group(using: str = "default") -> Any:
    """The "Safeguarding leads" group. Made by migrate (moderation.apps), so a production
    database has it as the demo does; its permissions are given once, when it is made."""
    return product_group(LEADS_GROUP, LEADS_GROUP_PERMISSIONS, using)


def trusted_adults_group(using: str = "default") -> Any:
    """The "Trusted adults" group: the admin itself and nothing more, so the adults students
    may choose can sign in to read the concerns sent to them. Its members follow the Trusted
    adults list (moderation.concerns.trusted_adults); made by migrate like the leads' group."""
    return product_group(TRUSTED_ADULTS_GROUP, TRUSTED_ADULTS_GROUP_PERMISSIONS, using)


# Wagtail's own groups for content editors; the product gives them the keyword libraries.
CONTENT_EDITOR_GROUPS = ("Editors", "Moderators")
CONTENT_EDITOR_LIBRARY_PERMISSIONS = (
    ("moderation", "view_keywordentry"),
    ("moderation", "add_keywordentry"),
    ("moderation", "change_keywordentry"),
)


def editors_manage_libraries(using: str = "default") -> None:
    """Wagtail's content editors' groups, where they exist, may edit, import and export the
    keyword libraries (each change needs a reason and is kept in the entry's history). Given
    once per group, by the first migrate that finds it; a school that wants libraries with the
    leads alone takes the permission away from the group, and the next deploy leaves it away."""
    from django.contrib.auth.models import Group

    for group in Group.objects.using(using).filter(name__in=CONTENT_EDITOR_GROUPS):
        give_once(group, CONTENT_EDITOR_LIBRARY_PERMISSIONS, using)


def _signed_in(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def is_lead(user: Any) -> bool:
    if not _signed_in(user):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_moderation_is_lead", None)
    if cached is None:
        cached = user.groups.filter(name=LEADS_GROUP).exists()
        user._moderation_is_lead = cached
    return cached


def lead_accounts() -> QuerySet:
    """The people who review cases for the school: the active safeguarding leads, or its
    superusers while nobody is in the leads' group yet."""
    from django.contrib.auth import get_user_model

    people = get_user_model().objects.filter(is_active=True)
    leads = people.filter(groups__name=LEADS_GROUP)
    return (leads if leads.exists() else people.filter(is_superuser=True)).distinct()


def taught_course_ids(user: Any) -> QuerySet:
    return CourseMembership.objects.filter(user=user, role=Role.TEACHER).values("course_id")


def _course_roles(user: Any) -> frozenset[str]:
    """The roles `user` holds in any course, read once per user object (a request's user, so
    once per request), as `is_lead` is: the admin asks on every page, for its menu (the flags,
    the keyword libraries) as well as for the view."""
    cached = getattr(user, "_moderation_course_roles", None)
    if cached is None:
        cached = frozenset(
            CourseMembership.objects.filter(user=user).values_list("role", flat=True).distinct()
        )
        user._moderation_course_roles = cached
    return cached


def is_teacher(user: Any) -> bool:
    return _signed_in(user) and Role.TEACHER in _course_roles(user)


def can_review(user: Any) -> bool:
    """May open the flag queue at all."""
    return is_lead(user) or is_teacher(user)


def teacher_max_severity() -> int:
    return ModerationSettings.load().teacher_max_severity


def visible_flags(user: Any) -> QuerySet[Flag]:
    """The flags `user` may see. The only door to flags for every staff view."""
    if not _signed_in(user):
        return Flag.objects.none()
    if is_lead(user):
        return Flag.objects.all()
    return _for_teachers(Flag.objects.filter(course_id__in=taught_course_ids(user)))


# A post staff have not released may be a disclosure: only leads read it (see the docstring).
WITHHELD_POST_STATUSES = (ModeratedPost.Status.HELD, ModeratedPost.Status.REMOVED)


def _for_teachers(flags: QuerySet[Flag]) -> QuerySet[Flag]:
    return flags.filter(severity__lte=teacher_max_severity()).exclude(
        post__status__in=WITHHELD_POST_STATUSES
    )


def course_flags_for(user: Any, course: Any, limit: int = 25) -> list[Flag]:
    """The flags of one course a teacher may see on their LMS dashboard (most serious first).

    Teachers launched from the LMS have no admin account, so this is where they see them;
    the listing is audited like every other view of flags.
    """
    # The caller has checked that `user` teaches `course`; this is visible_flags for one course.
    flags_qs = Flag.objects.filter(course=course)
    if not is_lead(user):
        flags_qs = _for_teachers(flags_qs)
    flags = list(
        flags_qs.select_related("student__lti_identity", "post")
        .prefetch_related("matches")
        .order_by("-severity", "-created_at")[:limit]
    )
    if flags:
        from moderation.staff.audit import record

        record(
            user, "flags.listed", course, where="teacher dashboard", flag_ids=[f.pk for f in flags]
        )
    return flags


def course_flag_for(user: Any, course: Any, flag_id: int) -> Flag | None:
    """One flag of `course` that its teacher may see on the dashboard, or None; the caller has
    checked that `user` teaches `course`."""
    flags = Flag.objects.filter(course=course, pk=flag_id)
    if not is_lead(user):
        flags = _for_teachers(flags)
    return flags.first()


def allowed_actions(user: Any) -> frozenset[str]:
    """What `user` may do to a flag they can see (see the module docstring for why)."""
    if is_lead(user):
        return LEAD_ACTIONS
    if is_teacher(user):
        return TEACHER_ACTIONS
    return frozenset()


def is_only_a_student(user: Any) -> bool:
    """A student in some course and a teacher in none."""
    roles = _course_roles(user)
    return Role.STUDENT in roles and Role.TEACHER not in roles


def can_manage_library(user: Any) -> bool:
    """Leads, and content editors (whose groups the product gives the permission to change
    keyword entries), but never a student made an editor by mistake: the libraries decide
    what is flagged in students' own posts."""
    if is_lead(user):
        return True
    return (
        _signed_in(user)
        and user.has_perm("moderation.change_keywordentry")
        and not is_only_a_student(user)
    )


def can_read_audit(user: Any) -> bool:
    return is_lead(user)


class LeadOrModelPermissionPolicy(ModelPermissionPolicy):
    """Leads manage routing rules, trusted adults and API keys; others need the model permission."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        return is_lead(user) or super().user_has_permission(user, action)

    def user_has_any_permission(self, user: Any, actions: Any) -> bool:
        return is_lead(user) or super().user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions: Any) -> QuerySet:
        from django.contrib.auth import get_user_model

        codenames = self._get_permission_codenames(actions)
        return (
            get_user_model()
            .objects.filter(
                self._get_users_with_any_permission_codenames_filter(codenames)
                | Q(groups__name=LEADS_GROUP, is_active=True)
            )
            .distinct()
        )


class SuperusersOnlyPolicy(ModelPermissionPolicy):
    """API keys open the REST API to another system and read every flag of their scope: only
    superusers make or change them, never leads, editors or a group given the model permission."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        return _signed_in(user) and user.is_superuser

    def user_has_any_permission(self, user: Any, actions: Any) -> bool:
        return _signed_in(user) and user.is_superuser

    def users_with_any_permission(self, actions: Any) -> QuerySet:
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(is_superuser=True, is_active=True)
