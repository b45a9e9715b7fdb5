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


def _place(
    world: World,
    who: str | None = None,
    mode: str = "pay_on_pickup",
    payments: list[dict[str, object]] | None = None,
    **extra: object,
) -> dict:
    args: dict[str, object] = {
        "order_id": new_id(),
        "customer_id": str(world.customers["anna"]),
        "lines": [{"line_id": new_id(), "product_id": str(world.products["shoe"]), "quantity": 1}],
        "fulfilment": "pickup",
        "pickup_store_id": str(world.stores["WAW"].id),
        "payment_mode": mode,
        "payments": payments or [],
        **extra,
    }
    return world.do(who, "order.place", args)


def _online(amount: str) -> dict[str, object]:
    return {"payment_id": new_id(), "method": "online", "amount": amount, "reference": "PSP-123"}


def _order(world: World, result: dict) -> m.Order:
    return world.session.get(m.Order, uuid.UUID(result["order_id"]))


def test_web_pickup_order_paid_in_store(world: World) -> None:
    placed = _place(world, expected_total="200.00")
    order = _order(world, placed)
    assert (order.status, order.channel, order.payment_state, order.origin_store_id) == (
        "placed",
        "web",
        "unpaid",
        None,
    )
    assert world.stock("WAW", "shoe") == 10  # nothing leaves before the hand-over
    ready = world.do(
        "cashier", "order.mark_ready", {"order_id": placed["order_id"]}, at=T0 + timedelta(hours=2)
    )
    assert order.ready_at == T0 + timedelta(hours=2)
    assert order.expires_at == T0 + timedelta(days=7, hours=2)
    assert ready["expires_at"] == order.expires_at.isoformat()
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "order.hand_over",
            {"order_id": placed["order_id"]},
            at=T0 + timedelta(days=1),
        )
    assert refused.value.code == "not_paid"
    handed = world.do(
        "cashier",
        "order.hand_over",
        {
            "order_id": placed["order_id"],
            "payments": [{"payment_id": new_id(), "method": "cash", "amount": "250.00"}],
        },
        at=T0 + timedelta(days=1),
    )
    assert handed["change_due"] == "50.00"
    assert (order.status, order.payment_state, order.closed_at) == (
        "picked_up",
        "paid",
        T0 + timedelta(days=1),
    )
    line = world.session.scalars(select(m.OrderLine).where(m.OrderLine.order_id == order.id)).one()
    assert line.handed_over_quantity == 1
    assert world.stock("WAW", "shoe") == 9
    assert [(e.kind, e.channel) for e in world.timeline("anna")] == [
        ("order_placed", "web"),
        ("order_ready", "store"),
        ("order_picked_up", "store"),
    ]


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
    cancelled = world.do(
        "cashier",
        "order.cancel",
        {"order_id": placed["order_id"], "reason": "Customer changed their mind."},
        at=T0 + timedelta(hours=1),
    )
    order = _order(world, placed)
    assert cancelled["refunded"] == "200.00"
    assert (order.status, order.payment_state) == ("cancelled", "refunded")
    refunds = world.session.scalars(select(m.Payment).where(m.Payment.kind == "refund")).all()
    assert [(r.method, r.amount, r.reference) for r in refunds] == [
        ("online", Decimal("200.00"), "PSP-123")
    ]
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "order.hand_over", {"order_id": placed["order_id"]})
    assert refused.value.code == "order_cancelled"
    events = world.timeline("anna")
    assert events[-1].kind == "order_cancelled" and "changed their mind" in events[-1].text


def test_web_orders_pay_online_with_a_reference(world: World) -> None:
    for payment, code in [
        ({"payment_id": new_id(), "method": "card", "amount": "200.00"}, "invalid_payment_method"),
        ({"payment_id": new_id(), "method": "online", "amount": "200.00"}, "missing_reference"),
        (_online("150.00"), "payment_short"),
    ]:
        with pytest.raises(RuleViolation) as refused:
            _place(world, mode="pay_now", payments=[payment])
        assert refused.value.code == code
    with pytest.raises(RuleViolation) as refused:
        _place(
            world,
            mode="pay_on_pickup",
            fulfilment="ship",
            ship_address={
                "name": "Anna",
                "street": "Długa 1",
                "city": "Gdańsk",
                "postal_code": "80-001",
                "country": "PL",
            },
        )
    assert refused.value.code == "invalid_payment_mode"
    assert world.count(m.Order) == 0


