"""Click & collect and shipping: placed in any channel, finished in a store."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from sync import model as m
from sync.rules.errors import RuleViolation

from .conftest import T0, World, new_id


def _place(world: World, who: str | None = None, mode: str = "pay_on_pickup",
           payments: list[dict[str, object]] | None = None, **extra: object) -> dict:
    args: dict[str, object] = {
        "order_id": new_id(), "customer_id": str(world.customers["anna"]),
        "lines": [{"line_id": new_id(), "product_id": str(world.products["shoe"]),
                   "quantity": 1}],
        "fulfilment": "pickup", "pickup_store_id": str(world.stores["WAW"].id),
        "payment_mode": mode, "payments": payments or [], **extra,
    }
    return world.do(who, "order.place", args)


def _online(amount: str) -> dict[str, object]:
    return {"payment_id": new_id(), "method": "online", "amount": amount,
            "reference": "PSP-123"}


def _order(world: World, result: dict) -> m.Order:
    return world.session.get(m.Order, uuid.UUID(result["order_id"]))


def test_web_pickup_order_paid_in_store(world: World) -> None:
    placed = _place(world, expected_total="200.00")
    order = _order(world, placed)
    assert (order.status, order.channel, order.payment_state, order.origin_store_id) == (
        "placed", "web", "unpaid", None)
    assert world.stock("WAW", "shoe") == 10  # nothing leaves before the hand-over
    ready = world.do("cashier", "order.mark_ready", {"order_id": placed["order_id"]},
                     at=T0 + timedelta(hours=2))
    assert order.ready_at == T0 + timedelta(hours=2)
    assert order.expires_at == T0 + timedelta(days=7, hours=2)
    assert ready["expires_at"] == order.expires_at.isoformat()
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "order.hand_over", {"order_id": placed["order_id"]},
                 at=T0 + timedelta(days=1))
    assert refused.value.code == "not_paid"
    handed = world.do("cashier", "order.hand_over", {
        "order_id": placed["order_id"],
        "payments": [{"payment_id": new_id(), "method": "cash", "amount": "250.00"}]},
        at=T0 + timedelta(days=1))
    assert handed["change_due"] == "50.00"
    assert (order.status, order.payment_state, order.closed_at) == (
        "picked_up", "paid", T0 + timedelta(days=1))
    line = world.session.scalars(select(m.OrderLine).where(m.OrderLine.order_id == order.id)
                                 ).one()
    assert line.handed_over_quantity == 1
    assert world.stock("WAW", "shoe") == 9
    assert [(e.kind, e.channel) for e in world.timeline("anna")] == [
        ("order_placed", "web"), ("order_ready", "store"), ("order_picked_up", "store")]


def test_only_the_pickup_store_prepares_and_hands_over(world: World) -> None:
    placed = _place(world)
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier.krk", "order.mark_ready", {"order_id": placed["order_id"]})
    assert refused.value.code == "wrong_store"
    world.do("cashier", "order.mark_ready", {"order_id": placed["order_id"]})
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier.krk", "order.hand_over", {"order_id": placed["order_id"]})
    assert refused.value.code == "wrong_store"


def test_double_hand_over_is_refused(world: World) -> None:
    placed = _place(world, mode="pay_now", payments=[_online("200.00")])
    assert placed["payment_state"] == "paid"
    world.do("cashier", "order.mark_ready", {"order_id": placed["order_id"]})
    world.do("cashier", "order.hand_over", {"order_id": placed["order_id"]})
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "order.hand_over", {"order_id": placed["order_id"]})
    assert refused.value.code == "already_picked_up"
    assert world.stock("WAW", "shoe") == 9


def test_cancel_refunds_and_a_cancelled_order_is_not_handed_over(world: World) -> None:
    placed = _place(world, mode="pay_now", payments=[_online("200.00")])
    world.do("cashier", "order.mark_ready", {"order_id": placed["order_id"]})
    cancelled = world.do("cashier", "order.cancel", {"order_id": placed["order_id"],
                                                     "reason": "Customer changed their mind."},
                         at=T0 + timedelta(hours=1))
    order = _order(world, placed)
    assert cancelled["refunded"] == "200.00"
    assert (order.status, order.payment_state) == ("cancelled", "refunded")
    refunds = world.session.scalars(select(m.Payment).where(m.Payment.kind == "refund")).all()
    assert [(r.method, r.amount, r.reference) for r in refunds] == [
        ("online", Decimal("200.00"), "PSP-123")]
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "order.hand_over", {"order_id": placed["order_id"]})
    assert refused.value.code == "order_cancelled"
    events = world.timeline("anna")
    assert events[-1].kind == "order_cancelled" and "changed their mind" in events[-1].text


def test_web_orders_pay_online_with_a_reference(world: World) -> None:
    for payment, code in [
        ({"payment_id": new_id(), "method": "card", "amount": "200.00"},
         "invalid_payment_method"),
        ({"payment_id": new_id(), "method": "online", "amount": "200.00"}, "missing_reference"),
        (_online("150.00"), "payment_short"),
    ]:
        with pytest.raises(RuleViolation) as refused:
            _place(world, mode="pay_now", payments=[payment])
        assert refused.value.code == code
    with pytest.raises(RuleViolation) as refused:
        _place(world, mode="pay_on_pickup", fulfilment="ship",
               ship_address={"name": "Anna", "street": "Długa 1", "city": "Gdańsk",
                             "postal_code": "80-001", "country": "PL"})
    assert refused.value.code == "invalid_payment_mode"
    assert world.count(m.Order) == 0


def test_ship_order_leaves_the_shipping_store(world: World) -> None:
    placed = _place(world, mode="pay_now", payments=[_online("200.00")], fulfilment="ship",
                    pickup_store_id=None, currency="PLN",
                    ship_address={"name": "Anna", "street": "Długa 1", "city": "Gdańsk",
                                  "postal_code": "80-001", "country": "PL"})
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "order.mark_ready", {"order_id": placed["order_id"]})
    assert refused.value.code == "not_pickup"
    world.do("cashier", "order.ship", {"order_id": placed["order_id"],
                                       "tracking_reference": "TRK1"})
    order = _order(world, placed)
    assert order.status == "shipped" and world.stock("WAW", "shoe") == 9
    assert world.timeline("anna")[-1].kind == "order_shipped"


def test_field_rep_places_an_order_for_pickup(world: World) -> None:
    placed = _place(world, who="rep", pickup_store_id=str(world.stores["KRK"].id))
    order = _order(world, placed)
    assert (order.channel, order.origin_store_id, order.staff_id) == (
        "field", world.stores["KRK"].id, world.staff["rep"].id)
