"""The vocabularies every moderation model shares: severities, categories and context labels."""

from __future__ import annotations

from django.db import models


class Severity(models.IntegerChoices):
    INFORMATIONAL = 1, "Informational"
    LOW = 2, "Low"
    HIGH = 3, "High"
    CRITICAL = 4, "Critical"


class Category(models.TextChoices):
    BULLYING = "bullying", "Bullying and trolling"
    SELF_HARM = "self_harm", "Self-harm and suicide"
    EATING_DISORDERS = "eating_disorders", "Eating disorders"
    GROOMING = "grooming", "Grooming and sexual exploitation"
    SEXTING = "sexting", "Sexting"
    HATE = "hate", "Race and religious hatred"
    EXTREMISM = "extremism", "Radicalisation and extremism"
    VIOLENCE = "violence", "Violence and weapons"
    DRUGS = "drugs", "Drugs and alcohol"
    PROFANITY = "profanity", "Profanity"
    OTHER = "other", "Other concern"


class ContextLabel(models.TextChoices):
    """What the words around a match say about it (the labels of moderation/scanning/context.py)."""

    PLAIN = "plain", "Plain"
    SELF = "self", "About the writer"
    OTHER = "other", "About someone else"
    NEGATED = "negated", "Negated"
    QUOTED = "quoted", "Quoted or reported"
    COUNTER = "counter", "Condemned by the writer"
    JOKING = "joking", "Laughed off"
    HYPOTHETICAL = "hypothetical", "Hypothetical"
    QUESTION = "question", "A question"
    THREAT = "threat", "A threat"
    LINKED = "linked", "In a web address"
    TOPIC = "topic", "Named as a topic"
    OWN = "own", "The writer's own"
    ENDORSED = "endorsed", "Agreed with by the writer"
    HANDLED = "handled", "Already dealt with"
    PAST = "past", "The writer's past"
    NARRATED = "narrated", "Told of others in the past"


# --- Keyword libraries --------------------------------------------------------------------
