"""What staff do about a mutation the server refused: retry it, fix it or discard it.

A refused mutation stays on the "needs attention" list (`outbox.rejected`) until staff
decide. Retrying runs the same command again, now, as a new mutation (the cause may be
gone: stock arrived, a manager signed in); fixing runs it with corrected arguments (a
lower quantity). Either way the new mutation is applied locally and queued exactly like
a change made at the till, and the refused one is marked resolved: it is never sent
again and leaves the list. Discarding drops it for good.

Every decision is written to `attention_log` in the same durable transaction as its
effect: who, when, what, about which mutation, the server's reason and the note. A
retry or fix the replica refuses raises `RuleViolation` and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client import outbox, state
from sync.client.capture import run_captured
from sync.client.refusals import refusal_params
from sync.client.replica import Replica
from sync.client.staff_key import StaffKey
from sync.client.tables import (
    DISCARDED,
    LAST_SEQ,
    PENDING,
    REJECTED,
    RESOLVED,
    AttentionEntry,
    OutboxRow,
)
from sync.model import StaffUser
from sync.model.types import utcnow
from sync.rules.errors import RuleViolation

RETRIED = "retried"
FIXED = "fixed"
ACTIONS = (RETRIED, FIXED, DISCARDED)  # attention_log.action
MAX_NOTE = 2000


@dataclass(frozen=True)
class Resolution:
    """What a decision did: the log entry's id and, for a retry or fix, the new mutation."""

    entry_id: int
    seq: int
    new_seq: int | None = None
    new_mutation_id: uuid.UUID | None = None
    result: dict[str, Any] | None = None


def _needing_attention(session: Session, seq: int) -> OutboxRow:
    row = session.get(OutboxRow, seq)
    if row is None:
        raise RuleViolation(
            "not_found",
            f"There is no change #{seq} on this device.",
            {"case": "change", "seq": seq},
        )
    if row.state != REJECTED:
        raise RuleViolation(
            "already_resolved",
            f"Change #{seq} does not need attention any more; it was already dealt with.",
            {"seq": seq},
        )
    return row


def _note(note: str | None) -> str | None:
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise RuleViolation(
            "note_too_long", f"Keep the note under {MAX_NOTE} characters.", {"max": MAX_NOTE}
        )
    return text or None


def _staff_name(session: Session, staff_id: uuid.UUID) -> str | None:
    return session.scalar(select(StaffUser.display_name).where(StaffUser.id == staff_id))


def _log(
    session: Session,
    row: OutboxRow,
    action: str,
    staff_id: uuid.UUID,
    at: datetime,
    note: str | None,
    new_row: OutboxRow | None = None,
) -> AttentionEntry:
    entry = AttentionEntry(
        at=at,
        staff_id=staff_id,
        staff_name=_staff_name(session, staff_id),
        action=action,
        seq=row.seq,
        mutation_id=row.id,
        name=row.name,
        args=dict(row.args),
        code=row.code,
        message=row.message,
        params=refusal_params(row) or None,
        new_seq=new_row.seq if new_row else None,
        new_args=dict(new_row.args) if new_row and action == FIXED else None,
        note=note,
    )
    session.add(entry)
    session.flush()
    return entry


def _run_again(
    replica: Replica,
    seq: int,
    new_args: dict[str, Any] | None,
    key: StaffKey,
    store_id: uuid.UUID | None,
    channel: str,
    note: str | None,
    at: datetime | None,
) -> Resolution:
    at = at or utcnow()
    if at.tzinfo is None:
        raise ValueError("naive datetime: times must carry a timezone")
    text = _note(note)
    plain = outbox.plain_args(new_args) if new_args is not None else None
    with replica.write() as session:
        old = _needing_attention(session, seq)
        args = plain if plain is not None else dict(old.args)
        # Refused locally: the savepoint and then this transaction roll back, nothing stays.
        actor_id = key.staff_id
        result, undo = run_captured(session, old.name, args, actor_id, store_id, channel, at)
        new_id = uuid.uuid4()
        new = OutboxRow(
            seq=outbox.next_seq(session),
            id=new_id,
            name=old.name,
            actor=actor_id,
            at=at,
            args=args,
            channel=channel,
            store_id=store_id,
            state=PENDING,
            undo=undo,
            created_at=utcnow(),
            session_id=key.session_id,
            proof=key.sign(new_id, old.name, at, args),
        )
        session.add(new)
        state.put(session, LAST_SEQ, new.seq)
        old.state = RESOLVED
        entry = _log(session, old, RETRIED if plain is None else FIXED, actor_id, at, text, new)
        return Resolution(entry.id, seq, new.seq, new.id, result)


def retry(
    replica: Replica,
    seq: int,
    key: StaffKey,
    store_id: uuid.UUID | None,
    channel: str,
    *,
    note: str | None = None,
    at: datetime | None = None,
) -> Resolution:
    """Run refused mutation `seq` again, as it was, as a new mutation by the person whose
    key is `key` (signed by them).

    Raises `RuleViolation` (and changes nothing) if the replica still refuses it.
    """
    return _run_again(replica, seq, None, key, store_id, channel, note, at)


def fix(
    replica: Replica,
    seq: int,
    new_args: dict[str, Any],
    key: StaffKey,
    store_id: uuid.UUID | None,
    channel: str,
    *,
    note: str | None = None,
    at: datetime | None = None,
) -> Resolution:
    """Run refused mutation `seq`'s command again with `new_args`, as a new mutation.

    Raises `RuleViolation` (and changes nothing) if the replica refuses the new args.
    """
    if not isinstance(new_args, dict):
        raise TypeError("command arguments must be a dict")
    return _run_again(replica, seq, new_args, key, store_id, channel, note, at)


def discard(
    replica: Replica,
    seq: int,
    staff_id: uuid.UUID,
    reason: str | None = None,
    *,
    at: datetime | None = None,
) -> Resolution:
    """Drop refused mutation `seq` for good (it never reaches the server); logged."""
    at = at or utcnow()
    text = _note(reason)
    with replica.write() as session:
        row = _needing_attention(session, seq)
        row.state = DISCARDED
        entry = _log(session, row, DISCARDED, staff_id, at, text)
        return Resolution(entry.id, seq)


def history(session: Session, limit: int | None = 500) -> list[AttentionEntry]:
    """Past decisions, newest first."""
    query = select(AttentionEntry).order_by(AttentionEntry.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))
