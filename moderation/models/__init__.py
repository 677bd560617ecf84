"""What moderation keeps: keyword libraries, scanned posts, flags and their matches, routing
rules, concerns, API keys and an audit log that nobody can edit.

The scanning itself is `moderation/engine.py` (pure); these models persist what it finds.
"""

from moderation.models.audit import AuditEntry, AuditEntryQuerySet
from moderation.models.choices import Category, ContextLabel, Severity
from moderation.models.concerns import Concern, ConcernMessage, TrustedAdult
from moderation.models.flags import (
    FalseAlarmReport,
    Flag,
    FlagMatch,
    FlagNote,
    RoutingRule,
    StaffNotification,
)
from moderation.models.integrations import ApiKey, Integration
from moderation.models.keywords import KeywordEntry, KeywordEntryHistory, KeywordLibrary
from moderation.models.moderation_settings import ModerationSettings
from moderation.models.posts import AUTHOR_NOTICES, HELD_MESSAGE, REMOVED_MESSAGE, ModeratedPost
from moderation.models.product_grants import ProductGrant

__all__ = [
    "AUTHOR_NOTICES",
    "ApiKey",
    "AuditEntry",
    "AuditEntryQuerySet",
    "Category",
    "Concern",
    "ConcernMessage",
    "ContextLabel",
    "Flag",
    "FlagMatch",
    "FalseAlarmReport",
    "FlagNote",
    "HELD_MESSAGE",
    "Integration",
    "KeywordEntry",
    "KeywordEntryHistory",
    "KeywordLibrary",
    "ModeratedPost",
    "ModerationSettings",
    "ProductGrant",
    "REMOVED_MESSAGE",
    "RoutingRule",
    "Severity",
    "StaffNotification",
    "TrustedAdult",
]
