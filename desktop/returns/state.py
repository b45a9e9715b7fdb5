"""What the returns page shows, as plain data: an order's lines and what can still come
back of them, the return window at this till, a customer's orders that can take a
return. Qt-free; read by `queries`, shown by the page's widgets."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sync.commands.returns import RETURNABLE
from sync.rules import returns as rules


@dataclass(frozen=True)
class ReturnableLine:
    order_line_id: uuid.UUID
    sku: str
    name: str
    quantity: int  # ordered
    handed_over: int  # bought: the units that left
    returned: int
    total: Decimal  # what the whole line cost

    @property
    def returnable(self) -> int:
        return rules.returnable_quantity(self.handed_over, self.returned)

    def refund(self, quantity: int) -> Decimal:
        """The refund for `quantity` more units, by the shared rule."""
        return rules.refund_for(self.total, self.quantity, self.returned, quantity)


@dataclass(frozen=True)
class OrderToReturn:
    order_id: uuid.UUID
    number: str
    channel: str
    status: str
    currency: str
    customer_id: uuid.UUID | None
    customer: str
    closed_at: datetime | None
    window_days: int
    window_closes: date | None  # the last day without a manager (store-local)
    window_closed: bool
    till_currency: str | None
    paid_with: tuple[str, ...]  # payment methods, first payment first
    lines: tuple[ReturnableLine, ...]

    @property
    def returnable(self) -> bool:
        return self.status in RETURNABLE and self.closed_at is not None

    @property
    def returnable_units(self) -> int:
        return sum(line.returnable for line in self.lines)


@dataclass(frozen=True)
class CustomerOrder:
    order_id: uuid.UUID
    number: str
    channel: str
    placed_at: datetime
    total: Decimal
    currency: str
    returnable_units: int
