"""A student says a harm was reported, and then that it goes on: "the teacher said they logged
it but they still call me names every day". The reporting word ("said") made the whole clause
reported speech, so the harm that goes on was recorded at the lowest severity. A report ends at
"but": what follows is the student's own account again.
"""

import pytest

from tests.moderation.starter_library import top_reading

# Written for the project: (post, the least severity, the label).
STILL_GOING_ON = [
    ("the teacher said they logged it but they still call me names every day", 2, "other"),
    ("mum says hes sorry now but he still hits me", 3, "other"),
    ("she said she told the coach but he still touches me after practice", 3, "other"),
]


@pytest.mark.parametrize(("post", "least", "label"), STILL_GOING_ON)
def test_harm_that_goes_on_after_a_report_is_the_students_account(post, least, label):
    severity, read_as = top_reading(post)
    assert severity >= least and read_as == label, (post, severity, read_as)


def test_words_inside_the_report_are_still_reported():
    assert top_reading("he called me a slut but i dont care")[1] == "quoted"
