"""Periodic upkeep while the API runs: change history older than the retention goes,
and pickup orders not collected in time expire."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from datetime import timedelta

from fastapi.concurrency import run_in_threadpool

from sync.model.types import utcnow
from sync.server import sign_in_guard
from sync.server.db import Database
from sync.server.expiry import expire_due_orders
from sync.server.feed.compaction import compact

log = logging.getLogger(__name__)

HISTORY_DAYS_ENV = "OMNIDESK_HISTORY_DAYS"
DEFAULT_HISTORY_DAYS = 30
INTERVAL_SECONDS = 3600
EXPIRY_INTERVAL_SECONDS = 300


def history_days() -> int:
    raw = os.environ.get(HISTORY_DAYS_ENV, "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_HISTORY_DAYS


def compact_once(db: Database, days: int) -> int:
    with db.write() as session:
        floor = compact(session, utcnow() - timedelta(days=days))
        sign_in_guard.forget_old(session, utcnow())  # failed sign-ins untouched for 30 days
        return floor


async def run_forever(db: Database, days: int, interval: float = INTERVAL_SECONDS) -> None:
    """Compact at start and then every `interval` seconds until cancelled."""
    while True:
        try:
            floor = await run_in_threadpool(compact_once, db, days)
            log.info("change history kept from sequence %d (%d days)", floor + 1, days)
        except Exception:  # upkeep must never take the API down; try again next time
            log.exception("change history compaction failed")
        await asyncio.sleep(interval)


async def expire_forever(db: Database, interval: float = EXPIRY_INTERVAL_SECONDS) -> None:
    """Expire uncollected pickup orders at start and then every `interval` seconds."""
    while True:
        try:
            await run_in_threadpool(expire_due_orders, db)
        except Exception:  # upkeep must never take the API down; try again next time
            log.exception("expiring uncollected orders failed")
        await asyncio.sleep(interval)


@contextlib.asynccontextmanager
async def running(db: Database) -> AsyncIterator[None]:
    tasks = [
        asyncio.create_task(run_forever(db, history_days())),
        asyncio.create_task(expire_forever(db)),
    ]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
