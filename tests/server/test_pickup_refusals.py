"""Orders finished in store, refused through the real API: an over-return, a second
hand-over, a late return without a manager, and the pickup of an order the customer
cancelled online meanwhile. Each refusal names its reason and changes nothing."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from sync import model as m
from sync.model.types import utcnow
from tests.server.conftest import Api, Device
from tests.server.test_web_channel import command

CASHIER = "cashier.waw"


def _state(api: Api) -> dict[str, Any]:
    """Every row a refused order or return command could have changed."""
    with api.db.read() as s:
        return {
            "orders": sorted(
                (str(o.id), o.status, o.payment_state, o.total) for o in s.scalars(select(m.Order))
            ),
            "lines": sorted(
                (str(line.id), line.quantity, line.handed_over_quantity, line.returned_quantity)
                for line in s.scalars(select(m.OrderLine))
            ),
            "payments": sorted(
                (str(p.id), p.kind, p.method, p.amount) for p in s.scalars(select(m.Payment))
            ),
            "returns": sorted(str(r.id) for r in s.scalars(select(m.Return))),
            "stock": sorted(
                (str(r.store_id), str(r.product_id), r.on_hand) for r in s.scalars(select(m.Stock))
            ),
            "events": sorted(str(i.id) for i in s.scalars(select(m.Interaction))),
        }


def _push(
    api: Api, till: Device, name: str, args: dict[str, Any], actor: str = CASHIER, at: Any = None
) -> dict[str, Any]:
    return till.push(till.mutation(name, api.world.staff[actor], args, at=at))[0]


def _sale(api: Api, till: Device, quantity: int, at: Any = None) -> tuple[str, str]:
    """A take-away sale of HDMI cables at the till: (order id, its line id)."""
    order_id, line_id = str(uuid.uuid4()), str(uuid.uuid4())
    total = {1: "19.99", 2: "39.98", 3: "39.98"}[quantity]
    sold = _push(
        api,
        till,
        "sale.complete",
        {
            "order_id": order_id,
            "expected_total": total,
            "customer_id": str(api.world.customers["ala"]),
            "lines": [
                {
                    "line_id": line_id,
                    "product_id": str(api.world.products["SKU-CABLE"]),
                    "quantity": quantity,
                }
            ],
            "payments": [
                {
                    "payment_id": str(uuid.uuid4()),
                    "method": "card",
                    "amount": total,
                    "reference": "TERMINAL-7",
                }
            ],
        },
        at=at,
    )
    assert sold["status"] == "accepted", sold
    return order_id, line_id


def _return(order_id: str, line_id: str, quantity: int, **extra: Any) -> dict[str, Any]:
    return {
        "return_id": str(uuid.uuid4()),
        "order_id": order_id,
        "reason": "Not needed",
        "lines": [
            {
                "return_line_id": str(uuid.uuid4()),
                "order_line_id": line_id,
                "quantity": quantity,
                "condition": "sellable",
            }
        ],
        **extra,
    }


def test_returning_more_than_was_bought_less_returned_is_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    order_id, line_id = _sale(api, till, 2)
    first = _push(api, till, "return.submit", _return(order_id, line_id, 1))
    assert first["status"] == "accepted", first
    before = _state(api)
    at_till = _push(api, till, "return.submit", _return(order_id, line_id, 2))
    assert (at_till["status"], at_till["code"]) == ("rejected", "over_return")
    assert at_till["message"] == (
        "Only 1 of 2 units of HDMI cable (SKU-CABLE) can still be returned: 1 was already returned."
    )
    by_post = command(api, "return.submit", _return(order_id, line_id, 2))
    assert by_post.status_code == 422
    assert by_post.json()["error"]["code"] == "over_return"
    assert "can still be returned" in by_post.json()["error"]["message"]
    assert _state(api) == before


def _pickup_order(api: Api, paid: bool = True) -> tuple[str, str]:
    """A web order for pickup at PL-WAW-01, prepared there: (order id, total)."""
    order_id, total = str(uuid.uuid4()), "2999.00"
    placed = command(
        api,
        "order.place",
        {
            "order_id": order_id,
            "customer_id": str(api.world.customers["ala"]),
            "lines": [
                {
                    "line_id": str(uuid.uuid4()),
                    "product_id": str(api.world.products["SKU-TV"]),
                    "quantity": 1,
                }
            ],
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_now" if paid else "pay_on_pickup",
            "expected_total": total,
            "payments": [
                {
                    "payment_id": str(uuid.uuid4()),
                    "method": "online",
                    "amount": total,
                    "reference": "PSP-9",
                }
            ]
            if paid
            else [],
        },
    )
    assert placed.status_code == 200, placed.text
    return order_id, total


def test_a_second_hand_over_is_refused(api: Api) -> None:
    order_id, _ = _pickup_order(api)
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    assert _push(api, till, "order.mark_ready", {"order_id": order_id})["status"] == "accepted"
    handed = _push(api, till, "order.hand_over", {"order_id": order_id})
    assert handed["status"] == "accepted", handed
    before = _state(api)
    other_till = api.enrol("PL-WAW-01", name="till 2")  # another till, a new mutation id
    again = _push(api, other_till, "order.hand_over", {"order_id": order_id})
    assert (again["status"], again["code"]) == ("rejected", "already_picked_up")
    assert "already picked up" in again["message"]
    assert "cannot be handed over" in again["message"]
    assert _state(api) == before


def test_a_late_return_needs_a_manager(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    order_id, line_id = _sale(api, till, 1, at=utcnow() - timedelta(days=45))
    before = _state(api)
    late = _push(api, till, "return.submit", _return(order_id, line_id, 1))
    assert (late["status"], late["code"]) == ("rejected", "return_window_expired")
    assert "30-day return window" in late["message"]
    assert "a manager can approve a late return" in late["message"]
    not_a_manager = _push(
        api, till, "return.submit", _return(order_id, line_id, 1, manager_override=True)
    )
    assert (not_a_manager["status"], not_a_manager["code"]) == (
        "rejected",
        "override_needs_manager",
    )
    online = command(api, "return.submit", _return(order_id, line_id, 1))
    assert online.json()["error"]["code"] == "return_window_expired"
    online = command(api, "return.submit", _return(order_id, line_id, 1, manager_override=True))
    assert online.json()["error"]["code"] == "override_needs_manager"
    assert _state(api) == before

    args = _return(order_id, line_id, 1, manager_override=True)
    approved = _push(api, till, "return.submit", args, actor="manager.waw")
    assert approved["status"] == "accepted", approved
    assert approved["result"]["refund_total"] == "19.99"
    with api.db.read() as s:
        row = s.get(m.Return, uuid.UUID(args["return_id"]))
        assert row.override_by == api.world.staff["manager.waw"]
        assert row.staff_id == api.world.staff["manager.waw"]


def test_an_order_cancelled_online_meanwhile_is_not_handed_over(api: Api) -> None:
    order_id, total = _pickup_order(api)
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    assert _push(api, till, "order.mark_ready", {"order_id": order_id})["status"] == "accepted"
    cancelled = command(
        api, "order.cancel", {"order_id": order_id, "reason": "Bought it elsewhere."}
    )
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["result"]["refunded"] == total
    before = _state(api)
    # The till has not pulled yet: it still shows the order ready and hands it over.
    assert till.table("orders")[order_id]["status"] in ("placed", "ready_for_pickup")
    handed = _push(api, till, "order.hand_over", {"order_id": order_id})
    assert (handed["status"], handed["code"]) == ("rejected", "order_cancelled")
    assert handed["message"] == "This order was cancelled, so it cannot be handed over."
    assert _state(api) == before
    till.pull()
    assert till.table("orders")[order_id]["status"] == "cancelled"


def test_the_web_channel_cannot_cancel_what_a_store_took_money_for(api: Api) -> None:
    order_id, _ = _pickup_order(api, paid=False)
    till = api.enrol("PL-WAW-01")
    taken = _push(
        api,
        till,
        "order.change",
        {
            "order_id": order_id,
            "change_id": str(uuid.uuid4()),
            "payments": [{"payment_id": str(uuid.uuid4()), "method": "cash", "amount": "1000.00"}],
        },
    )
    assert taken["status"] == "accepted", taken
    assert taken["result"]["due"] == "1999.00"
    before = _state(api)
    refused = command(api, "order.cancel", {"order_id": order_id, "reason": "No."})
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "cancel_in_store"
    assert _state(api) == before


def test_a_line_changed_at_the_till_reaches_every_replica(api: Api) -> None:
    """Not a refusal: a change at the till reaches the store's other devices, a removed
    line as a delete in the feed."""
    order_id = str(uuid.uuid4())
    tv, cable, kettle = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    placed = command(
        api,
        "order.place",
        {
            "order_id": order_id,
            "customer_id": str(api.world.customers["ala"]),
            "lines": [
                {"line_id": tv, "product_id": str(api.world.products["SKU-TV"]), "quantity": 1},
                {
                    "line_id": cable,
                    "product_id": str(api.world.products["SKU-CABLE"]),
                    "quantity": 1,
                },
            ],
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_on_pickup",
        },
    )
    assert placed.status_code == 200, placed.text
    till, other_till = api.enrol("PL-WAW-01"), api.enrol("PL-WAW-01", name="till 2")
    other_till.snapshot()
    assert {tv, cable} <= set(other_till.table("order_lines"))
    changed = _push(
        api,
        till,
        "order.change",
        {
            "order_id": order_id,
            "change_id": str(uuid.uuid4()),
            "set_quantities": [{"line_id": cable, "quantity": 0}],
            "add": [
                {
                    "line_id": kettle,
                    "product_id": str(api.world.products["SKU-KETTLE"]),
                    "quantity": 1,
                }
            ],
        },
    )
    assert changed["status"] == "accepted", changed
    assert (changed["result"]["total"], changed["result"]["due"]) == ("3128.99", "3128.99")
    deletes = [c for c in other_till.pull() if c["op"] == "delete"]
    assert [(c["entity"], c["id"]) for c in deletes] == [("order_lines", cable)]
    assert other_till.table("orders")[order_id]["total"] == "3128.99"
    assert other_till.table("order_lines")[kettle]["total"] == "129.99"
    kinds = [row["kind"] for row in other_till.table("interactions").values()]
    assert "order_changed" in kinds
