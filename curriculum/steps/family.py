"""The family take-home tip: read, taken home, marked done."""

from curriculum.steps.content import done_step
from lessons_content.vocabulary import FAMILY

KIND = done_step(FAMILY)
