"""What the sync centre reads from the replica (Qt-free): the outbox and the decisions
log, as plain values for the lists. Run from a background query op."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.workspace import Workspace
from desktop.shared.refusals import describe
from desktop.sync_centre.records import DecisionView, MutationView, SyncCentreData
from sync.client import attention, outbox
from sync.client.refusals import refusal_params
from sync.client.tables import OutboxRow
from sync.model import Cart, Customer, Order, OrderLine, Product, StaffUser
from sync.model.base import Base

M = TypeVar("M", bound=Base)


def _uuid(value: object) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class _Names:
    """Readable names for the ids found in mutation arguments, looked up once each;
    `looked_up` keeps every (table, id) looked for, found or not."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.looked_up: set[tuple[str, uuid.UUID]] = set()
        self._staff: dict[uuid.UUID, str] = {}
        self._customers: dict[uuid.UUID, str | None] = {}

    def _get(self, model: type[M], row_id: uuid.UUID) -> M | None:
        self.looked_up.add((model.__tablename__, row_id))
        return self.session.get(model, row_id)

    def staff(self, staff_id: uuid.UUID) -> str:
        self.looked_up.add((StaffUser.__tablename__, staff_id))
        if staff_id not in self._staff:
            name = self.session.scalar(
                select(StaffUser.display_name).where(StaffUser.id == staff_id)
            )
            self._staff[staff_id] = name or str(staff_id)[:8]
        return self._staff[staff_id]

    def _customer_name(self, customer_id: uuid.UUID | None) -> str | None:
        if customer_id is None:
            return None
        if customer_id not in self._customers:
            row = self._get(Customer, customer_id)
            self._customers[customer_id] = (
                f"{row.first_name} {row.last_name}" if row is not None else None
            )
        return self._customers[customer_id]

    def customer(self, args: dict[str, Any]) -> str | None:
        """The customer a mutation concerns: named in its args or through its order/cart."""
        customer_id = _uuid(args.get("customer_id"))
        order_id, cart_id = _uuid(args.get("order_id")), _uuid(args.get("cart_id"))
        if customer_id is None and order_id is not None:
            order = self._get(Order, order_id)
            customer_id = order.customer_id if order is not None else None
        if customer_id is None and cart_id is not None:
            cart = self._get(Cart, cart_id)
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
                product = self._get(Product, row_id)
                if product is not None:
                    found[str(value)] = product.name
            elif key == "order_line_id":
                line = self._get(OrderLine, row_id)
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
    reason = describe(row.code, refusal_params(row), row.message) if row.code else row.local_message
    return MutationView(
        seq=row.seq,
        at=row.at,
        name=row.name,
        args=args,
        who=names.staff(row.actor),
        state=row.state,
        code=row.code or row.local_code,
        reason=reason,
        customer=names.customer(args),
        names=names.items(args) if with_items else {},
    )


def load(workspace: Workspace, history_limit: int = 500) -> SyncCentreData:
    """Waiting and refused mutations, oldest first, and past decisions, newest first."""
    with workspace.read() as session:
        names = _Names(session)
        waiting = [_view(row, names) for row in outbox.pending(session)]
        refused = [_view(row, names, with_items=True) for row in outbox.rejected(session)]
        history = [
            DecisionView(
                at=entry.at,
                who=entry.staff_name or names.staff(entry.staff_id),
                action=entry.action,
                seq=entry.seq,
                name=entry.name,
                args=dict(entry.args),
                code=entry.code,
                reason=(
                    describe(entry.code, entry.params or {}, entry.message)
                    if entry.code
                    else entry.message
                ),
                new_seq=entry.new_seq,
                note=entry.note,
                customer=names.customer(dict(entry.args)),
            )
            for entry in attention.history(session, history_limit)
        ]
    return SyncCentreData(waiting, refused, history, frozenset(names.looked_up))