def test_ship_order_leaves_the_shipping_store(world: World) -> None:
    placed = _place(
        world,
        mode="pay_now",
        payments=[_online("200.00")],
        fulfilment="ship",
        pickup_store_id=None,
        currency="PLN",
        ship_address={
            "name": "Anna",
            "street": "Długa 1",
            "city": "Gdańsk",
            "postal_code": "80-001",
            "country": "PL",
        },
    )
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "order.mark_ready", {"order_id": placed["order_id"]})
    assert refused.value.code == "not_pickup"
    world.do(
        "cashier", "order.ship", {"order_id": placed["order_id"], "tracking_reference": "TRK1"}
    )
    order = _order(world, placed)
    assert order.status == "shipped" and world.stock("WAW", "shoe") == 9
    assert world.timeline("anna")[-1].kind == "order_shipped"


def test_field_rep_places_an_order_for_pickup(world: World) -> None:
    placed = _place(world, who="rep", pickup_store_id=str(world.stores["KRK"].id))
    order = _order(world, placed)
    assert (order.channel, order.origin_store_id, order.staff_id) == (
        "field",
        world.stores["KRK"].id,
        world.staff["rep"].id,
    )


# --- partial pickup ------------------------------------------------------------------


def _place_two_lines(world: World, mode: str = "pay_now") -> tuple[str, str, str]:
    """Anna orders 2 shoes (400.00) and 3 socks (3 for 2: 39.98) for pickup in Warsaw,
    ready for pickup: (order id, shoe line id, sock line id)."""
    shoes, socks = new_id(), new_id()
    placed = _place(
        world,
        mode=mode,
        payments=[_online("439.98")] if mode == "pay_now" else None,
        lines=[
            {"line_id": shoes, "product_id": str(world.products["shoe"]), "quantity": 2},
            {"line_id": socks, "product_id": str(world.products["sock"]), "quantity": 3},
        ],
        expected_total="439.98",
    )
    world.do("cashier", "order.mark_ready", {"order_id": placed["order_id"]})
    return placed["order_id"], shoes, socks


def _hand_over(
    world: World,
    order_id: str,
    lines: list[tuple[str, int]] | None = None,
    rest: str | None = None,
    payments: list[dict[str, object]] | None = None,
    hours: float = 1,
) -> dict:
    args: dict[str, object] = {"order_id": order_id, "payments": payments or []}
    if lines is not None:
        args["lines"] = [{"line_id": line_id, "quantity": quantity} for line_id, quantity in lines]
    if rest is not None:
        args["rest"] = rest
    return world.do("cashier", "order.hand_over", args, at=T0 + timedelta(hours=hours))


def _handed(world: World, order_id: str) -> dict[str, int]:
    lines = world.session.scalars(
        select(m.OrderLine).where(m.OrderLine.order_id == uuid.UUID(order_id))
    ).all()
    return {line.sku: line.handed_over_quantity for line in lines}


def _money(world: World, kind: str) -> list[tuple[str, Decimal]]:
    rows = world.session.scalars(
        select(m.Payment)
        .where(m.Payment.kind == kind)
        .order_by(m.Payment.created_at, m.Payment.method)
    ).all()
    return [(row.method, row.amount) for row in rows]


