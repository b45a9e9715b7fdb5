"""Pickup orders not collected in time expire (each store sets how long it holds them)."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from sqlalchemy import select

from sync.commands import CommandContext
from sync.commands.orders import expire
from sync.model import Order, Store
from sync.model.types import utcnow
from sync.rules.channels import channel_for
from sync.rules.orders import OrderStatus
from sync.server.db import Database

log = logging.getLogger(__name__)


def due_orders(db: Database, now: datetime, limit: int) -> list[tuple[uuid.UUID, uuid.UUID | None]]:
    with db.read() as session:
        rows = session.execute(
            select(Order.id, Order.pickup_store_id)
            .where(Order.status == OrderStatus.READY_FOR_PICKUP.value, Order.expires_at <= now)
            .order_by(Order.expires_at, Order.id)
            .limit(limit)
        ).all()
    return [(order_id, store_id) for order_id, store_id in rows]


def expire_due_orders(db: Database, now: datetime | None = None, limit: int = 500) -> int:
    """Expire ready orders whose hold has run out, one transaction each; returns how many.

    Each runs the shared rule (`sync.commands.orders.expire`) at the pickup store, so
    payments are refunded and the customer's timeline says so in every channel. An
    order collected or cancelled meanwhile is left alone.
    """
    now = now or utcnow()
    expired = 0
    for order_id, store_id in due_orders(db, now, limit):
        with db.write() as session:
            store = session.get(Store, store_id) if store_id else None
            channel = channel_for(store.kind if store else None)
            ctx = CommandContext(session=session, channel=channel, at=now, store=store)
            if expire(ctx, order_id):
                expired += 1
    if expired:
        log.info("%d uncollected pickup order(s) expired", expired)
    return expired
