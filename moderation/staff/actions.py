"""What staff do to flags and keyword libraries. Each function checks its input, writes in one
transaction, appends to the audit log and tells people only once the transaction has committed.

Views call these and stay thin; permission checks (who may call which) are the views' job, with
`moderation.staff.permissions.allowed_actions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from moderation.flags.notifications import FALSE_ALARM, admin_notices
from moderation.keywords.store import bump_version, entry_snapshot
from moderation.models import (
    Category,
    FalseAlarmReport,
    Flag,
    FlagMatch,
    FlagNote,
    KeywordEntry,
    KeywordEntryHistory,
    ModeratedPost,
    Severity,
    StaffNotification,
)
from moderation.scanning.entries import bare_phrases, names_nothing_more
from moderation.staff import audit
from moderation.staff.casework import has_keyword, propose_exception, words
from moderation.staff.permissions import lead_accounts

EDITABLE_ENTRY_FIELDS = ("term", "category", "severity", "definition", "mode", "exceptions")


class ActionRefused(ValueError):
    """The action cannot be taken as asked; the message is written for staff."""


def _require(value: str, what: str) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise ActionRefused(gettext("Please write %(what)s.") % {"what": what})
    return cleaned


def _locked(flag: Flag) -> Flag:
    return Flag.objects.select_for_update().get(pk=flag.pk)


# --- Flags ------------------------------------------------------------------------------------


def _read_notices(flag: Flag, actor: Any) -> None:
    StaffNotification.objects.filter(recipient=actor, flag=flag, read_at=None).update(
        read_at=timezone.now()
    )


def record_case_viewed(flag: Flag, actor: Any) -> None:
    """The reviewer opened the case page (its script says so by POST): audited, notice read."""
    with transaction.atomic():
        audit.record(actor, "flag.viewed", flag)
        _read_notices(flag, actor)


def record_text_revealed(flag: Flag, actor: Any) -> None:
    """The reviewer chose to read the words of the post: who and when, in the audit log."""
    with transaction.atomic():
        audit.record(actor, "flag.text_revealed", flag)
        _read_notices(flag, actor)


def acknowledge(flag: Flag, actor: Any) -> Flag:
    with transaction.atomic():
        flag = _locked(flag)
        if flag.status == Flag.Status.RESOLVED:
            raise ActionRefused(gettext("This case is already resolved."))
        if flag.status == Flag.Status.ACKNOWLEDGED:
            raise ActionRefused(gettext("This case is already acknowledged."))
        previous = flag.status
        flag.status = Flag.Status.ACKNOWLEDGED
        flag.acknowledged_at = timezone.now()
        flag.escalate_after = None
        flag.save(update_fields=["status", "acknowledged_at", "escalate_after"])
        audit.record(actor, "flag.acknowledged", flag, previous_status=previous)
    return flag


def escalate(flag: Flag, actor: Any, reason: str = "") -> Flag:
    """Send the case up by hand to the next contact (the routing rule's, else the leads).

    The pipeline's escalation does the work, so a manual and a timed escalation reach the same
    people, are audited alike and notify once the transaction has committed."""
    from moderation.flags.escalation import escalate_flag

    if not escalate_flag(flag, actor=actor, reason=reason.strip()):
        raise ActionRefused(gettext("A resolved case cannot be escalated."))
    return Flag.objects.get(pk=flag.pk)


def resolve(flag: Flag, actor: Any, outcome: str, reason: str = "") -> Flag:
    if outcome not in Flag.Outcome.values:
        raise ActionRefused(gettext("Please choose an outcome."))
    with transaction.atomic():
        flag = _locked(flag)
        if flag.status == Flag.Status.RESOLVED:
            raise ActionRefused(gettext("This case is already resolved."))
        if flag.post_id and flag.post.status == ModeratedPost.Status.HELD:
            raise ActionRefused(
                gettext("Release or remove the held post before resolving the case.")
            )
        previous = flag.status
        flag.status = Flag.Status.RESOLVED
        flag.outcome = outcome
        flag.resolved_at = timezone.now()
        flag.escalate_after = None
        fields = ["status", "outcome", "resolved_at", "escalate_after"]
        if flag.acknowledged_at is None:
            flag.acknowledged_at = flag.resolved_at
            fields.append("acknowledged_at")
        flag.save(update_fields=fields)
        audit.record(
            actor,
            "flag.resolved",
            flag,
            reason=reason.strip(),
            outcome=outcome,
            previous_status=previous,
        )
    return flag


def _set_post_status(flag: Flag, actor: Any, status: str, action: str, reason: str) -> Flag:
    with transaction.atomic():
        flag = _locked(flag)
        if flag.post_id is None:
            raise ActionRefused(gettext("This case has no single post."))
        post = ModeratedPost.objects.select_for_update().get(pk=flag.post_id)
        if post.status != ModeratedPost.Status.HELD:
            raise ActionRefused(gettext("Only a held post can be released or removed."))
        post.status = status
        post.save(update_fields=["status"])
        audit.record(actor, action, flag, reason=reason.strip(), post=post.pk)
        flag.post = post
    return flag


def release_post(flag: Flag, actor: Any, reason: str = "") -> Flag:
    return _set_post_status(flag, actor, ModeratedPost.Status.PUBLISHED, "post.released", reason)


def remove_post(flag: Flag, actor: Any, reason: str = "") -> Flag:
    return _set_post_status(flag, actor, ModeratedPost.Status.REMOVED, "post.removed", reason)


def add_note(flag: Flag, actor: Any, text: str) -> FlagNote:
    text = _require(text, gettext("the note"))
    with transaction.atomic():
        note = FlagNote.objects.create(flag=flag, author=actor, text=text)
        # The note's words stay on the note, which retention can purge; the log keeps the fact.
        audit.record(actor, "flag.note_added", flag, note=note.pk)
    return note


def report_false_alarm(flag: Flag, actor: Any, reason: str) -> FalseAlarmReport:
    """A teacher says a flag of their course is a false alarm, and why. The flag stays as it
    is for a lead to review (the queue and the case show the report): a teacher never clears a
    flag or changes a library, since the same words may be a disclosure in another post."""
    reason = _require(reason, gettext("why this post is a false alarm"))
    with transaction.atomic():
        flag = _locked(flag)
        if flag.status == Flag.Status.RESOLVED:
            raise ActionRefused(gettext("This case is already resolved."))
        if flag.false_alarm_reports.filter(reporter=actor).exists():
            raise ActionRefused(gettext("You have already reported this as a false alarm."))
        report = FalseAlarmReport.objects.create(flag=flag, reporter=actor, reason=reason)
        audit.record(actor, "flag.false_alarm_reported", flag, reason=reason, report=report.pk)
        # The leads decide, so they hear of it: a notice in the admin, not an e-mail per report
        # (the case is open already and in their queue; nothing about it is urgent).
        leads = lead_accounts().exclude(pk=getattr(actor, "pk", None))
        admin_notices(leads, flag=flag, reason=FALSE_ALARM)
    return report


def mark_false_positive(match: FlagMatch, actor: Any, reason: str) -> str:
    """Mark one match innocent and return the exception phrase it proposes for its entry
    ("" when no words of its clause stand beside it)."""
    reason = _require(reason, gettext("why this match is a false positive"))
    with transaction.atomic():
        match = (
            FlagMatch.objects.select_for_update(of=("self",))
            .select_related("flag__post")
            .get(pk=match.pk)
        )
        if match.false_positive:
            raise ActionRefused(gettext("This match is already marked a false positive."))
        match.false_positive = True
        match.save(update_fields=["false_positive"])
        audit.record(
            actor,
            "match.false_positive",
            match.flag,
            reason=reason,
            match=match.pk,
            entry=match.entry_id,
            term=match.term,
        )
    post = match.flag.post
    phrase = propose_exception(post.text, match.start, match.end) if post else match.term
    # The keyword alone, with no words of its clause around it: nothing to propose.
    return phrase if words(phrase) != words(match.term) else ""


# --- Keyword libraries ------------------------------------------------------------------------


def _snapshot(entry: KeywordEntry) -> dict[str, Any]:
    return {**entry_snapshot(entry), "excluded": entry.excluded}


def _change_entry(
    entry: KeywordEntry,
    actor: Any,
    reason: str,
    action: str,
    changes: Mapping[str, Any],
) -> KeywordEntry:
    with transaction.atomic():
        entry = KeywordEntry.objects.select_for_update().get(pk=entry.pk)
        before = _snapshot(entry)
        for field, value in changes.items():
            setattr(entry, field, value)
        after = _snapshot(entry)
        if after == before:
            raise ActionRefused("Nothing changed.")
        entry.full_clean()
        entry.save(update_fields=[*changes.keys(), "updated_at"])
        KeywordEntryHistory.objects.create(
            entry=entry,
            library_id=entry.library_id,
            term=entry.term,
            action=action,
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            reason=reason,
            before={k: v for k, v in before.items() if after[k] != v},
            after={k: v for k, v in after.items() if before[k] != v},
        )
        bump_version(entry.library)
        audit.record(actor, f"entry.{action}", entry, reason=reason, term=entry.term)
    return entry


def edit_entry(
    entry: KeywordEntry, actor: Any, changes: Mapping[str, Any], reason: str
) -> KeywordEntry:
    reason = _require(reason, gettext("why you are changing this entry"))
    unknown = set(changes) - set(EDITABLE_ENTRY_FIELDS)
    if unknown:
        raise ActionRefused(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    if "category" in changes and changes["category"] not in Category.values:
        raise ActionRefused("Please choose a category.")
    if "severity" in changes and int(changes["severity"]) not in Severity.values:
        raise ActionRefused("Please choose a severity.")
    # the allowed-phrase rule an import and an accepted exception follow, on the entry as edited
    exceptions = str(changes.get("exceptions", entry.exceptions) or "")
    bare = bare_phrases(
        str(changes.get("term", entry.term)),
        int(changes.get("severity", entry.severity)),
        [phrase.strip() for phrase in exceptions.split("|") if phrase.strip()],
    )
    if bare:
        raise ActionRefused(bare[0][0].upper() + bare[0][1:] + ".")
    return _change_entry(entry, actor, reason, KeywordEntryHistory.Action.CHANGED, changes)


def exclude_entry(entry: KeywordEntry, actor: Any, reason: str) -> KeywordEntry:
    reason = _require(reason, gettext("why this keyword should no longer be scanned for"))
    if entry.excluded:
        raise ActionRefused("This keyword is already excluded.")
    return _change_entry(
        entry, actor, reason, KeywordEntryHistory.Action.EXCLUDED, {"excluded": True}
    )


def restore_entry(entry: KeywordEntry, actor: Any, reason: str) -> KeywordEntry:
    reason = _require(reason, gettext("why this keyword should be scanned for again"))
    if not entry.excluded:
        raise ActionRefused("This keyword is not excluded.")
    return _change_entry(
        entry, actor, reason, KeywordEntryHistory.Action.RESTORED, {"excluded": False}
    )


def add_exception(entry: KeywordEntry, phrase: str, actor: Any, reason: str) -> KeywordEntry:
    """Accept an innocent context for a keyword (usually one a false positive proposed)."""
    phrase = " ".join(_require(phrase, gettext("the innocent phrase")).split())
    reason = _require(reason, gettext("why this phrase is innocent"))
    if "|" in phrase:
        raise ActionRefused("A phrase cannot contain |.")
    if not has_keyword(phrase, entry.term):
        raise ActionRefused(f'The phrase must contain the keyword "{entry.term}".')
    if words(phrase) == words(entry.term):
        raise ActionRefused(
            "The phrase must add words around the keyword, as they stand in an innocent post. "
            "To stop scanning for the keyword, exclude it instead."
        )
    if names_nothing_more(phrase, entry.term):
        raise ActionRefused(
            "The phrase must add a word that names what makes the post innocent (a place, a "
            f'thing, a person), not only words like "at", "the" or "with": "{phrase}" would '
            "also excuse posts that are not innocent."
        )
    existing = entry.exception_list
    if phrase.lower() in (e.lower() for e in existing):
        raise ActionRefused("This phrase is already an exception.")
    return _change_entry(
        entry,
        actor,
        reason,
        KeywordEntryHistory.Action.EXCEPTION_ADDED,
        {"exceptions": "|".join([*existing, phrase])},
    )


def proposed_exceptions(entry: KeywordEntry) -> list[dict[str, Any]]:
    """Phrases that false-positive matches of this entry propose, not yet accepted, most common
    first. Read from the posts themselves, so nothing of a post is copied anywhere else."""
    accepted = {e.lower() for e in entry.exception_list}
    counts: dict[str, int] = {}
    matches: Iterable[FlagMatch] = (
        FlagMatch.objects.filter(entry=entry, false_positive=True, flag__post__isnull=False)
        .select_related("flag__post")
        .order_by("-pk")[:200]
    )
    for match in matches:
        phrase = propose_exception(match.flag.post.text, match.start, match.end)
        if (
            phrase
            and phrase not in accepted
            and has_keyword(phrase, entry.term)
            and words(phrase) != words(entry.term)
            and not names_nothing_more(phrase, entry.term)  # "loser at": refused if accepted
        ):
            counts[phrase] = counts.get(phrase, 0) + 1
    return [
        {"phrase": phrase, "count": count}
        for phrase, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
