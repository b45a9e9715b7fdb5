"""The fast path of a push: whole batches in one transaction.

One commit for a batch instead of one per mutation, and one for the batches of several
devices that arrived together: far fewer statements, round trips and turns at the feed
head's lock. What the batches share is read together (their devices' stores and staff,
earlier answers, the rows their commands look up); their answers are written together.

Most batches are accepted whole, so they first run without savepoints; if a mutation is
refused, the run is rolled back (`NeedsSavepoints` names the batch) and that batch runs
again alone with a savepoint per mutation, so a refused one leaves no trace but its
answer. Either way each mutation commits with its answer.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from sync.commands import CommandContext, declared_rows, run
from sync.commands.base import RowRef
from sync.model import StaffUser, Store, Territory
from sync.model.base import SyncedMixin
from sync.model.types import utcnow
from sync.protocol import Mutation, MutationResult
from sync.rules.errors import RuleViolation
from sync.server import staff_sessions
from sync.server.feed import capture
from sync.server.guard import ScopeGuard
from sync.server.push_answers import Answer, write_answers
from sync.server.push_rules import (
    LOCKED_DEVICES,
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
from sync.server.scopes import prefetch_links
from sync.server.tables import AppliedMutation, Device

log = logging.getLogger(__name__)

_READ_AHEAD = "read_ahead"
"""Session info key: rows read ahead, kept referenced (so in the session) until the
commit, which tags the changes with them."""


@dataclass(frozen=True)
class DeviceBatch:
    """One device's batch, as the transaction applies it."""

    device: DeviceContext
    mutations: Sequence[Mutation]
    skew: timedelta
    """The device's clock error, measured on this push."""


class NeedsSavepoints(Exception):
    """A mutation of an optimistic run was refused: run batch `index` again with
    savepoints (and the others without it)."""

    def __init__(self, index: int = -1) -> None:
        super().__init__(index)
        self.index = index


def refused_value(mutation: Mutation) -> MutationResult:
    """The answer to a mutation with a value the database would not store (one past the
    wire's checks): that mutation is refused, the push goes on."""
    return MutationResult(
        id=mutation.id,
        status="rejected",
        code="invalid_value",
        message="This change holds a value the server cannot store (a "
        "number too large or text it cannot keep).",
    )


def _locked_high_seq(session: Session, device_id: uuid.UUID) -> int:
    """The device's highest applied sequence number, its row locked until commit (so two
    pushes of one device apply one after the other). The row is usually locked and
    loaded already (`authenticate_devices(lock=True)`)."""
    locked = session.info.get(LOCKED_DEVICES, {})
    if device_id in locked:
        return int(locked[device_id])
    return session.execute(
        select(Device.high_seq).where(Device.id == device_id).with_for_update()
    ).scalar_one()


class _Shared:
    """What the transaction's batches read together: their places and staff, earlier
    answers to their mutations, and the rows their commands look up (one query per
    table), noting which do not exist and which the commands create."""

    def __init__(self, session: Session, batches: Sequence[DeviceBatch], now: datetime) -> None:
        self.session = session
        self.now = now
        mutations = [m for batch in batches for m in batch.mutations]
        applied = AppliedMutation.__table__
        self.known = {
            row.id: row
            for row in session.connection().execute(
                select(applied).where(applied.c.id.in_([m.id for m in mutations]))
            )
        }
        self.absent: set[RowRef] = set()
        self.new: set[RowRef] = set()
        wanted: dict[type[SyncedMixin], set[uuid.UUID]] = defaultdict(set)
        for batch in batches:
            if batch.device.territory_id is not None:
                wanted[Territory].add(batch.device.territory_id)
            if batch.device.store_id is not None:
                wanted[Store].add(batch.device.store_id)
        wanted[StaffUser] = {m.actor for m in mutations}
        self.sessions = staff_sessions.load(
            session,
            (m.session for m in mutations if m.session is not None and m.id not in self.known),
        )
        for mutation in mutations:
            if mutation.id in self.known:
                continue
            declared = declared_rows(mutation.name, mutation.args)
            for model, row_id in declared.read:
                wanted[model].add(row_id)
            self.new.update(declared.created)
        loaded: list[object] = session.info.setdefault(_READ_AHEAD, [])
        for model, ids in wanted.items():
            rows = list(session.scalars(select(model).where(model.id.in_(sorted(ids)))))
            loaded += rows
            self.absent |= {(model, row_id) for row_id in ids - {row.id for row in rows}}
        if Territory in wanted:  # the stores of field territories
            stores = {t.store_id for t in loaded if isinstance(t, Territory)} - wanted[Store]
            if stores:
                loaded += session.scalars(select(Store).where(Store.id.in_(stores)))
        prefetch_links(session, loaded)
        self.absent_or_new = frozenset(self.absent | self.new)


