"""Writes a push's answers and the device's new high-water mark.

Every push ends with this, so it is one statement on PostgreSQL: the answers go in as
one JSON document (`json_to_recordset`) and the device row is updated alongside; the
driver's executemany would send one statement per answer. SQLite's is cheap already.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, insert, update

from sync.server.tables import AppliedMutation, Device

Answer = dict[str, Any]
"""id, seq, name, status, code, message, result: as `AppliedMutation` keeps them."""

_WRITE_POSTGRES = """
WITH device AS (
    UPDATE devices SET high_seq = %(high)s WHERE id = %(device)s
)
INSERT INTO applied_mutations
    (id, device_id, seq, name, status, code, message, result, applied_at)
SELECT a.id, %(device)s, a.seq, a.name, a.status, a.code, a.message, a.result, %(at)s
FROM json_to_recordset(%(answers)s::json)
    AS a(id uuid, seq bigint, name text, status text, code text, message text, result json)
"""


def write_answers(connection: Connection, device_id: uuid.UUID, high_seq: int,
                  answers: Sequence[Answer], at: datetime) -> None:
    """Record `answers` as given by device `device_id` at `at`; its high-water mark is
    now `high_seq`."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_WRITE_POSTGRES, {
            "high": high_seq, "device": device_id, "at": at,
            "answers": orjson.dumps(list(answers)).decode(),
        })
        return
    if answers:
        connection.execute(insert(AppliedMutation.__table__), [
            {**answer, "device_id": device_id, "applied_at": at} for answer in answers])
    devices = Device.__table__
    connection.execute(update(devices).where(devices.c.id == device_id)
                       .values(high_seq=high_seq))
