"""What the pickup page reads from the replica: the queue and one order. Qt-free.

Every function takes a session and returns plain frozen dataclasses, so the GUI thread
never holds a session or triggers a lazy load.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.client.device import workplace
from sync.model import Customer, Order, OrderLine, Payment, Store
from sync.rules import pickup
from sync.rules.orders import Fulfilment, OrderStatus

ZERO = Decimal("0.00")
WAITING = (OrderStatus.PLACED.value, OrderStatus.READY_FOR_PICKUP.value)


class QueueFilter(StrEnum):
    TO_PREPARE = "to_prepare"  # placed, not prepared yet
    READY = "ready"  # ready for pickup
    ALL = "all"  # both


@dataclass(frozen=True)
class QueueRow:
    order_id: uuid.UUID
    number: str
    customer: str
    channel: str
    status: str
    placed_at: datetime
    payment_mode: str
    currency: str
    total: Decimal
    held: Decimal  # paid less refunded
    items: int  # units still to hand over
    expires_at: datetime | None

    @property
    def due(self) -> Decimal:
        return max(self.total - self.held, ZERO)


def _statuses(which: QueueFilter) -> tuple[str, ...]:
    if which is QueueFilter.TO_PREPARE:
        return (OrderStatus.PLACED.value,)
    if which is QueueFilter.READY:
        return (OrderStatus.READY_FOR_PICKUP.value,)
    return WAITING


def _held(session: Session, order_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    held: dict[uuid.UUID, Decimal] = {}
    if not order_ids:
        return held
    for order_id, kind, amount in session.execute(
            select(Payment.order_id, Payment.kind, Payment.amount)
            .where(Payment.order_id.in_(order_ids))).all():
        sign = 1 if kind == "payment" else -1
        held[order_id] = held.get(order_id, ZERO) + sign * amount
    return held


def _waiting_units(session: Session, order_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not order_ids:
        return {}
    rows = session.execute(
        select(OrderLine.order_id,
               func.sum(OrderLine.quantity - OrderLine.handed_over_quantity))
        .where(OrderLine.order_id.in_(order_ids)).group_by(OrderLine.order_id)).all()
    return {order_id: int(units or 0) for order_id, units in rows}


def _name(customer: Customer | None) -> str:
    return f"{customer.first_name} {customer.last_name}" if customer else ""


def load_queue(session: Session, which: QueueFilter = QueueFilter.ALL) -> list[QueueRow]:
    """Pickup orders waiting at this device's store, oldest first."""
    store_id = workplace(session).store_id
    if store_id is None:
        return []
    found = session.execute(
        select(Order, Customer).outerjoin(Customer, Customer.id == Order.customer_id)
        .where(Order.pickup_store_id == store_id,
               Order.fulfilment == Fulfilment.PICKUP.value,
               Order.status.in_(_statuses(which)))
        .order_by(Order.placed_at, Order.number)).all()
    ids = [order.id for order, _ in found]
    held, units = _held(session, ids), _waiting_units(session, ids)
    return [QueueRow(order.id, order.number, _name(customer), order.channel, order.status,
                     order.placed_at, order.payment_mode, order.currency, order.total,
                     held.get(order.id, ZERO), units.get(order.id, 0), order.expires_at)
            for order, customer in found]


@dataclass(frozen=True)
class DetailLine:
    line_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    handed_over: int
    total: Decimal
    currency: str

    @property
    def waiting(self) -> int:
        return self.quantity - self.handed_over

    def as_pickup(self) -> pickup.PickupLine:
        return pickup.PickupLine(self.line_id, f"{self.name} ({self.sku})", self.quantity,
                                 self.handed_over, self.total)


@dataclass(frozen=True)
class Identity:
    """What staff check before handing goods over: who the order is for."""

    name: str
    number: str
    phone: str  # masked
    email: str  # masked
    loyalty_card: str  # masked


@dataclass(frozen=True)
class OrderDetail:
    order_id: uuid.UUID
    number: str
    status: str
    channel: str
    fulfilment: str
    payment_mode: str
    payment_state: str
    currency: str
    total: Decimal
    held: Decimal
    placed_at: datetime
    expires_at: datetime | None
    pickup_store: str
    here: bool  # collected at this device's store
    customer: Identity | None
    lines: tuple[DetailLine, ...]

    @property
    def waiting(self) -> bool:
        """In this store's queue: it can be prepared or handed over here."""
        return self.here and self.status in WAITING

    @property
    def due(self) -> Decimal:
        return max(self.total - self.held, ZERO)

    def pickup_lines(self) -> list[pickup.PickupLine]:
        return [line.as_pickup() for line in self.lines]


def mask_phone(phone: str | None) -> str:
    """`+48 600 100 200` -> `••• ••• 200`: enough to compare with what the customer says."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return f"••• ••• {digits[-3:]}" if len(digits) >= 6 else ""


def mask_email(email: str | None) -> str:
    """`ala.nowak@example.com` -> `a•••@example.com`."""
    if not email or "@" not in email:
        return ""
    local, domain = email.rsplit("@", 1)
    return f"{local[:1]}•••@{domain}"


def mask_card(card: str | None) -> str:
    return f"•••• {card[-4:]}" if card and len(card) >= 4 else ""


def _identity(customer: Customer | None) -> Identity | None:
    if customer is None:
        return None
    return Identity(_name(customer), customer.number, mask_phone(customer.phone),
                    mask_email(customer.email), mask_card(customer.loyalty_card))


def load_order(session: Session, order_id: uuid.UUID) -> OrderDetail | None:
    order = session.get(Order, order_id)
    if order is None:
        return None
    store_id = workplace(session).store_id
    store = session.get(Store, order.pickup_store_id) if order.pickup_store_id else None
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                            .order_by(OrderLine.position)).all()
    return OrderDetail(
        order.id, order.number, order.status, order.channel, order.fulfilment,
        order.payment_mode, order.payment_state, order.currency, order.total,
        _held(session, [order.id]).get(order.id, ZERO), order.placed_at, order.expires_at,
        store.name if store else "", order.pickup_store_id == store_id and store_id is not None,
        _identity(customer),
        tuple(DetailLine(line.id, line.sku, line.name, line.quantity,
                         line.handed_over_quantity, line.total, order.currency)
              for line in lines))


def find_order(session: Session, number: str) -> OrderDetail | None:
    """The order with this number on this device, wherever it is collected."""
    order_id = session.scalar(select(Order.id).where(Order.number == number))
    return load_order(session, order_id) if order_id is not None else None
