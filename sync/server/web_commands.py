"""Runs a command for the web channel (online shop, customer portal) exactly once.

The shop sends an `Idempotency-Key` (a UUID it makes) with every command; it becomes
the mutation id, so a retried request gets the first answer and has no second effect.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.commands import CommandContext, run
from sync.protocol import MutationResult
from sync.rules.errors import RuleViolation
from sync.server.db import Database
from sync.server.push_rules import answer_from_row, kept_result, refusal_answer
from sync.server.tables import AppliedMutation, ChannelClient


def _previous(
    session: Session, client: ChannelClient, key: uuid.UUID, name: str
) -> MutationResult | None:
    row = session.get(AppliedMutation, key)
    if row is None:
        return None
    if row.client_id != client.id or row.name != name:
        return MutationResult(
            id=key,
            status="rejected",
            code="duplicate_id",
            message="This idempotency key was already used for another request.",
            params={"case": "idempotency_key"},
        )
    return answer_from_row(row)


def _record(session: Session, client: ChannelClient, name: str, answer: MutationResult) -> None:
    session.add(
        AppliedMutation(
            id=answer.id,
            client_id=client.id,
            name=name,
            status=answer.status,
            code=answer.code,
            message=answer.message,
            result=kept_result(answer),
        )
    )


def run_web_command(
    db: Database, client: ChannelClient, name: str, args: dict[str, Any], key: uuid.UUID, now: Any
) -> MutationResult:
    try:
        with db.write() as session:
            previous = _previous(session, client, key, name)
            if previous is not None:
                return previous
            ctx = CommandContext(session=session, channel=client.channel, at=now)
            result = run(ctx, name, args)
            answer = MutationResult(id=key, status="accepted", result=result or None)
            _record(session, client, name, answer)
            return answer
    except RuleViolation as refusal:
        answer = refusal_answer(key, refusal)
    except IntegrityError:
        answer = MutationResult(
            id=key,
            status="rejected",
            code="conflict",
            message="This conflicts with data already on the server (a duplicate id or number).",
            params={"case": "server"},
        )
    try:
        with db.write() as session:
            previous = _previous(session, client, key, name)
            if previous is not None:
                return previous
            _record(session, client, name, answer)
    except IntegrityError:
        with db.read() as session:
            previous = _previous(session, client, key, name)
        if previous is not None:
            return previous
    return answer
