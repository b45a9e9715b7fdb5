"""First sync: the current state of a device's scope, paged, at a known cursor.

The cursor is the feed head when the snapshot starts. Pages are read afterwards and may
already show later states; the device then pulls the feed from that cursor, which
replays every later change in order, so it ends exactly at the server's state.

Rows go out in one of two forms (`sync.protocol.SNAPSHOT_FORMATS`): the wire form
every client understands, or, for a device that asks, the form its SQLite replica
stores them in, which the device writes without looking at a single value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, Select, Table, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from sync import wire
from sync.protocol import SQLITE_FORMAT, WIRE_FORMAT
from sync.server.feed import raw
from sync.server.feed.reader import head_and_floor
from sync.server.keys import SNAPSHOT, server_key
from sync.server.scopes import ENTITIES, DeviceScope


class BadSnapshotToken(ValueError):
    """The token was not made by this server for this device, or is damaged."""


TOKEN_MAC_BYTES = 16


def _mac(key: bytes, device_id: uuid.UUID, payload: bytes) -> bytes:
    """The token's signature: binds its position to the server's key and the device."""
    return hmac.new(
        key, b"snapshot-token\x00" + device_id.bytes + payload, hashlib.sha256
    ).digest()[:TOKEN_MAC_BYTES]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class SnapshotToken:
    """Where the next page starts. On the wire it is signed with the server's snapshot
    key (`sync.server.keys`) for one device: a token a client made or altered, or one
    issued to another device, is refused before anything in it is used."""

    cursor: int
    entity: int
    after: str | None
    part: int = 0

    def encode(self, key: bytes, device_id: uuid.UUID) -> str:
        payload = _b64(
            orjson.dumps({"c": self.cursor, "e": self.entity, "a": self.after, "p": self.part})
        ).encode()
        return payload.decode() + "." + _b64(_mac(key, device_id, payload))

    @classmethod
    def decode(cls, token: str, key: bytes, device_id: uuid.UUID) -> SnapshotToken:
        payload, _, signature = token.partition(".")
        try:
            given = _unb64(signature)
        except ValueError:
            given = b""
        if not hmac.compare_digest(given, _mac(key, device_id, payload.encode())):
            raise BadSnapshotToken(
                "this snapshot token was not issued to this device by "
                "this server, or it was altered; start the snapshot "
                "again without a token"
            )
        try:
            data = orjson.loads(_unb64(payload))
            cursor, entity, after = int(data["c"]), int(data["e"]), data["a"]
            part = int(data.get("p", 0))
            if after is not None:
                after = str(uuid.UUID(after))
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise BadSnapshotToken("the snapshot token is damaged") from error
        if not 0 <= entity < len(ENTITIES) or cursor < 0 or not 0 <= part < 10_000:
            raise BadSnapshotToken("the snapshot token is out of range")
        return cls(cursor, entity, after, part)


@dataclass(frozen=True)
class SnapshotPage:
    cursor: int
    entity: str
    columns: list[str]
    rows: list[list[Any]]
    next_token: str | None
    totals: dict[str, int] | None
    form: str = WIRE_FORMAT
    rows_json: bytes | None = None
    """The rows' JSON array already made by the database (then `rows` is empty)."""


def encode_page(page: SnapshotPage) -> bytes:
    """The page's JSON answer; rows the database wrote as JSON are spliced in as they are."""
    head: dict[str, Any] = {
        "cursor": page.cursor,
        "entity": page.entity,
        "columns": page.columns,
        "next": page.next_token,
        "totals": page.totals,
    }
    if page.form != WIRE_FORMAT:
        head["format"] = page.form  # tells the device which form the rows are in
    if page.rows_json is None:
        return orjson.dumps({**head, "rows": page.rows})
    return orjson.dumps(head)[:-1] + b',"rows":' + page.rows_json + b"}"


def totals(session: Session, scope: DeviceScope) -> dict[str, int]:
    """Rows per table the snapshot will send, for a progress bar."""
    result = {}
    for spec in ENTITIES:
        count = session.execute(
            select(func.count()).select_from(spec.model).where(spec.snapshot_filter(scope))
        ).scalar_one()
        result[spec.name] = int(count)
    return result


