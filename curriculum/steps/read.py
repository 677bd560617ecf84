"""Read and watch: the lesson's text, images and videos; the student marks it done."""

from curriculum.steps.content import done_step
from lessons_content.vocabulary import READ

KIND = done_step(READ)
