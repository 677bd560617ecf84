"""The rows a post writes, in statements built once per process instead of once per post.

Building a statement through the ORM's compiler cost more CPU than the database took to run
it: for a flagged post, nine statements compiled afresh were most of its 11 ms. `insert_rows`
is `bulk_create` for new rows of one model (each field's own `pre_save` and
`get_db_prep_save`, so the same values; the same IntegrityError for a repeated key), with the
statement's text kept per model, database and row count; a link that must still be there (a
keyword entry) is checked by the INSERT itself. `update_row` is a queryset's `update` of one
row by its key, its statement kept the same way (the task worker stamps each e-mail it sends
with it). `query_once` runs a query whose SQL never changes (no argument from the caller) from
the SQL the ORM compiled the first time.

None sends signals, as `bulk_create` does not: nothing listens to these models' saves (a
test holds it so: tests/moderation/api/test_queries_per_post.py).

On PostgreSQL these statements are also prepared, once per connection (`_cursor`): the server
then parses and plans each only once, not at every post. Its text never changes and its
values go as parameters, so there is nothing else to it; Django's own queries are untouched
(client-side binding, never prepared).

A flagged post's rows go together, in one statement on PostgreSQL: moderation/flags/together.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.db import connections, models, router
from django.db.backends.utils import CursorWrapper

try:
    import psycopg
except ImportError:  # pragma: no cover - psycopg2 or no PostgreSQL driver at all
    psycopg = None

M = TypeVar("M", bound=models.Model)

_statements: dict[tuple[Any, ...], str] = {}
_fields: dict[type, tuple[models.Field, ...]] = {}


def insert_rows(objs: Sequence[M], *, links_checked: tuple[str, ...] = ()) -> Sequence[M]:
    """INSERT these new instances of one model in one statement and give each its primary key
    (as `bulk_create(objs)` does, without compiling the statement each time).

    `links_checked`: foreign keys whose row may have been deleted since the caller read it
    (a keyword entry, since its library was compiled): each is written only if its row is
    still there, else NULL, checked by the INSERT itself (no SELECT of its own first), and
    the instance given the value written."""
    if not objs:
        return objs
    model = type(objs[0])
    alias = router.db_for_write(model, instance=objs[0])
    connection = connections[alias]
    if not connection.features.can_return_rows_from_bulk_insert:
        for name in links_checked:
            _unlink_missing(objs, model._meta.get_field(name))
        model._default_manager.using(alias).bulk_create(objs)
        return objs
    fields = concrete_fields(model)
    checked = tuple(model._meta.get_field(name) for name in links_checked)
    batch = max(1, min(MAX_ROWS, connection.ops.bulk_batch_size(fields, objs)))
    with _cursor(connection) as cursor:
        for start in range(0, len(objs), batch):
            some = objs[start : start + batch]
            values = [value for obj in some for value in row_values(obj, fields, connection)]
            cursor.execute(_statement(connection, model, fields, len(some), checked), values)
            # RETURNING gives the rows in the order of VALUES (PostgreSQL and SQLite, as
            # bulk_create relies on too).
            for obj, (pk, *written) in zip(some, cursor.fetchall(), strict=True):
                obj.pk = pk
                for field, value in zip(checked, written, strict=True):
                    setattr(obj, field.attname, value)
                obj._state.adding, obj._state.db = False, alias
    return objs


def row_values(
    obj: models.Model, fields: tuple[models.Field, ...], connection: Any, skip: Any = ()
) -> list[Any]:
    """What `bulk_create` writes of `obj` in `fields`: each field's
    `get_db_prep_save(pre_save(obj, True))` (None in the place of those numbered in `skip`).
    A text column's string and a nullable column's None go as they are (what those calls give
    back for them, on every database), without four method calls each: most columns of a
    post are one or the other."""
    # By the tuple's identity (concrete_fields keeps one per model): hashing its fields is slow.
    known = _plans.get((id(fields), connection.vendor))
    if known is None or known[0] is not fields:
        known = (fields, tuple((field, field.attname, _as_they_are(field)) for field in fields))
        if len(_plans) < 1000:
            _plans[(id(fields), connection.vendor)] = known
    values = []
    for i, (field, attname, plain) in enumerate(known[1]):
        value = getattr(obj, attname) if plain else None
        if i in skip or (plain and (value is None or (plain is _TEXT and type(value) is str))):
            values.append(value)
        else:
            values.append(field.get_db_prep_save(field.pre_save(obj, True), connection))
    return values


# Which fields' values go as they are (`row_values`): None for fields of these classes, exactly
# (a subclass may prepare its values otherwise); a string, too, for the text ones. A JSON field
# is never among them (its None is JSON's null), nor a field whose pre_save sets its value.
_TEXT, _NONE_ONLY = "text", "none"
_TEXT_FIELDS = (models.CharField, models.TextField)
_NONE_FIELDS = (
    *_TEXT_FIELDS,
    models.ForeignKey,
    models.IntegerField,
    models.SmallIntegerField,
    models.BigIntegerField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.PositiveBigIntegerField,
)
_plans: dict[tuple[int, str], tuple[tuple, tuple[tuple[models.Field, str, str | None], ...]]] = {}


def _as_they_are(field: models.Field) -> str | None:
    kind = type(field)
    if kind in _TEXT_FIELDS:
        return _TEXT
    return _NONE_ONLY if kind in _NONE_FIELDS else None


def concrete_fields(model: type[models.Model]) -> tuple[models.Field, ...]:
    """The columns an INSERT of `model` writes: all but its automatic key."""
    fields = _fields.get(model)
    if fields is None:
        fields = _fields[model] = tuple(
            f for f in model._meta.concrete_fields if not isinstance(f, models.AutoField)
        )
    return fields


# Rows per statement (PostgreSQL takes at most 65,535 parameters in one); statements of up to
# KEPT_ROWS rows are kept, longer ones (a long post with many matches) built when needed.
MAX_ROWS = 500
KEPT_ROWS = 16


def _statement(connection: Any, model: type, fields: tuple, rows: int, checked: tuple = ()) -> str:
    shape = (model, connection.vendor, rows, checked)
    statement = _statements.get(shape)
    if statement is None:
        statement = _insert_statement(connection, model, fields, rows, checked)
        if rows <= KEPT_ROWS:
            _statements[shape] = statement
    return statement


def _insert_statement(
    connection: Any, model: type, fields: tuple, rows: int, checked: tuple
) -> str:
    quote, meta = connection.ops.quote_name, model._meta
    row = "({})".format(", ".join(_placeholder(quote, f, f in checked) for f in fields))
    return "INSERT INTO {} ({}) VALUES {} RETURNING {}".format(
        quote(meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join([row] * rows),
        ", ".join(quote(column) for column in (meta.pk.column, *(f.column for f in checked))),
    )


def _placeholder(quote: Callable[[str], str], field: models.Field, checked: bool) -> str:
    if not checked:
        return "%s"
    # The linked row's key if that row is still there; NULL for NULL or a row since deleted.
    target = field.related_model._meta
    return "(SELECT {pk} FROM {table} WHERE {pk} = %s)".format(
        pk=quote(target.pk.column), table=quote(target.db_table)
    )


def _unlink_missing(objs: Sequence[models.Model], field: models.Field) -> None:
    wanted = sorted({getattr(obj, field.attname) for obj in objs} - {None})
    live = existing_pks(field.related_model, wanted)
    for obj in objs:
        if getattr(obj, field.attname) not in live:
            setattr(obj, field.attname, None)


def existing_pks(model: type[models.Model], pks: Sequence[int]) -> set[int]:
    """Which of `pks` are still rows of `model` (one indexed SELECT, its text kept)."""
    if not pks:
        return set()
    alias = router.db_for_read(model)
    connection = connections[alias]
    shape = (model, connection.vendor, -len(pks))  # negative: not an insert's row count
    statement = _statements.get(shape)
    if statement is None:
        quote, meta = connection.ops.quote_name, model._meta
        statement = _statements[shape] = "SELECT {pk} FROM {table} WHERE {pk} IN ({})".format(
            ", ".join(["%s"] * len(pks)), pk=quote(meta.pk.column), table=quote(meta.db_table)
        )
    with _cursor(connection) as cursor:
        cursor.execute(statement, list(pks))
        return {pk for (pk,) in cursor.fetchall()}


def update_row(model: type[models.Model], pk: Any, **values: Any) -> int:
    """`model.objects.filter(pk=pk).update(**values)` for plain column values, with the
    statement's text kept per model, database and columns (and prepared, as the inserts are).
    Returns the rows changed. Like `update`, it sends no signal."""
    alias = router.db_for_write(model)
    connection = connections[alias]
    fields = tuple(model._meta.get_field(name) for name in values)
    shape = (model, connection.vendor, tuple(field.attname for field in fields))
    statement = _statements.get(shape)
    if statement is None:
        quote, meta = connection.ops.quote_name, model._meta
        statement = _statements[shape] = "UPDATE {} SET {} WHERE {} = %s".format(
            quote(meta.db_table),
            ", ".join(f"{quote(field.column)} = %s" for field in fields),
            quote(meta.pk.column),
        )
    params = [
        field.get_db_prep_save(value, connection)
        for field, value in zip(fields, values.values(), strict=True)
    ]
    params.append(model._meta.pk.get_db_prep_value(pk, connection))
    with _cursor(connection) as cursor:
        cursor.execute(statement, params)
        return cursor.rowcount


if psycopg is not None:

    class _PreparedCursor(psycopg.RawCursor):
        """Binds its parameters on the server and prepares every statement it runs (psycopg
        keeps them per connection, at most `prepared_max`, 100; the least used is dropped).

        A raw cursor: the statement goes as written, its placeholders numbered ($1, $2, ...)
        once per text here. psycopg's own cursor reads every statement for its `%s` anew when
        it is over 4 KiB or 50 parameters (it keeps shorter ones): a flagged post's one WITH
        is both, and reading it was an eighth of that post's CPU."""

        def execute(self, query: Any, params: Any = None, **options: Any) -> Any:
            return super().execute(numbered(query), params, **{**options, "prepare": True})

        def _send_query_prepared(self, name: bytes, pgq: Any, **options: Any) -> None:
            # Kept as an unprepared statement keeps it: Django's query log reads it.
            self._query = pgq
            super()._send_query_prepared(name, pgq, **options)


