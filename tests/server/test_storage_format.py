"""Snapshot pages in SQLite's storage form carry exactly the rows of the default form.

Checked on SQLite (where SQLite writes the rows' JSON itself) and on PostgreSQL (where
the driver's values are converted): read back through SQLAlchemy's SQLite types, each
stored value gives the default page's wire value, and it is what SQLAlchemy would
store in a replica for that wire value.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import JSON, Table
from sqlalchemy.dialects import sqlite

from sync import wire
from sync.model import Base
from sync.protocol import SQLITE_FORMAT
from tests.server.conftest import Api, Device
from tests.server.test_web_channel import command

SQLITE = sqlite.dialect()


def _place_web_order(api: Api) -> None:
    """Rows with every kind of column: money, JSON, times, flags, nullable foreign keys."""
    cart = str(uuid.uuid4())
    command(
        api,
        "cart.open",
        {"cart_id": cart, "currency": "PLN", "customer_id": str(api.world.customers["ala"])},
    )
    command(
        api,
        "cart.add_item",
        {
            "cart_id": cart,
            "line_id": str(uuid.uuid4()),
            "product_id": str(api.world.products["SKU-TV"]),
            "quantity": 2,
        },
    )
    placed = command(
        api,
        "order.place",
        {
            "order_id": str(uuid.uuid4()),
            "cart_id": cart,
            "fulfilment": "ship",
            "ship_address": {
                "name": "Ala",
                "street": "Długa 1",
                "city": "Gdańsk",
                "postal_code": "80-001",
                "country": "PL",
            },
            "payment_mode": "pay_now",
            "payments": [
                {
                    "payment_id": str(uuid.uuid4()),
                    "method": "online",
                    "amount": "5998.00",
                    "reference": "PAY-1",
                }
            ],
        },
    )
    assert placed.status_code == 200, placed.text


def _pages(device: Device, limit: int, form: str | None) -> list[dict[str, Any]]:
    pages, token = [], None
    while True:
        params: dict[str, Any] = {"limit": limit}
        if form is not None:
            params["format"] = form
        if token is not None:
            params["token"] = token
        response = device.get("/v1/sync/snapshot", **params)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        token = pages[-1]["next"]
        if token is None:
            return pages


def _read_back(table: Table, columns: list[str], row: list[Any]) -> dict[str, Any]:
    """A stored row as the wire value SQLAlchemy's SQLite types read it back as."""
    out = {}
    for name, value in zip(columns, row, strict=True):
        kind = table.c[name].type
        process = kind.dialect_impl(SQLITE).result_processor(SQLITE, None)
        value = process(value) if process is not None and value is not None else value
        out[name] = None if value is None else wire.outgoing_converters(table)[name](value)
    return out


def _stored(table: Table, name: str, wire_value: Any) -> Any:
    """What SQLAlchemy stores in SQLite for a wire value of column `name`."""
    if wire_value is None:
        return None
    value = wire.incoming_converters(table)[name](wire_value)
    bind = table.c[name].type.dialect_impl(SQLITE).bind_processor(SQLITE)
    return bind(value) if bind is not None else value


def test_storage_pages_equal_the_default_pages(api: Api) -> None:
    _place_web_order(api)
    device = api.enrol("PL-WAW-01")
    default, stored = _pages(device, 7, None), _pages(device, 7, SQLITE_FORMAT)
    assert len(default) == len(stored) > 10
    checked = 0
    for plain, page in zip(default, stored, strict=True):
        assert "format" not in plain and page["format"] == SQLITE_FORMAT
        for key in ("cursor", "entity", "columns", "next", "totals"):
            assert page[key] == plain[key], key
        table = Base.metadata.tables[page["entity"]]
        assert len(page["rows"]) == len(plain["rows"])
        for row, expected in zip(page["rows"], plain["rows"], strict=True):
            assert _read_back(table, page["columns"], row) == dict(
                zip(plain["columns"], expected, strict=True)
            ), table.name
            for name, value, wire_value in zip(page["columns"], row, expected, strict=True):
                want = _stored(table, name, wire_value)
                if isinstance(table.c[name].type, JSON) and value is not None:
                    assert json.loads(value) == json.loads(want), (table.name, name)
                else:
                    assert value == want, (table.name, name, value, want)
            checked += 1
    assert checked > 30


def test_json_columns_are_their_json_text(api: Api) -> None:
    _place_web_order(api)
    device = api.enrol("PL-WAW-01")
    json_columns = 0
    for page in _pages(device, 5000, SQLITE_FORMAT):
        table = Base.metadata.tables[page["entity"]]
        kinds = [table.c[name].type for name in page["columns"]]
        for row in page["rows"]:
            for kind, value in zip(kinds, row, strict=True):
                if isinstance(kind, JSON) and value is not None:
                    assert isinstance(value, str)
                    json.loads(value)
                    json_columns += 1
    assert json_columns > 0


def test_an_unknown_format_is_refused(api: Api) -> None:
    device = api.enrol("PL-WAW-01")
    response = device.get("/v1/sync/snapshot", format="csv")
    assert response.status_code == 422
    assert "error" in response.json()


def test_the_format_is_documented_in_openapi(api: Api) -> None:
    document = api.http.get("/v1/openapi.json").json()
    parameters = document["paths"]["/v1/sync/snapshot"]["get"]["parameters"]
    (fmt,) = [p for p in parameters if p["name"] == "format"]
    assert "sqlite" in fmt["schema"]["pattern"] and "replica stores" in fmt["description"]
