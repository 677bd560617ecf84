"""New rows of several models written together: on PostgreSQL, in one statement.

A flagged post writes six kinds of row (the post, its flag, the matches, the flag's routing,
its audit entries, the outbox notices), each but the first needing the key of one written
before it. One INSERT each, between a BEGIN and a COMMIT, was nine round trips to the
database, each with its share of Django's cursor, psycopg's protocol and the server's own
per-statement work. `Together` collects the rows and `write` sends one data-modifying WITH:
each model's rows are one INSERT ... RETURNING in it, and a row's link to a row written
earlier in the same statement is a subquery on that INSERT. One statement is atomic by
itself, so it needs no transaction around it either. Elsewhere (SQLite) the rows go in one
INSERT per model (`insert_rows`), in a transaction.

A link is given as Django gives it: the unsaved instance assigned to the foreign key
(`Flag(post=post)`). A text column that holds another row's key (an audit entry's
`object_id`) takes `key_text(row)`. What must follow the rows once they are committed
(queueing their notices) is given to `after` and handed to `transaction.on_commit` by `then`:
at once outside a transaction, at its commit inside one.

Like `insert_rows`, nothing here sends a save signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from typing import Any, TypeVar

from django.db import connections, models, router, transaction

from moderation.flags.inserts import (
    _cursor,
    _placeholder,
    concrete_fields,
    insert_rows,
    row_values,
)

M = TypeVar("M", bound=models.Model)

# PostgreSQL takes at most 65,535 parameters in one statement: more than this (a long post
# with thousands of matches) goes model by model, in a transaction.
MAX_PARAMETERS = 60_000


class KeyText:
    """The key of `row` as text, for a column that names a row (an audit entry's object_id)
    before that row is written."""

    __slots__ = ("row",)

    def __init__(self, row: models.Model) -> None:
        self.row = row

    def __str__(self) -> str:
        if self.row.pk is None:
            raise ValueError(f"{type(self.row).__name__} has no key yet: write it first")
        return str(self.row.pk)


def key_text(row: models.Model) -> Any:
    """`str(row.pk)`, or, for a row still to be written together with this one, its key once
    written."""
    return str(row.pk) if row.pk is not None else KeyText(row)


class Together:
    """New rows to write together, in the order added: a row's links point to rows added
    before it."""

    def __init__(self) -> None:
        self._sets: list[tuple[list[models.Model], tuple[str, ...]]] = []
        self._after: list[Callable[[], None]] = []

    def add(self, rows: Sequence[M], *, links_checked: tuple[str, ...] = ()) -> Sequence[M]:
        """Write `rows` (new instances of one model) with the others; each gets its key when
        they are written. `links_checked` as for `insert_rows`."""
        if rows:
            self._sets.append((list(rows), tuple(links_checked)))
        return rows

    def after(self, hook: Callable[[], None]) -> None:
        """Run `hook` once the rows are committed (`then`)."""
        self._after.append(hook)

    def write(self) -> None:
        """Write every row added, in one statement where the database can."""
        if not self._sets:
            return
        model = type(self._sets[0][0][0])
        alias = router.db_for_write(model)
        connection = connections[alias]
        if len(self._sets) == 1:
            rows, checked = self._sets[0]
            insert_rows(rows, links_checked=checked)
        elif connection.vendor == "postgresql" and _parameters(self._sets) <= MAX_PARAMETERS:
            _write_as_one(connection, alias, self._sets)
        else:
            # Inside the caller's transaction, no savepoint of its own: an error undoes that.
            inner = nullcontext() if connection.in_atomic_block else transaction.atomic(alias)
            with inner:
                for rows, checked in self._sets:
                    for row in rows:
                        _take_written_links(row)
                    insert_rows(rows, links_checked=checked)

    def then(self) -> None:
        """Hand what must follow the rows to `transaction.on_commit` (it runs at once outside a
        transaction)."""
        for hook in self._after:
            transaction.on_commit(hook)


def _parameters(sets: list[tuple[list[models.Model], tuple[str, ...]]]) -> int:
    return sum(len(rows) * len(concrete_fields(type(rows[0]))) for rows, _ in sets)


def _take_written_links(row: models.Model) -> None:
    """Set each foreign key given as an instance that has since been written (as `save` does)."""
    for field in row._meta.concrete_fields:
        if field.is_relation and getattr(row, field.attname) is None and field.is_cached(row):
            linked = field.get_cached_value(row)
            if linked is not None and linked.pk is None:  # as save() refuses it
                raise ValueError(f"{type(row).__name__} links to a row added after it")
            if linked is not None:
                _link(row, field, linked)


# --- PostgreSQL: one WITH ----------------------------------------------------------------

_statements: dict[tuple[Any, ...], str] = {}
# How a value goes into the statement: a parameter, or a link to an earlier INSERT's row.
_PARAMETER = None


def _write_as_one(connection: Any, alias: str, sets: list) -> None:
    where = {id(row): n for n, (rows, _) in enumerate(sets) for row in rows}
    shape: list[Any] = []
    params: list[Any] = []
    links: list[tuple[models.Model, Any, models.Model]] = []
    for n, (rows, checked) in enumerate(sets):
        model = type(rows[0])
        fields = concrete_fields(model)
        codes = []
        for row in rows:
            linking = set()
            for i, field in enumerate(fields):
                code, linked = _code(row, field, where, n)
                if code is not _PARAMETER:
                    links.append((row, field, linked))
                    linking.add(i)
                codes.append(code)
            # A link's value is the earlier INSERT's key, not a parameter: never prepared.
            values = row_values(row, fields, connection, linking)
            params.extend(v for i, v in enumerate(values) if i not in linking)
        shape.append((model, len(rows), checked, tuple(codes)))
    key = (connection.vendor, tuple(shape))
    statement = _statements.get(key)
    if statement is None:
        statement = _statement(connection, sets, shape)
        if len(_statements) < 500:  # a few shapes in practice; never a leak
            _statements[key] = statement
    with _cursor(connection) as cursor:
        cursor.execute(statement, params)
        written = cursor.fetchall()
    # Rows come back by INSERT, then key: keys are drawn in the order of VALUES.
    taken = iter(written)
    for rows, checked in sets:
        model = type(rows[0])
        fields = tuple(model._meta.get_field(name) for name in checked)
        for row in rows:
            _, pk, *values = next(taken)
            row.pk = pk
            for field, value in zip(fields, values, strict=False):
                setattr(row, field.attname, value)
            row._state.adding, row._state.db = False, alias
    for row, field, linked in links:
        if isinstance(getattr(row, field.attname), KeyText):
            setattr(row, field.attname, str(linked.pk))
        else:
            _link(row, field, linked)


def _link(row: models.Model, field: Any, linked: models.Model) -> None:
    """The key of the row `field` links to, its instance kept (setting the key alone would
    drop it, and reading `row.<link>` would fetch it again)."""
    setattr(row, field.attname, linked.pk)
    field.set_cached_value(row, linked)


def _code(row: models.Model, field: models.Field, where: dict[int, int], n: int) -> tuple:
    """(_PARAMETER, None), or (("key", m) or ("text", m), the row linked to) for a link to the
    row of INSERT number m of this statement."""
    value = getattr(row, field.attname)
    if isinstance(value, KeyText):
        linked, kind = value.row, "text"
    elif field.is_relation and value is None and field.is_cached(row):
        linked, kind = field.get_cached_value(row), "key"
    else:
        return _PARAMETER, None
    m = where.get(id(linked)) if linked is not None and linked.pk is None else None
    if m is None:  # written before: its key is known (a KeyText gives it as text)
        return _PARAMETER, None
    if m >= n:
        raise ValueError(f"{type(row).__name__} links to a row added after it")
    return (kind, m), linked


def _statement(connection: Any, sets: list, shape: list) -> str:
    quote = connection.ops.quote_name
    single = {m for m, (rows, _) in enumerate(sets) if len(rows) == 1}
    parts, results = [], []
    width = 1 + max(len(checked) for _, checked in sets)
    for n, (model, count, checked, codes) in enumerate(shape):
        meta, fields = model._meta, concrete_fields(model)
        checked_fields = tuple(meta.get_field(name) for name in checked)
        values = []
        for r in range(count):
            row = []
            for i, field in enumerate(fields):
                code = codes[r * len(fields) + i]
                if code is _PARAMETER:
                    row.append(_placeholder(quote, field, field in checked_fields))
                    continue
                kind, m = code
                if m not in single:
                    raise ValueError("a link within one statement must be to a single row")
                linked_pk = quote(shape[m][0]._meta.pk.column)
                cast = "::text" if kind == "text" else ""
                row.append(f"(SELECT {linked_pk}{cast} FROM w{m})")
            values.append("({})".format(", ".join(row)))
        returning = [quote(meta.pk.column), *(quote(f.column) for f in checked_fields)]
        parts.append(
            "w{} AS (INSERT INTO {} ({}) VALUES {} RETURNING {})".format(
                n,
                quote(meta.db_table),
                ", ".join(quote(field.column) for field in fields),
                ", ".join(values),
                ", ".join(returning),
            )
        )
        padding = ["NULL"] * (width - len(returning))
        results.append(
            (-len(returning), f"SELECT {n}, {', '.join([*returning, *padding])} FROM w{n}")
        )
    # The widest first: PostgreSQL types a column of the UNION from its first branches, and
    # would take a padding NULL there for text.
    results.sort(key=lambda result: result[0])
    union = " UNION ALL ".join(select for _, select in results)
    return "WITH {} {} ORDER BY 1, 2".format(", ".join(parts), union)
