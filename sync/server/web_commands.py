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
from sync.protocol import MutationResult, result_status
from sync.rules.errors import RuleViolation
from sync.server.db import Database
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
        )
    return MutationResult(
        id=row.id,
        status=result_status(row.status),
        code=row.code,
        message=row.message,
        result=row.result,
    )


def _record(session: Session, client: ChannelClient, name: str, answer: MutationResult) -> None:
    session.add(
        AppliedMutation(
            id=answer.id,
            client_id=client.id,
            name=name,
            status=answer.status,
            code=answer.code,
            message=answer.message,
            result=answer.result,
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
        answer = MutationResult(
            id=key, status="rejected", code=refusal.code, message=refusal.message
        )
    except IntegrityError:
        answer = MutationResult(
            id=key,
            status="rejected",
            code="conflict",
            message="This conflicts with data already on the server (a duplicate id or number).",
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
