"""Stores, field territories and the staff who work in them."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.model.base import Base, SyncedMixin


class Role(StrEnum):
    CASHIER = "cashier"
    ADVISOR = "advisor"
    FIELD_REP = "field_rep"
    MANAGER = "manager"
    # Sets prices centrally, for the country of the office they work at (see
    # sync.commands.permissions.check_price_authority); sells nothing.
    PRICING = "pricing"


class StoreKind(StrEnum):
    SHOP = "shop"
    BRANCH = "branch"
    # A country's office: staff who work for the whole country (pricing), no sales.
    OFFICE = "office"
    # The company's head office: an office that also sets company-wide price lists.
    HEAD_OFFICE = "head_office"
    # A contact centre: advisors who serve a country's customers by phone, no sales.
    CONTACT_CENTRE = "contact_centre"


class Store(SyncedMixin, Base):
    """A shop or branch; its currency prices everything sold there."""

    __tablename__ = "stores"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="shop")  # a StoreKind
    country: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    city: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    return_window_days: Mapped[int] = mapped_column(default=30)
    pickup_hold_days: Mapped[int] = mapped_column(default=7)


class StoreNeighbour(SyncedMixin, Base):
    """A store whose stock staff of `store_id` can see (and send customers to)."""

    __tablename__ = "store_neighbours"

    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), index=True)
    neighbour_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))


class Territory(SyncedMixin, Base):
    """A field sales territory, served from a home store's stock and prices."""

    __tablename__ = "territories"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))


class StaffUser(SyncedMixin, Base):
    """A person who signs in on a device; secrets live only on the central API."""

    __tablename__ = "staff_users"

    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"))
    active: Mapped[bool] = mapped_column(default=True)
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    """The language their screens use (`pl`, `it`, `en`); none: the place's own."""
