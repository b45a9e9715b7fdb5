"""What the returns page reads from the replica: an order's returnable lines, the return
window at this till, a customer's orders that can still take a return, and the receipt of
a return once recorded. Qt-free; run by the page's background ops."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.returns.receipt_data import ReturnReceipt, ReturnReceiptLine, ReturnRefund
from desktop.returns.state import CustomerOrder, OrderToReturn, ReturnableLine
from sync.client.device import workplace
from sync.commands.returns import POSTAL_RETURN_DAYS, RETURNABLE
from sync.model import (
    Customer,
    Order,
    OrderLine,
    Payment,
    Return,
    ReturnLine,
    StaffUser,
    Store,
)
from sync.model.types import utcnow
from sync.rules import returns as rules
from sync.rules.errors import RuleViolation


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


def _window(
    session: Session, order: Order, store: Store | None, at: datetime
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


def load_order(session: Session, order_id: uuid.UUID, at: datetime | None = None) -> OrderToReturn:
    """The order as the return form shows it; LookupError if it is not on this till."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(f"order {order_id} is not on this till")
    store = _till_store(session)
    days, last_day, closed = _window(session, order, store, at or utcnow())
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(
        select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.position)
    ).all()
    payments = session.scalars(
        select(Payment)
        .where(Payment.order_id == order_id, Payment.kind == "payment")
        .order_by(Payment.created_at, Payment.id)
    ).all()
    methods: list[str] = []
    for payment in payments:
        if payment.method not in methods:
            methods.append(payment.method)
    return OrderToReturn(
        order_id=order.id,
        number=order.number,
        channel=order.channel,
        status=order.status,
        currency=order.currency,
        customer_id=order.customer_id,
        customer=(
            f"{customer.first_name} {customer.last_name} ({customer.number})" if customer else ""
        ),
        closed_at=order.closed_at,
        window_days=days,
        window_closes=last_day,
        window_closed=closed,
        till_currency=store.currency if store else None,
        paid_with=tuple(methods),
        lines=tuple(
            ReturnableLine(
                line.id,
                line.sku,
                line.name,
                line.quantity,
                line.handed_over_quantity,
                line.returned_quantity,
                line.total,
            )
            for line in lines
        ),
    )


def customer_orders(
    session: Session, customer_id: uuid.UUID, limit: int = 100
) -> list[CustomerOrder]:
    """The customer's orders with goods that can still come back, newest first."""
    orders = session.scalars(
        select(Order)
        .where(
            Order.customer_id == customer_id,
            Order.status.in_([status.value for status in RETURNABLE]),
            Order.closed_at.is_not(None),
        )
        .order_by(Order.placed_at.desc())
        .limit(limit)
    ).all()
    found = []
    for order in orders:
        units = sum(
            rules.returnable_quantity(line.handed_over_quantity, line.returned_quantity)
            for line in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id))
        )
        if units > 0:
            found.append(
                CustomerOrder(
                    order.id,
                    order.number,
                    order.channel,
                    order.placed_at,
                    order.total,
                    order.currency,
                    units,
                )
            )
    return found


def _name(session: Session, staff_id: uuid.UUID | None) -> str:
    staff = session.get(StaffUser, staff_id) if staff_id else None
    return staff.display_name if staff else ""


def load_return_receipt(session: Session, return_id: uuid.UUID) -> ReturnReceipt:
    ret = session.get(Return, return_id)
    if ret is None:
        raise LookupError(f"return {return_id} is not on this till")
    order = session.get(Order, ret.order_id)
    assert order is not None  # a return row always hangs off its order
    store = session.get(Store, ret.store_id) if ret.store_id else None
    customer = session.get(Customer, ret.customer_id) if ret.customer_id else None
    lines = session.execute(
        select(ReturnLine, OrderLine.sku, OrderLine.name)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .where(ReturnLine.return_id == return_id)
        .order_by(OrderLine.position)
    ).all()
    refunds = session.scalars(
        select(Payment)
        .where(Payment.return_id == return_id, Payment.kind == "refund")
        .order_by(Payment.created_at, Payment.method)
    ).all()
    return ReturnReceipt(
        return_id=ret.id,
        number=ret.number,
        order_number=order.number,
        created_at=ret.created_at,
        store_name=store.name if store else "",
        store_address=f"{store.address}, {store.city}" if store else "",
        store_country=store.country if store else "",
        staff=_name(session, ret.staff_id),
        approved_by=_name(session, ret.override_by),
        customer=(
            f"{customer.first_name} {customer.last_name} ({customer.number})" if customer else ""
        ),
        reason=ret.reason,
        refund_method=ret.refund_method,
        currency=order.currency,
        lines=tuple(
            ReturnReceiptLine(sku, name, line.quantity, line.condition, line.refund_amount)
            for line, sku, name in lines
        ),
        refunds=tuple(ReturnRefund(p.method, p.amount, p.reference) for p in refunds),
        total=ret.refund_total,
    )
