"""Serves the change feed to a device: every change in its scope after its cursor."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.scopes import DeviceScope
from sync.server.tables import ChangeLog, ChangeScope, FeedHead


class SnapshotRequired(Exception):
    """The device's cursor is older than the history kept: it must take a new snapshot."""

    def __init__(self, cursor: int, floor: int) -> None:
        super().__init__(f"cursor {cursor} is older than the oldest change kept ({floor})")
        self.cursor = cursor
        self.floor = floor


class CursorAhead(Exception):
    """The device claims a cursor the server never handed out (e.g. another server's)."""


@dataclass(frozen=True)
class ChangePage:
    changes: list[tuple[int, str, str, str, str]]  # seq, entity, id, op, payload JSON
    cursor: int  # pass this back to get the next page
    head: int
    more: bool


def head_and_floor(session: Session) -> tuple[int, int]:
    row = session.execute(select(FeedHead.seq, FeedHead.floor).where(FeedHead.id == 1)).one()
    return int(row[0]), int(row[1])


def read_changes(session: Session, scope: DeviceScope, cursor: int, limit: int) -> ChangePage:
    """Changes with seq > cursor for `scope`, oldest first, at most `limit` of them.

    The head is read before the changes: every change up to it is committed (sequence
    numbers follow commit order), so the page is a gap-free prefix of the feed.
    """
    head, floor = head_and_floor(session)
    if cursor > head:
        raise CursorAhead(f"cursor {cursor} is ahead of this server's feed ({head})")
    if cursor < floor:
        raise SnapshotRequired(cursor, floor)
    seqs = (
        select(ChangeScope.seq)
        .where(ChangeScope.scope.in_(sorted(scope.tags)))
        .where(ChangeScope.seq > cursor, ChangeScope.seq <= head)
        .distinct()
        .order_by(ChangeScope.seq)
        .limit(limit + 1)
        .subquery()
    )
    rows = session.execute(
        select(
            ChangeLog.seq, ChangeLog.entity, ChangeLog.entity_id, ChangeLog.op, ChangeLog.payload
        )
        .join(seqs, seqs.c.seq == ChangeLog.seq)
        .order_by(ChangeLog.seq)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = rows[-1][0] if more else head
    changes = [
        (seq, entity, entity_id, op, payload) for seq, entity, entity_id, op, payload in rows
    ]
    return ChangePage(changes, next_cursor, head, more)


def has_changes(session: Session, scope: DeviceScope, cursor: int) -> tuple[bool, int]:
    """Whether anything in scope changed after `cursor`, and the current head."""
    head, _ = head_and_floor(session)
    if head <= cursor:
        return False, head
    found = session.execute(
        select(ChangeScope.seq)
        .where(ChangeScope.scope.in_(sorted(scope.tags)))
        .where(ChangeScope.seq > cursor, ChangeScope.seq <= head)
        .limit(1)
    ).first()
    return found is not None, head
