"""Runs a business command on the replica while recording what it changed.

The undo log of a command is the before-image of every synced row it inserted,
updated or deleted: `None` for a row that did not exist, else the row as it was (in
its wire form, so the log is plain JSON). Restoring the images in reverse order puts
the replica back exactly as it was before the command.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, event, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync import wire
from sync.commands import AllowAll, CommandContext, run
from sync.model import Base, StaffUser, Store
from sync.rules.errors import RuleViolation

UndoLog = list[dict[str, Any]]  # [{"table": name, "id": str, "row": wire dict | None}]


def _synced_table(obj: object) -> Table | None:
    if not isinstance(obj, Base):
        return None
    table = type(obj).__table__
    return table if isinstance(table, Table) else None


class Capture:
    """Collects before-images while active on `session` (a `with` block)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.images: dict[tuple[str, uuid.UUID], dict[str, Any] | None] = {}

    def __enter__(self) -> Capture:
        event.listen(self.session, "before_flush", self._before_flush)
        event.listen(self.session, "after_flush", self._after_flush)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.session, "before_flush", self._before_flush)
        event.remove(self.session, "after_flush", self._after_flush)

    def _before_flush(self, session: Session, context: object, instances: object) -> None:
        for obj in [*session.deleted, *session.dirty]:
            table = _synced_table(obj)
            if table is None or obj.id is None:
                continue
            if obj not in session.deleted and not session.is_modified(obj):
                continue
            key = (table.name, obj.id)
            if key in self.images:
                continue
            # The flush has not happened yet: the database still holds the row as it
            # was before this command first touched it.
            row = (
                session.connection()
                .execute(select(table).where(table.c.id == obj.id))
                .mappings()
                .first()
            )
            self.images[key] = None if row is None else wire.to_wire(table, row)
        self._note_new(session)

    def _after_flush(self, session: Session, context: object) -> None:
        self._note_new(session)  # ids given by column defaults are known now

    def _note_new(self, session: Session) -> None:
        for obj in session.new:
            table = _synced_table(obj)
            if table is not None and obj.id is not None:
                self.images.setdefault((table.name, obj.id), None)

    def log(self) -> UndoLog:
        return [
            {"table": table, "id": str(row_id), "row": row}
            for (table, row_id), row in self.images.items()
        ]


def restore(session: Session, log: UndoLog) -> None:
    """Put back the before-images of `log` (rows the command created are removed)."""
    session.flush()
    for entry in reversed(log):
        table = Base.metadata.tables[entry["table"]]
        row_id = uuid.UUID(entry["id"])
        image = entry["row"]
        if image is None:
            session.execute(delete(table).where(table.c.id == row_id))
            continue
        values = wire.from_wire(table, image)
        statement = insert(table).values(values)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=[table.c.id],
                set_={name: statement.excluded[name] for name in values if name != "id"},
            )
        )
    session.expire_all()


def context(
    session: Session, actor_id: uuid.UUID, store_id: uuid.UUID | None, channel: str, at: datetime
) -> CommandContext:
    """The context a command runs in on this device: the signed-in staff member's."""
    actor = session.get(StaffUser, actor_id)
    if actor is None:
        raise RuleViolation(
            "unknown_actor",
            "The staff member who did this is not known on this device; sync and sign in again.",
            {"case": "device"},
        )
    store = session.get(Store, store_id) if store_id is not None else None
    return CommandContext(
        session=session, channel=channel, at=at, actor=actor, store=store, guard=AllowAll()
    )


def run_captured(
    session: Session,
    name: str,
    args: dict[str, Any],
    actor_id: uuid.UUID,
    store_id: uuid.UUID | None,
    channel: str,
    at: datetime,
) -> tuple[dict[str, Any], UndoLog]:
    """Run a command in a savepoint; returns its result and undo log.

    On a refusal (`RuleViolation`, also for a collision with rows already present)
    the savepoint is rolled back: the command leaves no trace.
    """
    savepoint = session.begin_nested()
    try:
        with Capture(session) as capture:
            result = run(context(session, actor_id, store_id, channel, at), name, args)
            session.flush()
    except IntegrityError:
        savepoint.rollback()
        raise RuleViolation(
            "conflict",
            "This change conflicts with data already on this device (a duplicate id or number).",
        ) from None
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    return dict(result), capture.log()
