"""Reading ids from query strings: what a filter may hand to the database."""

from __future__ import annotations

MAX_DATABASE_ID = 2**63 - 1  # a BigAutoField; past it, SQLite raises OverflowError (a 500)


def database_id(value: object) -> int | None:
    """A positive id that fits the database, from a query parameter; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit():
        number = int(value)
    else:
        return None
    return number if 0 < number <= MAX_DATABASE_ID else None
