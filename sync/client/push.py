"""Push: the outbox's pending mutations sent to the server, in order, in batches.

The server applies each mutation exactly once and keeps its answer, so a batch whose
answer was lost is simply sent again and gets the same answers with no second effect.
Accepted mutations keep their local effect until the server's own version of their
rows is pulled; a rejected one is unwound from the replica (the mutations after it
are re-run without it) and kept, with the server's code and reason, for staff to see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy.orm import Session

from sync.client import outbox
from sync.client.rebase import rebase
from sync.client.refusals import refusal_result
from sync.client.replica import Replica
from sync.client.tables import ACCEPTED, PENDING, REJECTED, OutboxRow
from sync.client.transport import Http, ProtocolError
from sync.model.types import utcnow
from sync.protocol import MAX_BATCH, Mutation, MutationResult, PushRequest, PushResponse

PUSH = "/v1/sync/push"


@dataclass(frozen=True)
class PushSummary:
    sent: int = 0
    accepted: int = 0
    rejected: int = 0

    def __add__(self, other: PushSummary) -> PushSummary:
        return PushSummary(
            self.sent + other.sent, self.accepted + other.accepted, self.rejected + other.rejected
        )


def _mutation(row: OutboxRow) -> Mutation:
    return Mutation(
        id=row.id,
        seq=row.seq,
        name=row.name,
        actor=row.actor,
        at=row.at,
        args=dict(row.args),
        session=row.session_id,
        proof=row.proof,
    )


def _nothing(session: Session) -> None:
    return None


def _record(
    session: Session, batch: list[Mutation], response: PushResponse, now: datetime
) -> PushSummary:
    answers: dict[object, MutationResult] = {r.id: r for r in response.results}
    accepted = rejected = 0
    for mutation in batch:
        answer = answers.get(mutation.id)
        row = session.get(OutboxRow, mutation.seq)
        if answer is None or row is None or row.id != mutation.id or row.state != PENDING:
            continue  # unanswered (stays pending) or already settled by another push
        row.answered_at = now
        row.code, row.message = answer.code, answer.message
        if answer.status == "accepted":
            row.state = ACCEPTED
            row.result = answer.result
            row.ack_head = response.head
            accepted += 1
        else:
            row.state = REJECTED
            row.result = refusal_result(answer.params)
            rejected += 1
    session.flush()
    if rejected:
        # Unwind the refused ones: rebuild the stack without them, nothing from the server.
        rebase(session, _nothing)
    return PushSummary(len(batch), accepted, rejected)


def push_batch(
    replica: Replica,
    http: Http,
    batch_size: int = MAX_BATCH,
    *,
    clock: Callable[[], datetime] = utcnow,
) -> PushSummary:
    """Send the oldest pending mutations (at most `batch_size`) and record the answers."""
    with replica.read() as session:
        batch = [_mutation(row) for row in outbox.pending(session, batch_size)]
    if not batch:
        return PushSummary()
    request = PushRequest(sent_at=clock(), mutations=batch)
    body = http.post_json(PUSH, request.model_dump(mode="json"), idempotent=True)
    try:
        response = PushResponse.model_validate(body)
    except ValidationError as error:
        raise ProtocolError(f"the server's push answer is not understood: {error}") from None
    sent = {m.id for m in batch}
    if not any(result.id in sent for result in response.results):
        raise ProtocolError("the server answered none of the mutations sent")
    with replica.write(durable=False) as session:
        return _record(session, batch, response, clock())


def push_pending(
    replica: Replica,
    http: Http,
    batch_size: int = MAX_BATCH,
    *,
    clock: Callable[[], datetime] = utcnow,
) -> PushSummary:
    """Send every pending mutation, oldest first, batch after batch."""
    size = max(1, min(batch_size, MAX_BATCH))
    total = PushSummary()
    while True:
        summary = push_batch(replica, http, size, clock=clock)
        total += summary
        if summary.sent < size or summary.accepted + summary.rejected == 0:
            return total
