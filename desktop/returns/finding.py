"""Finding the order a customer brings back: on this till first, then on the server.

Qt-free; runs on a worker thread. An order from the web, another store or a field rep
is not in this device's replica until the server's look-up brings it (and keeps its
customer on this device from then on).
"""

from __future__ import annotations

import uuid

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


def find_order(workspace: Workspace, text: str) -> uuid.UUID:
    """The order typed or scanned in `text`: from the replica, else fetched online."""
    if order_number_from_scan(text) is None:
        raise NotAnOrderNumber(text)
    with workspace.read() as session:
        found = find_local_order(session, text)
    if found is not None:
        return found
    try:
        return fetch_order_online(workspace.profile, text)
    except ServerUnreachable as error:
        raise LookupNeedsConnection(str(error)) from error
    except OrderNotFound as error:
        raise OrderNotFoundAnywhere(str(error)) from error
