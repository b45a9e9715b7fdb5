"""The fast snapshot path produces exactly what the generic row encoding produces."""

from __future__ import annotations

from sqlalchemy import select

from sync import wire
from sync.server.feed import raw
from sync.server.scopes import ENTITIES
from tests.server.conftest import Api
from tests.server.test_web_channel import command


def test_raw_rows_equal_the_wire_encoding_for_every_table(api: Api) -> None:
    # Rows with every kind of column: a web order with money, JSON, times and flags.
    import uuid

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
    checked = 0
    with api.db.read() as session:
        connection = session.connection()
        for spec in ENTITIES:
            table = spec.model.__table__
            slow = [
                wire.to_wire(table, row._mapping)
                for row in connection.execute(select(table).order_by(table.c.id))
            ]
            fast = raw.to_wire_rows(
                connection.execute(select(*raw.raw_columns(table)).order_by(table.c.id)),
                table,
                connection.dialect.name,
            )
            names = wire.columns_of(table)
            assert [dict(zip(names, row, strict=True)) for row in fast] == slow, table.name
            checked += len(slow)
    assert checked > 50
