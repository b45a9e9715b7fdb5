"""Changing a pickup order at its store before the hand-over: lines, prices and money."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sync import model as m
from sync.commands.pricing_source import quote
from sync.rules.errors import RuleViolation
from sync.rules.order_changes import settle

from .conftest import T0, World, new_id, open_world
from .test_replay import _rows

LATER = T0 + timedelta(days=1)


def _place(
    world: World,
    items: dict[str, int],
    mode: str = "pay_now",
    store: str = "WAW",
    customer: str = "anna",
) -> str:
    s = world.stores[store]
    total = quote(
        world.session,
        s.currency,
        s.country,
        "retail",
        [(world.products[p], q) for p, q in items.items()],
        T0,
    ).total
    payments = (
        [
            {
                "payment_id": new_id(),
                "method": "online",
                "amount": f"{total:.2f}",
                "reference": "PSP-7",
            }
        ]
        if mode == "pay_now"
        else []
    )
    placed = world.do(
        None,
        "order.place",
        {
            "order_id": new_id(),
            "customer_id": str(world.customers[customer]),
            "lines": [
                {"line_id": new_id(), "product_id": str(world.products[p]), "quantity": q}
                for p, q in items.items()
            ],
            "fulfilment": "pickup",
            "pickup_store_id": str(s.id),
            "payment_mode": mode,
            "payments": payments,
        },
    )
    return placed["order_id"]


def _lines(world: World, order_id: str) -> dict[str, m.OrderLine]:
    world.session.expire_all()
    rows = world.session.scalars(
        select(m.OrderLine)
        .where(m.OrderLine.order_id == uuid.UUID(order_id))
        .order_by(m.OrderLine.position)
    )
    return {row.sku.lower(): row for row in rows}


def _order(world: World, order_id: str) -> m.Order:
    return world.session.get(m.Order, uuid.UUID(order_id))


def _payments(world: World, order_id: str) -> list[tuple[str, str, Decimal]]:
    rows = world.session.scalars(
        select(m.Payment)
        .where(m.Payment.order_id == uuid.UUID(order_id))
        .order_by(m.Payment.created_at, m.Payment.kind)
    )
    return [(p.kind, p.method, p.amount) for p in rows]


def _change(
    world: World, order_id: str, who: str = "cashier", at: Any = LATER, **args: Any
) -> dict[str, Any]:
    return world.do(
        who, "order.change", {"order_id": order_id, "change_id": new_id(), **args}, at=at
    )


def _refused(world: World, order_id: str, **args: Any) -> RuleViolation:
    who = args.pop("who", "cashier")
    with pytest.raises(RuleViolation) as refused:
        _change(world, order_id, who=who, **args)
    return refused.value


def test_a_new_line_is_priced_like_a_sale_at_this_store(world: World) -> None:
    order_id = _place(world, {"shoe": 1}, mode="pay_on_pickup", customer="vip")
    # The VIP list and the sock bundle apply now, exactly as in a sale at the till.
    sale = world.do(
        "cashier",
        "sale.complete",
        {
            "order_id": new_id(),
            "customer_id": str(world.customers["vip"]),
            "lines": [
                {"line_id": new_id(), "product_id": str(world.products["sock"]), "quantity": 3}
            ],
            "payments": [{"payment_id": new_id(), "method": "card", "amount": "39.98"}],
            "expected_total": "39.98",
        },
        at=LATER,
    )
    sold = world.session.scalars(
        select(m.OrderLine).where(m.OrderLine.order_id == uuid.UUID(sale["order_id"]))
    ).one()
    new_line = new_id()
    result = _change(
        world,
        order_id,
        add=[{"line_id": new_line, "quantity": 3, "product_id": str(world.products["sock"])}],
    )
    sock = _lines(world, order_id)["sock"]
    assert str(sock.id) == new_line
    assert (
        sock.quantity,
        sock.unit_list_price,
        sock.discount,
        sock.promotion_code,
        sock.tax,
        sock.total,
    ) == (
        sold.quantity,
        sold.unit_list_price,
        sold.discount,
        sold.promotion_code,
        sold.tax,
        sold.total,
    )
    order = _order(world, order_id)
    assert order.total == Decimal("170.00") + sold.total
    assert order.list_total == Decimal("170.00") + Decimal("59.97")
    assert order.discount_total == sold.discount
    assert result == {
        "order_id": order_id,
        "order_number": order.number,
        "status": "placed",
        "payment_state": "unpaid",
        "currency": "PLN",
        "total": "209.98",
        "refunded": "0.00",
        "due": "209.98",
        "change_due": "0.00",
    }
    events = [e for e in world.timeline("vip") if e.kind == "order_changed"]
    assert [e.text for e in events] == [
        f"Order {order.number} changed at Omnidesk WAW: added 3 × Wool sock (SOCK). "
        "New total 209.98 PLN. 209.98 PLN due at pickup."
    ]


def test_adding_a_product_already_ordered_grows_its_line_repriced(world: World) -> None:
    order_id = _place(world, {"sock": 2}, mode="pay_on_pickup")
    _change(
        world,
        order_id,
        add=[{"line_id": new_id(), "quantity": 1, "product_id": str(world.products["sock"])}],
    )
    lines = _lines(world, order_id)
    assert list(lines) == ["sock"]
    assert (lines["sock"].quantity, lines["sock"].total) == (3, Decimal("39.98"))  # 3 for 2


def test_unchanged_lines_keep_their_price_and_a_reduced_line_is_repriced(world: World) -> None:
    order_id = _place(world, {"shoe": 2, "sock": 3}, mode="pay_on_pickup")
    # The shoe's price goes up after the order was placed.
    world.session.add(
        m.Price(
            price_list_id=world.price_lists["PL"],
            product_id=world.products["shoe"],
            amount=Decimal("250.00"),
            valid_from=T0 + timedelta(hours=1),
        )
    )
    world.session.commit()
    socks = _lines(world, order_id)["sock"]
    _change(world, order_id, set_quantities=[{"line_id": str(socks.id), "quantity": 2}])
    lines = _lines(world, order_id)
    assert (lines["shoe"].quantity, lines["shoe"].total) == (2, Decimal("400.00"))
    assert (lines["sock"].quantity, lines["sock"].total, lines["sock"].promotion_code) == (
        2,
        Decimal("39.98"),
        None,
    )  # two socks: no bundle any more
    assert _order(world, order_id).total == Decimal("439.98")


def test_fewer_units_of_a_product_no_longer_sold_keep_the_price_agreed(world: World) -> None:
    order_id = _place(world, {"shoe": 3, "sock": 1})
    world.session.get(m.Product, world.products["shoe"]).active = False
    world.session.commit()
    shoe = _lines(world, order_id)["shoe"]
    more = _refused(world, order_id, set_quantities=[{"line_id": str(shoe.id), "quantity": 4}])
    assert (more.code, more.message) == (
        "product_unavailable",
        "Trail shoe (SHOE) is no longer sold.",
    )
    result = _change(
        world, order_id, reason="missing", set_quantities=[{"line_id": str(shoe.id), "quantity": 2}]
    )
    shoe = _lines(world, order_id)["shoe"]
    assert (shoe.quantity, shoe.unit_list_price, shoe.total, shoe.tax) == (
        2,
        Decimal("200.00"),
        Decimal("400.00"),
        Decimal("74.80"),
    )
    assert (result["total"], result["refunded"]) == ("419.99", "200.00")


def test_a_removed_line_is_deleted_and_totals_follow(world: World) -> None:
    order_id = _place(world, {"shoe": 1, "sock": 3}, mode="pay_on_pickup")
    socks = _lines(world, order_id)["sock"]
    result = _change(world, order_id, set_quantities=[{"line_id": str(socks.id), "quantity": 0}])
    assert list(_lines(world, order_id)) == ["shoe"]
    assert world.session.get(m.OrderLine, socks.id) is None
    order = _order(world, order_id)
    assert (order.list_total, order.discount_total, order.tax_total, order.total) == (
        Decimal("200.00"),
        Decimal("0.00"),
        Decimal("37.40"),
        Decimal("200.00"),
    )
    assert (result["total"], result["due"]) == ("200.00", "200.00")


def test_missing_units_of_a_prepaid_order_are_refunded_to_the_original_payment(
    world: World,
) -> None:
    order_id = _place(world, {"shoe": 2, "sock": 3})
    world.do("cashier", "order.mark_ready", {"order_id": order_id})
    shoe = _lines(world, order_id)["shoe"]
    result = _change(
        world, order_id, reason="missing", set_quantities=[{"line_id": str(shoe.id), "quantity": 1}]
    )
    assert result["refunded"] == "200.00"
    assert (result["status"], result["payment_state"], result["due"]) == (
        "ready_for_pickup",
        "partially_refunded",
        "0.00",
    )
    assert _payments(world, order_id) == [
        ("payment", "online", Decimal("439.98")),
        ("refund", "online", Decimal("200.00")),
    ]
    order = _order(world, order_id)
    event = next(e for e in world.timeline("anna") if e.kind == "order_changed")
    assert event.text == (
        f"Order {order.number}: items were missing when Omnidesk WAW prepared it: "
        "Trail shoe (SHOE) 2 → 1. New total 239.98 PLN. Refunded 200.00 to online (PLN)."
    )
    # The rest is handed over as paid, and the goods and money add up.
    handed = world.do("cashier", "order.hand_over", {"order_id": order_id}, at=LATER)
    assert (handed["status"], handed["collected"], handed["refunded"]) == (
        "picked_up",
        "0.00",
        "0.00",
    )


def test_a_missing_unit_never_costs_the_customer_more_a_unit(world: World) -> None:
    # Three socks sold 3-for-2 (39.98); one is missing. Asked by the customer, two socks
    # would be priced now without the bundle (39.98); missing, the two keep the bundle's
    # price pro rata: the store's shortfall is not the customer's cost.
    order_id = _place(world, {"sock": 3})
    socks = _lines(world, order_id)["sock"]
    result = _change(
        world,
        order_id,
        reason="missing",
        set_quantities=[{"line_id": str(socks.id), "quantity": 2}],
    )
    socks = _lines(world, order_id)["sock"]
    assert (socks.quantity, socks.total) == (2, Decimal("26.65"))
    assert (result["total"], result["refunded"]) == ("26.65", "13.33")


def test_missing_cannot_add_or_change_payment(world: World) -> None:
    order_id = _place(world, {"shoe": 2})
    shoe = _lines(world, order_id)["shoe"]
    added = _refused(
        world,
        order_id,
        reason="missing",
        add=[{"line_id": new_id(), "product_id": str(world.products["sock"]), "quantity": 1}],
    )
    assert added.code == "missing_only_reduces"
    assert "only reduce" in added.message
    more = _refused(
        world, order_id, reason="missing", set_quantities=[{"line_id": str(shoe.id), "quantity": 3}]
    )
    assert more.code == "missing_only_reduces"
    mode = _refused(
        world,
        order_id,
        reason="missing",
        payment_mode="pay_on_pickup",
        set_quantities=[{"line_id": str(shoe.id), "quantity": 1}],
    )
    assert mode.code == "missing_only_reduces"


def test_switching_to_pay_on_pickup_refunds_only_what_is_held_above_the_new_total(
    world: World,
) -> None:
    """Pay now -> pay on pickup: the order keeps what was paid up to its new total (the
    customer would pay it again at pickup anyway); only the excess goes back, and what
    the new total is above that is due at the hand-over."""
    order_id = _place(world, {"shoe": 2})  # 400.00 paid online
    shoe = _lines(world, order_id)["shoe"]
    fewer = _change(
        world,
        order_id,
        payment_mode="pay_on_pickup",
        set_quantities=[{"line_id": str(shoe.id), "quantity": 1}],
    )
    assert (fewer["refunded"], fewer["due"], fewer["total"]) == ("200.00", "0.00", "200.00")
    more = _change(
        world,
        order_id,
        add=[{"line_id": new_id(), "quantity": 3, "product_id": str(world.products["sock"])}],
    )
    assert (more["refunded"], more["due"], more["total"]) == ("0.00", "39.98", "239.98")
    order = _order(world, order_id)
    assert order.payment_mode == "pay_on_pickup"
    world.do("cashier", "order.mark_ready", {"order_id": order_id}, at=LATER)
    handed = world.do(
        "cashier",
        "order.hand_over",
        {
            "order_id": order_id,
            "payments": [{"payment_id": new_id(), "method": "cash", "amount": "50.00"}],
        },
        at=LATER,
    )
    assert (handed["collected"], handed["change_due"], handed["payment_state"]) == (
        "39.98",
        "10.02",
        "partially_refunded",
    )


def test_switching_to_pay_now_takes_a_card_payment_at_the_till(world: World) -> None:
    order_id = _place(world, {"shoe": 1}, mode="pay_on_pickup")
    short = _refused(
        world,
        order_id,
        payment_mode="pay_now",
        payments=[{"payment_id": new_id(), "method": "card", "amount": "150.00"}],
    )
    assert short.code == "payment_short"
    assert "50.00 PLN more is due now" in short.message
    nothing = _refused(world, order_id, payment_mode="pay_now")
    assert "200.00 PLN more is due now" in nothing.message
    result = _change(
        world,
        order_id,
        payment_mode="pay_now",
        payments=[
            {
                "payment_id": new_id(),
                "method": "card",
                "amount": "200.00",
                "reference": "TERMINAL-1",
            }
        ],
    )
    assert (result["payment_state"], result["due"], result["change_due"]) == (
        "paid",
        "0.00",
        "0.00",
    )
    assert _payments(world, order_id) == [("payment", "card", Decimal("200.00"))]
    order = _order(world, order_id)
    assert order.payment_mode == "pay_now"
    assert [e.text for e in world.timeline("anna") if e.kind == "order_changed"] == [
        f"Order {order.number} changed at Omnidesk WAW: now paid in advance, 200.00 PLN "
        "paid now. New total 200.00 PLN."
    ]
    again = _refused(
        world, order_id, payments=[{"payment_id": new_id(), "method": "card", "amount": "1.00"}]
    )
    assert again.code == "already_paid"


def test_a_pay_on_pickup_order_can_be_paid_in_part_in_advance(world: World) -> None:
    order_id = _place(world, {"shoe": 1}, mode="pay_on_pickup")
    result = _change(
        world, order_id, payments=[{"payment_id": new_id(), "method": "cash", "amount": "50.00"}]
    )
    assert (result["due"], result["payment_state"], result["change_due"]) == (
        "150.00",
        "partially_paid",
        "0.00",
    )
    cash = _change(
        world, order_id, payments=[{"payment_id": new_id(), "method": "cash", "amount": "160.00"}]
    )
    assert (cash["due"], cash["payment_state"], cash["change_due"]) == ("0.00", "paid", "10.00")


def test_refusals_explain_themselves_and_change_nothing(world: World) -> None:
    order_id = _place(world, {"shoe": 1, "sock": 1})
    lines = _lines(world, order_id)
    wrong = _refused(world, order_id, who="cashier.krk", payment_mode="pay_on_pickup")
    assert wrong.code == "wrong_store"
    assert "Omnidesk WAW" in wrong.message
    empty = _refused(
        world,
        order_id,
        set_quantities=[{"line_id": str(row.id), "quantity": 0} for row in lines.values()],
    )
    assert empty.code == "order_empty"
    assert "cancel the order instead" in empty.message
    same = _refused(
        world, order_id, set_quantities=[{"line_id": str(lines["shoe"].id), "quantity": 1}]
    )
    assert same.code == "nothing_to_change"
    with pytest.raises(RuleViolation) as web:
        world.do(
            None,
            "order.change",
            {"order_id": order_id, "change_id": new_id(), "payment_mode": "pay_on_pickup"},
        )
    assert web.value.code == "forbidden_channel"
    assert _payments(world, order_id) == [("payment", "online", Decimal("219.99"))]
    assert {k: v.quantity for k, v in _lines(world, order_id).items()} == {"shoe": 1, "sock": 1}


def test_handed_over_cancelled_and_shipped_orders_cannot_change(world: World) -> None:
    handed = _place(world, {"shoe": 2})
    shoe = _lines(world, handed)["shoe"]
    world.do("cashier", "order.mark_ready", {"order_id": handed})
    world.do(
        "cashier",
        "order.hand_over",
        {"order_id": handed, "lines": [{"line_id": str(shoe.id), "quantity": 1}]},
    )
    part = _refused(world, handed, set_quantities=[{"line_id": str(shoe.id), "quantity": 1}])
    assert (part.code, "already handed over" in part.message) == ("not_changeable", True)
    world.do("cashier", "order.hand_over", {"order_id": handed})
    whole = _refused(world, handed, set_quantities=[{"line_id": str(shoe.id), "quantity": 1}])
    assert whole.code == "not_changeable"
    assert "already picked up" in whole.message

    cancelled = _place(world, {"shoe": 1})
    world.do(None, "order.cancel", {"order_id": cancelled, "reason": "Changed my mind"}, at=LATER)
    refused = _refused(world, cancelled, payment_mode="pay_on_pickup")
    assert refused.code == "not_changeable"
    assert "cancelled" in refused.message


def test_a_change_is_applied_once(world: World) -> None:
    order_id = _place(world, {"shoe": 2})
    shoe = _lines(world, order_id)["shoe"]
    args = {
        "order_id": order_id,
        "change_id": new_id(),
        "set_quantities": [{"line_id": str(shoe.id), "quantity": 1}],
    }
    world.do("cashier", "order.change", args)
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "order.change",
            {
                **args,
                "add": [
                    {"line_id": new_id(), "product_id": str(world.products["sock"]), "quantity": 1}
                ],
            },
        )
    assert refused.value.code == "duplicate_id"
    assert _payments(world, order_id) == [
        ("payment", "online", Decimal("400.00")),
        ("refund", "online", Decimal("200.00")),
    ]


def test_the_device_and_the_server_make_the_same_rows(
    tmp_path: Path, template_db: tuple[Path, dict[str, Any]]
) -> None:
    ids = {key: new_id() for key in ("order", "shoe", "sock", "payment", "change", "line")}

    def journey(world: World) -> None:
        world.do(
            None,
            "order.place",
            {
                "order_id": ids["order"],
                "customer_id": str(world.customers["anna"]),
                "lines": [
                    {
                        "line_id": ids["shoe"],
                        "product_id": str(world.products["shoe"]),
                        "quantity": 2,
                    },
                    {
                        "line_id": ids["sock"],
                        "product_id": str(world.products["sock"]),
                        "quantity": 1,
                    },
                ],
                "fulfilment": "pickup",
                "pickup_store_id": str(world.stores["WAW"].id),
                "payment_mode": "pay_now",
                "payments": [
                    {
                        "payment_id": ids["payment"],
                        "method": "online",
                        "amount": "419.99",
                        "reference": "PSP-1",
                    }
                ],
            },
        )
        world.do(
            "cashier",
            "order.change",
            {
                "order_id": ids["order"],
                "change_id": ids["change"],
                "set_quantities": [
                    {"line_id": ids["shoe"], "quantity": 1},
                    {"line_id": ids["sock"], "quantity": 0},
                ],
                "add": [
                    {
                        "line_id": ids["line"],
                        "product_id": str(world.products["sock"]),
                        "quantity": 3,
                    }
                ],
                "payment_mode": "pay_on_pickup",
            },
            at=LATER,
        )

    with (
        open_world(template_db, tmp_path / "device.db") as device,
        open_world(template_db, tmp_path / "server.db") as server,
    ):
        journey(device)
        journey(server)
        assert _rows(device) == _rows(server)
        assert _payments(device, ids["order"]) == [
            ("payment", "online", Decimal("419.99")),
            ("refund", "online", Decimal("180.01")),
        ]


@pytest.mark.parametrize(
    ("mode", "held", "total", "offered", "expected"),
    [
        ("pay_now", "400.00", "200.00", "0", ("200.00", "0.00", "0.00")),
        ("pay_now", "200.00", "239.98", "50.00", ("0.00", "39.98", "0.00")),  # cash change
        ("pay_on_pickup", "400.00", "239.98", "0", ("160.02", "0.00", "0.00")),
        ("pay_on_pickup", "200.00", "239.98", "0", ("0.00", "0.00", "39.98")),
        ("pay_on_pickup", "0.00", "200.00", "50.00", ("0.00", "50.00", "150.00")),
        ("pay_on_pickup", "0.00", "200.00", "250.00", ("0.00", "200.00", "0.00")),
    ],
)
def test_settling_the_money_held(
    mode: str, held: str, total: str, offered: str, expected: tuple[str, str, str]
) -> None:
    plan = settle(mode, Decimal(held), Decimal(total), Decimal(offered), "PLN")
    assert (f"{plan.refund:.2f}", f"{plan.collect:.2f}", f"{plan.due_at_pickup:.2f}") == (expected)
