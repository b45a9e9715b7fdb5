"""The same command on a till's replica and on the central API makes the same rows.

Ids, numbers and times come from the arguments and `ctx.at`, never from the wall clock
or a random source, and a re-run never doubles a timeline event.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sync import model as m
from sync.commands import timeline
from sync.rules.errors import RuleViolation

from .conftest import T0, World, new_id, open_world

TABLES = (
    m.Order,
    m.OrderLine,
    m.Payment,
    m.Stock,
    m.Interaction,
    m.Return,
    m.ReturnLine,
    m.Cart,
    m.CartLine,
    m.Customer,
)


def _rows(world: World) -> dict[str, list[tuple[Any, ...]]]:
    dump = {}
    for model in TABLES:
        columns = [c for c in model.__table__.columns if c.name != "updated_at"]
        rows = world.session.execute(select(*columns).order_by(model.__table__.c.id)).all()
        dump[model.__tablename__] = [tuple(row) for row in rows]
    return dump


def _journey(world: World, ids: dict[str, str]) -> None:
    anna = str(world.customers["anna"])
    world.do(None, "cart.open", {"cart_id": ids["cart"], "customer_id": anna, "currency": "PLN"})
    world.do(
        None,
        "cart.add_item",
        {
            "cart_id": ids["cart"],
            "line_id": ids["line"],
            "product_id": str(world.products["sock"]),
            "quantity": 4,
        },
    )
    world.do(
        "cashier",
        "sale.complete",
        {
            "order_id": ids["order"],
            "cart_id": ids["cart"],
            "expected_total": "59.97",
            "payments": [{"payment_id": ids["payment"], "method": "cash", "amount": "100.00"}],
        },
        at=T0 + timedelta(minutes=5),
    )
    order_line = world.session.scalars(select(m.OrderLine.id)).one()
    world.do(
        "cashier.krk",
        "return.submit",
        {
            "return_id": ids["return"],
            "order_id": ids["order"],
            "reason": "Wrong colour",
            "lines": [
                {
                    "return_line_id": ids["return_line"],
                    "order_line_id": str(order_line),
                    "quantity": 1,
                    "condition": "sellable",
                }
            ],
        },
        at=T0 + timedelta(days=2),
    )
    world.do(
        "cashier",
        "customer.create",
        {
            "customer_id": ids["customer"],
            "first_name": "Jan",
            "last_name": "Wiśniewski",
            "country": "PL",
        },
    )


def test_device_and_server_make_the_same_rows(
    tmp_path: Path, template_db: tuple[Path, dict[str, Any]]
) -> None:
    ids = {
        key: new_id()
        for key in ("cart", "line", "order", "payment", "return", "return_line", "customer")
    }
    with (
        open_world(template_db, tmp_path / "device.db") as device,
        open_world(template_db, tmp_path / "server.db") as server,
    ):
        _journey(device, ids)
        _journey(server, ids)
        assert _rows(device) == _rows(server)
        assert device.stock("KRK", "sock") == 1


def test_a_timeline_event_is_recorded_once(world: World) -> None:
    ref = world.customers["anna"]
    for _ in range(2):
        ctx = world.ctx("cashier")
        timeline.record(ctx, ref, timeline.ORDER_READY, "Ready", "order", ref)
        world.session.commit()
    assert [e.kind for e in world.timeline("anna")] == ["order_ready"]


@pytest.mark.parametrize("amount", ["10.001", "NaN", "1e15", 10.5])
def test_bad_amounts_are_refused_as_arguments(world: World, amount: object) -> None:
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "sale.complete",
            {
                "order_id": new_id(),
                "expected_total": "19.99",
                "lines": [
                    {"line_id": new_id(), "product_id": str(world.products["sock"]), "quantity": 1}
                ],
                "payments": [{"payment_id": new_id(), "method": "cash", "amount": amount}],
            },
        )
    assert refused.value.code == "invalid_arguments"


def test_a_sale_id_cannot_be_used_twice(world: World) -> None:
    args = {
        "order_id": new_id(),
        "expected_total": "19.99",
        "lines": [{"line_id": new_id(), "product_id": str(world.products["sock"]), "quantity": 1}],
        "payments": [{"payment_id": new_id(), "method": "card", "amount": "19.99"}],
    }
    world.do("cashier", "sale.complete", args)
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "sale.complete", args)
    assert refused.value.code == "duplicate_id"
    assert world.stock("WAW", "sock") == 49
