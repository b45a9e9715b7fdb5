"""A damaged replica: outbox saved first, file kept, replica rebuilt, work sent once."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.client import cipher, state
from sync.client.cipher import ReplicaKey
from sync.client.engine import SyncEngine
from sync.client.recovery import identify, open_or_recover
from sync.client.replica import CorruptReplica, open_replica
from sync.client.salvage import export_outbox
from sync.client.tables import DEVICE_ID, PENDING, STORE_ID
from sync.server.tables import AppliedMutation
from tests.client.conftest import TillFactory
from tests.client.helpers import assert_same_as_server, note_args, sale_args
from tests.server.conftest import Api


def _truncate(path: Path, pages: int = 3) -> None:
    size = path.stat().st_size // 4096
    with path.open("r+b") as damaged:  # the last pages are lost (a disk filled up, say)
        damaged.truncate((size - pages) * 4096)


def test_a_truncated_replica_is_rebuilt_and_its_pending_work_pushed_exactly_once(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    till = make_till(api)
    till.pull()
    for i in range(10):
        till.do("interaction.add", note_args(api, f"sent {i} " * 20))
    assert till.push().accepted == 10
    for i in range(25):
        till.do("interaction.add", note_args(api, f"unsent {i} " * 20))
    till.do("sale.complete", sale_args(api))
    with till.replica.read() as session:
        device_id = uuid.UUID(state.get(session, DEVICE_ID) or "")
        store_id = state.get(session, STORE_ID)
    sent = {r.id for r in till.outbox()[:10]}
    till.replica.close()
    _truncate(till.path)
    with pytest.raises(CorruptReplica):
        open_replica(till.path, till.replica_key)

    replica, note = open_or_recover(till.path, till.replica_key, identify(till.http))
    till.replica = replica  # closed with the till
    assert note is not None
    assert note.damaged_file.exists() and note.outbox_file.exists()
    saved = json.loads(note.outbox_file.read_text("utf-8"))
    saved_pending = {uuid.UUID(r["id"]) for r in saved if r["state"] == PENDING}
    assert note.requeued == len(saved_pending) > 0
    assert note.server_high_seq == 10  # what the server applied from this device
    assert "rebuilt" in note.message() and str(note.damaged_file) in note.message()
    rows = till.outbox()
    assert {r.id for r in rows} == saved_pending and all(r.state == PENDING for r in rows)
    with replica.read() as session:  # identity back from the server; no cursor: snapshot
        assert state.get(session, DEVICE_ID) == str(device_id)
        assert state.get(session, STORE_ID) == store_id
        assert state.cursor(session) is None
    engine = SyncEngine(replica, lambda: till.http)
    report = engine.sync_once()  # a fresh snapshot, with the saved work sent
    assert (report.pushed, report.rejected) == (len(saved_pending), 0)
    assert report.pulled > 0 and engine.status().pending == 0
    # A change made after recovery numbers above anything the server or the file had.
    after = till.do("interaction.add", note_args(api, "after the rebuild"))
    assert after.seq > max(10, *(r.seq for r in rows))
    assert engine.sync_once().pushed == 1
    assert engine.sync_once().pushed == 0
    with api.db.read() as session:
        applied = list(
            session.scalars(
                select(AppliedMutation.id).where(AppliedMutation.device_id == device_id)
            )
        )
    assert len(applied) == len(set(applied))  # nothing applied twice
    assert set(applied) == sent | saved_pending | {after.mutation_id}
    assert_same_as_server(till)


def test_recovery_offline_keeps_the_numbering_of_the_saved_outbox(
    server: Api, make_till: TillFactory
) -> None:
    till = make_till(server)
    till.pull()
    for i in range(3):
        till.do("interaction.add", note_args(server, f"note {i}"))
    till.replica.close()
    till.path.write_bytes(b"garbage" * 1000)  # nothing readable at all
    replica, note = open_or_recover(till.path, till.replica_key, lambda replica: None)
    till.replica = replica
    assert note is not None and note.server_high_seq is None
    assert note.requeued == 0 and "offline" in note.message()
    assert note.damaged_file.read_bytes() == b"garbage" * 1000  # kept, never deleted
    replica.close()
    till.replica, again = open_or_recover(till.path, till.replica_key, lambda replica: None)
    assert again is None  # the new file is sound


def _as_before_proofs(path: Path, till_key: ReplicaKey) -> None:
    """Make the replica's outbox what an Omnidesk from before proofs wrote: no proof
    columns, and rows of the shorter width."""
    connection = cipher.connect(path, till_key)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        for column in ("proof", "session_id"):
            connection.execute(f"ALTER TABLE outbox DROP COLUMN {column}")
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize("damaged", [False, True])
def test_the_outbox_of_a_replica_from_before_proofs_is_saved(
    server: Api, make_till: TillFactory, damaged: bool
) -> None:
    """A replica written by the previous version, found damaged at the upgrade: its
    unsent changes are still read out, through SQLite or by walking its pages."""
    till = make_till(server)
    till.pull()
    made = [
        str(till.do("interaction.add", note_args(server, f"before the upgrade {i}")).mutation_id)
        for i in range(3)
    ]
    till.replica.close()
    _as_before_proofs(till.path, till.replica_key)
    if damaged:
        with till.path.open("r+b") as file:  # the schema page is lost: only pages remain
            file.seek(4096)
            file.write(b"\x00" * 4096)
    saved = export_outbox(till.path, till.replica_key)
    assert [row["id"] for row in saved if row["state"] == PENDING] == made
    assert all(row["session_id"] is None and row["proof"] is None for row in saved)
