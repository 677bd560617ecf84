"""After `make demo`, the demo teacher has launched from the demo LMS; the safeguarding lead
adds them to the trusted adults students may write to. The account choice names the teacher
as the LMS knows them, "Demo Teacher (lti-…)", as a routing rule's list does; the students of
the class are never offered.

Found walking `make demo`: the choice read "lti-3a0327b5d559e411397b", with nothing to say who
that was."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import sign_in_to_admin

pytestmark = pytest.mark.browser


def test_the_lead_finds_the_teacher_by_name_among_the_accounts(person):
    from lti.models import LtiIdentity

    teacher = person()
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
    teacher.get_by_role("heading", name="Demo class: class progress").wait_for()
    student = person()
    student.goto("/lti/demo/start/?as=student")  # a student of the class has launched too
    student.wait_for_load_state()
    login = LtiIdentity.objects.get(name="Demo Teacher").user.get_username()

    lead = person()
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/moderation/trusted-adults/new/")
    offered = lead.locator("#id_user option").all_inner_texts()
    assert f"Demo Teacher ({login})" in offered, offered
    assert not any("Demo Student" in name or name == login for name in offered), offered

    lead.locator("#id_user").select_option(label=f"Demo Teacher ({login})")
    lead.locator("#id_display_name").fill("Mr Demo")
    lead.locator("#id_role_title").fill("Form tutor")
    lead.locator("button.button-longrunning[type=submit]").first.click()
    lead.get_by_text("Mr Demo").first.wait_for()

    pupil = person()
    pupil.goto("/concern/")
    assert pupil.get_by_label("Mr Demo (Form tutor)").is_visible()
