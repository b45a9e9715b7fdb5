"""What a hand-over receipt shows (read from the replica by `queries` once the hand-over
is recorded). Qt-free, no I/O."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class HandedLine:
    sku: str
    name: str
    ordered: int
    now: int  # handed over at this hand-over
    value: Decimal  # what the units handed over now are worth
    waiting: int  # still to collect afterwards
    cancelled: int  # cancelled at this hand-over


@dataclass(frozen=True)
class Money:
    method: str
    amount: Decimal
    reference: str | None


@dataclass(frozen=True)
class HandOverReceipt:
    order_id: uuid.UUID
    number: str
    status: str
    at: datetime
    store_name: str
    store_address: str
    staff: str
    customer: str
    currency: str
    lines: tuple[HandedLine, ...]
    value_now: Decimal
    payments: tuple[Money, ...]  # taken at this hand-over (cash net of the change)
    change: Decimal
    refunds: tuple[Money, ...]  # given back at this hand-over
    store_country: str = ""  # PL, IT: the receipt is printed in its language

    @property
    def still_waiting(self) -> int:
        return sum(line.waiting for line in self.lines)
