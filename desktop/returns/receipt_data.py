"""What a return receipt shows, read from the replica once the return is recorded. Qt-free."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.model import Customer, Order, OrderLine, Payment, Return, ReturnLine, StaffUser, Store


@dataclass(frozen=True)
class ReturnReceiptLine:
    sku: str
    name: str
    quantity: int
    condition: str
    refund: Decimal


@dataclass(frozen=True)
class ReturnRefund:
    method: str
    amount: Decimal
    reference: str | None


@dataclass(frozen=True)
class ReturnReceipt:
    return_id: uuid.UUID
    number: str
    order_number: str
    created_at: datetime
    store_name: str
    store_address: str
    staff: str
    approved_by: str  # the manager who accepted a late return, else ""
    customer: str
    reason: str
    refund_method: str
    currency: str
    lines: tuple[ReturnReceiptLine, ...]
    refunds: tuple[ReturnRefund, ...]
    total: Decimal


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
        .where(ReturnLine.return_id == return_id).order_by(OrderLine.position)).all()
    refunds = session.scalars(
        select(Payment).where(Payment.return_id == return_id, Payment.kind == "refund")
        .order_by(Payment.created_at, Payment.method)).all()
    return ReturnReceipt(
        return_id=ret.id, number=ret.number, order_number=order.number,
        created_at=ret.created_at, store_name=store.name if store else "",
        store_address=f"{store.address}, {store.city}" if store else "",
        staff=_name(session, ret.staff_id),
        approved_by=_name(session, ret.override_by),
        customer=(f"{customer.first_name} {customer.last_name} ({customer.number})"
                  if customer else ""),
        reason=ret.reason, refund_method=ret.refund_method, currency=order.currency,
        lines=tuple(ReturnReceiptLine(sku, name, line.quantity, line.condition,
                                      line.refund_amount) for line, sku, name in lines),
        refunds=tuple(ReturnRefund(p.method, p.amount, p.reference) for p in refunds),
        total=ret.refund_total,
    )
