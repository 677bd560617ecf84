"""The words the curriculum is written in, each defined once with its label.

Pure Python, no Django. The file parser, the page models (`choices=`), the StreamField blocks,
the student's lesson flow and the search and picker filters all read these, so a grade band
or a completion rule cannot mean one thing in a file and another in the admin.

Each vocabulary is an ordered mapping of value -> label, in the order people expect to see it
(grade bands in school order, never alphabetical).
"""

from __future__ import annotations

from collections.abc import Mapping

GRADE_BANDS = {
    "K-2": "Grades K-2",
    "3-5": "Grades 3-5",
    "6-8": "Grades 6-8",
    "9-12": "Grades 9-12",
}

ENGLISH = "en"
LANGUAGES = {ENGLISH: "English", "es": "Español"}

CALLOUT_STYLES = {"warm-up": "Warm-up", "tip": "Tip", "note": "Note", "safety": "Safety"}
WARM_UP = "warm-up"
DEFAULT_CALLOUT_STYLE = "note"

KEEP_SCORE = {"best": "Best attempt", "last": "Last attempt"}

# What completes a lesson. The labels are what both the editor and the student read.
COMPLETION_RULES = {
    "quiz": "Pass the quiz (or use all your tries)",
    "reflection": "Write your reflection",
    "discussion": "Post in the discussion",
    "all_steps": "Finish every step",
}
DEFAULT_COMPLETION = ("quiz", "reflection")

STANDARDS = {
    "iste-1.2a": "ISTE 1.2a: manage digital identity and reputation",
    "iste-1.2b": "ISTE 1.2b: positive, safe, legal and ethical behaviour online",
    "iste-1.2c": "ISTE 1.2c: respect for intellectual property",
    "iste-1.2d": "ISTE 1.2d: manage personal data, privacy and security",
    "digital-literacy": "Digital literacy",
    "digital-hygiene": "Digital hygiene",
    "rights-responsibilities": "Rights and responsibilities",
    "etiquette-communication": "Etiquette and communication",
}

# The steps a student works through, in the order every lesson shows them.
READ = "read"
ACTIVITY = "activity"
QUIZ = "quiz"
REFLECTION = "reflection"
DISCUSSION = "discussion"
MINDFULNESS = "mindfulness"
FAMILY = "family"
STEP_KINDS = {
    READ: "Read and watch",
    ACTIVITY: "Activity",
    QUIZ: "Quiz",
    REFLECTION: "Reflection",
    DISCUSSION: "Discussion",
    MINDFULNESS: "Mindfulness exercise",
    FAMILY: "Family take-home",
}
# Which step each body block (by its StreamField name) belongs to.
BLOCK_STEP = {
    "rich_text": READ,
    "callout": READ,
    "image": READ,
    "video": READ,
    "case_study": READ,
    "activity": ACTIVITY,
    "quiz": QUIZ,
    "reflection": REFLECTION,
    "discussion": DISCUSSION,
    "mindfulness": MINDFULNESS,
    "family_tip": FAMILY,
}

MINDFULNESS_SECONDS = (1, 600)

# What a `::: help-contacts` block is about: the school's confirmed contacts for these topics are
# shown (curriculum/help_contacts.py). None named: every confirmed contact.
HELP_TOPICS = {
    "self-harm": "Suicide, self-harm, feeling unable to cope",
    "abuse": "Abuse, grooming, someone making you feel unsafe",
    "sextortion": "Threats to share sexual images",
    "image-removal": "Getting a sexual image of a child removed",
}


def choices(vocabulary: Mapping[str, str]) -> list[tuple[str, str]]:
    """A vocabulary as Django/Wagtail `choices`: [(value, label), ...] in its own order."""
    return list(vocabulary.items())
