"""The first active rule that fits routes a flag; a default catches the rest; the leads get
whatever no rule routes; students never receive a flag."""

from lti.models import Course
from moderation.flags.actions import record_post
from moderation.models import RoutingRule
from tests.personas import school_platform


def rule(name, priority=100, **fields):
    users = fields.pop("users", [])
    groups = fields.pop("groups", [])
    made = RoutingRule.objects.create(name=name, priority=priority, **fields)
    made.users.set(users)
    made.groups.set(groups)
    return made


def routed(text, **kwargs):
    flag = record_post(text, source="discussion", **kwargs).flag
    return flag.rule, set(flag.routed_to.all())


def test_with_no_rule_the_safeguarding_leads_get_it(keywords, lead, student, course):
    assert routed("kys", author=student, course=course) == (None, {lead})


def test_a_category_rule_routes_its_category_and_the_default_the_rest(
    keywords, lead, counsellor, leads_group, student, course
):
    drugs = rule("Drugs to the counsellor", categories=["drugs"], users=[counsellor])
    default = rule("Default", priority=1000, is_default=True, groups=[leads_group])
    assert routed("vape", author=student, course=course) == (drugs, {counsellor})
    assert routed("loser", author=student, course=course) == (default, {lead})


def test_min_severity_and_priority_decide_between_rules(keywords, lead, counsellor, student):
    rule("Critical to the counsellor", priority=10, min_severity=4, users=[counsellor])
    everything = rule("Everything to the lead", priority=20, users=[lead])
    assert routed("kys", author=student)[1] == {counsellor}
    assert routed("loser", author=student) == (everything, {lead})


def test_a_course_rule_only_fits_its_course(
    keywords, lead, counsellor, student, course, other_course
):
    rule("This course", course=course, users=[counsellor])
    assert routed("loser", author=student, course=course)[1] == {counsellor}
    assert routed("loser", author=student, course=other_course)[1] == {lead}


def test_an_issuer_rule_only_fits_that_schools_lms(keywords, lead, counsellor, student, course):
    rule("Other school", issuer="https://moodle.other.example", users=[counsellor])
    assert routed("loser", author=student, course=course)[1] == {lead}
    Course.objects.filter(pk=course.pk).update(
        platform=school_platform("https://moodle.other.example")
    )
    course.refresh_from_db()
    assert routed("loser", author=student, course=course)[1] == {counsellor}


def test_course_teachers_get_flags_up_to_the_teacher_severity_only(
    keywords, lead, teacher, other_teacher, student, course
):
    rule("Teachers", include_course_teachers=True, users=[lead])
    assert routed("loser", author=student, course=course)[1] == {lead, teacher}
    assert routed("hate you", author=student, course=course)[1] == {lead}  # high > low
    assert other_teacher not in routed("idiot", author=student, course=course)[1]


def test_inactive_rules_are_skipped(keywords, lead, counsellor, student):
    rule("Off", users=[counsellor], active=False)
    assert routed("loser", author=student)[1] == {lead}


def test_a_rule_that_reaches_nobody_falls_back_to_the_leads(keywords, lead, student, course):
    rule("Only teachers", include_course_teachers=True)  # the course has no teacher
    assert routed("loser", author=student, course=course)[1] == {lead}


def test_the_student_never_receives_their_own_flag(keywords, lead, student, leads_group):
    student.groups.add(leads_group)  # a misconfiguration
    assert student not in routed("loser", author=student)[1]
