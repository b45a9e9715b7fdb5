"""Finding the order a customer brings back: on this till first, then on the server.

Qt-free. `find_local` reads the replica (a query op); `fetch_online` asks the server (a
network op): an order from the web, another store or a field rep is not in this device's
replica until the server's look-up brings it (and keeps its customer on this device from
then on).
"""

from __future__ import annotations

import uuid

from desktop.returns.queries import load_order
from desktop.returns.state import OrderToReturn
from desktop.services.workspace import Workspace
from sync.client.lookup import OrderNotFound, fetch_order_online, find_local_order
from sync.client.transport import ServerUnreachable
from sync.order_codes import order_number_from_scan


class NotAnOrderNumber(ValueError):
    """What was typed or scanned is not an order number nor an order's QR code."""


class LookupNeedsConnection(RuntimeError):
    """The order is not on this till and the server cannot be reached."""


class OrderNotFoundAnywhere(LookupError):
    """The server knows no such order; `message` is its sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def find_local(workspace: Workspace, text: str) -> OrderToReturn | None:
    """The order typed or scanned in `text` as the return form shows it, if this till
    holds it; None if only the server may know it."""
    if order_number_from_scan(text) is None:
        raise NotAnOrderNumber(text)
    with workspace.read() as session:
        found = find_local_order(session, text)
        return load_order(session, found) if found is not None else None


def fetch_online(workspace: Workspace, text: str) -> uuid.UUID:
    """Bring the order typed or scanned in `text` from the server into the replica; its id."""
    try:
        return fetch_order_online(workspace.profile, text)
    except ServerUnreachable as error:
        raise LookupNeedsConnection(str(error)) from error
    except OrderNotFound as error:
        raise OrderNotFoundAnywhere(str(error)) from error
