"""What a receipt shows (read from the replica by `queries.load_receipt` once the sale is
recorded). Qt-free."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class ReceiptLine:
    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    discount: Decimal
    promotion_code: str | None
    tax_rate: Decimal
    total: Decimal


@dataclass(frozen=True)
class ReceiptPayment:
    method: str
    amount: Decimal
    reference: str | None


@dataclass(frozen=True)
class Receipt:
    order_id: uuid.UUID
    number: str
    placed_at: datetime
    store_name: str
    store_address: str
    cashier: str
    customer: str
    currency: str
    lines: tuple[ReceiptLine, ...]
    list_total: Decimal
    discount_total: Decimal
    tax_total: Decimal
    total: Decimal
    payments: tuple[ReceiptPayment, ...]
    change: Decimal
    store_country: str = ""  # PL, IT: the receipt is printed in its language

    @property
    def tendered(self) -> Decimal:
        """What the customer handed over (cash before the change was given back)."""
        return sum((p.amount for p in self.payments), Decimal("0.00")) + self.change
