"""What a return receipt shows, as plain data (read by `queries.load_return_receipt` once
the return is recorded). Qt-free."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class ReturnReceiptLine:
    sku: str
    name: str
    quantity: int
    condition: str
    refund: Decimal


@dataclass(frozen=True)
class ReturnRefund:
    method: str
    amount: Decimal
    reference: str | None


@dataclass(frozen=True)
class ReturnReceipt:
    return_id: uuid.UUID
    number: str
    order_number: str
    created_at: datetime
    store_name: str
    store_address: str
    staff: str
    approved_by: str  # the manager who accepted a late return, else ""
    customer: str
    reason: str
    refund_method: str
    currency: str
    lines: tuple[ReturnReceiptLine, ...]
    refunds: tuple[ReturnRefund, ...]
    total: Decimal
    store_country: str = ""  # PL, IT: the receipt is printed in its language
