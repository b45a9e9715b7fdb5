"""Writes the answers given to pushed mutations and their devices' new high-water marks.

Every push ends with this, so it is one statement on PostgreSQL: the answers and the
marks go in as JSON documents (`json_to_recordset`); the driver's executemany would send
one statement per answer. SQLite's is cheap already.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, insert, update

from sync.server.tables import AppliedMutation, Device

Answer = dict[str, Any]
"""id, device_id, seq, name, status, code, message, result, actor_id, session_id: as
`AppliedMutation` keeps them."""

_WRITE_POSTGRES = """
WITH marks AS (
    UPDATE devices SET high_seq = m.high
    FROM json_to_recordset(%(marks)s::json) AS m(id uuid, high bigint)
    WHERE devices.id = m.id
)
INSERT INTO applied_mutations
    (id, device_id, seq, name, status, code, message, result, applied_at, actor_id,
     session_id)
SELECT a.id, a.device_id, a.seq, a.name, a.status, a.code, a.message, a.result, %(at)s,
    a.actor_id, a.session_id
FROM json_to_recordset(%(answers)s::json) AS a(
    id uuid, device_id uuid, seq bigint, name text, status text, code text, message text,
    result json, actor_id uuid, session_id uuid)
"""


def write_answers(
    connection: Connection, answers: Sequence[Answer], marks: Mapping[uuid.UUID, int], at: datetime
) -> None:
    """Record `answers`, given `at`; `marks`: each device's new high-water mark."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            _WRITE_POSTGRES,
            {
                "at": at,
                "answers": orjson.dumps(list(answers)).decode(),
                "marks": orjson.dumps(
                    [{"id": device, "high": high} for device, high in marks.items()]
                ).decode(),
            },
        )
        return
    if answers:
        connection.execute(
            insert(AppliedMutation.__table__), [{**answer, "applied_at": at} for answer in answers]
        )
    if marks:
        devices = Device.__table__
        connection.execute(
            update(devices)
            .where(devices.c.id == bindparam("device"))
            .values(high_seq=bindparam("high")),
            [{"device": device, "high": high} for device, high in marks.items()],
        )
