"""Which replica tables each part of the customers page shows, and whether a change
concerns it: the page reads again only what a sync touched."""

from __future__ import annotations

import uuid

from sync.client.touched import Touched

SEARCH = frozenset({"customers"})
# The 360 without its timeline: the profile (and where the customer is served), the open
# carts priced as this till sells, orders, returns (with their order's number) and
# applications.
PROFILE = frozenset({"customers", "stores", "territories"})
PRICING = frozenset({"products", "tax_rates", "price_lists", "prices", "promotions"})
OVERVIEW = (
    PROFILE | PRICING | frozenset({"carts", "cart_lines", "orders", "returns", "applications"})
)
TIMELINE = frozenset({"interactions", "staff_users", "stores"})
TILL = frozenset({"stores"})  # the till's country, new customers' default
PAGE = SEARCH | OVERVIEW | TIMELINE | TILL


def overview_concerned(touched: Touched, customer_id: uuid.UUID) -> bool:
    """Whether the 360 of `customer_id` may show something else (its own customer row,
    or any row of the other tables: a new order's id says nothing of whose it is)."""
    return touched.concerns_row("customers", customer_id) or touched.concerns(
        *(OVERVIEW - {"customers"})
    )


def timeline_concerned(touched: Touched) -> bool:
    return touched.concerns(*TIMELINE)


def search_concerned(touched: Touched) -> bool:
    return touched.concerns(*SEARCH)


def till_concerned(touched: Touched) -> bool:
    return touched.concerns(*TILL)
