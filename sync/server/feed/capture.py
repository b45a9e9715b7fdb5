"""Records every change of a synced row in the change feed, in commit order.

Installed on the central API's session factory. Each transaction that touched synced
rows ends by bumping the single `feed_head` row and writing one change per row with
the sequence numbers it got. The row lock on `feed_head` is held until commit, so
sequence numbers are handed out in commit order: no reader can see change N+1 while
N is still in flight, which is the gap that plain sequence- or timestamp-based feeds
have when transactions commit out of order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from sync import wire
from sync.model import Base
from sync.model.types import utcnow
from sync.server.feed.append import Change, append
from sync.server.scopes import BY_MODEL, forget_links, link_applicants, prefetch_links, tags_of
from sync.server.tables import FeedHead

_PENDING = "feed_pending"
_WROTE = "feed_wrote_head"
_COMMITTED = "feed_committed_head"
_OLD_TAGS = "feed_old_tags"

Key = tuple[str, Any]


def _pending(session: Session) -> dict[Key, tuple[str, object, set[str] | None]]:
    return session.info.setdefault(_PENDING, {})


def _is_synced(obj: object) -> bool:
    return type(obj) in BY_MODEL


def _as_committed(obj: object) -> object:
    """A detached copy of `obj` as the database still has it (before this flush)."""
    state = inspect(obj)
    copy = type(obj)()
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        value = history.deleted[0] if history.deleted else getattr(obj, attr.key)
        setattr(copy, attr.key, value)
    return copy


def _before_flush(session: Session, flush_context: object, instances: object) -> None:
    link_applicants(session)
    pending = _pending(session)
    for obj in session.deleted:
        if _is_synced(obj):
            table = type(obj).__tablename__
            pending[(table, obj.id)] = ("delete", obj, tags_of(session, obj))
    moved = session.info.setdefault(_OLD_TAGS, {})
    for obj in session.dirty:
        if _is_synced(obj) and session.is_modified(obj):
            key = (type(obj).__tablename__, obj.id)
            if key not in moved:  # the tags the row had when the transaction began
                moved[key] = tags_of(session, _as_committed(obj))


def _after_flush(session: Session, flush_context: object) -> None:
    pending = _pending(session)
    for obj in list(session.new) + list(session.dirty):
        if not _is_synced(obj) or obj in session.deleted:
            continue
        if obj in session.dirty and not session.is_modified(obj):
            continue
        pending[(type(obj).__tablename__, obj.id)] = ("upsert", obj, None)


def _row_of(obj: object) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.columns[0].name: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: changes are numbered when the real transaction commits
    session.flush()
    pending = session.info.pop(_PENDING, {})
    old_tags = session.info.pop(_OLD_TAGS, {})
    if not pending:
        return
    # Hold the feed head before tagging the changes: a store linked to a customer (see
    # `sync.server.scopes`) takes the same lock, so every change either is tagged with the
    # link or was committed before the link, when the store's look-up reads it.
    feed_head = FeedHead.__table__
    # Plain table statements on the session's connection from here on: they run on every
    # commit, and the ORM's execution layer would double their cost.
    connection = session.connection()
    connection.execute(select(feed_head.c.seq).where(feed_head.c.id == 1).with_for_update())
    forget_links(session)
    prefetch_links(session, (obj for _, obj, _ in pending.values()))
    changes: list[Change] = []
    for (table_name, entity_id), (op, obj, tags) in pending.items():
        table = Base.metadata.tables[table_name]
        tombstone = orjson.dumps({"id": str(entity_id)})
        if op == "delete":
            changes.append((table_name, str(entity_id), op, tombstone, tags or set()))
            continue
        scope = tags_of(session, obj)
        left = old_tags.get((table_name, entity_id), set()) - scope
        if left:  # the row moved out of some devices' scope: they drop it
            changes.append((table_name, str(entity_id), "delete", tombstone, left))
        payload = orjson.dumps(wire.to_wire(table, _row_of(obj)))
        changes.append((table_name, str(entity_id), op, payload, scope))
    session.info[_WROTE] = append(connection, changes, utcnow())


def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    if previous.nested:
        return  # a savepoint: its owner restores the capture with `restore`
    session.info.pop(_PENDING, None)
    session.info.pop(_OLD_TAGS, None)
    session.info.pop(_WROTE, None)


Mark = tuple[dict[Key, tuple[str, object, set[str] | None]], dict[Key, set[str]]]


def mark(session: Session) -> Mark:
    """What is captured so far, to `restore` if a savepoint is rolled back."""
    return dict(_pending(session)), dict(session.info.get(_OLD_TAGS, {}))


def restore(session: Session, saved: Mark) -> None:
    session.info[_PENDING] = dict(saved[0])
    session.info[_OLD_TAGS] = dict(saved[1])


def committed_head(session: Session) -> int | None:
    """The feed head right after the session's last commit that recorded changes (those
    changes are the last ones up to it), or None if it recorded none."""
    return session.info.get(_COMMITTED)


def install(factory: sessionmaker[Session], on_commit: Callable[[int], None] | None = None) -> None:
    """Capture changes on every session `factory` makes; call `on_commit(head)` after."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_soft_rollback", _after_rollback)

    def _after_commit(session: Session) -> None:
        head = session.info.pop(_WROTE, None)
        if head is not None:
            session.info[_COMMITTED] = head
            if on_commit is not None:
                on_commit(head)

    event.listen(factory, "after_commit", _after_commit)
