"""Wire values to SQLite parameters, fast.

The generic path (`sync.wire` conversion, then the column type's SQLAlchemy bind
processor) costs tens of microseconds per row; a large first sync converts millions
of rows. For the formats the server writes (`sync.wire`'s outgoing converters) these
functions produce the same stored value directly, and fall back to the generic path
for anything else. tests/client/test_values.py checks both paths agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Column, Uuid
from sqlalchemy.dialects import sqlite

from sync import wire
from sync.model.types import Money, Percent, UTCDateTime

Writer = Callable[[Any], Any]
DIALECT = sqlite.dialect()


def generic(column: Column[Any], convert: Writer) -> Writer:
    """The reference path: wire conversion, then SQLAlchemy's bind processing."""
    bind = column.type.dialect_impl(DIALECT).bind_processor(DIALECT)
    if bind is None:
        return convert
    return lambda value: bind(convert(value))


def _uuid(value: Any) -> str:
    # The server writes the canonical "8-4-4-4-12" form: check its shape and digits
    # directly (about three times faster than uuid.UUID). Thirty-two ASCII letters and
    # digits with no "x" that int(h, 16) takes are exactly 32 hex digits, which is what
    # uuid.UUID would read too; anything else goes the long way, accepted or refused as
    # before.
    if (
        type(value) is str
        and len(value) == 36
        and value[8] == "-"
        and value[13] == "-"
        and value[18] == "-"
        and value[23] == "-"
    ):
        h = value.replace("-", "")
        if len(h) == 32 and h.isascii() and h.isalnum() and "x" not in h and "X" not in h:
            try:
                int(h, 16)
            except ValueError:
                pass
            else:
                return h.lower()
    return uuid.UUID(value).hex


def _time(slow: Writer) -> Writer:
    def write(value: Any) -> Any:
        # The server writes UTC as "2025-01-01T10:00:00.123456Z" (or without fraction);
        # SQLAlchemy stores "2025-01-01 10:00:00.123456".
        if type(value) is str and value[-1:] == "Z" and value[10:11] == "T":
            datetime.fromisoformat(value)  # validates
            if len(value) == 27 and value[19] == ".":
                return f"{value[:10]} {value[11:26]}"
            if len(value) == 20:
                return f"{value[:10]} {value[11:19]}.000000"
        return slow(value)

    return write


def _hundredths(slow: Writer) -> Writer:
    def write(value: Any) -> Any:
        # "123.45" (the server's f"{x:.2f}") is 12345 minor units / basis points.
        if type(value) is str and len(value) > 3 and value[-3] == "." and "_" not in value:
            return int(value[:-3] + value[-2:])
        return slow(value)

    return write


def _boolean(value: Any) -> int:
    if type(value) is not bool:
        raise TypeError(f"not a boolean: {value!r}")
    return int(value)


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


def writer(column: Column[Any]) -> Writer:
    """The fastest correct wire-value -> SQLite-parameter function for `column`."""
    slow = generic(column, wire.incoming_converters(column.table)[column.name])
    kind = column.type
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(kind, UTCDateTime):
        return _time(slow)
    if isinstance(kind, Money | Percent):
        return _hundredths(slow)
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, JSON):
        return _json
    return slow
