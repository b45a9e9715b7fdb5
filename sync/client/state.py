"""Reading and writing the replica's sync_state (always inside the caller's transaction)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from sync.client.tables import CURSOR, SNAPSHOT_CURSOR, SyncState


def get(session: Session, key: str) -> str | None:
    return session.execute(select(SyncState.value).where(SyncState.key == key)).scalar()


def get_int(session: Session, key: str) -> int | None:
    value = get(session, key)
    return None if value is None else int(value)


def put(session: Session, key: str, value: object | None) -> None:
    """Set `key` (None removes it)."""
    if value is None:
        session.execute(delete(SyncState).where(SyncState.key == key))
        return
    statement = insert(SyncState).values(key=key, value=str(value))
    session.execute(statement.on_conflict_do_update(
        index_elements=[SyncState.key], set_={"value": statement.excluded.value}))


def everything(session: Session) -> dict[str, str | None]:
    return dict(session.execute(select(SyncState.key, SyncState.value)).all())


def snapshot_in_progress(session: Session) -> bool:
    """A snapshot was started and not finished: the replica holds part of the scope."""
    return get(session, SNAPSHOT_CURSOR) is not None


def cursor(session: Session) -> int | None:
    """The change-feed position the replica's server state corresponds to."""
    return get_int(session, CURSOR)