def _next(position: SnapshotToken, parts: int, last_id: str | None) -> SnapshotToken | None:
    """Where the next page starts: more of this part, the next part, the next table."""
    if last_id is not None:
        return SnapshotToken(position.cursor, position.entity, last_id, position.part)
    if position.part + 1 < parts:
        return SnapshotToken(position.cursor, position.entity, None, position.part + 1)
    if position.entity + 1 < len(ENTITIES):
        return SnapshotToken(position.cursor, position.entity + 1, None)
    return None


def _query(
    table: Table,
    columns: list[ColumnElement[Any]],
    where: ColumnElement[bool],
    after: str | None,
    limit: int,
) -> Select[Any]:
    query = select(*columns).where(where).order_by(table.c.id).limit(limit)
    if after is not None:
        query = query.where(table.c.id > uuid.UUID(after))
    return query


QueryFor = Callable[[list[ColumnElement[Any]]], Select[Any]]
"""The page's query, selecting the given columns."""


@dataclass(frozen=True)
class _Rows:
    count: int
    last_id: str | None
    rows: list[list[Any]]
    rows_json: bytes | None = None


def _wire_rows(session: Session, table: Table, query_for: QueryFor) -> _Rows:
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        _map_sqlite_file(connection)
    rows = raw.to_wire_rows(
        connection.execute(query_for(raw.raw_columns(table))).fetchall(),
        table,
        connection.dialect.name,
    )
    last = rows[-1][wire.columns_of(table).index("id")] if rows else None
    return _Rows(len(rows), last, rows)


SQLITE_MMAP_BYTES = 1 << 30


def _map_sqlite_file(connection: Connection) -> None:
    """Let this read connection map the database file (once per connection).

    A snapshot reads the whole scope once; with SQLite's default 2 MB page cache every
    page is copied in through a read() call, a large share of a page's time. Mapped,
    SQLite reads the OS's cached pages in place (server CPU of the pull benchmark:
    1.6 -> 1.26 s for 200,000 rows in the storage form, 16.4 -> 10.8 s for a million
    in the wire form).
    """
    info = connection.connection.info
    if not info.get("snapshot_mmap"):
        connection.exec_driver_sql(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
        info["snapshot_mmap"] = True


def _storage_rows(session: Session, table: Table, query_for: QueryFor) -> _Rows:
    """Rows in SQLite's storage form, each written as JSON by the database itself."""
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "sqlite":
        _map_sqlite_file(connection)
    result = connection.execute(
        query_for([raw.storage_row_json(table, dialect), type_coerce(table.c.id, NullType())])
    )
    with result:  # the driver's tuples: no Row objects for a JSON text and an id
        found = result.cursor.fetchall()
    text = "[" + ",".join([row[0] for row in found]) + "]"
    last = str(uuid.UUID(str(found[-1][1]))) if found else None
    return _Rows(len(found), last, [], text.encode())


def read_page(
    session: Session,
    scope: DeviceScope,
    token: str | None,
    limit: int,
    form: str = WIRE_FORMAT,
    *,
    device_id: uuid.UUID,
) -> SnapshotPage:
    """One page of `device_id`'s snapshot; no token starts a new one at the current head.

    `form` is WIRE_FORMAT or SQLITE_FORMAT (`sync.protocol`).
    """
    key = server_key(session, SNAPSHOT)
    if token is None:
        head, _ = head_and_floor(session)
        position = SnapshotToken(head, 0, None)
        counts: dict[str, int] | None = totals(session, scope)
    else:
        position = SnapshotToken.decode(token, key, device_id)
        counts = None
    spec = ENTITIES[position.entity]
    table = spec.model.__table__
    parts = spec.snapshot_parts(scope)
    found = _Rows(0, None, [], b"[]" if form == SQLITE_FORMAT else None)
    if position.part < len(parts):

        def query_for(columns: list[ColumnElement[Any]]) -> Select[Any]:
            return _query(table, columns, parts[position.part], position.after, limit)

        read = _storage_rows if form == SQLITE_FORMAT else _wire_rows
        found = read(session, table, query_for)
    next_position = _next(position, len(parts), found.last_id if found.count == limit else None)
    return SnapshotPage(
        cursor=position.cursor,
        entity=spec.name,
        columns=wire.columns_of(table),
        rows=found.rows,
        next_token=next_position.encode(key, device_id) if next_position else None,
        totals=counts,
        form=form,
        rows_json=found.rows_json,
    )
