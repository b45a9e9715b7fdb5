"""What a call leads to, without Qt: the branches a customer can be booked into, and the
call, callback or appointment recorded through `Workspace.apply` (ops run these)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.customers import queries
from desktop.customers.data import TimelineEvent
from desktop.services.workspace import Workspace
from sync.commands import timeline
from sync.model import Customer, Store
from sync.model.org import StoreKind


@dataclass(frozen=True)
class Branch:
    id: uuid.UUID
    name: str
    city: str


def branches(session: Session, customer_id: uuid.UUID) -> list[Branch]:
    """The branches of the customer's country, by city and name."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return []
    rows = session.scalars(
        select(Store)
        .where(Store.kind == StoreKind.BRANCH.value, Store.country == customer.country)
        .order_by(Store.city, Store.name)
    )
    return [Branch(store.id, store.name, store.city) for store in rows]


def _wire(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _recorded(
    workspace: Workspace, interaction_id: uuid.UUID, kind: str | None = None
) -> TimelineEvent | None:
    """The event just recorded (a booking's: derived from its id and kind)."""
    if kind is not None:
        interaction_id = timeline.event_id(interaction_id, kind)
    with workspace.read() as session:
        return queries.timeline_event(session, interaction_id)


def record_call(workspace: Workspace, customer_id: uuid.UUID, text: str) -> TimelineEvent | None:
    """A call on the customer's timeline (a note of kind `call`, in this device's channel)."""
    interaction_id = uuid.uuid4()
    workspace.apply(
        "interaction.add",
        {
            "interaction_id": str(interaction_id),
            "customer_id": str(customer_id),
            "kind": "call",
            "text": text,
        },
    )
    return _recorded(workspace, interaction_id)


def book_callback(
    workspace: Workspace, customer_id: uuid.UUID, due_at: datetime, note: str
) -> TimelineEvent | None:
    interaction_id = uuid.uuid4()
    workspace.apply(
        "customer.book_callback",
        {
            "interaction_id": str(interaction_id),
            "customer_id": str(customer_id),
            "due_at": _wire(due_at),
            "note": note,
        },
    )
    return _recorded(workspace, interaction_id, timeline.CALLBACK_BOOKED)


def book_appointment(
    workspace: Workspace, customer_id: uuid.UUID, branch_id: uuid.UUID, at: datetime, note: str
) -> TimelineEvent | None:
    interaction_id = uuid.uuid4()
    workspace.apply(
        "customer.book_appointment",
        {
            "interaction_id": str(interaction_id),
            "customer_id": str(customer_id),
            "branch_store_id": str(branch_id),
            "at": _wire(at),
            "note": note,
        },
    )
    return _recorded(workspace, interaction_id, timeline.APPOINTMENT_BOOKED)
