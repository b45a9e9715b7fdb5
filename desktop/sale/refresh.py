"""Which tables the sale page shows, and whether what a sync touched concerns the sale on
screen. Qt-free.

The cart is re-read when its rows, its customer, its customer's other carts, the prices
of its products or the till may have changed; the stock of the highlighted product alone
when only stock did. Anything else leaves the page as it is.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sync.client.touched import Touched

CART_TABLES = frozenset({"carts", "cart_lines"})
PRICE_TABLES = frozenset({"prices", "price_lists", "promotions", "tax_rates"})
PLACE_TABLES = frozenset({"stores", "territories"})  # the till: its currency, its store
STOCK_TABLES = frozenset({"stock", "store_neighbours"}) | PLACE_TABLES
WATCHES = CART_TABLES | PRICE_TABLES | STOCK_TABLES | {"customers", "products"}


@dataclass(frozen=True)
class OnScreen:
    """What the sale page shows: whose sale, which cart, which products."""

    customer_id: uuid.UUID | None = None
    cart_id: uuid.UUID | None = None
    products: frozenset[uuid.UUID] = frozenset()


def cart_concerned(touched: Touched, shown: OnScreen) -> bool:
    """Whether the cart on screen (or the customer's carts to choose from) may differ."""
    if touched.concerns(*PLACE_TABLES):
        return True
    if shown.customer_id is not None and (
        touched.concerns_row("customers", shown.customer_id) or touched.concerns(*CART_TABLES)
    ):  # their carts from every channel
        return True
    if shown.cart_id is not None and (
        touched.concerns_row("carts", shown.cart_id) or touched.concerns("cart_lines")
    ):
        return True
    return bool(shown.products) and (
        touched.concerns(*PRICE_TABLES)
        or any(touched.concerns_row("products", product) for product in shown.products)
    )


def stock_concerned(touched: Touched, product_id: uuid.UUID | None) -> bool:
    """Whether the stock shown for the highlighted product may differ."""
    return product_id is not None and touched.concerns(*STOCK_TABLES)
