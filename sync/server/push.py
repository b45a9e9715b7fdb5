"""Applies a device's batch of mutations: each once, in order, under the server's rules.

Each mutation runs in its own transaction together with the record of its answer, so
it takes effect exactly once: a replay (a retried batch, a response lost on the way)
finds the record and gets the same answer with no second effect. A refused mutation
is recorded as refused and the ones behind it still run.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from sync.commands import CommandContext, run
from sync.model import StaffUser, Store, Territory
from sync.protocol import Mutation, MutationResult
from sync.rules.errors import RuleViolation
from sync.server.db import Database
from sync.server.guard import ScopeGuard
from sync.server.scopes import DeviceScope
from sync.server.tables import AppliedMutation, Device

log = logging.getLogger(__name__)

ATTEMPTS = 3


@dataclass(frozen=True)
class DeviceContext:
    """Who is pushing: the device, the store it works from and its scope."""

    device_id: uuid.UUID
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    scope: DeviceScope


def _stored(row: AppliedMutation) -> MutationResult:
    return MutationResult(id=row.id, status=row.status, code=row.code, message=row.message,
                          result=row.result)


def _channel(session: Session, device: DeviceContext) -> tuple[str, Store | None]:
    if device.territory_id is not None:
        territory = session.get(Territory, device.territory_id)
        store = session.get(Store, territory.store_id) if territory else None
        return "field", store
    store = session.get(Store, device.store_id) if device.store_id else None
    return ("branch" if store is not None and store.kind == "branch" else "store"), store


def _actor(session: Session, device: DeviceContext, actor_id: uuid.UUID) -> StaffUser:
    actor = session.get(StaffUser, actor_id)
    works_here = actor is not None and (
        (device.store_id is not None and actor.store_id == device.store_id)
        or (device.territory_id is not None and actor.territory_id == device.territory_id)
    )
    if actor is None or not works_here:
        raise RuleViolation("unknown_actor",
                            "The staff member who did this does not work at this device's "
                            "store or territory.")
    if not actor.active:
        raise RuleViolation("inactive_actor",
                            f"{actor.display_name}'s account is disabled; ask a manager.")
    return actor


def _record(session: Session, device: DeviceContext, mutation: Mutation,
            result: MutationResult) -> None:
    session.add(AppliedMutation(
        id=mutation.id, device_id=device.device_id, seq=mutation.seq, name=mutation.name,
        status=result.status, code=result.code, message=result.message, result=result.result,
    ))
    session.execute(
        update(Device)
        .where(Device.id == device.device_id, Device.high_seq < mutation.seq)
        .values(high_seq=mutation.seq)
    )


def _previous(session: Session, device: DeviceContext, mutation: Mutation
              ) -> MutationResult | None:
    row = session.get(AppliedMutation, mutation.id)
    if row is None:
        return None
    if row.device_id != device.device_id:
        return MutationResult(id=mutation.id, status="rejected", code="duplicate_id",
                              message="Another device already used this mutation id.")
    return _stored(row)


def _execute(db: Database, device: DeviceContext, mutation: Mutation, at: datetime
             ) -> MutationResult:
    with db.write() as session:
        previous = _previous(session, device, mutation)
        if previous is not None:
            return previous
        high = session.execute(
            select(Device.high_seq).where(Device.id == device.device_id)
        ).scalar_one()
        if mutation.seq <= high:
            raise RuleViolation("out_of_order",
                                f"Mutation number {mutation.seq} arrived after number {high}.")
        channel, store = _channel(session, device)
        guard = ScopeGuard(session, device.scope)
        ctx = CommandContext(session=session, channel=channel, at=at,
                             actor=_actor(session, device, mutation.actor), store=store,
                             guard=guard)
        result = run(ctx, mutation.name, mutation.args)
        guard.check_session_changes()
        answer = MutationResult(id=mutation.id, status="accepted", result=result or None)
        _record(session, device, mutation, answer)
        return answer


def _reject(db: Database, device: DeviceContext, mutation: Mutation, code: str,
            message: str) -> MutationResult:
    with db.write() as session:
        previous = _previous(session, device, mutation)
        if previous is not None:
            return previous
        answer = MutationResult(id=mutation.id, status="rejected", code=code, message=message)
        _record(session, device, mutation, answer)
        return answer


def apply_one(db: Database, device: DeviceContext, mutation: Mutation, skew: timedelta,
              now: datetime) -> MutationResult:
    """Apply one mutation exactly once and return the answer for it."""
    # The device's clock may be off: shift its times by the offset measured on this
    # push, and never into the future.
    try:
        at = min(mutation.at + skew, now)
    except OverflowError:
        at = now
    for attempt in range(ATTEMPTS):
        try:
            return _execute(db, device, mutation, at)
        except RuleViolation as refusal:
            return _reject(db, device, mutation, refusal.code, refusal.message)
        except IntegrityError:
            # The same mutation applied concurrently (answer as it was answered), a row
            # another transaction created meanwhile (try again), or a real collision.
            with db.read() as session:
                previous = _previous(session, device, mutation)
            if previous is not None:
                return previous
            if attempt + 1 < ATTEMPTS:
                continue
            return _reject(db, device, mutation, "conflict",
                           "This change conflicts with data already on the server "
                           "(a duplicate id or number).")
        except DBAPIError as error:
            if is_transient(error) and attempt + 1 < ATTEMPTS:
                continue  # a deadlock or serialization failure: run it again
            raise  # the database is unavailable or busy: the whole push is retried later
        except Exception:
            # A fault in a command must not block this device's queue for ever: the
            # mutation is refused (and logged for the developers), the rest go on.
            log.exception("command %s failed on mutation %s", mutation.name, mutation.id)
            return _reject(db, device, mutation, "internal_error",
                           "The server could not apply this change because of an internal "
                           "fault; it has been logged. Contact support if it recurs.")
    raise AssertionError("unreachable")


def is_transient(error: DBAPIError) -> bool:
    """A deadlock, serialization failure or lock time-out: worth running again."""
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if code in ("40001", "40P01", "55P03"):
        return True
    return "database is locked" in str(error.orig)


def apply_batch(db: Database, device: DeviceContext, mutations: list[Mutation],
                sent_at: datetime, now: datetime) -> list[MutationResult]:
    skew = now - sent_at
    return [apply_one(db, device, mutation, skew, now) for mutation in mutations]
