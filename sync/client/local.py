"""Changes staff make: applied to the replica at once and queued in the outbox.

The command's effect and its outbox row are written in one SQLite transaction, and
the transaction is committed (synchronous=FULL) before `apply_local` returns: once the
UI says "done", the change survives a crash and will be sent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sync.client import outbox, state
from sync.client.capture import run_captured
from sync.client.replica import Replica
from sync.client.staff_key import StaffKey
from sync.client.tables import LAST_SEQ, PENDING, OutboxRow
from sync.client.touched import Touched
from sync.model.types import utcnow


@dataclass(frozen=True)
class LocalResult:
    """What a locally applied change returns: its identity in the outbox and its answer."""

    mutation_id: uuid.UUID
    seq: int
    result: dict[str, Any]
    touched: Touched = field(default_factory=Touched)  # the rows it changed, and the outbox


def apply_local(
    replica: Replica,
    name: str,
    args: dict[str, Any],
    key: StaffKey,
    store_id: uuid.UUID | None,
    channel: str,
    at: datetime | None = None,
) -> LocalResult:
    """Run command `name` on the replica as the person whose key is `key`, and queue it
    for the server, signed by them, in one transaction.

    A refusal (`sync.rules.errors.RuleViolation`) writes nothing and is raised to the
    caller, for the UI to show next to what staff did.
    """
    at = at or utcnow()
    if at.tzinfo is None:
        raise ValueError("naive datetime: times must carry a timezone")
    plain = outbox.plain_args(args)
    with replica.write() as session:
        result, undo = run_captured(session, name, plain, key.staff_id, store_id, channel, at)
        seq = outbox.next_seq(session)
        mutation_id = uuid.uuid4()
        session.add(
            OutboxRow(
                seq=seq,
                id=mutation_id,
                name=name,
                actor=key.staff_id,
                at=at,
                args=plain,
                channel=channel,
                store_id=store_id,
                state=PENDING,
                undo=undo,
                created_at=utcnow(),
                session_id=key.session_id,
                proof=key.sign(mutation_id, name, at, plain),
            )
        )
        state.put(session, LAST_SEQ, seq)
    touched = Touched.of_undo(undo, local=True, also=(OutboxRow.__tablename__,))
    return LocalResult(mutation_id, seq, result, touched)


class _Rollback(Exception):
    """Carries a preview's answer out of the transaction it undoes."""

    def __init__(self, result: dict[str, Any]) -> None:
        super().__init__("preview")
        self.result = result


def preview_local(
    replica: Replica,
    name: str,
    args: dict[str, Any],
    actor_id: uuid.UUID,
    store_id: uuid.UUID | None,
    channel: str,
    at: datetime | None = None,
) -> dict[str, Any]:
    """What command `name` would answer now (totals, refunds, amounts due), changing
    nothing: it runs on the replica exactly as `apply_local` would, then is rolled back.

    A refusal is raised as by `apply_local`. For screens that show the outcome of a change
    before staff confirm it, computed by the same rules that will apply it.
    """
    at = at or utcnow()
    if at.tzinfo is None:
        raise ValueError("naive datetime: times must carry a timezone")
    try:
        with replica.write(durable=False) as session:
            result, _ = run_captured(
                session, name, outbox.plain_args(args), actor_id, store_id, channel, at
            )
            raise _Rollback(result)
    except _Rollback as rollback:
        return rollback.result