def test_handing_over_more_than_is_waiting_is_refused(world: World) -> None:
    order_id, shoes, socks = _place_two_lines(world)
    with pytest.raises(RuleViolation) as refused:
        _hand_over(world, order_id, [(shoes, 3)])
    assert refused.value.code == "over_hand_over"
    assert refused.value.message == (
        "Only 2 units of Trail shoe (SHOE) were ordered, so 3 cannot be handed over."
    )
    _hand_over(world, order_id, [(shoes, 1)])
    with pytest.raises(RuleViolation) as refused:
        _hand_over(world, order_id, [(shoes, 2), (socks, 1)], rest="cancel")
    assert refused.value.code == "over_hand_over"
    assert "Only 1 of 2 units of Trail shoe (SHOE) is still to hand over" in (refused.value.message)
    with pytest.raises(RuleViolation) as refused:
        _hand_over(world, order_id, [(new_id(), 1)])
    assert refused.value.code == "not_found"
    with pytest.raises(RuleViolation) as refused:
        _hand_over(world, order_id, [])
    assert refused.value.code == "nothing_to_hand_over"
    # the refusals changed nothing
    assert _handed(world, order_id) == {"SHOE": 1, "SOCK": 0}
    assert (world.stock("WAW", "shoe"), world.stock("WAW", "sock")) == (9, 50)
    assert _order(world, {"order_id": order_id}).status == "ready_for_pickup"
    assert _money(world, "refund") == []


def test_partial_pickup_keeps_the_rest_until_it_is_collected(world: World) -> None:
    order_id, shoes, socks = _place_two_lines(world)
    first = _hand_over(world, order_id, [(shoes, 1), (socks, 2)])
    order = _order(world, {"order_id": order_id})
    assert (first["status"], first["payment_state"], first["still_waiting"]) == (
        "ready_for_pickup",
        "paid",
        2,
    )
    assert (first["collected"], first["refunded"]) == ("0.00", "0.00")
    assert order.closed_at is None
    assert _handed(world, order_id) == {"SHOE": 1, "SOCK": 2}
    assert (world.stock("WAW", "shoe"), world.stock("WAW", "sock")) == (9, 48)
    # not closed yet: nothing to return, nothing to cancel
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "return.submit",
            {
                "return_id": new_id(),
                "order_id": order_id,
                "reason": "Too small",
                "lines": [
                    {
                        "return_line_id": new_id(),
                        "order_line_id": shoes,
                        "quantity": 1,
                        "condition": "sellable",
                    }
                ],
            },
        )
    assert refused.value.code == "not_returnable"
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "order.cancel", {"order_id": order_id, "reason": "No."})
    assert refused.value.code == "partly_handed_over"

    last = _hand_over(world, order_id, hours=5)  # everything still waiting
    assert (last["status"], last["payment_state"], last["still_waiting"]) == (
        "picked_up",
        "paid",
        0,
    )
    assert order.closed_at == T0 + timedelta(hours=5)
    assert _handed(world, order_id) == {"SHOE": 2, "SOCK": 3}
    assert (world.stock("WAW", "shoe"), world.stock("WAW", "sock")) == (8, 47)
    assert _money(world, "refund") == []
    picked = [
        e for e in world.timeline("anna") if e.kind in ("order_partly_picked_up", "order_picked_up")
    ]
    assert [e.kind for e in picked] == ["order_partly_picked_up", "order_picked_up"]
    assert [e.text for e in picked] == [
        f"Order {order.number} partly picked up at Omnidesk WAW: 3 items, 2 items still waiting.",
        f"Order {order.number} picked up at Omnidesk WAW: the remaining 2 items.",
    ]
    with pytest.raises(RuleViolation) as refused:
        _hand_over(world, order_id, hours=6)
    assert refused.value.code == "already_picked_up"


