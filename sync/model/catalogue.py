"""Products, barcodes, tax, price lists, promotions and stock."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sync.model.base import Base, SyncedMixin
from sync.model.types import Percent


class Product(SyncedMixin, Base):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(64))
    tax_class: Mapped[str] = mapped_column(String(16), default="standard")
    active: Mapped[bool] = mapped_column(default=True)


class Barcode(SyncedMixin, Base):
    __tablename__ = "barcodes"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"), index=True)


class TaxRate(SyncedMixin, Base):
    """VAT rate of a tax class in a country (PL standard 23 %, IT standard 22 %...)."""

    __tablename__ = "tax_rates"
    __table_args__ = (UniqueConstraint("country", "tax_class"),)

    country: Mapped[str] = mapped_column(String(2))
    tax_class: Mapped[str] = mapped_column(String(16))
    rate: Mapped[Decimal] = mapped_column(Percent())


class PriceList(SyncedMixin, Base):
    """Gross prices in one currency: the base list (segment None) or a segment's own.

    A list belongs to a country (it prices sales there, and that country's pricing staff
    set it) or, with `country` None, to the whole company (it prices sales in its currency
    wherever no list of the country itself gives the price; the head office sets it).
    See sync.commands.permissions.check_price_authority.
    """

    __tablename__ = "price_lists"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    segment: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))


class Price(SyncedMixin, Base):
    __tablename__ = "prices"
    __table_args__ = (UniqueConstraint("price_list_id", "product_id", "valid_from"),)

    price_list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("price_lists.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"), index=True)
    amount: Mapped[Decimal]
    valid_from: Mapped[datetime]
    valid_to: Mapped[datetime | None]


class Promotion(SyncedMixin, Base):
    """A time-bound promotion; see sync.rules.pricing for how one is chosen."""

    __tablename__ = "promotions"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    percent: Mapped[Decimal | None] = mapped_column(Percent())
    amount: Mapped[Decimal | None]
    buy_quantity: Mapped[int | None]
    pay_quantity: Mapped[int | None]
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"))
    category: Mapped[str | None] = mapped_column(String(64))
    segment: Mapped[str | None] = mapped_column(String(32))
    currency: Mapped[str | None] = mapped_column(String(3))
    min_quantity: Mapped[int] = mapped_column(default=1)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]


class Stock(SyncedMixin, Base):
    """Units of a product on hand in a store."""

    __tablename__ = "stock"
    __table_args__ = (
        UniqueConstraint("store_id", "product_id"),
        Index("ix_stock_store_id_id", "store_id", "id"),  # a store's stock in id order
    )

    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"), index=True)
    on_hand: Mapped[int] = mapped_column(default=0)
