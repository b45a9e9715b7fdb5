"""What the pickup desk reads from the replica: the queue, one order, and what a
hand-over receipt shows. Qt-free.

Every function takes a session and returns plain frozen values (`records`,
`handover_data`), so the GUI thread never holds a session or triggers a lazy load.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.orders.handover_data import HandedLine, HandOverReceipt, Money
from desktop.orders.records import (
    WAITING,
    ZERO,
    DetailLine,
    Identity,
    OrderDetail,
    QueueFilter,
    QueueRow,
)
from sync.client.device import workplace
from sync.model import Customer, Order, OrderLine, Payment, Store
from sync.rules import pickup
from sync.rules.orders import Fulfilment, OrderStatus

REFUND_METHODS = ("online", "card", "store_credit", "cash")


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
        select(Payment.order_id, Payment.kind, Payment.amount).where(
            Payment.order_id.in_(order_ids)
        )
    ).all():
        sign = 1 if kind == "payment" else -1
        held[order_id] = held.get(order_id, ZERO) + sign * amount
    return held


def _waiting_units(session: Session, order_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not order_ids:
        return {}
    rows = session.execute(
        select(OrderLine.order_id, func.sum(OrderLine.quantity - OrderLine.handed_over_quantity))
        .where(OrderLine.order_id.in_(order_ids))
        .group_by(OrderLine.order_id)
    ).all()
    return {order_id: int(units or 0) for order_id, units in rows}


def _name(customer: Customer | None) -> str:
    return f"{customer.first_name} {customer.last_name}" if customer else ""


def load_queue(session: Session, which: QueueFilter = QueueFilter.ALL) -> list[QueueRow]:
    """Pickup orders waiting at this device's store, oldest first."""
    store_id = workplace(session).store_id
    if store_id is None:
        return []
    found = session.execute(
        select(Order, Customer)
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .where(
            Order.pickup_store_id == store_id,
            Order.fulfilment == Fulfilment.PICKUP.value,
            Order.status.in_(_statuses(which)),
        )
        .order_by(Order.placed_at, Order.number)
    ).all()
    ids = [order.id for order, _ in found]
    held, units = _held(session, ids), _waiting_units(session, ids)
    return [
        QueueRow(
            order.id,
            order.number,
            _name(customer),
            order.channel,
            order.status,
            order.placed_at,
            order.payment_mode,
            order.currency,
            order.total,
            held.get(order.id, ZERO),
            units.get(order.id, 0),
            order.expires_at,
        )
        for order, customer in found
    ]


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
    return Identity(
        _name(customer),
        customer.number,
        mask_phone(customer.phone),
        mask_email(customer.email),
        mask_card(customer.loyalty_card),
        customer.id,
    )


def load_order(session: Session, order_id: uuid.UUID) -> OrderDetail | None:
    order = session.get(Order, order_id)
    if order is None:
        return None
    store_id = workplace(session).store_id
    store = session.get(Store, order.pickup_store_id) if order.pickup_store_id else None
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.position)
    ).all()
    return OrderDetail(
        order.id,
        order.number,
        order.status,
        order.channel,
        order.fulfilment,
        order.payment_mode,
        order.payment_state,
        order.currency,
        order.total,
        _held(session, [order.id]).get(order.id, ZERO),
        order.placed_at,
        order.expires_at,
        store.name if store else "",
        order.pickup_store_id == store_id and store_id is not None,
        _identity(customer),
        tuple(
            DetailLine(
                line.id,
                line.sku,
                line.name,
                line.quantity,
                line.handed_over_quantity,
                line.total,
                order.currency,
            )
            for line in lines
        ),
    )


def find_order(session: Session, number: str) -> OrderDetail | None:
    """The order with this number on this device, wherever it is collected."""
    order_id = session.scalar(select(Order.id).where(Order.number == number))
    return load_order(session, order_id) if order_id is not None else None


def _refund_ids(order_id: uuid.UUID) -> list[uuid.UUID]:
    """The ids `order.hand_over` gives the refunds of a cancelled rest."""
    return [uuid.uuid5(order_id, f"hand_over:rest:{method}") for method in REFUND_METHODS]


def _money(rows: Sequence[Payment]) -> tuple[Money, ...]:
    return tuple(
        Money(p.method, p.amount, p.reference)
        for p in sorted(rows, key=lambda p: (p.method == "cash", p.method))
    )


def load_hand_over_receipt(
    session: Session,
    order_id: uuid.UUID,
    plan: pickup.HandOverPlan,
    payment_ids: Sequence[uuid.UUID],
    change: Decimal,
    staff: str,
    at: datetime,
) -> HandOverReceipt:
    """The receipt of the hand-over `plan` just recorded, with the payments it took."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(f"order {order_id} is not on this till")
    store = session.get(Store, order.pickup_store_id) if order.pickup_store_id else None
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(
        select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.position)
    ).all()
    handed = []
    for line in lines:
        now = plan.units.get(line.id, 0)
        before = line.handed_over_quantity - now
        value = pickup.units_value(
            line.total, line.quantity, line.handed_over_quantity
        ) - pickup.units_value(line.total, line.quantity, before)
        cancelled = plan.cancelled.get(line.id, 0)
        waiting = (
            0
            if order.status != OrderStatus.READY_FOR_PICKUP
            else (line.quantity - line.handed_over_quantity)
        )
        if now or cancelled or waiting:
            handed.append(
                HandedLine(line.sku, line.name, line.quantity, now, value, waiting, cancelled)
            )
    taken = session.scalars(select(Payment).where(Payment.id.in_(list(payment_ids)))).all()
    refunds = session.scalars(
        select(Payment).where(Payment.id.in_(_refund_ids(order_id)), Payment.kind == "refund")
    ).all()
    return HandOverReceipt(
        order_id=order.id,
        number=order.number,
        status=order.status,
        at=at,
        store_name=store.name if store else "",
        store_address=f"{store.address}, {store.city}" if store else "",
        store_country=store.country if store else "",
        staff=staff,
        customer=(
            f"{customer.first_name} {customer.last_name} ({customer.number})" if customer else ""
        ),
        currency=order.currency,
        lines=tuple(handed),
        value_now=sum((line.value for line in handed), ZERO),
        payments=_money(taken),
        change=change,
        refunds=_money(refunds),
    )
