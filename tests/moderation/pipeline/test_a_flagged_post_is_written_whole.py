"""A district's chat system sends a post that calls for help at once. Its row, its flag, the
matches, who it was routed to, the audit entries and the notices are written together (on
PostgreSQL in one statement, moderation/flags/together.py): each links to the right row, and
when one of them cannot be written, none is, so a lead never finds a flag without its post or
a post held with nobody told."""

import pytest
from django.db import IntegrityError

from moderation.flags.actions import record_post
from moderation.flags.together import Together
from moderation.models import AuditEntry, Flag, FlagMatch, ModeratedPost, StaffNotification


@pytest.mark.django_db(transaction=True)
def test_a_held_post_arrives_with_its_flag_matches_routing_audit_and_notices(keywords, lead):
    recorded = record_post("I hate you, k y s", source="api", external_source="chat")

    post = ModeratedPost.objects.get(pk=recorded.post.pk)
    flag = Flag.objects.get(post=post)
    assert post.status == ModeratedPost.Status.HELD and flag.pk == recorded.flag.pk
    assert sorted(FlagMatch.objects.filter(flag=flag).values_list("term", flat=True)) == [
        "hate you",
        "kys",
    ]
    assert [m.pk for m in recorded.matches] == list(
        FlagMatch.objects.filter(flag=flag).order_by("pk").values_list("pk", flat=True)
    )
    assert list(flag.routed_to.all()) == [lead]
    audited = AuditEntry.objects.filter(action__in=["flag.raised", "post.held"])
    assert sorted(audited.values_list("action", "object_type", "object_id")) == [
        ("flag.raised", "flag", str(flag.pk)),
        ("post.held", "moderatedpost", str(post.pk)),
    ]
    assert [n.recipient for n in StaffNotification.objects.filter(flag=flag)] == [lead]


@pytest.mark.django_db(transaction=True)
def test_rows_that_cannot_all_be_written_leave_none_behind(keywords):
    writes = Together()
    [post] = writes.add([ModeratedPost(source="api", text="I hate you")])
    writes.add([Flag(post=post, category=None, severity=3)])  # a flag with no category: refused

    with pytest.raises(IntegrityError):
        writes.write()

    assert not ModeratedPost.objects.exists() and not Flag.objects.exists()


def test_a_row_cannot_link_to_one_added_after_it(db):
    writes = Together()
    post = ModeratedPost(source="api", text="hello")
    writes.add([Flag(post=post, category="other", severity=1)])
    writes.add([post])

    with pytest.raises(ValueError):
        writes.write()
