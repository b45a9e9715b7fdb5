"""A replica restored from an older copy (a till restored from a backup) catches up with
the server's numbering: no change refused as out of order, every change applied once."""

from __future__ import annotations

import shutil
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from sync import model as m
from sync.client import state
from sync.client.engine import SyncEngine
from sync.client.local import LocalResult
from sync.client.tables import DEVICE_ID
from sync.server.tables import AppliedMutation, Device
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, assert_same_as_server, note_args, sale_args
from tests.server.conftest import Api

SIDE_FILES = ("", "-wal", "-shm")


def _copy_aside(till: Till, folder: Path) -> Path:
    """A backup of the replica as it is now (taken with the app closed)."""
    till.replica.close()
    folder.mkdir()
    copy = folder / till.path.name
    for suffix in SIDE_FILES:
        source = Path(f"{till.path}{suffix}")
        if source.exists():
            shutil.copy2(source, Path(f"{copy}{suffix}"))
    till.reopen()
    return copy


def _put_back(till: Till, copy: Path) -> None:
    """The backup restored over the replica (the app closed), then the app started."""
    till.replica.close()
    for suffix in SIDE_FILES:
        Path(f"{till.path}{suffix}").unlink(missing_ok=True)
        saved = Path(f"{copy}{suffix}")
        if saved.exists():
            shutil.copy2(saved, Path(f"{till.path}{suffix}"))
    till.reopen()


def _notes(till: Till, api: Api, label: str, count: int) -> list[LocalResult]:
    return [till.do("interaction.add", note_args(api, f"{label} {i}")) for i in range(count)]


def _server_high_seq(api: Api, device_id: uuid.UUID) -> int:
    with api.db.read() as session:
        return session.scalar(select(Device.high_seq).where(Device.id == device_id)) or 0


def test_a_restored_replica_sends_its_changes_without_out_of_order_refusals(
    any_server: Api, make_till: TillFactory, tmp_path: Path
) -> None:
    api = any_server
    till = make_till(api)
    SyncEngine(till.replica, lambda: till.http).sync_once()
    with till.replica.read() as session:
        device_id = uuid.UUID(state.get(session, DEVICE_ID) or "")
    made = _notes(till, api, "before the copy", 3)
    assert SyncEngine(till.replica, lambda: till.http).sync_once().accepted == 3
    unsent = _notes(till, api, "in the copy, not sent yet", 2)
    backup = _copy_aside(till, tmp_path / "backup")

    made += unsent + _notes(till, api, "after the copy", 4)
    made.append(till.do("sale.complete", sale_args(api)))
    report = SyncEngine(till.replica, lambda: till.http).sync_once()
    assert (report.accepted, report.rejected) == (7, 0)
    high = _server_high_seq(api, device_id)

    _put_back(till, backup)
    restored = _notes(till, api, "after the restore", 3)
    assert restored[0].seq <= high  # the copy numbers on from where it stopped
    engine = SyncEngine(till.replica, lambda: till.http)
    report = engine.sync_once()
    # The two the copy still held are answered as before; the three new ones are applied.
    assert (report.pushed, report.accepted, report.rejected) == (5, 5, 0)
    assert engine.status().pending == 0 and not till.needs_attention()
    assert (
        min(row.seq for row in till.outbox() if row.id in {r.mutation_id for r in restored}) > high
    )
    later = till.do("interaction.add", note_args(api, "later"))
    assert engine.sync_once().accepted == 1
    made += [*restored, later]

    with api.db.read() as session:
        applied = list(
            session.execute(
                select(AppliedMutation.id, AppliedMutation.status, AppliedMutation.code).where(
                    AppliedMutation.device_id == device_id
                )
            )
        )
        texts = Counter(
            session.scalars(
                select(m.Interaction.text).where(
                    m.Interaction.customer_id == api.world.customers["ala"]
                )
            )
        )
    assert {row.id for row in applied} == {r.mutation_id for r in made}
    assert len(applied) == len(made)  # each change applied once
    assert all((row.status, row.code) == ("accepted", None) for row in applied)
    labels = [
        f"{label} {i}"
        for label, count in (
            ("before the copy", 3),
            ("in the copy, not sent yet", 2),
            ("after the copy", 4),
            ("after the restore", 3),
        )
        for i in range(count)
    ] + ["later"]
    assert all(texts[text] == 1 for text in labels), texts
    assert_same_as_server(till)


def test_a_replica_in_step_keeps_its_numbers(server: Api, make_till: TillFactory) -> None:
    till = make_till(server)
    SyncEngine(till.replica, lambda: till.http).sync_once()
    first = _notes(till, server, "first", 2)
    assert SyncEngine(till.replica, lambda: till.http).sync_once().accepted == 2
    second = _notes(till, server, "second", 2)
    assert SyncEngine(till.replica, lambda: till.http).sync_once().accepted == 2  # a restart
    with server.db.read() as session:
        numbers = dict(session.execute(select(AppliedMutation.id, AppliedMutation.seq)).all())
    assert [numbers[r.mutation_id] for r in first + second] == [r.seq for r in first + second]
