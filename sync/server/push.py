"""Applies a device's batch of mutations: each once, in order, under the server's rules.

Every mutation is applied together with the record of its answer, so it takes effect
exactly once: a replay (a retried batch, a response lost on the way) finds the record
and gets the same answer with no second effect. A refused mutation is recorded as
refused and the ones behind it still run.

A batch normally runs in one transaction (sync.server.push_batch), together with the
batches of other devices that arrived at the same time (sync.server.push_queue). If
that cannot commit — the same batch arriving twice at once, a deadlock — it is applied
again on its own, then one mutation per transaction, which settles each of those cases.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from sync.commands import CommandContext, run
from sync.protocol import Mutation, MutationResult
from sync.rules.errors import RuleViolation
from sync.server.db import Database
from sync.server.deps import authenticate_device, authenticate_devices
from sync.server.errors import ApiError
from sync.server.feed import capture
from sync.server.guard import ScopeGuard
from sync.server.push_batch import (
    DeviceBatch,
    NeedsSavepoints,
    apply_in_one_transaction,
    refused_value,
)
from sync.server.push_rules import (
    DeviceContext,
    actor_of,
    channel_of,
    check_proof,
    corrected_time,
    internal_error,
    kept_result,
    refusal_answer,
    stored_answer,
)
from sync.server.tables import AppliedMutation, Device, StaffSession

__all__ = ["BatchOutcome", "DeviceContext", "Outcome", "Push", "apply_one", "apply_pushes"]

log = logging.getLogger(__name__)

ATTEMPTS = 3


def is_transient(error: DBAPIError) -> bool:
    """A deadlock, serialization failure or lock time-out: worth running again."""
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if code in ("40001", "40P01", "55P03"):
        return True
    return "database is locked" in str(error.orig)


def _record(
    session: Session, device: DeviceContext, mutation: Mutation, result: MutationResult
) -> None:
    session.add(
        AppliedMutation(
            id=mutation.id,
            device_id=device.device_id,
            seq=mutation.seq,
            name=mutation.name,
            status=result.status,
            code=result.code,
            message=result.message,
            result=kept_result(result),
            actor_id=mutation.actor,
            session_id=mutation.session,
        )
    )
    session.execute(
        update(Device)
        .where(Device.id == device.device_id, Device.high_seq < mutation.seq)
        .values(high_seq=mutation.seq)
    )


def _previous(session: Session, device: DeviceContext, mutation: Mutation) -> MutationResult | None:
    row = session.get(AppliedMutation, mutation.id)
    return None if row is None else stored_answer(row, device, mutation)


def _execute(
    db: Database, device: DeviceContext, mutation: Mutation, at: datetime, now: datetime
) -> MutationResult:
    with db.write() as session:
        previous = _previous(session, device, mutation)
        if previous is not None:
            return previous
        high = session.execute(
            select(Device.high_seq).where(Device.id == device.device_id)
        ).scalar_one()
        if mutation.seq <= high:
            raise RuleViolation(
                "out_of_order",
                f"Mutation number {mutation.seq} arrived after number {high}.",
                {"seq": mutation.seq, "high": high},
            )
        channel, store = channel_of(session, device)
        check_proof(
            session.get(StaffSession, mutation.session) if mutation.session else None,
            device,
            mutation,
            at,
            now,
        )
        guard = ScopeGuard(session, device.scope)
        ctx = CommandContext(
            session=session,
            channel=channel,
            at=at,
            actor=actor_of(session, device, mutation.actor),
            store=store,
            guard=guard,
        )
        result = run(ctx, mutation.name, mutation.args)
        answer = MutationResult(id=mutation.id, status="accepted", result=result or None)
        _record(session, device, mutation, answer)
        return answer


def _reject(
    db: Database, device: DeviceContext, mutation: Mutation, answer: MutationResult
) -> MutationResult:
    with db.write() as session:
        previous = _previous(session, device, mutation)
        if previous is not None:
            return previous
        _record(session, device, mutation, answer)
        return answer


def _refusal(
    mutation: Mutation, code: str, message: str, params: dict[str, Any] | None = None
) -> MutationResult:
    return MutationResult(
        id=mutation.id, status="rejected", code=code, message=message, params=params or {}
    )


def apply_one(
    db: Database, device: DeviceContext, mutation: Mutation, skew: timedelta, now: datetime
) -> MutationResult:
    """Apply one mutation exactly once, in its own transaction, and answer for it."""
    at = corrected_time(mutation, skew, now)
    for attempt in range(ATTEMPTS):
        try:
            return _execute(db, device, mutation, at, now)
        except RuleViolation as refusal:
            return _reject(db, device, mutation, refusal_answer(mutation.id, refusal))
        except IntegrityError:
            # The same mutation applied concurrently (answer as it was answered), a row
            # another transaction created meanwhile (try again), or a real collision.
            with db.read() as session:
                previous = _previous(session, device, mutation)
            if previous is not None:
                return previous
            if attempt + 1 < ATTEMPTS:
                continue
            return _reject(
                db,
                device,
                mutation,
                _refusal(
                    mutation,
                    "conflict",
                    "This change conflicts with data already on the "
                    "server (a duplicate id or number).",
                    {"case": "server"},
                ),
            )
        except DataError:
            return _reject(db, device, mutation, refused_value(mutation))
        except DBAPIError as error:
            if is_transient(error) and attempt + 1 < ATTEMPTS:
                continue
            raise  # the database is unavailable or busy: the whole push is retried later
        except Exception:
            log.exception("command %s failed on mutation %s", mutation.name, mutation.id)
            return _reject(db, device, mutation, internal_error(mutation))
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class BatchOutcome:
    results: list[MutationResult]
    head: int | None
    """The feed head just after the batch's own changes, if it made any in one commit."""


