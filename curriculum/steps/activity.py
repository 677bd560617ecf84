"""The activity: done in class or at home, then marked done."""

from curriculum.steps.content import done_step
from lessons_content.vocabulary import ACTIVITY

KIND = done_step(ACTIVITY)
