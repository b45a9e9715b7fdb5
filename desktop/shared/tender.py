"""A payment handed over at a desk: what the payment dialog gives every work area."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Tender:
    """One payment handed over: cash (`reference` None) or card (terminal reference)."""

    method: str  # "cash" or "card"
    amount: Decimal
    reference: str | None = None
