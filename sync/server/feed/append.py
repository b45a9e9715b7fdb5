"""Numbers a transaction's changes and writes them to the change log with their scopes.

It runs on every commit that changed synced rows, while the feed head is held, so it is
kept short. On PostgreSQL it is one statement: the head is moved on, and the changes and
their scope tags are inserted from one JSON document (`json_to_recordset`), which the
driver sends as a single text value; the driver's executemany or array parameters would
cost the API several times more. SQLite's executemany is cheap already.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import orjson
from sqlalchemy import Connection, insert, update

from sync.server.tables import ChangeLog, ChangeScope, FeedHead

Change = tuple[str, str, str, bytes, set[str]]
"""(entity, entity id, op, JSON payload, scope tags)"""

# `i` numbers the changes from 1; the payloads go in as JSON values (`json` keeps their
# text as it was written), so they are neither escaped nor parsed again.
_APPEND_POSTGRES = """
WITH head AS (
    UPDATE feed_head SET seq = seq + %(count)s WHERE id = 1 RETURNING seq - %(count)s AS base
), changes AS (
    SELECT * FROM json_to_recordset(%(changes)s::json)
        AS c(i bigint, entity text, entity_id text, op text, payload json, tags json)
), logged AS (
    INSERT INTO change_log (seq, entity, entity_id, op, payload, committed_at)
    SELECT head.base + c.i, c.entity, c.entity_id, c.op, c.payload::text, %(at)s
    FROM head, changes AS c
), scoped AS (
    INSERT INTO change_scopes (seq, scope)
    SELECT head.base + c.i, t.scope
    FROM head, changes AS c, json_array_elements_text(c.tags) AS t(scope)
)
SELECT base + %(count)s FROM head
"""


def _document(changes: Sequence[Change]) -> str:
    return orjson.dumps(
        [
            {
                "i": i,
                "entity": entity,
                "entity_id": entity_id,
                "op": op,
                "payload": orjson.Fragment(payload),
                "tags": sorted(tags),
            }
            for i, (entity, entity_id, op, payload, tags) in enumerate(changes, start=1)
        ]
    ).decode()


def append(connection: Connection, changes: Sequence[Change], at: datetime) -> int:
    """Write `changes`, committed `at`, numbered on from the feed head; the new head.

    The caller holds the feed head's row lock (or this statement takes it).
    """
    if connection.dialect.name == "postgresql":
        return int(
            connection.exec_driver_sql(
                _APPEND_POSTGRES,
                {
                    "count": len(changes),
                    "changes": _document(changes),
                    "at": at,
                },
            ).scalar_one()
        )
    feed_head = FeedHead.__table__
    head = connection.execute(
        update(feed_head)
        .where(feed_head.c.id == 1)
        .values(seq=feed_head.c.seq + len(changes))
        .returning(feed_head.c.seq)
    ).scalar_one()
    first = head - len(changes) + 1
    seqs = range(first, head + 1)
    connection.execute(
        insert(ChangeLog.__table__),
        [
            {
                "seq": seq,
                "entity": entity,
                "entity_id": entity_id,
                "op": op,
                "payload": payload.decode(),
                "committed_at": at,
            }
            for seq, (entity, entity_id, op, payload, _) in zip(seqs, changes, strict=True)
        ],
    )
    scopes = [
        {"seq": seq, "scope": tag}
        for seq, (*_, tags) in zip(seqs, changes, strict=True)
        for tag in sorted(tags)
    ]
    if scopes:
        connection.execute(insert(ChangeScope.__table__), scopes)
    return int(head)
