"""Who hears about a flag: the first active routing rule that fits it, by priority.

A default rule (`is_default`) catches whatever no other rule fits. With no rule at all, or a
rule that names nobody who can be reached, the "Safeguarding leads" group is told, so that a
flag is never routed to no one. The flag's own student is never a recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from lti.models import CourseMembership, Role
from moderation.flags.hot_path import Remembered
from moderation.flags.inserts import insert_rows, query_once
from moderation.flags.together import Together
from moderation.models import Flag, ModerationSettings, RoutingRule
from moderation.staff.permissions import LEADS_GROUP


@dataclass(frozen=True, slots=True)
class Route:
    rule: RoutingRule | None
    recipients: tuple[Any, ...]


def rule_fits(rule: RoutingRule, flag: Flag) -> bool:
    if rule.categories and flag.category not in rule.categories:
        return False
    if flag.severity < rule.min_severity:
        return False
    if rule.course_id is not None and rule.course_id != flag.course_id:
        return False
    if rule.issuer:
        # "Courses of this LMS": the issuer its registration was made for, never a string
        # the course carried on its own.
        issuer = flag.course.platform.issuer if flag.course_id else ""
        if issuer.rstrip("/") != rule.issuer.rstrip("/"):
            return False
    return True


# The active rules, read at most once per MODERATION_RELOAD_SECONDS per process (as the settings
# row is: moderation/flags/hot_path.py); a rule saved or deleted in this process is read afresh
# at once, and again after its transaction commits. The people a rule names are never kept.
_active_rules = Remembered()


def _read_active_rules() -> tuple[RoutingRule, ...]:
    return tuple(RoutingRule.objects.filter(active=True).order_by("priority", "pk"))


def forget_rules(*args: Any, **kwargs: Any) -> None:
    _active_rules.forget()
    transaction.on_commit(_active_rules.forget)


post_save.connect(forget_rules, sender=RoutingRule, dispatch_uid="routing-rule-saved")
post_delete.connect(forget_rules, sender=RoutingRule, dispatch_uid="routing-rule-deleted")


def choose_rule(flag: Flag) -> RoutingRule | None:
    rules = _active_rules.get(_read_active_rules)
    for rule in rules:
        if not rule.is_default and rule_fits(rule, flag):
            return rule
    return next((rule for rule in rules if rule.is_default), None)


@query_once
def safeguarding_leads() -> Any:
    """The active members of the safeguarding leads group, read afresh at every call."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=LEADS_GROUP)
        .distinct()
        .order_by("pk")
    )


@query_once
def _lead_keys() -> Any:
    """`safeguarding_leads()` with nothing but their keys: all a flag's routing writes (the
    task that sends a notice reads its recipient afresh)."""
    return safeguarding_leads.build().only("pk")


def _people(user_ids: set[int], group_ids: set[int]) -> list[Any]:
    if not user_ids and not group_ids:
        return []
    return list(
        get_user_model()
        .objects.filter(Q(pk__in=user_ids) | Q(groups__in=group_ids), is_active=True)
        .distinct()
        .order_by("pk")
    )


def course_teachers(flag: Flag) -> list[Any]:
    """The teachers of the flag's course, if they may see a flag of its severity at all."""
    if flag.course_id is None:
        return []
    if flag.severity > ModerationSettings.load().teacher_max_severity:
        return []  # they could not open the case; the safeguarding staff on the rule can
    return [
        membership.user
        for membership in CourseMembership.objects.filter(
            course_id=flag.course_id, role=Role.TEACHER, user__is_active=True
        ).select_related("user")
    ]


def recipients_for(rule: RoutingRule, flag: Flag) -> list[Any]:
    # The rule's people and its groups' members in one query, read as the flag is raised
    # (never kept: a person removed a moment ago must not be routed to).
    people = list(
        get_user_model()
        .objects.filter(Q(routing_rules=rule) | Q(groups__routing_rules=rule), is_active=True)
        .distinct()
        .order_by("pk")
        .only("pk")  # all routing writes; the notice's task reads its recipient afresh
    )
    if rule.include_course_teachers:
        people += course_teachers(flag)
    return _without_student(people, flag)


def escalation_contacts(rule: RoutingRule | None, flag: Flag) -> list[Any]:
    """The next contact for a flag nobody acknowledged: the rule's, else the leads."""
    people: list[Any] = []
    if rule is not None:
        people = _people(
            set(rule.escalate_to_users.values_list("pk", flat=True)),
            set(rule.escalate_to_groups.values_list("pk", flat=True)),
        )
    people = _without_student(people, flag)
    return people or _without_student(safeguarding_leads(), flag)


def _without_student(people: list[Any], flag: Flag) -> list[Any]:
    seen: set[int] = set()
    unique = []
    for person in people:
        if person.pk != flag.student_id and person.pk not in seen:
            seen.add(person.pk)
            unique.append(person)
    return unique


def route(flag: Flag, *, chosen: bool = False, writes: Together | None = None) -> Route:
    """Choose the rule and the people for a new ``flag``, and record both on it (`chosen`: the
    flag was saved with the rule `choose_rule` gave it, or None, and is not asked again;
    `writes`: the rows naming its people go there, written with the flag)."""
    rule = flag.rule if chosen else choose_rule(flag)
    people = recipients_for(rule, flag) if rule is not None else []
    if not people:
        people = _without_student(_lead_keys(), flag)
    # A flag saved with its rule is not written again; writing None would change nothing.
    if rule is not None and flag.rule_id != rule.pk:
        flag.rule = rule
        flag.save(update_fields=["rule"])
    # A new flag has nobody routed to it yet: the rows go in as they are (`add` would first ask
    # which exist, or compile an INSERT ... ON CONFLICT).
    through = Flag.routed_to.through
    routed = [through(flag=flag, user_id=person.pk) for person in people]
    if writes is None:
        insert_rows(routed)
    else:
        writes.add(routed)
    return Route(rule, tuple(people))