@dataclass(frozen=True)
class Push:
    """A device's batch as it arrived; its token is checked in the transaction that
    applies it (which saves a connection and its round trips)."""

    token: str
    mutations: list[Mutation]
    sent_at: datetime


Outcome = BatchOutcome | Exception
"""What a push gets: its answers, or the refusal of the whole push (an ApiError: a bad
token), or what failed when it was applied alone (the database, unavailable): only that
push's request answers with it."""


def _alone(db: Database, push: Push, now: datetime, *, optimistic: bool = True) -> Outcome:
    """Apply one push in its own transaction, or one transaction per mutation if that
    cannot commit."""
    skew = now - push.sent_at
    for attempt in range(ATTEMPTS + 1):
        try:
            with db.writer() as session:
                with session.begin():
                    device = authenticate_device(session, push.token, lock=True)
                    [results] = apply_in_one_transaction(
                        session,
                        [DeviceBatch(device, push.mutations, skew)],
                        now,
                        optimistic=optimistic,
                    )
                return BatchOutcome(results, capture.committed_head(session))
        except ApiError as refusal:
            return refusal
        except NeedsSavepoints:
            optimistic = False
        except IntegrityError:
            break  # e.g. the same batch committed by a concurrent request: go one by one
        except DBAPIError as error:
            if not is_transient(error):
                raise
            if attempt >= ATTEMPTS - 1:
                break
    with db.read() as session:
        try:
            device = authenticate_device(session, push.token)
        except ApiError as refusal:
            return refusal
    return BatchOutcome(
        [apply_one(db, device, mutation, skew, now) for mutation in push.mutations], None
    )


def _alone_or_failure(
    db: Database, push: Push, now: datetime, *, optimistic: bool = True
) -> Outcome:
    """`_alone`, or the exception it failed with: one push's failure is its own."""
    try:
        return _alone(db, push, now, optimistic=optimistic)
    except Exception as error:
        return error


def _distinct_devices(todo: list[int], pushes: Sequence[Push]) -> list[int]:
    """The first push of each device among `todo`: a device's pushes go one at a time."""
    tokens: set[str] = set()
    first = []
    for index in todo:
        if pushes[index].token not in tokens:
            tokens.add(pushes[index].token)
            first.append(index)
    return first


def apply_pushes(db: Database, pushes: Sequence[Push], now: datetime) -> list[Outcome]:
    """Apply the pushes of several devices, in one transaction when they can be.

    If a mutation of one push is refused, that push is applied alone (with a savepoint
    per mutation) and the others together again; after a few such turns, or if they
    cannot commit together (a deadlock that keeps coming back, a replay racing its
    original), each is applied alone. If the group fails any other way (a value the
    database cannot store that got past the checks, say), each is applied alone too, so
    the push that caused it fails alone."""
    outcomes: dict[int, Outcome] = {}
    todo = list(range(len(pushes)))
    failures = 0  # runs of the group that did not commit
    while todo and failures < ATTEMPTS:
        group = _distinct_devices(todo, pushes)
        live: list[int] = []
        try:
            with db.writer() as session:
                with session.begin():
                    found = authenticate_devices(
                        session, [pushes[i].token for i in group], lock=True
                    )
                    batches = []
                    for index in group:
                        device = found[pushes[index].token]
                        if isinstance(device, ApiError):
                            outcomes[index] = device
                            continue
                        live.append(index)
                        batches.append(
                            DeviceBatch(
                                device, pushes[index].mutations, now - pushes[index].sent_at
                            )
                        )
                    answers = (
                        apply_in_one_transaction(session, batches, now, optimistic=True)
                        if batches
                        else []
                    )
                head = capture.committed_head(session) if batches else None
            outcomes.update(
                {
                    index: BatchOutcome(results, head)
                    for index, results in zip(live, answers, strict=True)
                }
            )
        except NeedsSavepoints as refused:
            index = live[refused.index]
            outcomes[index] = _alone_or_failure(db, pushes[index], now, optimistic=False)
            failures += 1
        except DBAPIError as error:
            if isinstance(error, IntegrityError) or not is_transient(error):
                break
            failures += 1
            continue
        except Exception:
            break
        todo = [index for index in todo if index not in outcomes]
    for index in todo:
        outcomes[index] = _alone_or_failure(db, pushes[index], now)
    return [outcomes[index] for index in range(len(pushes))]