class _Batch:
    """What every mutation of one device's batch shares: the device, its store, its
    staff, and the answers given so far."""

    def __init__(self, shared: _Shared, guard: ScopeGuard, batch: DeviceBatch) -> None:
        self.session = shared.session
        self.shared = shared
        self.guard = guard
        self.device = batch.device
        self.channel, self.store = channel_of(self.session, batch.device)
        self.high = _locked_high_seq(self.session, batch.device.device_id)
        self._actors: dict[uuid.UUID, StaffUser] = {}
        self.records: list[Answer] = []

    def actor(self, actor_id: uuid.UUID) -> StaffUser:
        if actor_id not in self._actors:
            self._actors[actor_id] = actor_of(self.session, self.device, actor_id)
        return self._actors[actor_id]

    def context(
        self, mutation: Mutation, at: datetime, *, assume_new: bool = False
    ) -> CommandContext:
        """What `mutation`'s command runs with. `assume_new`: the rows commands create
        are taken not to exist yet without asking (the flush refuses a duplicate)."""
        shared = self.shared
        check_proof(
            shared.sessions.get(mutation.session) if mutation.session else None,
            self.device,
            mutation,
            at,
            shared.now,
        )
        return CommandContext(
            session=self.session,
            channel=self.channel,
            at=at,
            actor=self.actor(mutation.actor),
            store=self.store,
            guard=self.guard,
            absent=shared.absent_or_new if assume_new else shared.absent,
        )

    def known(self, mutation: Mutation) -> MutationResult | None:
        """The answer already given to `mutation`, if any."""
        previous = self.shared.known.get(mutation.id)
        return None if previous is None else stored_answer(previous, self.device, mutation)

    def record(self, mutation: Mutation, answer: MutationResult) -> MutationResult:
        """Keep the answer, to be written with the transaction's others."""
        self.records.append(
            {
                "id": mutation.id,
                "device_id": self.device.device_id,
                "seq": mutation.seq,
                "name": mutation.name,
                "status": answer.status,
                "code": answer.code,
                "message": answer.message,
                "result": kept_result(answer),
                "actor_id": mutation.actor,
                "session_id": mutation.session,
            }
        )
        self.high = max(self.high, mutation.seq)
        return answer


def _optimistic(batch: _Batch, mutation: Mutation, at: datetime) -> MutationResult:
    """No savepoint (two round trips saved per mutation): any refusal aborts the run."""
    previous = batch.known(mutation)
    if previous is not None:
        return previous
    if mutation.seq <= batch.high:
        raise NeedsSavepoints
    try:
        result = run(
            batch.context(mutation, at, assume_new=True), mutation.name, mutation.args, flush=False
        )
    except DBAPIError as error:
        if isinstance(error, IntegrityError | DataError):
            raise NeedsSavepoints from error
        raise
    except Exception as error:
        raise NeedsSavepoints from error
    return batch.record(
        mutation, MutationResult(id=mutation.id, status="accepted", result=result or None)
    )


def _write_all(session: Session) -> None:
    """Write what the optimistic run of a batch left pending; a refusal there (a
    duplicate row, a row out of scope) sends the batch to the savepoint run, which finds
    the culprit."""
    try:
        session.flush()
    except DBAPIError as error:
        if isinstance(error, IntegrityError | DataError):
            raise NeedsSavepoints from error
        raise
    except RuleViolation as error:
        raise NeedsSavepoints from error


def _guarded(batch: _Batch, mutation: Mutation, at: datetime) -> MutationResult:
    """In a savepoint: a refused mutation leaves nothing behind but its answer."""
    previous = batch.known(mutation)
    if previous is not None:
        return previous
    session = batch.session
    saved = capture.mark(session)
    savepoint = session.begin_nested()
    try:
        if mutation.seq <= batch.high:
            raise RuleViolation(
                "out_of_order",
                f"Mutation number {mutation.seq} arrived after number {batch.high}.",
                {"seq": mutation.seq, "high": batch.high},
            )
        result = run(batch.context(mutation, at), mutation.name, mutation.args)
        session.flush()
        savepoint.commit()
        return batch.record(
            mutation, MutationResult(id=mutation.id, status="accepted", result=result or None)
        )
    except DataError:  # a value the database would not store
        savepoint.rollback()
        capture.restore(session, saved)
        return batch.record(mutation, refused_value(mutation))
    except DBAPIError as error:
        if not isinstance(error, IntegrityError):
            raise  # deadlock, lost connection...: the whole batch is tried again
        savepoint.rollback()
        capture.restore(session, saved)
        return batch.record(
            mutation,
            MutationResult(
                id=mutation.id,
                status="rejected",
                code="conflict",
                message="This change conflicts with data already on the server "
                "(a duplicate id or number).",
                params={"case": "server"},
            ),
        )
    except Exception as error:
        savepoint.rollback()
        capture.restore(session, saved)
        if isinstance(error, RuleViolation):
            answer = refusal_answer(mutation.id, error)
        else:
            log.exception("command %s failed on mutation %s", mutation.name, mutation.id)
            answer = internal_error(mutation)
        return batch.record(mutation, answer)


def apply_in_one_transaction(
    session: Session, batches: Sequence[DeviceBatch], now: datetime, *, optimistic: bool
) -> list[list[MutationResult]]:
    """Apply `batches` inside `session`'s transaction, one after the other; the caller
    commits. Their devices' rows are locked (`authenticate_devices(lock=True)`).

    `optimistic`: no savepoints, and `NeedsSavepoints(index)` as soon as a mutation of
    batch `index` is refused (the caller rolls back and runs that batch again alone with
    `optimistic=False`).
    """
    shared = _Shared(session, batches, now)
    guard = ScopeGuard(session, batches[0].device.scope)
    apply = _optimistic if optimistic else _guarded
    answers: list[list[MutationResult]] = []
    runs: list[_Batch] = []
    for index, device_batch in enumerate(batches):
        # Each batch's rows are written, and checked against its device's scope, before
        # the next batch begins.
        guard.scope = device_batch.device.scope
        try:
            batch = _Batch(shared, guard, device_batch)
            answers.append(
                [
                    apply(batch, m, corrected_time(m, device_batch.skew, now))
                    for m in device_batch.mutations
                ]
            )
            if optimistic:
                _write_all(session)
        except NeedsSavepoints as error:
            raise NeedsSavepoints(index) from error
        runs.append(batch)
    write_answers(
        session.connection(),
        [r for batch in runs for r in batch.records],
        {batch.device.device_id: batch.high for batch in runs},
        utcnow(),
    )
    return answers
