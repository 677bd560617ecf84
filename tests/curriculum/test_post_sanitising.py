"""Every student post passes through one moderation function, which sanitises and records it
(scanning, holding and flagging are tested in tests/moderation/pipeline)."""

import pytest

from moderation.services import ModerationOutcome, moderate_post, sanitise


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("<b>kind</b> words", "kind words"),
        ("a < b and c > d", "a < b and c > d"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;hi", "alert(1)hi"),
        ("<!-- hidden -->seen", "seen"),
        ("  padded \r\n text  ", "padded \n text"),
    ],
)
def test_it_strips_every_tag_and_keeps_the_text(raw, stored):
    assert sanitise(raw) == stored


def test_it_lets_a_clean_post_through_with_its_sanitised_text(db):
    outcome = moderate_post("<i>hello</i>", author=None, course=None, kind="discussion")
    assert outcome == ModerationOutcome(
        visible=True, message="", text="hello", post_id=outcome.post_id, support_message=""
    )
    assert outcome.post_id is not None


def test_its_outcome_cannot_be_changed_after_the_fact(db):
    outcome = moderate_post("hi", author=None, course=None, kind="reflection")
    with pytest.raises(AttributeError):
        outcome.visible = False
