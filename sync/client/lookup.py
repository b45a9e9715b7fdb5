"""Finding any order: in the replica, or on the server by number or scanned QR code.

A return may come for an order placed anywhere (the web shop, another store, a field
rep), which this device's scope may not hold. The server finds it, links its customer
to this store (or territory) so the feed brings their changes from then on, and sends
the customer's rows. They go into the replica as server state, the way a pulled page
does: pending mutations are unwound and put back on top. The pull cursor stays where it
is; the feed replays any later change in order.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client import rows, state
from sync.client.profile import Profile
from sync.client.pull import Change, apply_changes
from sync.client.rebase import rebase
from sync.client.replica import Replica
from sync.client.transport import Http, ProtocolError, ServerError
from sync.model import Order
from sync.order_codes import order_number_from_scan

__all__ = ["LOOKUP", "OrderNotFound", "fetch_order", "fetch_order_online", "find_local_order"]

LOOKUP = "/v1/orders/lookup"
UNREADABLE = "That is not an order number (like O-0123456789) or an order's QR code."
NOT_FOUND = frozenset({"not_found", "bad_order_number", "invalid_request"})


class OrderNotFound(Exception):
    """No order has this number, or the text is not an order number at all."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def find_local_order(session: Session, query: str) -> uuid.UUID | None:
    """The order in the replica with this number (typed or scanned), if there is one."""
    number = order_number_from_scan(query)
    if number is None:
        return None
    return session.scalars(select(Order.id).where(Order.number == number)).first()


def _bundle(body: dict[str, Any]) -> tuple[uuid.UUID, int, list[Change]]:
    """The order's id, the feed head the rows were read at, and the rows as changes."""
    raw = body.get("changes")
    if not isinstance(raw, list):
        raise ProtocolError("the order look-up answer has no changes list")
    try:
        order_id = uuid.UUID(str(body.get("order_id")))
    except ValueError:
        raise ProtocolError("the order look-up answer has no order id") from None
    changes: list[Change] = []
    read_at = 0
    for item in raw:
        if not isinstance(item, dict) or item.get("op") != "upsert":
            raise ProtocolError("a change in the order look-up answer is malformed")
        seq = item.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ProtocolError("a change in the order look-up answer has no sequence")
        table = rows.synced_table(item.get("entity"))
        params = rows.record_params(table, item.get("data"))
        changes.append(Change(table.name, "upsert", None, params))
        read_at = max(read_at, seq)
    return order_id, read_at, changes


def _exists(session: Session, change: Change) -> bool:
    table = rows.synced_table(change.entity)
    row_id = (change.params or ())[list(table.columns.keys()).index("id")]
    found = (
        session.connection()
        .exec_driver_sql(f'SELECT 1 FROM "{table.name}" WHERE "id" = ?', (row_id,))
        .first()
    )
    return found is not None


def _still_news(session: Session, read_at: int, changes: list[Change]) -> list[Change]:
    """The rows to write: all of them, unless a pull went past the point they were read
    at meanwhile; then the replica's rows are as new, and only missing ones are added."""
    cursor = state.cursor(session)
    if cursor is None or cursor <= read_at:
        return changes
    return [change for change in changes if not _exists(session, change)]


def fetch_order(replica: Replica, http: Http, query: str) -> uuid.UUID:
    """Look an order up on the server and bring it and its customer into the replica.

    Returns the order's id. Raises `OrderNotFound` for an unknown or unreadable number;
    `ServerUnreachable` and the other transport errors pass through (a look-up needs
    a connection).
    """
    if order_number_from_scan(query) is None:
        raise OrderNotFound(UNREADABLE)
    try:
        body = http.get_json(LOOKUP, {"q": query.strip()})
    except ServerError as error:
        if error.code in NOT_FOUND:
            raise OrderNotFound(error.message) from None
        raise
    order_id, read_at, changes = _bundle(body)
    with replica.write(durable=False) as session:
        news = _still_news(session, read_at, changes)
        if news:
            rebase(session, lambda s: apply_changes(s, news))
    return order_id


def fetch_order_online(profile: Profile, query: str) -> uuid.UUID:
    """`fetch_order` into `profile`'s replica, through a connection to its server opened
    for this look-up; raises as `fetch_order` does."""
    with profile.http() as http:
        return fetch_order(profile.replica, http, query)
