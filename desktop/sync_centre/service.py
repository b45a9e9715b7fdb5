"""What the sync centre reads and does, off the GUI thread (Qt-free).

`load` reads the outbox and the decisions log into plain values for the lists; `retry`,
`fix` and `discard` act on a refused mutation as the person signed in, from this
device's workplace. Call them through `run_in_background`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.workspace import Workspace
from sync.client import attention, outbox
from sync.client.attention import Resolution
from sync.client.tables import OutboxRow
from sync.model import Cart, Customer, Order, OrderLine, Product, StaffUser


@dataclass(frozen=True)
class MutationView:
    """One mutation as the lists show it."""

    seq: int
    at: datetime
    name: str
    args: dict[str, Any]
    who: str
    state: str
    code: str | None = None
    reason: str | None = None  # the server's reason, or why it cannot be shown locally
    customer: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # product / line id -> name


@dataclass(frozen=True)
class DecisionView:
    """One past decision from the log."""

    at: datetime
    who: str
    action: str
    seq: int
    name: str
    args: dict[str, Any]
    code: str | None
    reason: str | None
    new_seq: int | None
    note: str | None
    customer: str | None = None


@dataclass(frozen=True)
class SyncCentreData:
    waiting: list[MutationView]
    attention: list[MutationView]
    history: list[DecisionView]


def _uuid(value: object) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class _Names:
    """Readable names for the ids found in mutation arguments, looked up once each."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._staff: dict[uuid.UUID, str] = {}
        self._customers: dict[uuid.UUID, str | None] = {}

    def staff(self, staff_id: uuid.UUID) -> str:
        if staff_id not in self._staff:
            name = self.session.scalar(
                select(StaffUser.display_name).where(StaffUser.id == staff_id))
            self._staff[staff_id] = name or str(staff_id)[:8]
        return self._staff[staff_id]

    def _customer_name(self, customer_id: uuid.UUID | None) -> str | None:
        if customer_id is None:
            return None
        if customer_id not in self._customers:
            row = self.session.get(Customer, customer_id)
            self._customers[customer_id] = (f"{row.first_name} {row.last_name}"
                                            if row is not None else None)
        return self._customers[customer_id]

    def customer(self, args: dict[str, Any]) -> str | None:
        """The customer a mutation concerns: named in its args or through its order/cart."""
        customer_id = _uuid(args.get("customer_id"))
        order_id, cart_id = _uuid(args.get("order_id")), _uuid(args.get("cart_id"))
        if customer_id is None and order_id is not None:
            order = self.session.get(Order, order_id)
            customer_id = order.customer_id if order is not None else None
        if customer_id is None and cart_id is not None:
            cart = self.session.get(Cart, cart_id)
            customer_id = cart.customer_id if cart is not None else None
        return self._customer_name(customer_id)

    def items(self, args: dict[str, Any]) -> dict[str, str]:
        """Names of the products and order lines the args refer to (for the fix form)."""
        found: dict[str, str] = {}
        for key, value in _ids(args):
            row_id = _uuid(value)
            if row_id is None:
                continue
            if key == "product_id":
                product = self.session.get(Product, row_id)
                if product is not None:
                    found[str(value)] = product.name
            elif key == "order_line_id":
                line = self.session.get(OrderLine, row_id)
                if line is not None:
                    found[str(value)] = line.name
        return found


def _ids(value: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list):
                yield from _ids(item)
            elif key.endswith("_id") and item is not None:
                yield key, item
    elif isinstance(value, list):
        for item in value:
            yield from _ids(item)


def _view(row: OutboxRow, names: _Names, *, with_items: bool = False) -> MutationView:
    args = dict(row.args)
    reason = row.message if row.code else row.local_message
    return MutationView(
        seq=row.seq, at=row.at, name=row.name, args=args, who=names.staff(row.actor),
        state=row.state, code=row.code or row.local_code, reason=reason,
        customer=names.customer(args), names=names.items(args) if with_items else {})


def load(workspace: Workspace, history_limit: int = 500) -> SyncCentreData:
    """Waiting and refused mutations, oldest first, and past decisions, newest first."""
    with workspace.read() as session:
        names = _Names(session)
        waiting = [_view(row, names) for row in outbox.pending(session)]
        refused = [_view(row, names, with_items=True) for row in outbox.rejected(session)]
        history = [
            DecisionView(at=entry.at, who=entry.staff_name or names.staff(entry.staff_id),
                         action=entry.action, seq=entry.seq, name=entry.name,
                         args=dict(entry.args), code=entry.code, reason=entry.message,
                         new_seq=entry.new_seq, note=entry.note,
                         customer=names.customer(dict(entry.args)))
            for entry in attention.history(session, history_limit)]
    return SyncCentreData(waiting, refused, history)


def retry(workspace: Workspace, seq: int, note: str | None = None) -> Resolution:
    place = workspace.workplace()
    return attention.retry(workspace.replica, seq, workspace.key, place.store_id,
                           place.channel, note=note)


def fix(workspace: Workspace, seq: int, args: dict[str, Any], note: str | None = None
        ) -> Resolution:
    place = workspace.workplace()
    return attention.fix(workspace.replica, seq, args, workspace.key, place.store_id,
                         place.channel, note=note)


def discard(workspace: Workspace, seq: int, note: str | None = None) -> Resolution:
    return attention.discard(workspace.replica, seq, workspace.actor_id, note)
