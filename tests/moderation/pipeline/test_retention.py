"""Posts, flags and concerns past their retention are purged; the audit log stays, textless."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from moderation.flags.actions import record_post
from moderation.models import (
    AuditEntry,
    Concern,
    ConcernMessage,
    Flag,
    FlagMatch,
    ModeratedPost,
    TrustedAdult,
)
from moderation.privacy import purge_expired


def age(model, obj, days):
    model.objects.filter(pk=obj.pk).update(created_at=timezone.now() - timedelta(days=days))


def test_old_unflagged_posts_go_and_recent_ones_stay(keywords, moderation_settings):
    old = record_post("a kind word", source="api").post
    new = record_post("another", source="api").post
    age(ModeratedPost, old, moderation_settings.post_retention_days + 1)
    assert purge_expired()["posts"] == 1
    assert list(ModeratedPost.objects.all()) == [new]


def test_an_old_post_with_a_kept_flag_loses_its_words_but_not_its_case(keywords, lead):
    recorded = record_post("you loser", source="api")
    age(ModeratedPost, recorded.post, 366)
    counts = purge_expired()
    assert counts["posts_emptied"] == 1
    post = ModeratedPost.objects.get()
    assert (post.text, post.html) == ("", "")
    match = FlagMatch.objects.get()
    assert (match.term, match.matched_text) == ("loser", "")


def test_old_flags_go_with_their_matches_then_their_posts(keywords, lead):
    recorded = record_post("you loser", source="api")
    age(ModeratedPost, recorded.post, 800)
    age(Flag, recorded.flag, 731)
    purge_expired()
    assert not Flag.objects.exists() and not FlagMatch.objects.exists()
    assert not ModeratedPost.objects.exists()


def test_old_concerns_go_with_their_messages_and_post(keywords, lead):
    adult = TrustedAdult.objects.create(user=lead, display_name="Ms Rivera")
    post = record_post("someone calls me loser", source="concern").post
    concern = Concern.objects.create(
        category="bullying", about="myself", trusted_adult=adult, claim_code_hash="h", post=post
    )
    ConcernMessage.objects.create(concern=concern, text="someone calls me loser")
    age(Concern, concern, 731)
    assert purge_expired()["concerns"] == 1
    assert not Concern.objects.exists() and not ConcernMessage.objects.exists()
    assert not ModeratedPost.objects.exists()


def test_the_audit_log_stays_and_records_the_purge_without_text(keywords, lead):
    recorded = record_post("you loser", source="api")
    age(Flag, recorded.flag, 731)
    age(ModeratedPost, recorded.post, 731)
    before = AuditEntry.objects.count()
    call_command("purge_moderation_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert AuditEntry.objects.count() == before + 1
    entry = AuditEntry.objects.get(action="retention.purged")
    assert entry.detail["flags"] == 1 and "loser" not in str(entry.detail)
    assert AuditEntry.objects.filter(action="flag.raised").exists()


def test_a_dry_run_deletes_nothing(keywords):
    old = record_post("a kind word", source="api").post
    age(ModeratedPost, old, 400)
    call_command("purge_moderation_data", "--dry-run", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ModeratedPost.objects.exists()
