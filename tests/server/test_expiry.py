"""Pickup orders not collected within the store's hold expire, refunded, in every channel."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sync import model as m
from sync.model.types import utcnow
from sync.server.expiry import expire_due_orders
from tests.server.conftest import Api
from tests.server.test_web_channel import _cart_with_tv, command


def _ready_order(api: Api, paid: bool) -> str:
    cart_id = _cart_with_tv(api)
    total = api.web("GET", f"/v1/web/carts/{cart_id}").json()["priced"]["total"]
    order_id = str(uuid.uuid4())
    payments = (
        [
            {
                "payment_id": str(uuid.uuid4()),
                "method": "online",
                "amount": total,
                "reference": "PSP-42",
            }
        ]
        if paid
        else []
    )
    placed = command(
        api,
        "order.place",
        {
            "order_id": order_id,
            "cart_id": cart_id,
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_now" if paid else "pay_on_pickup",
            "payments": payments,
            "expected_total": total,
        },
    )
    assert placed.status_code == 200, placed.text
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    results = till.push(
        till.mutation("order.mark_ready", api.world.staff["cashier.waw"], {"order_id": order_id})
    )
    assert results[0]["status"] == "accepted", results
    return order_id


def test_an_uncollected_paid_order_expires_and_is_refunded(api: Api) -> None:
    order_id = _ready_order(api, paid=True)
    with api.db.read() as session:
        expires_at = session.get(m.Order, uuid.UUID(order_id)).expires_at
    assert expire_due_orders(api.db, expires_at - timedelta(minutes=1)) == 0  # not yet
    assert expire_due_orders(api.db, expires_at + timedelta(minutes=1)) == 1
    assert expire_due_orders(api.db, expires_at + timedelta(minutes=2)) == 0  # once only
    order = api.web("GET", f"/v1/web/orders/{order_id}").json()
    assert order["order"]["status"] == "expired"
    assert order["order"]["payment_state"] == "refunded"
    refunds = [p for p in order["payments"] if p["kind"] == "refund"]
    assert len(refunds) == 1 and refunds[0]["method"] == "online"
    timeline = api.web("GET", f"/v1/web/customers/{api.world.customers['ala']}").json()
    assert "order_expired" in [event["kind"] for event in timeline["timeline"]]


def test_an_expired_order_reaches_the_store_and_cannot_be_handed_over(api: Api) -> None:
    order_id = _ready_order(api, paid=False)
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    assert expire_due_orders(api.db, utcnow() + timedelta(days=30)) == 1
    till.pull()
    assert till.table("orders")[order_id]["status"] == "expired"
    results = till.push(
        till.mutation(
            "order.hand_over",
            api.world.staff["cashier.waw"],
            {
                "order_id": order_id,
                "payments": [
                    {"payment_id": str(uuid.uuid4()), "method": "cash", "amount": "10.00"}
                ],
            },
        )
    )
    assert results[0]["status"] == "rejected"
    assert results[0]["code"] == "order_expired"
