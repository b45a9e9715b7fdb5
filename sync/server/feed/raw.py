"""Rows straight from the database driver to wire values, fast.

A first sync sends millions of rows. Letting SQLAlchemy turn each stored value into a
Python object (UUID, Decimal, datetime) and `sync.wire` turn it back into text costs
most of the time, so snapshot pages select the driver's raw values and convert them
here, per database, into exactly what `sync.wire.to_wire` produces (a test checks
that for every synced table on SQLite and PostgreSQL).

A device whose replica is SQLite may ask for the rows in SQLite's storage form instead
(`sync.protocol.SQLITE_FORMAT`): on SQLite that is what the file holds already, so
SQLite itself writes each row as a JSON array (`storage_rows_json`) and no value becomes
a Python object on either side; other databases' values are converted to that form here
(`to_storage_rows`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, ColumnElement, Table, Uuid, func, type_coerce
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


def _converted(rows: Iterable[Sequence[Any]], convert: Sequence[Convert | None]
               ) -> list[list[Any]]:
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


def to_wire_rows(rows: Iterable[Sequence[Any]], table: Table, dialect: str
                 ) -> list[list[Any]]:
    """Raw rows (in `table.columns` order) as lists of wire values."""
    return _converted(rows, converters(table, dialect))


# -- SQLite's storage form (sync.protocol.SQLITE_FORMAT) -----------------------------------


def _uuid_hex(value: Any) -> str:
    return str(value.hex)


def _stored_time(value: datetime) -> str:
    # What SQLAlchemy's SQLite DATETIME stores for a UTC time (UTCDateTime drops the zone).
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _stored_json(value: Any) -> str:
    # SQLAlchemy's JSON type stores json.dumps' text by default, on the replica too.
    return json.dumps(value)


def _flag_number(value: Any) -> int:
    return int(bool(value))


def _storage_converter(kind: Any) -> Convert | None:
    """How a non-SQLite driver's value becomes SQLite's stored value (None: as is)."""
    if isinstance(kind, Uuid):
        return _uuid_hex
    if isinstance(kind, UTCDateTime):
        return _stored_time
    if isinstance(kind, JSON):
        return _stored_json
    if isinstance(kind, Boolean):
        return _flag_number
    return None  # text, integers, and money and percentages (integer hundredths)


@cache
def storage_converters(table: Table) -> tuple[Convert | None, ...]:
    return tuple(_storage_converter(c.type) for c in table.columns)


def to_storage_rows(rows: Iterable[Sequence[Any]], table: Table) -> list[list[Any]]:
    """Raw rows of a non-SQLite database (in `table.columns` order) in SQLite's form."""
    return _converted(rows, storage_converters(table))


def storage_row_json(table: Table) -> ColumnElement[Any]:
    """On SQLite: each row as the JSON array of its stored values, made by SQLite.

    Text stays text, integers integers, NULL null; the model has no REAL or BLOB
    columns, so nothing is re-formatted on the way (a test compares every table).
    """
    return type_coerce(func.json_array(*(type_coerce(c, NullType()) for c in table.columns)),
                       NullType()).label("row_json")
