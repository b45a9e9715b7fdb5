"""Writes a transaction's numbered changes to the change log and their scope tags.

It runs on every commit that changed synced rows, while the feed head is held, so it is
kept to two statements. On PostgreSQL each is one statement over arrays (`unnest`)
rather than the driver's executemany, which pipelines one statement a row and costs
several times more on the API's side; SQLite's executemany is cheap already.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, insert

from sync.server.tables import ChangeLog, ChangeScope

Change = tuple[str, str, str, bytes, set[str]]
"""(entity, entity id, op, JSON payload, scope tags)"""

_LOG_UNNEST = (
    "INSERT INTO change_log (seq, entity, entity_id, op, payload, committed_at) "
    "SELECT seq, entity, entity_id, op, payload, %(at)s FROM unnest("
    "%(seqs)s::bigint[], %(entities)s::text[], %(ids)s::text[], %(ops)s::text[], "
    "%(payloads)s::text[]) AS c(seq, entity, entity_id, op, payload)"
)
_SCOPES_UNNEST = (
    "INSERT INTO change_scopes (seq, scope) "
    "SELECT * FROM unnest(%(seqs)s::bigint[], %(scopes)s::text[])"
)


def append(connection: Connection, first: int, changes: Sequence[Change], at: datetime
           ) -> None:
    """Write `changes` numbered from `first` on, committed `at`."""
    seqs = range(first, first + len(changes))
    scopes = [(seq, tag) for seq, (*_, tags) in zip(seqs, changes, strict=True)
              for tag in sorted(tags)]
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_LOG_UNNEST, {
            "at": at, "seqs": list(seqs),
            "entities": [c[0] for c in changes], "ids": [c[1] for c in changes],
            "ops": [c[2] for c in changes], "payloads": [c[3].decode() for c in changes],
        })
        if scopes:
            connection.exec_driver_sql(_SCOPES_UNNEST, {
                "seqs": [seq for seq, _ in scopes], "scopes": [tag for _, tag in scopes]})
        return
    connection.execute(insert(ChangeLog.__table__), [
        {"seq": seq, "entity": entity, "entity_id": entity_id, "op": op,
         "payload": payload.decode(), "committed_at": at}
        for seq, (entity, entity_id, op, payload, _) in zip(seqs, changes, strict=True)
    ])
    if scopes:
        connection.execute(insert(ChangeScope.__table__),
                           [{"seq": seq, "scope": tag} for seq, tag in scopes])
