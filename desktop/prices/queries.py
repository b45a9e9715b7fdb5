"""What the prices work area reads from the replica. Qt-free.

The price lists offered are those the signed-in person may change, by the same rule the
`price.set` command applies (sync.commands.permissions.price_authority_refusal), so the
screen never offers a list the command would refuse.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.commands.permissions import price_authority_refusal
from sync.model import Price, PriceList, StaffUser, Store


@dataclass(frozen=True)
class ListChoice:
    """A price list the person may change."""

    id: uuid.UUID
    code: str
    name: str
    currency: str
    segment: str | None
    country: str | None


def lists_to_change(session: Session, staff_id: uuid.UUID) -> list[ListChoice]:
    """The price lists `staff_id` may change, by code (none for anyone but pricing staff)."""
    staff = session.get(StaffUser, staff_id)
    if staff is None:
        return []
    office = session.get(Store, staff.store_id) if staff.store_id else None
    rows = session.scalars(select(PriceList).order_by(PriceList.code)).all()
    return [
        ListChoice(row.id, row.code, row.name, row.currency, row.segment, row.country)
        for row in rows
        if price_authority_refusal(staff.role, office, row) is None
    ]


def price_in_force(
    session: Session, price_list_id: uuid.UUID, product_id: uuid.UUID, at: datetime
) -> Decimal | None:
    """The product's price in the list at `at` (the latest started one), or None."""
    rows = session.scalars(
        select(Price).where(
            Price.price_list_id == price_list_id,
            Price.product_id == product_id,
            Price.valid_from <= at,
        )
    ).all()
    current = [row for row in rows if row.valid_to is None or row.valid_to > at]
    latest = max(current, key=lambda row: row.valid_from, default=None)
    return latest.amount if latest is not None else None
