"""Returns in any store or by post: quantities, window, refunds and restock."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from sync import model as m
from sync.rules.errors import RuleViolation

from .conftest import T0, World, new_id


def _sell_socks(world: World, payments: list[tuple[str, str]] | None = None) -> dict:
    """Anna buys 3 socks (3 for 2: 39.98 PLN) at the Warsaw till; the order line id."""
    line_id = new_id()
    result = world.do(
        "cashier",
        "sale.complete",
        {
            "order_id": new_id(),
            "customer_id": str(world.customers["anna"]),
            "lines": [
                {"line_id": line_id, "product_id": str(world.products["sock"]), "quantity": 3}
            ],
            "payments": [
                {"payment_id": new_id(), "method": method, "amount": amount}
                for method, amount in payments or [("card", "39.98")]
            ],
            "expected_total": "39.98",
        },
    )
    return {**result, "line_id": line_id}


def _return(
    world: World,
    sale: dict,
    quantities: list[tuple[int, str]],
    who: str | None = "cashier",
    days: float = 1,
    **extra: object,
) -> dict:
    return world.do(
        who,
        "return.submit",
        {
            "return_id": new_id(),
            "order_id": sale["order_id"],
            "reason": "Too small",
            "lines": [
                {
                    "return_line_id": new_id(),
                    "order_line_id": sale["line_id"],
                    "quantity": quantity,
                    "condition": condition,
                }
                for quantity, condition in quantities
            ],
            **extra,
        },
        at=T0 + timedelta(days=days),
    )


def _refunds(world: World) -> list[tuple[str, Decimal]]:
    rows = world.session.scalars(
        select(m.Payment).where(m.Payment.kind == "refund").order_by(m.Payment.created_at)
    ).all()
    return [(row.method, row.amount) for row in rows]


def test_partial_refunds_add_up_to_the_line_total(world: World) -> None:
    sale = _sell_socks(world)
    results = [_return(world, sale, [(1, "sellable")], days=day) for day in (1, 2, 3)]
    assert [r["refund_total"] for r in results] == ["13.33", "13.32", "13.33"]
    assert sum((amount for _, amount in _refunds(world)), Decimal(0)) == Decimal("39.98")
    order = world.session.get(m.Order, uuid.UUID(sale["order_id"]))
    assert order.payment_state == "refunded"
    assert results[0]["refunds"] == [{"method": "card", "amount": "13.33"}]
    assert str(results[0]["return_number"]).startswith("R-")


def test_over_return_is_refused(world: World) -> None:
    sale = _sell_socks(world)
    _return(world, sale, [(2, "sellable")])
    with pytest.raises(RuleViolation) as refused:
        _return(world, sale, [(2, "sellable")])
    assert refused.value.code == "over_return"
    with pytest.raises(RuleViolation) as refused:
        _return(world, sale, [(1, "sellable"), (1, "damaged")])
    assert refused.value.code == "over_return"
    assert world.count(m.Return) == 1


def test_only_sellable_goods_go_back_to_stock(world: World) -> None:
    sale = _sell_socks(world)
    assert world.stock("WAW", "sock") == 47
    _return(world, sale, [(1, "sellable"), (1, "damaged")])
    assert world.stock("WAW", "sock") == 48
    lines = world.session.scalars(select(m.ReturnLine)).all()
    assert sorted(line.condition for line in lines) == ["damaged", "sellable"]


def test_return_in_another_store_restocks_there(world: World) -> None:
    sale = _sell_socks(world)
    _return(world, sale, [(1, "sellable")], who="cashier.krk")
    assert world.stock("KRK", "sock") == 1 and world.stock("WAW", "sock") == 47


def test_late_return_needs_a_manager(world: World) -> None:
    sale = _sell_socks(world)
    with pytest.raises(RuleViolation) as refused:
        _return(world, sale, [(1, "sellable")], days=20)
    assert refused.value.code == "return_window_expired"
    with pytest.raises(RuleViolation) as refused:
        _return(world, sale, [(1, "sellable")], days=20, manager_override=True)
    assert refused.value.code == "override_needs_manager"
    result = _return(world, sale, [(1, "sellable")], who="manager", days=20, manager_override=True)
    ret = world.session.get(m.Return, uuid.UUID(result["return_id"]))
    assert ret.override_by == world.staff["manager"].id
    assert world.count(m.Return) == 1


def test_return_by_post_has_30_days_and_no_restock(world: World) -> None:
    sale = _sell_socks(world)
    result = _return(world, sale, [(3, "sellable")], who=None, days=20)
    assert result["refund_total"] == "39.98"
    assert world.stock("WAW", "sock") == 47
    ret = world.session.get(m.Return, uuid.UUID(result["return_id"]))
    assert (ret.store_id, ret.channel) == (None, "web")
    with pytest.raises(RuleViolation) as refused:
        _return(world, _sell_socks(world), [(1, "sellable")], who=None, days=31)
    assert refused.value.code == "return_window_expired"


def test_refund_goes_back_the_way_it_was_paid(world: World) -> None:
    sale = _sell_socks(world, [("card", "20.00"), ("cash", "19.98")])
    _return(world, sale, [(3, "damaged")])
    assert _refunds(world) == [("card", Decimal("20.00")), ("cash", Decimal("19.98"))]
    sale = _sell_socks(world)
    _return(world, sale, [(1, "sellable")], refund_method="store_credit")
    assert _refunds(world)[-1] == ("store_credit", Decimal("13.33"))


def test_goods_not_yet_received_cannot_be_returned(world: World) -> None:
    line_id = new_id()
    placed = world.do(
        None,
        "order.place",
        {
            "order_id": new_id(),
            "customer_id": str(world.customers["anna"]),
            "lines": [
                {"line_id": line_id, "product_id": str(world.products["sock"]), "quantity": 1}
            ],
            "fulfilment": "pickup",
            "pickup_store_id": str(world.stores["WAW"].id),
            "payment_mode": "pay_on_pickup",
        },
    )
    with pytest.raises(RuleViolation) as refused:
        _return(world, {**placed, "line_id": line_id}, [(1, "sellable")])
    assert refused.value.code == "not_returnable"


def test_return_is_on_the_timeline(world: World) -> None:
    sale = _sell_socks(world)
    _return(world, sale, [(1, "sellable")])
    assert [(e.kind, e.channel, e.ref_type) for e in world.timeline("anna")] == [
        ("sale_completed", "store", "order"),
        ("return", "store", "return"),
    ]
