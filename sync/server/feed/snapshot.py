"""First sync: the current state of a device's scope, paged, at a known cursor.

The cursor is the feed head when the snapshot starts. Pages are read afterwards and may
already show later states; the device then pulls the feed from that cursor, which
replays every later change in order, so it ends exactly at the server's state.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync import wire
from sync.server.feed import raw
from sync.server.feed.reader import head_and_floor
from sync.server.scopes import ENTITIES, DeviceScope


class BadSnapshotToken(ValueError):
    """The token was not made by this server or is damaged."""


@dataclass(frozen=True)
class SnapshotToken:
    cursor: int
    entity: int
    after: str | None
    part: int = 0

    def encode(self) -> str:
        raw = orjson.dumps({"c": self.cursor, "e": self.entity, "a": self.after,
                            "p": self.part})
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> SnapshotToken:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            data = orjson.loads(raw)
            cursor, entity, after = int(data["c"]), int(data["e"]), data["a"]
            part = int(data.get("p", 0))
            if after is not None:
                after = str(uuid.UUID(after))
        except (ValueError, TypeError, KeyError, orjson.JSONDecodeError) as error:
            raise BadSnapshotToken("the snapshot token is damaged or not from this server"
                                   ) from error
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


def read_page(session: Session, scope: DeviceScope, token: str | None, limit: int
              ) -> SnapshotPage:
    """One page of the snapshot; no token starts a new snapshot at the current head."""
    if token is None:
        head, _ = head_and_floor(session)
        position = SnapshotToken(head, 0, None)
        counts: dict[str, int] | None = totals(session, scope)
    else:
        position = SnapshotToken.decode(token)
        counts = None
    spec = ENTITIES[position.entity]
    table = spec.model.__table__
    parts = spec.snapshot_parts(scope)
    names = wire.columns_of(table)
    rows: list[list[Any]] = []
    if position.part < len(parts):
        query = (select(*raw.raw_columns(table)).where(parts[position.part])
                 .order_by(table.c.id).limit(limit))
        if position.after is not None:
            query = query.where(table.c.id > uuid.UUID(position.after))
        connection = session.connection()
        rows = raw.to_wire_rows(connection.execute(query).fetchall(), table,
                                connection.dialect.name)
    next_position = _next(position, len(parts), rows[-1][names.index("id")]
                          if len(rows) == limit else None)
    return SnapshotPage(
        cursor=position.cursor,
        entity=spec.name,
        columns=names,
        rows=rows,
        next_token=next_position.encode() if next_position else None,
        totals=counts,
    )
