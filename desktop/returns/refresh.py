"""Which tables the returns page shows, and whether what a sync touched concerns what is
on screen. Qt-free.

The order on the form is read again when its own rows, its customer, its payments or
the till may have changed; the customer's list of orders when any order or return did;
the customer search when customers did. Anything else leaves the page as it is.
"""

from __future__ import annotations

from desktop.returns.state import OrderToReturn
from sync.client.touched import Touched

ORDER_TABLES = frozenset({"orders", "order_lines", "returns", "return_lines"})
PLACE_TABLES = frozenset({"stores"})  # the till: its return window, currency, time zone
WATCHES = ORDER_TABLES | PLACE_TABLES | {"customers", "payments"}


def order_concerned(touched: Touched, order: OrderToReturn) -> bool:
    """Whether the order on the form may read differently now."""
    if touched.concerns(*PLACE_TABLES, "payments"):
        return True
    if touched.concerns_row("orders", order.order_id):
        return True
    if order.customer_id is not None and touched.concerns_row("customers", order.customer_id):
        return True
    return any(touched.concerns_row("order_lines", line.order_line_id) for line in order.lines)


def customer_orders_concerned(touched: Touched) -> bool:
    """Whether a customer's orders that can take a return may differ."""
    return touched.concerns(*ORDER_TABLES)


def customers_concerned(touched: Touched) -> bool:
    return touched.concerns("customers")
