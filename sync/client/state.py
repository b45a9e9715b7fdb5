"""Reading and writing the replica's sync_state (always inside the caller's transaction)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from sync.client.search import NAME_INDEX, PRODUCT_NAME_INDEX
from sync.client.tables import CURSOR, SNAPSHOT_CURSOR, SyncState
from sync.model import Base

# The `CREATE INDEX` text of the secondary indexes a new snapshot dropped (a JSON
# object, name -> SQL), until they are built again at its end.
SNAPSHOT_INDEXES = "snapshot_indexes"
# Indexes queries name (`INDEXED BY`): they stay, or those queries would fail while
# a snapshot is written.
KEPT_INDEXES = frozenset({NAME_INDEX, PRODUCT_NAME_INDEX})


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
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[SyncState.key], set_={"value": statement.excluded.value}
        )
    )


def everything(session: Session) -> dict[str, str | None]:
    return dict(session.execute(select(SyncState.key, SyncState.value)).all())


def snapshot_in_progress(session: Session) -> bool:
    """A snapshot was started and not finished: the replica holds part of the scope."""
    return get(session, SNAPSHOT_CURSOR) is not None


def cursor(session: Session) -> int | None:
    """The change-feed position the replica's server state corresponds to."""
    return get_int(session, CURSOR)


def _secondary_indexes(connection: Connection) -> dict[str, str]:
    """Name -> SQL of the non-unique `ix_*` indexes of synced tables present now."""
    synced = set(Base.metadata.tables)
    rows = [
        (name, table, sql)
        for name, table, sql in connection.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master "
            "WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
        ).all()
        if name.startswith("ix_") and table in synced and name not in KEPT_INDEXES
    ]
    unique = {
        row[1]
        for table in {table for _, table, _ in rows}
        for row in connection.exec_driver_sql(f'PRAGMA index_list("{table}")').all()
        if row[2]
    }
    return {name: sql for name, _, sql in rows if name not in unique}


def dropped_indexes(session: Session) -> dict[str, str]:
    """The indexes a snapshot under way (or cut short) dropped: name -> SQL."""
    value = get(session, SNAPSHOT_INDEXES)
    return dict(json.loads(value)) if value else {}


def drop_secondary_indexes(session: Session) -> None:
    """Drop the synced tables' non-unique indexes (remembered first) for a bulk load.

    Unique indexes stay: `INSERT OR REPLACE` needs them. Indexes an earlier snapshot
    dropped and never rebuilt are still remembered.
    """
    connection = session.connection()
    present = _secondary_indexes(connection)
    remembered = dropped_indexes(session) | present
    put(session, SNAPSHOT_INDEXES, json.dumps(remembered) if remembered else None)
    for name in present:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')


def restore_secondary_indexes(session: Session) -> list[str]:
    """Build every remembered index that is missing, and forget them; returns those built."""
    remembered = dropped_indexes(session)
    if not remembered:
        return []
    connection = session.connection()
    present = {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
        ).all()
    }
    built = [name for name in remembered if name not in present]
    for name in built:
        connection.exec_driver_sql(remembered[name])
    put(session, SNAPSHOT_INDEXES, None)
    return built
