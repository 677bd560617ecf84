"""A student names a harm in the lesson's general words, then says it is theirs.

Libraries hold 'eating disorder', 'grooming', 'self harm', 'bullying' low, because alone they
are the lesson's topic. In a lesson discussion the student's disclosure is often the next few
words, which no library holds: 'i think i have one', 'it's happening to me', 'i do it too'. Such
a claim makes the match the writer's own, and so does carrying a weapon ('i carry one'): at
least high (held at the default setting), for a check-in today.
"""

import pytest

from moderation.scanning.context import OWN, describe
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, top_reading
from tests.moderation.starter_library import STARTER as LIBRARY

# Written for the project, the way students answer a lesson's discussion prompt.
CLAIMED = [
    "our teacher talked about eating disorders and i think i have one",
    "we learned about grooming and i think its happening to me",
    "the grooming lesson, thats literally what my coach does to me",
    "signs of grooming? my coach does all of those things to me",
    "the self harm video was sad, i do it too",
    "self harm is bad but i still do it sometimes",
    "that video about suicide idk, sometimes i feel like that",
    "i think i have an eating disorder",
    "im being groomed by someone i met on a game",
    "ive been a victim of grooming online since last year",
    "creo que tengo un trastorno alimenticio",
    # a weapon the writer carries
    "i carry a knife for protection now",
    "the lesson on knife crime was long, i carry one anyway",
    "i have a knife in my pencil case",
    "i know purging is bad but i can't stop doing it",
    "self harm is so bad but i cant stop",
    "i have a knife with me at all times",
    "llevo una navaja en la mochila",
]

# The same words as a topic, or a claim the writer denies: nothing raised.
NOT_CLAIMED = [
    "the lesson on eating disorders was good, i have one question though",
    "we learned about grooming today and it was really useful",
    "i dont think i have an eating disorder, i just skipped lunch",
    "our lesson on eating disorders, i dont think i have one but my cousin might",
    "the bullying lesson was fun and i did it with my partner",
    "i take a knife and cut the onion into rings",
    "i dont carry a knife, i never would",
    "i have a knife in the kitchen drawer for the bread",
    "vaping is bad i cant stop",
    "i dont have a knife in my bag, search it",
]


@pytest.mark.parametrize("post", CLAIMED)
def test_a_harm_the_student_claims_reaches_staff_as_theirs(post):
    severity, context = top_reading(post)
    assert severity >= HOLD and context == OWN, f"{post!r}: {severity} ({context})"


@pytest.mark.parametrize("post", NOT_CLAIMED)
def test_the_topic_or_a_denial_is_not_raised(post):
    assert all(m.context != OWN and m.severity < HOLD for m in scan_post(LIBRARY, post)), post


def test_staff_read_why_it_was_raised():
    assert "writer's own" in describe(OWN)
