"""What the customers work area shows, as plain frozen data read from the replica
(`queries`): a customer's profile, open carts, orders, returns, applications and
timeline events. Safe to hand from a worker to the GUI thread."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Consent:
    name: str
    granted: bool
    at: datetime | None
    channel: str | None


@dataclass(frozen=True)
class CustomerProfile:
    id: uuid.UUID
    number: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    tax_id: str | None
    segment: str
    loyalty_card: str | None
    street: str | None
    city: str | None
    postal_code: str | None
    country: str
    consents: tuple[Consent, ...]
    home: str  # the home store's or territory's name ("" if none)
    created_at: datetime

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class OpenCart:
    id: uuid.UUID
    channel: str
    currency: str
    lines: int
    units: int
    total: Decimal | None  # None: empty, or the engine could not price it
    problem: str  # why it could not be priced ("" if it was)
    updated_at: datetime


@dataclass(frozen=True)
class OrderSummary:
    id: uuid.UUID
    number: str
    channel: str
    status: str
    fulfilment: str
    payment_state: str
    total: Decimal
    currency: str
    placed_at: datetime


@dataclass(frozen=True)
class ReturnSummary:
    id: uuid.UUID
    number: str
    order_number: str
    channel: str
    refund_method: str
    refund_total: Decimal
    currency: str
    created_at: datetime


@dataclass(frozen=True)
class ApplicationSummary:
    id: uuid.UUID
    number: str
    kind: str
    status: str
    channel: str
    current_step: str
    amount: Decimal | None
    currency: str | None
    updated_at: datetime


@dataclass(frozen=True)
class CustomerOverview:
    """Everything the 360 shows except the timeline (which pages on its own)."""

    profile: CustomerProfile
    carts: tuple[OpenCart, ...]
    orders: tuple[OrderSummary, ...]
    returns: tuple[ReturnSummary, ...]
    applications: tuple[ApplicationSummary, ...]


@dataclass(frozen=True)
class TimelineKey:
    """Where a page of the timeline ends: the next page starts after it."""

    occurred_at: datetime
    id: uuid.UUID


@dataclass(frozen=True)
class TimelineEvent:
    id: uuid.UUID
    occurred_at: datetime
    channel: str
    kind: str
    text: str
    staff: str
    store: str
    # The values `text` mentions, to say it in the screen's language (None: old rows, notes).
    params: Mapping[str, Any] | None = field(default=None, compare=False)

    @property
    def key(self) -> TimelineKey:
        return TimelineKey(self.occurred_at, self.id)
