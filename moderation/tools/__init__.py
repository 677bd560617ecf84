"""Maintenance scripts for the moderation app; nothing here runs in production."""
