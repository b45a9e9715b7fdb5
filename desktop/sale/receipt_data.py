"""What a receipt shows, read from the replica once the sale is recorded. Qt-free."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.model import Customer, Order, OrderLine, Payment, StaffUser, Store


@dataclass(frozen=True)
class ReceiptLine:
    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    discount: Decimal
    promotion_code: str | None
    tax_rate: Decimal
    total: Decimal


@dataclass(frozen=True)
class ReceiptPayment:
    method: str
    amount: Decimal
    reference: str | None


@dataclass(frozen=True)
class Receipt:
    order_id: uuid.UUID
    number: str
    placed_at: datetime
    store_name: str
    store_address: str
    cashier: str
    customer: str
    currency: str
    lines: tuple[ReceiptLine, ...]
    list_total: Decimal
    discount_total: Decimal
    tax_total: Decimal
    total: Decimal
    payments: tuple[ReceiptPayment, ...]
    change: Decimal

    @property
    def tendered(self) -> Decimal:
        """What the customer handed over (cash before the change was given back)."""
        return sum((p.amount for p in self.payments), Decimal("0.00")) + self.change


def load_receipt(session: Session, order_id: uuid.UUID, change: Decimal) -> Receipt:
    """The receipt of a completed sale; `change` is the cash given back (not stored)."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(f"order {order_id} is not on this till")
    store = session.get(Store, order.origin_store_id) if order.origin_store_id else None
    staff = session.get(StaffUser, order.staff_id) if order.staff_id else None
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(select(OrderLine).where(OrderLine.order_id == order_id)
                            .order_by(OrderLine.position)).all()
    payments = session.scalars(
        select(Payment).where(Payment.order_id == order_id, Payment.kind == "payment")
        .order_by(Payment.created_at, Payment.id)).all()
    return Receipt(
        order_id=order.id, number=order.number, placed_at=order.placed_at,
        store_name=store.name if store else "",
        store_address=f"{store.address}, {store.city}" if store else "",
        cashier=staff.display_name if staff else "",
        customer=(f"{customer.first_name} {customer.last_name} ({customer.number})"
                  if customer else ""),
        currency=order.currency,
        lines=tuple(ReceiptLine(line.sku, line.name, line.quantity, line.unit_list_price,
                                line.discount, line.promotion_code, line.tax_rate, line.total)
                    for line in lines),
        list_total=order.list_total, discount_total=order.discount_total,
        tax_total=order.tax_total, total=order.total,
        payments=tuple(ReceiptPayment(p.method, p.amount, p.reference) for p in payments),
        change=change,
    )