_numbered: dict[str, str] = {}


def numbered(query: str) -> str:
    """`query` (one of this module's or together.py's statements) with its `%s` placeholders
    as `$1`, `$2`, ...: what PostgreSQL and a raw cursor take."""
    found = _numbered.get(query)
    if found is None:
        first, *rest = query.split("%s")
        if "%" in first or any("%" in part for part in rest):
            raise ValueError(f"a statement here has only %s placeholders: {query[:200]}")
        found = first + "".join(f"${n}{part}" for n, part in enumerate(rest, 1))
        if len(_numbered) < 1000:  # a few hundred shapes at most; never a leak
            _numbered[query] = found
    return found


# With prepare_threshold None (Django's default) psycopg prepares nothing, even when asked; this
# lets it prepare what is asked for and nothing else (a count no statement reaches).
_ONLY_WHEN_ASKED = 2**62


def _cursor(connection: Any) -> Any:
    """`connection.cursor()`, preparing its statements where the database is PostgreSQL on
    psycopg 3 (the same Django cursor wrapper: errors, query logging and counts as before)."""
    if psycopg is None or connection.vendor != "postgresql":
        return connection.cursor()
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    raw = connection.connection
    if not isinstance(raw, psycopg.Connection):
        return connection.cursor()
    if raw.prepare_threshold is None:
        raw.prepare_threshold = _ONLY_WHEN_ASKED
    if connection.queries_logged:  # Django's debug cursor logs each statement it runs
        with connection.wrap_database_errors:
            return connection._prepare_cursor(_PreparedCursor(raw))
    connection.validate_thread_sharing()
    # One cursor per connection, kept open: a cursor made afresh for each statement cost more
    # CPU than the statement's own round trip (a new psycopg cursor looks up how to send each
    # type of value again).
    kept = getattr(connection, _KEPT, None)
    if kept is None or kept.cursor.connection is not raw or kept.cursor.closed:
        with connection.wrap_database_errors:
            kept = _KeptCursor(_PreparedCursor(raw), connection)
        setattr(connection, _KEPT, kept)
    return kept


_KEPT = "_upstander_kept_cursor"


class _KeptCursor(CursorWrapper):
    """Django's cursor wrapper (errors, execute wrappers) that `with` leaves open for the
    connection's next statement; it goes with its connection."""

    def __exit__(self, *exc: object) -> None:
        pass


class query_once:  # noqa: N801 - used as a decorator, like functools' lowercase classes
    """Decorates a function that builds a queryset with no argument: its SQL is compiled by
    the ORM the first time (per database) and run as it stands from then on, every call still
    reading the rows afresh. Returns a list of instances."""

    def __init__(self, build: Callable[[], models.QuerySet]) -> None:
        self.build = build
        self.compiled: tuple[type[models.Model], str, str, tuple] | None = None
        self.__doc__ = build.__doc__

    def __call__(self) -> list[Any]:
        if self.compiled is None:
            queryset = self.build()
            sql, params = queryset.query.get_compiler(queryset.db).as_sql()
            self.compiled = (queryset.model, queryset.db, sql, tuple(params))
        model, alias, sql, params = self.compiled
        return list(model._default_manager.raw(sql, params).using(alias))
