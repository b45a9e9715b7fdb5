"""Customers and their one timeline of interactions across every channel."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.model.base import Base, SyncedMixin
from sync.model.types import utcnow


class Channel(StrEnum):
    """Where something happened; every event records it (PRODUCT.md rule 6)."""

    WEB = "web"
    PHONE = "phone"
    STORE = "store"
    BRANCH = "branch"
    FIELD = "field"


class Customer(SyncedMixin, Base):
    """A customer, served by a home store and/or a field territory."""

    __tablename__ = "customers"
    # A store's or territory's customers in id order: how a first sync pages through them.
    __table_args__ = (
        Index("ix_customers_home_store_id_id", "home_store_id", "id"),
        Index("ix_customers_territory_id_id", "territory_id", "id"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    tax_id: Mapped[str | None] = mapped_column(String(32))
    segment: Mapped[str] = mapped_column(String(32), default="retail")
    loyalty_card: Mapped[str | None] = mapped_column(String(32), unique=True)
    home_store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"))
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(80))
    postal_code: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2))
    consents: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Interaction(SyncedMixin, Base):
    """One event on a customer's timeline: an order, a note, a visit, a return..."""

    __tablename__ = "interactions"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    ref_type: Mapped[str | None] = mapped_column(String(32))
    ref_id: Mapped[uuid.UUID | None]
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # The values `text` mentions (order number, store, amounts as strings with their
    # currency, counts...), so a device can say the event in its staff's language;
    # None on events written before they were kept, and on staff notes.
    params: Mapped[dict[str, Any] | None]
