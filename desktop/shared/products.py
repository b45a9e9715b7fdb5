"""Finding the product to sell: by a scanned code, or by name or SKU. Qt-free.

Uses the replica's product search (sync.client.search), and adds the units on hand in
this store to each product found.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client.device import workplace
from sync.client.search import product_by_barcode, search_products
from sync.model import Product, Stock


@dataclass(frozen=True)
class ProductChoice:
    """A product the cashier may pick, with its units on hand here (None: no store)."""

    product_id: uuid.UUID
    sku: str
    name: str
    on_hand: int | None


def find_by_code(session: Session, code: str) -> uuid.UUID | None:
    """The product with this barcode, or else this exact SKU (any letter case)."""
    found = product_by_barcode(session, code)
    if found is not None:
        return found.id
    return session.scalars(select(Product.id).where(Product.sku == code.strip().upper())).first()


def find_products(session: Session, text: str, limit: int = 50) -> list[ProductChoice]:
    """Products still sold matching `text` by name, SKU or barcode, with stock here."""
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
    return [
        ProductChoice(
            hit.id, hit.sku, hit.name, on_hand.get(hit.id, 0) if here is not None else None
        )
        for hit in found
    ]
