"""Reading numbers from forms and query strings: what a form or filter may hand to the database."""

from __future__ import annotations

import re

MAX_DATABASE_ID = 2**63 - 1  # a BigAutoField; past it, SQLite raises OverflowError (a 500)
# Plain ASCII digits, as many as the largest id has. `str.isdigit` also passes '²' and '٣',
# which `int` refuses, and any length, where `int` refuses past 4,300 digits: each was a 500.
_DIGITS = re.compile(r"[0-9]{1,19}")


def form_number(value: object) -> int | None:
    """A whole number of at most 19 plain digits, from a form field or query parameter; None for
    anything else (a sign, a space, a superscript, another script's digits, a longer run)."""
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        return None
    return int(value)


def database_id(value: object) -> int | None:
    """A positive id that fits the database, from a query parameter; None for anything else."""
    if isinstance(value, bool):
        return None
    number = value if isinstance(value, int) else form_number(value)
    if number is None:
        return None
    return number if 0 < number <= MAX_DATABASE_ID else None
