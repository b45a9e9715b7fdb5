"""What a hand-over receipt shows, read from the replica once the hand-over is recorded.
Qt-free."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.model import Customer, Order, OrderLine, Payment, Store
from sync.rules import pickup
from sync.rules.orders import OrderStatus

ZERO = Decimal("0.00")
REFUND_METHODS = ("online", "card", "store_credit", "cash")


@dataclass(frozen=True)
class HandedLine:
    sku: str
    name: str
    ordered: int
    now: int  # handed over at this hand-over
    value: Decimal  # what the units handed over now are worth
    waiting: int  # still to collect afterwards
    cancelled: int  # cancelled at this hand-over


@dataclass(frozen=True)
class Money:
    method: str
    amount: Decimal
    reference: str | None


@dataclass(frozen=True)
class HandOverReceipt:
    order_id: uuid.UUID
    number: str
    status: str
    at: datetime
    store_name: str
    store_address: str
    staff: str
    customer: str
    currency: str
    lines: tuple[HandedLine, ...]
    value_now: Decimal
    payments: tuple[Money, ...]  # taken at this hand-over (cash net of the change)
    change: Decimal
    refunds: tuple[Money, ...]  # given back at this hand-over

    @property
    def still_waiting(self) -> int:
        return sum(line.waiting for line in self.lines)


def _refund_ids(order_id: uuid.UUID) -> list[uuid.UUID]:
    """The ids `order.hand_over` gives the refunds of a cancelled rest."""
    return [uuid.uuid5(order_id, f"hand_over:rest:{method}") for method in REFUND_METHODS]


def _money(rows: Sequence[Payment]) -> tuple[Money, ...]:
    return tuple(Money(p.method, p.amount, p.reference)
                 for p in sorted(rows, key=lambda p: (p.method == "cash", p.method)))


def load_hand_over_receipt(session: Session, order_id: uuid.UUID, plan: pickup.HandOverPlan,
                           payment_ids: Sequence[uuid.UUID], change: Decimal,
                           staff: str, at: datetime) -> HandOverReceipt:
    """The receipt of the hand-over `plan` just recorded, with the payments it took."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(f"order {order_id} is not on this till")
    store = session.get(Store, order.pickup_store_id) if order.pickup_store_id else None
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(select(OrderLine).where(OrderLine.order_id == order_id)
                            .order_by(OrderLine.position)).all()
    handed = []
    for line in lines:
        now = plan.units.get(line.id, 0)
        before = line.handed_over_quantity - now
        value = (pickup.units_value(line.total, line.quantity, line.handed_over_quantity)
                 - pickup.units_value(line.total, line.quantity, before))
        cancelled = plan.cancelled.get(line.id, 0)
        waiting = 0 if order.status != OrderStatus.READY_FOR_PICKUP else (
            line.quantity - line.handed_over_quantity)
        if now or cancelled or waiting:
            handed.append(HandedLine(line.sku, line.name, line.quantity, now, value,
                                     waiting, cancelled))
    taken = session.scalars(select(Payment).where(Payment.id.in_(list(payment_ids)))).all()
    refunds = session.scalars(select(Payment).where(
        Payment.id.in_(_refund_ids(order_id)), Payment.kind == "refund")).all()
    return HandOverReceipt(
        order_id=order.id, number=order.number, status=order.status, at=at,
        store_name=store.name if store else "",
        store_address=f"{store.address}, {store.city}" if store else "",
        staff=staff,
        customer=(f"{customer.first_name} {customer.last_name} ({customer.number})"
                  if customer else ""),
        currency=order.currency, lines=tuple(handed),
        value_now=sum((line.value for line in handed), ZERO),
        payments=_money(taken), change=change, refunds=_money(refunds))
