"""What the pickup desk shows and asks for, as plain frozen values. Qt-free, no I/O.

The queries build them from the replica (`queries`), the screens show them, and the
changes take them (`actions`, `order_change`): views import this module, never those.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sync.rules import pickup
from sync.rules.orders import OrderStatus, PaymentMode

ZERO = Decimal("0.00")
WAITING = (OrderStatus.PLACED.value, OrderStatus.READY_FOR_PICKUP.value)


class QueueFilter(StrEnum):
    TO_PREPARE = "to_prepare"  # placed, not prepared yet
    READY = "ready"  # ready for pickup
    ALL = "all"  # both


@dataclass(frozen=True)
class QueueRow:
    order_id: uuid.UUID
    number: str
    customer: str
    channel: str
    status: str
    placed_at: datetime
    payment_mode: str
    currency: str
    total: Decimal
    held: Decimal  # paid less refunded
    items: int  # units still to hand over
    expires_at: datetime | None

    @property
    def due(self) -> Decimal:
        return max(self.total - self.held, ZERO)


@dataclass(frozen=True)
class DetailLine:
    line_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    handed_over: int
    total: Decimal
    currency: str

    @property
    def waiting(self) -> int:
        return self.quantity - self.handed_over

    def as_pickup(self) -> pickup.PickupLine:
        return pickup.PickupLine(
            self.line_id, f"{self.name} ({self.sku})", self.quantity, self.handed_over, self.total
        )


@dataclass(frozen=True)
class Identity:
    """What staff check before handing goods over: who the order is for."""

    name: str
    number: str
    phone: str  # masked
    email: str  # masked
    loyalty_card: str  # masked
    customer_id: uuid.UUID | None = None


@dataclass(frozen=True)
class OrderDetail:
    order_id: uuid.UUID
    number: str
    status: str
    channel: str
    fulfilment: str
    payment_mode: str
    payment_state: str
    currency: str
    total: Decimal
    held: Decimal
    placed_at: datetime
    expires_at: datetime | None
    pickup_store: str
    here: bool  # collected at this device's store
    customer: Identity | None
    lines: tuple[DetailLine, ...]

    @property
    def waiting(self) -> bool:
        """In this store's queue: it can be prepared or handed over here."""
        return self.here and self.status in WAITING

    @property
    def due(self) -> Decimal:
        return max(self.total - self.held, ZERO)

    @property
    def changeable(self) -> bool:
        """Its lines and payment can still be changed here (nothing has left yet)."""
        return self.waiting and not any(line.handed_over for line in self.lines)

    def pickup_lines(self) -> list[pickup.PickupLine]:
        return [line.as_pickup() for line in self.lines]


@dataclass(frozen=True)
class HandOverChoice:
    """What staff chose to hand over: None for every unit still waiting, else
    (line id, units); and what becomes of the rest."""

    lines: tuple[tuple[uuid.UUID, int], ...] | None
    rest: pickup.Rest = pickup.Rest.KEEP


@dataclass(frozen=True)
class AddedLine:
    line_id: uuid.UUID
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True)
class OrderEdit:
    """What staff changed: new quantities of existing lines (0 removes), new lines, and
    how the customer pays (None: as before)."""

    quantities: Mapping[uuid.UUID, int] = field(default_factory=dict)
    added: Sequence[AddedLine] = ()
    payment_mode: PaymentMode | None = None

    @property
    def empty(self) -> bool:
        return not self.quantities and not self.added and self.payment_mode is None


@dataclass(frozen=True)
class ChangeOutcome:
    """The order once changed: its total, the refund now, and what is still due."""

    total: Decimal
    refunded: Decimal
    due: Decimal
    currency: str
    change_due: Decimal = Decimal("0.00")
    order_number: str = ""
    payment_state: str = ""
