"""What the returns page reads from the replica: an order's returnable lines, the return
window at this till, and a customer's orders that can still take a return. Qt-free."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client.device import workplace
from sync.commands.returns import POSTAL_RETURN_DAYS, RETURNABLE
from sync.model import Customer, Order, OrderLine, Payment, Store
from sync.model.types import utcnow
from sync.rules import returns as rules
from sync.rules.errors import RuleViolation


@dataclass(frozen=True)
class ReturnableLine:
    order_line_id: uuid.UUID
    sku: str
    name: str
    quantity: int  # ordered
    handed_over: int  # bought: the units that left
    returned: int
    total: Decimal  # what the whole line cost

    @property
    def returnable(self) -> int:
        return rules.returnable_quantity(self.handed_over, self.returned)

    def refund(self, quantity: int) -> Decimal:
        """The refund for `quantity` more units, by the shared rule."""
        return rules.refund_for(self.total, self.quantity, self.returned, quantity)


@dataclass(frozen=True)
class OrderToReturn:
    order_id: uuid.UUID
    number: str
    channel: str
    status: str
    currency: str
    customer: str
    closed_at: datetime | None
    window_days: int
    window_closes: date | None  # the last day without a manager (store-local)
    window_closed: bool
    till_currency: str | None
    paid_with: tuple[str, ...]  # payment methods, first payment first
    lines: tuple[ReturnableLine, ...]

    @property
    def returnable(self) -> bool:
        return self.status in RETURNABLE and self.closed_at is not None

    @property
    def returnable_units(self) -> int:
        return sum(line.returnable for line in self.lines)


@dataclass(frozen=True)
class CustomerOrder:
    order_id: uuid.UUID
    number: str
    channel: str
    placed_at: datetime
    total: Decimal
    currency: str
    returnable_units: int


def _till_store(session: Session) -> Store | None:
    store_id = workplace(session).store_id
    return session.get(Store, store_id) if store_id is not None else None


def _zone(store: Store | None, order: Order, session: Session) -> tzinfo:
    """The calendar the window counts in: the returning store's, else the order's."""
    if store is None:
        store_id = order.pickup_store_id or order.origin_store_id
        store = session.get(Store, store_id) if store_id else None
    try:
        return ZoneInfo(store.timezone) if store is not None else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _window(session: Session, order: Order, store: Store | None, at: datetime
            ) -> tuple[int, date | None, bool]:
    """(days, last day, closed?) as `return.submit` will judge it at this till."""
    days = store.return_window_days if store is not None else POSTAL_RETURN_DAYS
    if order.closed_at is None:
        return days, None, False
    zone = _zone(store, order, session)
    closed_at = order.closed_at.astimezone(zone)
    last_day = rules.return_window_closes(closed_at, days)
    try:
        rules.check_return_window(closed_at, at.astimezone(zone), days, False)
    except RuleViolation:
        return days, last_day, True
    return days, last_day, False


def load_order(session: Session, order_id: uuid.UUID, at: datetime | None = None
               ) -> OrderToReturn:
    """The order as the return form shows it; LookupError if it is not on this till."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(f"order {order_id} is not on this till")
    store = _till_store(session)
    days, last_day, closed = _window(session, order, store, at or utcnow())
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(select(OrderLine).where(OrderLine.order_id == order_id)
                            .order_by(OrderLine.position)).all()
    payments = session.scalars(
        select(Payment).where(Payment.order_id == order_id, Payment.kind == "payment")
        .order_by(Payment.created_at, Payment.id)).all()
    methods: list[str] = []
    for payment in payments:
        if payment.method not in methods:
            methods.append(payment.method)
    return OrderToReturn(
        order_id=order.id, number=order.number, channel=order.channel, status=order.status,
        currency=order.currency,
        customer=(f"{customer.first_name} {customer.last_name} ({customer.number})"
                  if customer else ""),
        closed_at=order.closed_at, window_days=days, window_closes=last_day,
        window_closed=closed, till_currency=store.currency if store else None,
        paid_with=tuple(methods),
        lines=tuple(ReturnableLine(line.id, line.sku, line.name, line.quantity,
                                   line.handed_over_quantity, line.returned_quantity,
                                   line.total) for line in lines),
    )


def customer_orders(session: Session, customer_id: uuid.UUID, limit: int = 100
                    ) -> list[CustomerOrder]:
    """The customer's orders with goods that can still come back, newest first."""
    orders = session.scalars(
        select(Order).where(Order.customer_id == customer_id,
                            Order.status.in_([status.value for status in RETURNABLE]),
                            Order.closed_at.is_not(None))
        .order_by(Order.placed_at.desc()).limit(limit)).all()
    found = []
    for order in orders:
        units = sum(rules.returnable_quantity(line.handed_over_quantity,
                                              line.returned_quantity)
                    for line in session.scalars(
                        select(OrderLine).where(OrderLine.order_id == order.id)))
        if units > 0:
            found.append(CustomerOrder(order.id, order.number, order.channel,
                                       order.placed_at, order.total, order.currency, units))
    return found
