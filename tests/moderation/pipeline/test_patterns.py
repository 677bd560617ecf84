"""Repeated lower-severity flags by the same student, or against the same classmate, within
the window raise one combined flag of higher severity, once for the same posts."""

from datetime import timedelta
from uuid import uuid4

from moderation.flags.actions import record_post
from moderation.models import Flag
from tests.personas import enrol, lms_user


def write(student, text="loser"):
    return record_post(text, source="discussion", author=student)


def patterns():
    return Flag.objects.filter(is_pattern=True)


def test_three_low_flags_raise_one_pattern_flag_a_level_higher(keywords, lead, student):
    posts = [write(student).post, write(student, "idiot").post]
    assert not patterns().exists()
    posts.append(write(student, "you vape").post)
    [pattern] = patterns()
    assert (pattern.severity, pattern.category, pattern.student) == (3, "bullying", student)
    assert set(pattern.related_posts.all()) == set(posts)
    assert list(pattern.routed_to.all()) == [lead]


def test_the_same_posts_never_raise_a_second_pattern(keywords, lead, student):
    for _ in range(4):
        write(student)
    assert patterns().count() == 1
    write(student)
    write(student)
    assert patterns().count() == 2  # three new posts make a new pattern
    first, second = patterns().order_by("pk")
    assert not set(first.related_posts.all()) & set(second.related_posts.all())


def test_other_students_flags_do_not_add_up(keywords, lead, student, student2):
    write(student)
    write(student2)
    write(student)
    assert not patterns().exists()


def test_flags_at_hold_severity_and_false_positives_do_not_count(keywords, lead, student):
    write(student, "kys")
    write(student)
    false_alarm = write(student).flag
    false_alarm.outcome = Flag.Outcome.FALSE_POSITIVE
    false_alarm.save()
    write(student)
    assert not patterns().exists()


def test_only_flags_within_the_window_count(keywords, lead, student, moderation_settings):
    old = write(student).flag
    Flag.objects.filter(pk=old.pk).update(
        created_at=old.created_at - timedelta(days=moderation_settings.pattern_window_days + 1)
    )
    write(student)
    write(student)
    assert not patterns().exists()


def test_the_pattern_count_is_configurable(keywords, lead, student, moderation_settings):
    moderation_settings.pattern_count = 2
    moderation_settings.save()
    write(student)
    write(student)
    assert patterns().count() == 1


def test_replies_from_several_students_against_one_classmate_raise_a_pattern(
    keywords, lead, student, student2, course
):
    victim = lms_user("vic", "Vic Target", sub="sub-vic")
    enrol(victim, course)
    third = lms_user("tom", "Tom Third", sub="sub-tom")
    enrol(third, course)
    replies = [
        record_post(text, source="discussion", author=author, course=course, target=victim).post
        for author, text in ((student, "loser"), (student2, "idiot"))
    ]
    assert not patterns().exists()
    replies.append(
        record_post("loser", source="discussion", author=third, course=course, target=victim).post
    )
    [pattern] = patterns()
    assert pattern.student == victim  # the case is about the student on the receiving end
    assert set(pattern.related_posts.all()) == set(replies)
    assert pattern.severity == 3


def test_a_reply_in_a_lesson_names_the_author_it_answers_as_its_target(
    keywords, lead, student, student2, link
):
    from curriculum.steps import LessonPlan
    from curriculum.steps.discussion import post_to_discussion
    from moderation.models import ModeratedPost

    plan = LessonPlan.of(link.lesson_link.lesson)
    first = post_to_discussion(student, link, plan, "My idea is kindness", str(uuid4()))
    post_to_discussion(student2, link, plan, "you loser", str(uuid4()), parent_id=first.pk)
    assert ModeratedPost.objects.get(text="you loser").target == student
