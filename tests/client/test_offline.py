"""A week offline: everything staff did reaches the server exactly once, in order."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select

from sync import model as m
from sync.client import state
from sync.client.tables import ACCEPTED, DEVICE_ID
from sync.model.types import utcnow
from sync.server.tables import AppliedMutation
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, assert_same_as_server, new_id, note_args, sale_args, web
from tests.server.conftest import Api

ROUNDS = 72  # about 7 mutations a round: a week of work, over 500 mutations


def _pickup_order(api: Api) -> str:
    """An order placed online, to be paid and collected at the till's store."""
    cart_id = new_id()
    web(
        api,
        "cart.open",
        {"cart_id": cart_id, "customer_id": str(api.world.customers["ala"]), "currency": "PLN"},
    )
    web(
        api,
        "cart.add_item",
        {
            "cart_id": cart_id,
            "line_id": new_id(),
            "quantity": 1,
            "product_id": str(api.world.products["SKU-KETTLE"]),
        },
    )
    order_id = new_id()
    web(
        api,
        "order.place",
        {
            "order_id": order_id,
            "cart_id": cart_id,
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_on_pickup",
        },
    )
    return order_id


def _a_day_of_work(till: Till, api: Api, round_: int, pickup: str) -> int:
    """Sales, a cart, a pickup, a return and notes; returns the mutations made."""
    made = 0

    def do(name: str, args: dict) -> None:
        nonlocal made
        till.do(name, args)
        made += 1

    sale = sale_args(api, product="SKU-CABLE", quantity=1, expected_total="19.99", paid="20.00")
    do("sale.complete", sale)
    do(
        "return.submit",
        {
            "return_id": new_id(),
            "order_id": sale["order_id"],
            "reason": "changed mind",
            "refund_method": "cash",
            "lines": [
                {
                    "return_line_id": new_id(),
                    "order_line_id": sale["lines"][0]["line_id"],
                    "quantity": 1,
                    "condition": "sellable",
                }
            ],
        },
    )
    cart_id = new_id()
    do("cart.open", {"cart_id": cart_id, "customer_id": str(api.world.customers["ala"])})
    for _ in range(2):
        do(
            "cart.add_item",
            {
                "cart_id": cart_id,
                "line_id": new_id(),
                "quantity": 1,
                "product_id": str(api.world.products["SKU-KETTLE"]),
            },
        )
    do(
        "sale.complete",
        {
            "order_id": new_id(),
            "cart_id": cart_id,
            "expected_total": "259.98",
            "payments": [{"payment_id": new_id(), "method": "card", "amount": "259.98"}],
        },
    )
    do("interaction.add", note_args(api, f"day {round_}"))
    if round_ == 3:
        do("order.mark_ready", {"order_id": pickup})
        do(
            "order.hand_over",
            {
                "order_id": pickup,
                "payments": [{"payment_id": new_id(), "method": "cash", "amount": "129.99"}],
            },
        )
    return made


def test_a_week_offline_then_everything_once_in_order(server: Api, make_till: TillFactory) -> None:
    api = server
    pickup = _pickup_order(api)
    till = make_till(api)
    till.pull()
    made = sum(_a_day_of_work(till, api, r, pickup) for r in range(ROUNDS))
    assert made >= 500
    # Meanwhile the web shop sells too (the server moves on without the till).
    web_cart = new_id()
    web(
        api,
        "cart.open",
        {"cart_id": web_cart, "customer_id": str(api.world.customers["ala"]), "currency": "PLN"},
    )
    with till.replica.read() as session:
        kettles = session.scalar(
            select(m.Stock.on_hand).where(
                m.Stock.store_id == api.world.stores["PL-WAW-01"],
                m.Stock.product_id == api.world.products["SKU-KETTLE"],
            )
        )
    assert kettles == 10 - 2 * ROUNDS - 1  # the till's view: its own sales on top
    till.pull()
    with till.replica.read() as session:
        device_id = uuid.UUID(state.get(session, DEVICE_ID) or "")
    summary = till.push(batch_size=50)
    assert (summary.sent, summary.accepted, summary.rejected) == (made, made, 0)
    assert all(row.state == ACCEPTED for row in till.outbox())
    with api.db.read() as session:
        # Each applied once, in the device's order, all accepted.
        applied = session.execute(
            select(AppliedMutation.seq, AppliedMutation.id, AppliedMutation.status)
            .where(AppliedMutation.device_id == device_id)
            .order_by(AppliedMutation.applied_at, AppliedMutation.seq)
        ).all()
        assert [(seq, mid) for seq, mid, _ in applied] == [(r.seq, r.id) for r in till.outbox()]
        assert {status for *_, status in applied} == {"accepted"}
        orders = session.scalar(
            select(func.count())
            .select_from(m.Order)
            .where(m.Order.origin_store_id == till.store_id)
        )
        assert orders == 2 * ROUNDS
        assert session.scalar(select(func.count()).select_from(m.Return)) == ROUNDS
        assert session.get(m.Order, uuid.UUID(pickup)).status == "picked_up"
        since = utcnow() - timedelta(hours=1)
        notes = session.scalar(
            select(func.count())
            .select_from(m.Interaction)
            .where(m.Interaction.kind == "note", m.Interaction.occurred_at > since)
        )
        assert notes == ROUNDS
    till.pull()
    assert_same_as_server(till)
