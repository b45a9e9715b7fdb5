"""Keeps the change history bounded: changes older than the retention are dropped.

A device whose cursor falls below the kept history is told to take a new snapshot;
its unsent outbox is untouched by that.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from sync.server.tables import ChangeLog, ChangeScope, FeedHead


def compact(session: Session, older_than: datetime) -> int:
    """Drop changes committed before `older_than`; returns the new floor."""
    head = session.execute(select(FeedHead.seq).where(FeedHead.id == 1)).scalar_one()
    newest_old = session.execute(
        select(func.max(ChangeLog.seq)).where(ChangeLog.committed_at < older_than)
    ).scalar()
    if newest_old is None:
        return session.execute(select(FeedHead.floor).where(FeedHead.id == 1)).scalar_one()
    floor = min(int(newest_old), int(head))
    session.execute(delete(ChangeScope).where(ChangeScope.seq <= floor))
    session.execute(delete(ChangeLog).where(ChangeLog.seq <= floor))
    session.execute(update(FeedHead).where(FeedHead.id == 1).values(floor=floor))
    return floor
