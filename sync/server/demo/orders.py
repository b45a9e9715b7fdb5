"""Orders as the selling commands write them: priced by the one engine, paid, returned.

The rows, numbers, ids and timeline texts follow sync.commands.sales, .orders and
.returns, so seeded history looks exactly like history made by using the app.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sync import model as m
from sync.commands import numbering, timeline
from sync.rules import orders as order_rules
from sync.rules import pricing
from sync.rules import returns as return_rules
from sync.rules.money import format_wire
from sync.server.demo.catalogue import ProductInfo
from sync.server.demo.journal import World
from sync.server.demo.org import PICKUP_HOLD_DAYS, StoreInfo
from sync.server.demo.people import CustomerRef

ZERO = Decimal("0.00")


@dataclass
class Placed:
    """An order being written: its row, its lines and the money moved so far."""

    row: dict[str, Any]
    lines: list[dict[str, Any]]
    customer: CustomerRef
    payments: list[dict[str, Any]] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.row["number"]

    def settle(self) -> None:
        """The payment state, from what was paid and refunded (rules.payment_state)."""
        paid = sum((p["amount"] for p in self.payments if p["kind"] == "payment"), ZERO)
        refunded = sum((p["amount"] for p in self.payments if p["kind"] == "refund"), ZERO)
        state = order_rules.payment_state(self.row["total"], paid, refunded)
        self.row["payment_state"] = state.value


def units(breakdown: pricing.CartBreakdown) -> int:
    return int(sum(line.quantity for line in breakdown.lines))


def items(breakdown: pricing.CartBreakdown) -> str:
    units = sum(line.quantity for line in breakdown.lines)
    return "1 item" if units == 1 else f"{units} items"


def place(
    world: World,
    customer: CustomerRef,
    basket: list[tuple[ProductInfo, int]],
    at: datetime,
    *,
    channel: str,
    fulfilment: order_rules.Fulfilment,
    payment_mode: order_rules.PaymentMode,
    origin: StoreInfo | None = None,
    pickup: StoreInfo | None = None,
    staff_id: uuid.UUID | None = None,
    cart_id: uuid.UUID | None = None,
    cart_lines: list[uuid.UUID] | None = None,
    ship_address: dict[str, Any] | None = None,
) -> tuple[Placed, pricing.CartBreakdown]:
    """An order priced at `at` for the customer's segment, as sales.create_order writes it.

    Lines of an order checked out from a cart get the ids sales.basket derives from the
    cart's line ids.
    """
    breakdown = pricing.price_cart(
        world.book(customer.country),
        [(product.id, quantity) for product, quantity in basket],
        customer.segment,
        at,
    )
    order_id = world.new_id()
    status = order_rules.initial_status(fulfilment)
    row = world.journal.add(
        m.Order,
        id=order_id,
        updated_at=at,
        number=numbering.order_number(order_id),
        customer_id=customer.id,
        cart_id=cart_id,
        channel=channel,
        origin_store_id=origin.id if origin else None,
        pickup_store_id=pickup.id if pickup else None,
        staff_id=staff_id,
        fulfilment=fulfilment.value,
        ship_address=ship_address,
        status=status.value,
        payment_mode=payment_mode.value,
        payment_state=order_rules.PaymentState.UNPAID.value,
        currency=breakdown.currency,
        segment=breakdown.segment,
        list_total=breakdown.list_total,
        discount_total=breakdown.discount_total,
        tax_total=breakdown.tax_total,
        total=breakdown.total,
        placed_at=at,
        ready_at=None,
        expires_at=None,
        closed_at=at if status is order_rules.OrderStatus.COMPLETED else None,
    )
    ids = (
        [uuid.uuid5(order_id, str(line_id)) for line_id in cart_lines]
        if cart_lines
        else [world.new_id() for _ in basket]
    )
    lines = [
        world.journal.add(
            m.OrderLine,
            id=line_id,
            updated_at=at,
            order_id=order_id,
            position=position,
            product_id=line.product_id,
            sku=line.sku,
            name=line.name,
            quantity=line.quantity,
            unit_list_price=line.unit_list_price,
            discount=line.discount,
            promotion_code=line.promotion_code,
            tax_rate=line.tax_rate,
            tax=line.tax,
            total=line.total,
            handed_over_quantity=0,
            returned_quantity=0,
        )
        for position, (line_id, line) in enumerate(zip(ids, breakdown.lines, strict=True), start=1)
    ]
    return Placed(row, lines, customer), breakdown


def pay(
    world: World,
    order: Placed,
    method: str,
    at: datetime,
    *,
    channel: str,
    store: StoreInfo | None = None,
    staff_id: uuid.UUID | None = None,
    reference: str | None = None,
) -> None:
    """The whole amount due, paid in one go."""
    order.payments.append(
        world.journal.add(
            m.Payment,
            id=world.new_id(),
            updated_at=at,
            order_id=order.row["id"],
            return_id=None,
            kind="payment",
            method=method,
            amount=order.row["total"],
            reference=reference,
            channel=channel,
            store_id=store.id if store else None,
            staff_id=staff_id,
            created_at=at,
        )
    )
    order.settle()


def hand_over_goods(order: Placed, at: datetime, status: order_rules.OrderStatus) -> None:
    """The goods reached the customer: picked up, shipped or taken away."""
    for line in order.lines:
        line["handed_over_quantity"] = line["quantity"]
        line["updated_at"] = at
    order.row.update(status=status.value, closed_at=at, updated_at=at)


def mark_ready(world: World, order: Placed, store: StoreInfo, at: datetime) -> None:
    """order.mark_ready: prepared at the pickup store and held for the customer."""
    expires = at + timedelta(days=PICKUP_HOLD_DAYS)
    order.row.update(
        status=order_rules.OrderStatus.READY_FOR_PICKUP.value,
        ready_at=at,
        expires_at=expires,
        updated_at=at,
    )
    world.journal.event(
        order.customer,
        timeline.ORDER_READY,
        f"Order {order.number} is ready for pickup at {store.spec.name} until {expires:%Y-%m-%d}.",
        "store",
        at,
        "order",
        order.row["id"],
        staff_id=world.org.one_of(store.code, "cashier", 1),
        store_id=store.id,
        params={"number": order.number, "store": store.spec.name, "until": f"{expires:%Y-%m-%d}"},
    )


def take_back(
    world: World,
    order: Placed,
    at: datetime,
    reason: str,
    condition: str,
    *,
    store: StoreInfo | None,
    staff_id: uuid.UUID | None,
) -> None:
    """return.submit: one unit of the first line back, refunded the way it was paid."""
    line = order.lines[0]
    quantity = 1
    amount = return_rules.refund_for(
        line["total"], line["quantity"], line["returned_quantity"], quantity
    )
    line["returned_quantity"] += quantity
    line["updated_at"] = at
    return_id = world.new_id()
    channel = "store" if store is not None else "web"
    number = numbering.return_number(return_id)
    world.journal.add(
        m.Return,
        id=return_id,
        updated_at=at,
        number=number,
        order_id=order.row["id"],
        customer_id=order.customer.id,
        store_id=store.id if store else None,
        channel=channel,
        reason=reason,
        refund_method="original",
        refund_total=amount,
        staff_id=staff_id,
        override_by=None,
        created_at=at,
    )
    world.journal.add(
        m.ReturnLine,
        id=world.new_id(),
        updated_at=at,
        return_id=return_id,
        order_line_id=line["id"],
        product_id=line["product_id"],
        quantity=quantity,
        condition=condition,
        refund_amount=amount,
    )
    paid_with = order.payments[0]
    order.payments.append(
        world.journal.add(
            m.Payment,
            id=uuid.uuid5(return_id, paid_with["method"]),
            updated_at=at,
            order_id=order.row["id"],
            return_id=return_id,
            kind="refund",
            method=paid_with["method"],
            amount=amount,
            reference=paid_with["reference"],
            channel=channel,
            store_id=store.id if store else None,
            staff_id=staff_id,
            created_at=at,
        )
    )
    order.settle()
    order.row["updated_at"] = at
    where = f" at {store.spec.name}" if store is not None else " by post"
    world.journal.event(
        order.customer,
        timeline.RETURN,
        f"Returned 1 unit of order {order.number}{where} ({number}): refund "
        f"{format_wire(amount)} to {paid_with['method'].replace('_', ' ')} "
        f"({order.row['currency']}).",
        channel,
        at,
        "return",
        return_id,
        staff_id=staff_id,
        store_id=store.id if store else None,
        params={
            "units": 1,
            "number": order.number,
            "return_number": number,
            **({"store": store.spec.name} if store is not None else {}),
            "refunds": [{"method": paid_with["method"], "amount": format_wire(amount)}],
            "currency": order.row["currency"],
        },
    )