def test_cancelling_the_rest_refunds_it_against_the_original_payment(world: World) -> None:
    order_id, shoes, socks = _place_two_lines(world)
    with pytest.raises(RuleViolation) as refused:  # prepaid: nothing to collect
        _hand_over(
            world,
            order_id,
            [(shoes, 1)],
            rest="cancel",
            payments=[{"payment_id": new_id(), "method": "cash", "amount": "10.00"}],
        )
    assert refused.value.code == "already_paid"
    result = _hand_over(world, order_id, [(shoes, 1), (socks, 1)], rest="cancel")
    order = _order(world, {"order_id": order_id})
    # 439.98 paid; 200.00 + 13.33 (a third of 39.98) handed over; the rest goes back
    assert result["refunded"] == "226.65"
    assert (order.status, order.payment_state) == ("picked_up", "partially_refunded")
    refunds = world.session.scalars(select(m.Payment).where(m.Payment.kind == "refund")).all()
    assert [(r.method, r.amount, r.reference) for r in refunds] == [
        ("online", Decimal("226.65"), "PSP-123")
    ]
    assert (world.stock("WAW", "shoe"), world.stock("WAW", "sock")) == (9, 49)
    assert world.timeline("anna")[-1].text == (
        f"Order {order.number} partly picked up at Omnidesk WAW: 2 items; the other "
        "3 items cancelled, refunded 226.65 PLN."
    )
    # only what left can come back
    ret = {
        "return_id": new_id(),
        "order_id": order_id,
        "reason": "Too small",
        "lines": [
            {
                "return_line_id": new_id(),
                "order_line_id": socks,
                "quantity": 2,
                "condition": "sellable",
            }
        ],
    }
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "return.submit", ret, at=T0 + timedelta(days=1))
    assert refused.value.code == "over_return"
    ret["lines"][0]["quantity"] = 1  # type: ignore[index]
    returned = world.do("cashier", "return.submit", ret, at=T0 + timedelta(days=1))
    assert returned["refund_total"] == "13.33"
    paid = sum((amount for _, amount in _money(world, "payment")), Decimal(0))
    back = sum((amount for _, amount in _money(world, "refund")), Decimal(0))
    assert paid - back == Decimal("200.00")  # the one shoe the customer kept


def test_pay_on_pickup_collects_the_value_of_the_goods_handed_over(world: World) -> None:
    order_id, shoes, socks = _place_two_lines(world, mode="pay_on_pickup")
    with pytest.raises(RuleViolation) as refused:
        _hand_over(world, order_id, [(socks, 1)])
    assert refused.value.code == "not_paid"
    assert refused.value.message == (
        "Collect the 13.33 still due (total 13.33) before handing these goods over."
    )
    first = _hand_over(
        world,
        order_id,
        [(socks, 1)],
        payments=[{"payment_id": new_id(), "method": "cash", "amount": "20.00"}],
    )
    assert (first["collected"], first["change_due"], first["payment_state"]) == (
        "13.33",
        "6.67",
        "partially_paid",
    )
    with pytest.raises(RuleViolation) as refused:
        _hand_over(
            world,
            order_id,
            [(socks, 1)],
            payments=[{"payment_id": new_id(), "method": "card", "amount": "13.33"}],
        )
    assert refused.value.code == "overpaid"  # two socks are worth 26.65: 13.32 is due
    second = _hand_over(
        world,
        order_id,
        [(socks, 1)],
        payments=[{"payment_id": new_id(), "method": "card", "amount": "13.32"}],
        hours=2,
    )
    assert second["collected"] == "13.32"
    third = _hand_over(
        world,
        order_id,
        [(socks, 1), (shoes, 1)],
        rest="cancel",
        payments=[{"payment_id": new_id(), "method": "card", "amount": "213.33"}],
        hours=3,
    )
    order = _order(world, {"order_id": order_id})
    assert (third["status"], third["payment_state"], third["refunded"]) == (
        "picked_up",
        "paid",
        "0.00",
    )  # the cancelled shoe was never paid for
    assert _money(world, "payment") == [
        ("cash", Decimal("13.33")),
        ("card", Decimal("13.32")),
        ("card", Decimal("213.33")),
    ]
    assert _money(world, "refund") == []
    assert (order.total, world.stock("WAW", "shoe"), world.stock("WAW", "sock")) == (
        Decimal("439.98"),
        9,
        47,
    )


def test_a_partly_picked_up_order_expires_for_the_rest_only(world: World) -> None:
    from sync.commands import CommandContext
    from sync.commands.orders import expire

    order_id, shoes, _ = _place_two_lines(world)
    _hand_over(world, order_id, [(shoes, 2)])
    order = _order(world, {"order_id": order_id})
    later = order.expires_at + timedelta(minutes=1)
    assert expire(
        CommandContext(world.session, "store", later, store=world.stores["WAW"]), order.id
    )
    world.session.commit()
    assert (order.status, order.payment_state) == ("picked_up", "partially_refunded")
    assert _money(world, "refund") == [("online", Decimal("39.98"))]
    assert world.timeline("anna")[-1].kind == "order_expired"
    assert "3 items" in world.timeline("anna")[-1].text
