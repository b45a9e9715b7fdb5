"""Carts, orders, their lines and payments."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.model.base import Base, SyncedMixin
from sync.model.types import Percent, utcnow


class Cart(SyncedMixin, Base):
    """One cart per customer journey, shared by every channel (PRODUCT.md rule 3)."""

    __tablename__ = "carts"

    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), index=True)
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    currency: Mapped[str] = mapped_column(String(3))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CartLine(SyncedMixin, Base):
    __tablename__ = "cart_lines"

    cart_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("carts.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int]
    channel: Mapped[str] = mapped_column(String(16))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class Order(SyncedMixin, Base):
    """An order from any channel; lines keep the price they were sold at."""

    __tablename__ = "orders"

    number: Mapped[str] = mapped_column(String(24), unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), index=True)
    cart_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("carts.id"))
    channel: Mapped[str] = mapped_column(String(16))
    origin_store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    pickup_store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    fulfilment: Mapped[str] = mapped_column(String(16))
    ship_address: Mapped[dict[str, Any] | None]
    status: Mapped[str] = mapped_column(String(20))
    payment_mode: Mapped[str] = mapped_column(String(16))
    payment_state: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    segment: Mapped[str] = mapped_column(String(32))
    list_total: Mapped[Decimal]
    discount_total: Mapped[Decimal]
    tax_total: Mapped[Decimal]
    total: Mapped[Decimal]
    placed_at: Mapped[datetime]
    ready_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]


class OrderLine(SyncedMixin, Base):
    __tablename__ = "order_lines"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int]
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int]
    unit_list_price: Mapped[Decimal]
    discount: Mapped[Decimal]
    promotion_code: Mapped[str | None] = mapped_column(String(32))
    tax_rate: Mapped[Decimal] = mapped_column(Percent())
    tax: Mapped[Decimal]
    total: Mapped[Decimal]
    handed_over_quantity: Mapped[int] = mapped_column(default=0)
    returned_quantity: Mapped[int] = mapped_column(default=0)


class Payment(SyncedMixin, Base):
    """Money in (kind "payment") or out (kind "refund") against an order."""

    __tablename__ = "payments"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    return_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("returns.id"))
    kind: Mapped[str] = mapped_column(String(16))
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal]
    reference: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
