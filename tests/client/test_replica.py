"""The replica file: created and migrated by Alembic, checked at start, salvageable."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from sync.client import cipher
from sync.client.local import apply_local
from sync.client.replica import (
    CorruptReplica,
    ReplicaKey,
    ReplicaTooNew,
    alembic_config,
    export_outbox,
    integrity_check,
    open_replica,
)
from sync.client.tables import ClientBase
from sync.model import Base
from tests.client.conftest import TillFactory
from tests.client.helpers import note_args, sale_args
from tests.server.conftest import Api


# The expression indexes of local search (revision 0002) cannot be reflected; they are
# checked by what they do, in test_search.py.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_a_new_replica_has_the_models_schema_in_wal_mode(tmp_path: Path) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    key = ReplicaKey.new()
    with open_replica(tmp_path / "deep" / "replica.db", key) as replica:
        with replica.writer.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == head
            assert (
                compare_metadata(
                    MigrationContext.configure(connection), [Base.metadata, ClientBase.metadata]
                )
                == []
            )
            pragmas = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys")
            }
        assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 0}
        assert integrity_check(replica) == ["ok"]
    with open_replica(tmp_path / "deep" / "replica.db", key):
        pass  # opening again migrates nothing and loses nothing


def test_a_replica_from_a_newer_application_is_refused(tmp_path: Path) -> None:
    path, key = tmp_path / "replica.db", ReplicaKey.new()
    open_replica(path, key).close()
    with cipher.connect(path, key) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(ReplicaTooNew, match="newer Omnidesk"):
        open_replica(path, key)


def test_a_file_that_is_not_a_database_is_reported_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "replica.db"
    path.write_bytes(b"this is not an SQLite database at all" * 200)
    key = ReplicaKey.new()
    with pytest.raises(CorruptReplica) as error:
        open_replica(path, key)
    assert error.value.path == path
    assert export_outbox(path, key) == []


def _work(api: Api, make_till: TillFactory) -> tuple[Path, ReplicaKey, list[str]]:
    till = make_till(api)
    till.pull()
    ids = []
    for i in range(30):
        done = apply_local(
            till.replica,
            "interaction.add",
            note_args(api, f"note {i} " * 20),
            till.key,
            till.store_id,
            "store",
        )
        ids.append(str(done.mutation_id))
    till.do("sale.complete", sale_args(api))
    till.replica.close()
    return till.path, till.replica_key, ids


def test_a_truncated_replica_is_detected_and_its_outbox_read_out(
    server: Api, make_till: TillFactory, tmp_path: Path
) -> None:
    path, key, ids = _work(server, make_till)
    healthy = export_outbox(path, key)
    assert [row["id"] for row in healthy][:30] == ids
    assert healthy[0]["args"]["kind"] == "note" and healthy[0]["state"] == "pending"
    assert healthy[-1]["name"] == "sale.complete"
    assert uuid.UUID(healthy[0]["actor"]) == server.world.staff["cashier.waw"]
    pages = path.stat().st_size // 4096
    with path.open("r+b") as damaged:  # the last pages are lost (a disk filled up, say)
        damaged.truncate((pages - 3) * 4096)
    with pytest.raises(CorruptReplica):
        open_replica(path, key)
    saved = tmp_path / "saved" / "outbox.json"
    salvaged = export_outbox(path, key, saved)
    assert json.loads(saved.read_text("utf-8")) == salvaged
    assert all(row in healthy for row in salvaged)
    assert len(salvaged) >= len(healthy) // 2  # SQLite cannot read its schema any more


def test_a_damaged_page_inside_the_file_is_detected(server: Api, make_till: TillFactory) -> None:
    path, key, _ = _work(server, make_till)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 3, len(data) - page, page * 2):
        data[start + 100 : start + 300] = b"\xff" * 200
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptReplica):
        open_replica(path, key)
    export_outbox(path, key)  # reads what it can, never raises


def test_an_outbox_is_read_from_the_pages_when_the_schema_is_gone(
    server: Api, make_till: TillFactory
) -> None:
    path, key, ids = _work(server, make_till)
    data = bytearray(path.read_bytes())
    data[0:4096] = b"\0" * 4096  # the header and the schema's first page
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptReplica):
        open_replica(path, key)
    assert [row["id"] for row in export_outbox(path, key)][:30] == ids
