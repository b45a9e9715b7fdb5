"""Rows straight from the database driver to wire values, fast.

A first sync sends millions of rows. Letting SQLAlchemy turn each stored value into a
Python object (UUID, Decimal, datetime) and `sync.wire` turn it back into text costs
most of the time, so snapshot pages select the driver's raw values and convert them
here, per database, into exactly what `sync.wire.to_wire` produces (a test checks
that for every synced table on SQLite and PostgreSQL).

A device whose replica is SQLite may ask for the rows in SQLite's storage form instead
(`sync.protocol.SQLITE_FORMAT`): on SQLite that is what the file holds already, so
SQLite itself writes each row as a JSON array (`storage_row_json`), and PostgreSQL
converts its values to that form and writes the array likewise: no value becomes a
Python object on either side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Integer,
    Table,
    Text,
    Uuid,
    cast,
    func,
    type_coerce,
)
from sqlalchemy.types import NullType

from sync import wire
from sync.model.types import Money, Percent, UTCDateTime

Convert = Callable[[Any], Any]


def _hex_uuid(value: str) -> str:
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _text_time(value: str) -> str:
    # SQLAlchemy stores "2026-11-23 09:00:00.123456" for a UTC time on SQLite.
    if value.endswith(".000000"):
        value = value[:-7]
    return f"{value[:10]}T{value[11:]}Z"


def _hundredths(value: int) -> str:
    sign = "-" if value < 0 else ""
    whole, part = divmod(abs(int(value)), 100)
    return f"{sign}{whole}.{part:02d}"


def _json_text(value: Any) -> Any:
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def _flag(value: Any) -> bool:
    return bool(value)


def _converter(kind: Any, dialect: str, column_name: str, table: Table) -> Convert | None:
    """How to turn the driver's value of a column into its wire value (None: as is)."""
    if isinstance(kind, Money | Percent):
        return _hundredths
    if isinstance(kind, Boolean):
        return _flag
    if dialect == "sqlite":
        if isinstance(kind, Uuid):
            return _hex_uuid
        if isinstance(kind, UTCDateTime):
            return _text_time
        if isinstance(kind, JSON):
            return _json_text
        return None
    # Other drivers (psycopg) hand back Python objects: use the wire's own converters.
    if isinstance(kind, Uuid | UTCDateTime):
        return wire.outgoing_converters(table)[column_name]
    if isinstance(kind, JSON):
        return _json_text
    return None


@cache
def converters(table: Table, dialect: str) -> tuple[Convert | None, ...]:
    return tuple(_converter(c.type, dialect, c.name, table) for c in table.columns)


def raw_columns(table: Table) -> list[ColumnElement[Any]]:
    """The table's columns, selected without SQLAlchemy's result processing."""
    return [type_coerce(c, NullType()).label(c.name) for c in table.columns]


def _converted(rows: Iterable[Sequence[Any]], convert: Sequence[Convert | None]) -> list[list[Any]]:
    """Rows as lists, each value but None passed through its column's function."""
    todo = [(i, fn) for i, fn in enumerate(convert) if fn is not None]
    out = []
    for row in rows:
        values = list(row)
        for i, fn in todo:
            value = values[i]
            if value is not None:
                values[i] = fn(value)
        out.append(values)
    return out


def to_wire_rows(rows: Iterable[Sequence[Any]], table: Table, dialect: str) -> list[list[Any]]:
    """Raw rows (in `table.columns` order) as lists of wire values."""
    return _converted(rows, converters(table, dialect))


# -- SQLite's storage form (sync.protocol.SQLITE_FORMAT) -----------------------------------


def _stored_in_postgres(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A PostgreSQL column's value as SQLite stores it, computed by PostgreSQL."""
    kind = column.type
    if isinstance(kind, Uuid):  # 32 hex digits
        return func.replace(cast(column, Text), "-", "")
    if isinstance(kind, UTCDateTime):  # what SQLAlchemy's SQLite DATETIME stores, in UTC
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24:MI:SS.US")
    if isinstance(kind, JSON):  # the JSON text, as a string
        return cast(column, Text)
    if isinstance(kind, Boolean):
        return cast(column, Integer)
    return type_coerce(column, NullType())  # text, integers, money as integer hundredths


def storage_row_json(table: Table, dialect: str) -> ColumnElement[Any]:
    """Each row as the JSON array of the values an SQLite replica stores, made by the
    database itself (`dialect`: sqlite or postgresql).

    On SQLite those are the stored values: text stays text, integers integers, NULL
    null; the model has no REAL or BLOB columns, so nothing is re-formatted on the way.
    PostgreSQL converts its values to that form. A test compares every table on both.
    """
    values: list[ColumnElement[Any]]
    if dialect == "sqlite":
        values = [type_coerce(c, NullType()) for c in table.columns]
        return type_coerce(func.json_array(*values), NullType()).label("row_json")
    values = [_stored_in_postgres(c) for c in table.columns]
    return cast(func.json_build_array(*values), Text).label("row_json")
