"""The fast wire -> SQLite conversions store exactly what the generic path stores."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import JSON

from sync import wire
from sync.client import values
from sync.model import Base

SAMPLES = {
    "uuid": [uuid.uuid4(), uuid.UUID(int=0)],
    "time": [
        datetime(2025, 1, 1, 10, 0, tzinfo=UTC),
        datetime(2025, 3, 30, 1, 59, 59, 999999, tzinfo=UTC),
        datetime(2025, 6, 1, 12, 30, tzinfo=timezone(timedelta(hours=2))),
    ],
    "money": [
        Decimal("0.00"),
        Decimal("0.05"),
        Decimal("-0.05"),
        Decimal("-1234.50"),
        Decimal("999999999.99"),
    ],
    "bool": [True, False],
    "json": [{"marketing_email": True, "at": "2025-01-01"}, [], {"a": [1, "ż", None]}],
}
KINDS = {
    "Uuid": "uuid",
    "UTCDateTime": "time",
    "Money": "money",
    "Percent": "money",
    "Boolean": "bool",
    "JSON": "json",
}


def _columns():
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            kind = KINDS.get(type(column.type).__name__)
            if kind is not None:
                yield pytest.param(column, kind, id=f"{table.name}.{column.name}")


@pytest.mark.parametrize(("column", "kind"), list(_columns()))
def test_fast_and_generic_paths_agree(column, kind: str) -> None:
    fast = values.writer(column)
    slow = values.generic(column, wire.incoming_converters(column.table)[column.name])
    outgoing = wire.outgoing_converters(column.table)[column.name]
    for sample in SAMPLES[kind]:
        sent = outgoing(sample)
        if isinstance(column.type, JSON):
            assert json.loads(fast(sent)) == json.loads(slow(sent))
        else:
            assert fast(sent) == slow(sent), sent
    if kind in ("time", "money"):  # forms the server does not write still work
        odd = "2025-06-01T12:30:00+02:00" if kind == "time" else "12.5"
        assert fast(odd) == slow(odd)


def test_garbage_is_refused_not_stored() -> None:
    table = Base.metadata.tables["orders"]
    for name, bad in [
        ("id", "not-a-uuid"),
        ("placed_at", "2025-13-01T00:00:00Z"),
        ("total", "12.x5"),
        ("total", "--1.00"),
    ]:
        with pytest.raises((ValueError, ArithmeticError)):
            values.writer(table.c[name])(bad)
    with pytest.raises(TypeError):
        values.writer(Base.metadata.tables["products"].c.active)("yes")


def _outcome(convert, value):
    try:
        return convert(value)
    except (ValueError, TypeError, AttributeError) as error:
        return type(error)


@pytest.mark.parametrize(
    "value",
    [
        "88a45b17-5624-40ea-9a54-c29642c93674",  # canonical: the fast path
        "00000000-0000-0000-0000-000000000000",
        "88A45B17-5624-40EA-9A54-C29642C93674",  # upper case
        "{88a45b17-5624-40ea-9a54-c29642c93674}",  # braces
        "88a45b17562440ea9a54c29642c93674",  # no dashes
        "urn:uuid:88a45b17-5624-40ea-9a54-c29642c93674",
        "0xa45b17-5624-40ea-9a54-c29642c93674",  # what int(h, 16) alone would misread
        "+8a45b17-5624-40ea-9a54-c29642c93674",
        " 8a45b17-5624-40ea-9a54-c29642c93674",
        "1_a45b17-5624-40ea-9a54-c29642c93674",
        "\uff118a45b17-5624-40ea-9a54-c29642c93674",  # a full-width digit
    ],
)
def test_uuid_fast_path_reads_what_uuid_reads(value: str) -> None:
    assert _outcome(values._uuid, value) == _outcome(lambda v: uuid.UUID(v).hex, value)


@pytest.mark.parametrize(
    "value",
    [
        "gggggggg-5624-40ea-9a54-c29642c93674",
        "88a45b17-5624-40ea-9a54-c29642c9367_",
        "88a45b17-5624-40ea-9a54-c29642c9367",
        "88a45b17-5624-40ea-9a54-c29642c936740",
        "88a45b17x5624-40ea-9a54-c29642c93674",
        "",
        "not-a-uuid",
    ],
)
def test_uuid_garbage_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        values._uuid(value)
