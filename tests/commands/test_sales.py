"""A take-away sale at a till: one price, paid in full, goods leave the store."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from sync import model as m
from sync.commands.pricing_source import quote
from sync.rules.errors import RuleViolation

from .conftest import T0, World, new_id


def _sale(
    world: World,
    lines: list[tuple[str, int]],
    payments: list[tuple[str, str]],
    expected: str,
    who: str = "cashier",
    customer: str | None = None,
    **extra: object,
) -> dict[str, object]:
    args: dict[str, object] = {
        "order_id": new_id(),
        "lines": [
            {"line_id": new_id(), "product_id": str(world.products[p]), "quantity": q}
            for p, q in lines
        ],
        "payments": [
            {"payment_id": new_id(), "method": method, "amount": amount}
            for method, amount in payments
        ],
        "expected_total": expected,
        **extra,
    }
    if customer:
        args["customer_id"] = str(world.customers[customer])
    return world.do(who, "sale.complete", args)


def test_sale_total_is_the_quote_total(world: World) -> None:
    lines = [("shoe", 1), ("sock", 4)]
    breakdown = quote(
        world.session, "PLN", "PL", "retail", [(world.products[p], q) for p, q in lines], T0
    )
    total = f"{breakdown.total:.2f}"
    result = _sale(world, lines, [("card", total)], total)
    order = world.session.get(m.Order, uuid.UUID(str(result["order_id"])))
    assert result["total"] == total and order.total == breakdown.total
    assert (order.status, order.fulfilment, order.channel, order.payment_state) == (
        "completed",
        "take_away",
        "store",
        "paid",
    )
    assert order.origin_store_id == world.stores["WAW"].id and order.closed_at == T0
    assert str(result["order_number"]).startswith("O-")
    sold = world.session.scalars(
        select(m.OrderLine).where(m.OrderLine.order_id == order.id).order_by(m.OrderLine.position)
    ).all()
    assert [(line.sku, line.quantity, line.total, line.promotion_code) for line in sold] == [
        (x.sku, x.quantity, x.total, x.promotion_code) for x in breakdown.lines
    ]
    assert sum((line.tax for line in sold), Decimal(0)) == order.tax_total


def test_vip_customer_pays_the_vip_price(world: World) -> None:
    result = _sale(world, [("shoe", 1)], [("card", "170.00")], "170.00", customer="vip")
    assert result["total"] == "170.00"
    with pytest.raises(RuleViolation) as refused:
        _sale(world, [("shoe", 1)], [("card", "170.00")], "170.00", customer="anna")
    assert refused.value.code == "price_mismatch"
    assert "200.00" in refused.value.message and "170.00" in refused.value.message


def test_short_payment_is_refused_and_changes_nothing(world: World) -> None:
    with pytest.raises(RuleViolation) as refused:
        _sale(
            world, [("shoe", 2)], [("card", "300.00"), ("cash", "50.00")], "400.00", customer="anna"
        )
    assert refused.value.code == "payment_short"
    assert world.count(m.Order) == 0 and world.count(m.Payment) == 0
    assert world.stock("WAW", "shoe") == 10
    assert world.timeline("anna") == []


def test_cash_change_is_due_and_not_revenue(world: World) -> None:
    result = _sale(world, [("sock", 1)], [("cash", "50.00")], "19.99")
    assert result["change_due"] == "30.01"
    payments = world.session.scalars(select(m.Payment)).all()
    assert [(p.kind, p.method, p.amount) for p in payments] == [
        ("payment", "cash", Decimal("19.99"))
    ]
    with pytest.raises(RuleViolation) as refused:
        _sale(world, [("sock", 1)], [("card", "50.00")], "19.99")
    assert refused.value.code == "overpaid"


def test_stock_decreases_and_may_go_negative(world: World) -> None:
    _sale(world, [("shoe", 3), ("sock", 2)], [("card", "639.98")], "639.98")
    assert world.stock("WAW", "shoe") == 7 and world.stock("WAW", "sock") == 48
    _sale(world, [("shoe", 5)], [("card", "1000.00")], "1000.00", who="cashier.krk")
    assert world.stock("KRK", "shoe") == -1


def test_sale_from_a_cart_checks_it_out(world: World) -> None:
    cart_id = new_id()
    world.do(
        None,
        "cart.open",
        {"cart_id": cart_id, "currency": "PLN", "customer_id": str(world.customers["vip"])},
    )
    world.do(
        None,
        "cart.add_item",
        {
            "cart_id": cart_id,
            "line_id": new_id(),
            "product_id": str(world.products["shoe"]),
            "quantity": 1,
        },
    )
    result = world.do(
        "cashier",
        "sale.complete",
        {
            "order_id": new_id(),
            "cart_id": cart_id,
            "expected_total": "170.00",
            "payments": [{"payment_id": new_id(), "method": "card", "amount": "170.00"}],
        },
    )
    order = world.session.get(m.Order, uuid.UUID(str(result["order_id"])))
    assert order.customer_id == world.customers["vip"] and order.cart_id == uuid.UUID(cart_id)
    assert world.session.get(m.Cart, uuid.UUID(cart_id)).status == "checked_out"
    assert [(e.kind, e.channel) for e in world.timeline("vip")] == [("sale_completed", "store")]
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "cart.add_item",
            {
                "cart_id": cart_id,
                "line_id": new_id(),
                "product_id": str(world.products["sock"]),
                "quantity": 1,
            },
        )
    assert refused.value.code == "cart_closed"


def test_an_italian_till_sells_in_euro(world: World) -> None:
    result = _sale(
        world, [("shoe", 2)], [("cash", "100.00")], "100.00", who="cashier.mil", customer="giulia"
    )
    assert (result["currency"], result["total"], result["change_due"]) == ("EUR", "100.00", "0.00")


def test_advisors_do_not_sell_and_floats_are_refused(world: World) -> None:
    with pytest.raises(RuleViolation) as refused:
        _sale(world, [("sock", 1)], [("card", "19.99")], "19.99", who="advisor")
    assert refused.value.code == "forbidden_role"
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "sale.complete",
            {
                "order_id": new_id(),
                "expected_total": 19.99,
                "lines": [
                    {"line_id": new_id(), "product_id": str(world.products["sock"]), "quantity": 1}
                ],
                "payments": [{"payment_id": new_id(), "method": "card", "amount": "19.99"}],
            },
        )
    assert refused.value.code == "invalid_arguments"
