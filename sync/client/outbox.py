"""Queries on the outbox: what is waiting, what needs attention, the next sequence."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sync.client import state
from sync.client.tables import ACCEPTED, LAST_SEQ, PENDING, REJECTED, OutboxRow


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime: times must carry a timezone")
        return value.astimezone(UTC).isoformat()
    raise TypeError(f"{type(value).__name__} cannot be sent in a mutation")


def plain_args(args: dict[str, Any]) -> dict[str, Any]:
    """The arguments exactly as the server will receive them (JSON, no floats kept)."""
    if not isinstance(args, dict):
        raise TypeError("command arguments must be a dict")
    plain: dict[str, Any] = json.loads(json.dumps(args, default=_plain))
    return plain


def next_seq(session: Session) -> int:
    """The device's next mutation number (never reused, even if rows were removed)."""
    highest = session.execute(select(func.max(OutboxRow.seq))).scalar() or 0
    floor = state.get_int(session, LAST_SEQ) or 0
    return max(highest, floor) + 1


def renumber_pending(session: Session, above: int) -> int:
    """Give every pending mutation a new number above `above` and above any number this
    outbox or its floor holds, keeping their order; returns how many were renumbered.

    For a replica whose numbering fell behind the server's (restored from an older
    copy): the server applies a device's mutations only in rising order. Ids are kept,
    so a mutation the server applied already is answered as before, not applied again.
    The caller unwinds and re-applies the local stack around this (`rebase`).
    """
    rows = pending(session)
    start = max(above, next_seq(session) - 1)
    for offset, row in enumerate(rows, 1):
        row.seq = start + offset  # above every number in use: no two rows ever share one
    session.flush()
    state.put(session, LAST_SEQ, start + len(rows))
    return len(rows)


def pending(session: Session, limit: int | None = None) -> list[OutboxRow]:
    """Mutations the server has not answered yet, oldest first."""
    query = select(OutboxRow).where(OutboxRow.state == PENDING).order_by(OutboxRow.seq)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def rejected(session: Session) -> list[OutboxRow]:
    """The "needs attention" list: mutations the server refused, with its reasons."""
    return list(
        session.scalars(
            select(OutboxRow).where(OutboxRow.state == REJECTED).order_by(OutboxRow.seq)
        )
    )


def applied(session: Session) -> list[OutboxRow]:
    """Mutations whose local effect is in the replica now, oldest first."""
    return list(
        session.scalars(
            select(OutboxRow).where(OutboxRow.undo.is_not(None)).order_by(OutboxRow.seq)
        )
    )


def to_replay(session: Session, cursor: int | None) -> list[OutboxRow]:
    """Mutations whose effect belongs on top of the server state at `cursor`.

    Pending ones, and accepted ones whose server version is not yet pulled (their
    acceptance reported a feed head past `cursor`).
    """
    unsettled = (OutboxRow.state == ACCEPTED) & OutboxRow.ack_head.is_not(None)
    if cursor is not None:
        unsettled &= OutboxRow.ack_head > cursor
    return list(
        session.scalars(
            select(OutboxRow)
            .where(or_(OutboxRow.state == PENDING, unsettled))
            .order_by(OutboxRow.seq)
        )
    )


@dataclass(frozen=True)
class Counts:
    pending: int
    rejected: int
    failed_locally: int


def counts(session: Session) -> Counts:
    rows = dict(
        session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
    )
    failed = session.execute(
        select(func.count())
        .select_from(OutboxRow)
        .where(OutboxRow.state == PENDING, OutboxRow.local_code.is_not(None))
    ).scalar_one()
    return Counts(rows.get(PENDING, 0), rows.get(REJECTED, 0), failed)
