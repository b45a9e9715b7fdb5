"""Row <-> JSON conversion for synced tables, driven by each column's type.

The central API serialises rows with it (snapshot pages and change payloads) and a
replica turns them back into column values with it, so both ends agree by construction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import JSON, RowMapping, Table, Uuid

from sync.model.types import Money, Percent, UTCDateTime

Converter = Callable[[Any], Any]


def _uuid_out(value: uuid.UUID) -> str:
    return str(value)


def _time_out(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _decimal_out(value: Decimal) -> str:
    return f"{value:.2f}"


def _uuid_in(value: str) -> uuid.UUID:
    return uuid.UUID(value)


def _time_in(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _decimal_in(value: str) -> Decimal:
    return Decimal(value)


def _same(value: Any) -> Any:
    return value


def _converters(table: Table, outgoing: bool) -> dict[str, Converter]:
    result: dict[str, Converter] = {}
    for column in table.columns:
        kind = column.type
        if isinstance(kind, Uuid):
            result[column.name] = _uuid_out if outgoing else _uuid_in
        elif isinstance(kind, UTCDateTime):
            result[column.name] = _time_out if outgoing else _time_in
        elif isinstance(kind, Money | Percent):
            result[column.name] = _decimal_out if outgoing else _decimal_in
        elif isinstance(kind, JSON):
            result[column.name] = _same
        else:
            result[column.name] = _same
    return result


@cache
def outgoing_converters(table: Table) -> dict[str, Converter]:
    return _converters(table, outgoing=True)


@cache
def incoming_converters(table: Table) -> dict[str, Converter]:
    return _converters(table, outgoing=False)


def columns_of(table: Table) -> list[str]:
    return [column.name for column in table.columns]


def to_wire(table: Table, row: Mapping[str, Any] | RowMapping) -> dict[str, Any]:
    """A row (mapping of column name to Python value) as a JSON-ready dict."""
    converters = outgoing_converters(table)
    out: dict[str, Any] = {}
    for name, convert in converters.items():
        value = row[name]
        out[name] = None if value is None else convert(value)
    return out


def from_wire(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON dict from the wire as column values; unknown keys are refused."""
    converters = incoming_converters(table)
    unknown = set(data) - set(converters)
    if unknown:
        raise ValueError(f"unknown columns for {table.name}: {sorted(unknown)}")
    return {
        name: None if value is None else converters[name](value) for name, value in data.items()
    }
