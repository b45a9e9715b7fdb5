"""Finding the product to sell: by a scanned code, or by name or SKU. Qt-free.

Uses the replica's product search (sync.client.search), and adds to each product found
the units on hand in this store and its price here for one unit, from the pricing engine
(`sync.commands.pricing_source.quote`) exactly as a sale would charge it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client.device import workplace
from sync.client.search import product_by_barcode, search_products
from sync.commands.pricing_source import quote
from sync.commands.sales import RETAIL
from sync.model import Customer, Product, Stock, Store
from sync.model.types import utcnow
from sync.rules.errors import RuleViolation


@dataclass(frozen=True)
class ProductChoice:
    """A product the cashier may pick, with its units on hand here (None: no store) and
    the price of one unit at this till now (None: it cannot be priced)."""

    product_id: uuid.UUID
    sku: str
    name: str
    on_hand: int | None
    unit_price: Decimal | None = None
    currency: str = ""


def find_by_code(session: Session, code: str) -> uuid.UUID | None:
    """The product with this barcode, or else this exact SKU (any letter case)."""
    found = product_by_barcode(session, code)
    if found is not None:
        return found.id
    return session.scalars(select(Product.id).where(Product.sku == code.strip().upper())).first()


def _till(session: Session) -> tuple[str, str]:
    """The currency and country this till sells in (as the sale prices a cart)."""
    place = workplace(session)
    store = session.get(Store, place.store_id) if place.store_id else None
    return (store.currency, store.country) if store is not None else ("PLN", "PL")


def unit_price(
    session: Session, product_id: uuid.UUID, segment: str = RETAIL, at: datetime | None = None
) -> Decimal | None:
    """What a sale here charges for one unit of the product alone (None: not sold)."""
    currency, country = _till(session)
    try:
        breakdown = quote(session, currency, country, segment, [(product_id, 1)], at or utcnow())
    except RuleViolation:
        return None
    return next((line.total for line in breakdown.lines if line.product_id == product_id), None)


def find_products(
    session: Session, text: str, limit: int = 50, customer_id: uuid.UUID | None = None
) -> list[ProductChoice]:
    """Products still sold matching `text` by name, SKU or barcode, with stock and the
    price of one unit here (for the segment of the customer served, if any)."""
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    segment = customer.segment if customer is not None else RETAIL
    found = [hit for hit in search_products(session, text, limit=limit) if hit.active]
    here = workplace(session).store_id
    on_hand: dict[uuid.UUID, int] = {}
    if here is not None and found:
        on_hand = dict(
            session.execute(
                select(Stock.product_id, Stock.on_hand).where(
                    Stock.store_id == here, Stock.product_id.in_([hit.id for hit in found])
                )
            ).all()
        )
    currency, _ = _till(session)
    at = utcnow()
    return [
        ProductChoice(
            hit.id,
            hit.sku,
            hit.name,
            on_hand.get(hit.id, 0) if here is not None else None,
            unit_price(session, hit.id, segment, at),
            currency,
        )
        for hit in found
    ]
