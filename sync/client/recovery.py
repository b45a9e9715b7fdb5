"""Opening a replica that may be damaged: save its outbox, rebuild, tell staff.

On a corrupt file the readable outbox is written out as JSON first, the damaged file is
moved aside (kept: never delete staff work), a new replica is created, the device's
identity is restored and the saved pending mutations go back into the new outbox with
their ids and sequence numbers. The engine's next sync then takes a fresh snapshot and
sends them; the server applies a mutation id it already has no second time.

A key that does not open the file (`WrongReplicaKey`) is not damage: nothing is moved
or rebuilt then, so unsent changes are never left behind in a file nobody can read.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select

from sync.client import cipher, outbox, state
from sync.client.opening import OnStep, OpeningStep, quietly
from sync.client.rebase import rebase
from sync.client.replica import CorruptReplica, Replica, ReplicaKey, open_replica
from sync.client.salvage import connect_read_only, export_outbox
from sync.client.tables import (
    DEVICE_ID,
    LAST_SEQ,
    PENDING,
    REJECTED,
    SERVER_URL,
    STORE_ID,
    TERRITORY_ID,
    OutboxRow,
)
from sync.client.transport import Http, ProtocolError, ServerUnreachable
from sync.protocol import DeviceInfo

# What a rebuild must not carry over: where the old replica was in the feed.
NOT_KEPT = ("cursor", "snapshot_", "last_sync_at")

Rebuild = Callable[[Replica], int | None]
"""Restores the device's identity in a new replica; returns the server's highest
applied mutation number (`GET /v1/devices/me` high_seq), or None when offline."""


@dataclass(frozen=True)
class RecoveryNote:
    """What happened to a damaged replica (for the UI or the command line to show)."""

    damaged_file: Path  # where the damaged file was moved (kept)
    outbox_file: Path  # the outbox as read from it, as JSON
    requeued: int  # pending mutations put back in the new outbox
    rejected: int  # refused mutations kept on the "needs attention" list
    next_seq: int
    server_high_seq: int | None  # None: the server was not reachable during recovery

    def message(self) -> str:
        numbering = (
            "confirmed with the server"
            if self.server_high_seq is not None
            else "not yet confirmed with the server (offline)"
        )
        return (
            f"The local database was damaged and has been rebuilt. {self.requeued} "
            f"unsent change(s) were saved and will be sent; {self.rejected} refused "
            f"change(s) still need attention. The damaged file is kept at "
            f"{self.damaged_file} and its changes were saved to {self.outbox_file}. "
            f"Numbering of new changes continues at {self.next_seq} ({numbering}). "
            "The data is downloaded again from the server at the next sync."
        )


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S")


def _old_state(path: Path, key: ReplicaKey) -> dict[str, str]:
    """The damaged file's sync settings, as far as they can be read (else nothing)."""
    errors = (sqlite3.Error, cipher.dbapi2.Error, MemoryError)  # NOMEM: undecryptable
    try:
        connection = connect_read_only(path, key)
    except errors:
        return {}
    try:
        connection.execute("PRAGMA writable_schema=ON")
        found = dict(connection.execute("SELECT key, value FROM sync_state"))
    except errors:
        return {}
    finally:
        connection.close()
    return {
        str(k): str(v)
        for k, v in found.items()
        if v is not None and not str(k).startswith(NOT_KEPT)
    }


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _move_aside(path: Path, stamp: str) -> Path:
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(Path(f"{target}{suffix}"))
    return target


def _row(saved: dict[str, Any]) -> OutboxRow | None:
    if saved.get("state") not in (PENDING, REJECTED):
        return None  # accepted: the server has it, the snapshot brings its effect
    try:
        at = datetime.fromisoformat(str(saved["at"]).replace("Z", "+00:00"))
        return OutboxRow(
            seq=int(saved["seq"]),
            id=uuid.UUID(str(saved["id"])),
            name=str(saved["name"]),
            actor=uuid.UUID(str(saved["actor"])),
            at=at,
            args=dict(saved["args"]),
            channel=str(saved["channel"]),
            store_id=uuid.UUID(str(saved["store_id"])) if saved.get("store_id") else None,
            state=saved["state"],
            code=saved.get("code"),
            message=saved.get("message"),
            undo=None,
            session_id=uuid.UUID(str(saved["session_id"])) if saved.get("session_id") else None,
            proof=saved.get("proof"),
        )
    except (KeyError, TypeError, ValueError):
        return None


def requeue(replica: Replica, saved: list[dict[str, Any]]) -> tuple[int, int]:
    """Put saved outbox rows into `replica`'s outbox; returns (pending, rejected)."""
    pending = rejected = 0
    with replica.write() as session:
        for item in saved:
            row = _row(item)
            if row is None or session.get(OutboxRow, row.seq) is not None:
                continue
            session.add(row)
            if row.state == PENDING:
                pending += 1
            else:
                rejected += 1
    return pending, rejected


def device_info(http: Http) -> DeviceInfo:
    """Who the server says this device is, and where its numbering stands there."""
    body = http.get_json("/v1/devices/me")
    try:
        return DeviceInfo.model_validate(body)
    except ValidationError as error:
        raise ProtocolError(f"the server's device answer is not understood: {error}") from None


def catch_up_numbering(replica: Replica, high_seq: int) -> int:
    """Bring the replica's mutation numbering above `high_seq`, the highest number the
    server has applied from this device; returns how many pending mutations were
    renumbered.

    A replica restored from an older copy (a till restored from a backup) numbers its new
    changes from where the copy stopped, below what the server has applied, and the server
    would refuse them all as out of order. Its pending mutations are renumbered above the
    server's mark, in their order and under their ids (one the server applied already is
    answered as before), and new ones follow them.
    """
    with replica.write() as session:
        lowest = session.execute(
            select(func.min(OutboxRow.seq)).where(OutboxRow.state == PENDING)
        ).scalar()
        if lowest is None or lowest > high_seq:
            if outbox.next_seq(session) <= high_seq:
                state.put(session, LAST_SEQ, high_seq)
            return 0
        moved: list[int] = []
        # The local stack is unwound in the old order and put back in the new one.
        rebase(session, lambda inner: moved.append(outbox.renumber_pending(inner, high_seq)))
        return moved[0]


def identify(http: Http) -> Rebuild:
    """A `Rebuild` asking the server who this device is (`GET /v1/devices/me`)."""

    def rebuild(replica: Replica) -> int | None:
        try:
            info = device_info(http)
        except ServerUnreachable:
            return None
        with replica.write() as session:
            state.put(session, DEVICE_ID, info.device_id)
            state.put(session, STORE_ID, info.store_id)
            state.put(session, TERRITORY_ID, info.territory_id)
            state.put(session, SERVER_URL, http.base_url)
        return info.high_seq

    return rebuild


def open_or_recover(
    path: str | Path, key: ReplicaKey, rebuild: Rebuild, on_step: OnStep = quietly
) -> tuple[Replica, RecoveryNote | None]:
    """Open the replica at `path` with its `key`; if it is damaged, save its outbox and
    rebuild it (the new file gets the same key). `WrongReplicaKey` is raised as is.
    `on_step` hears of each step (`OpeningStep`) as it begins."""
    path = Path(path)
    try:
        return open_replica(path, key, on_step=on_step), None
    except CorruptReplica:
        on_step(OpeningStep.RECOVER)
    stamp = _stamp()
    outbox_file = path.with_suffix(f".outbox-{stamp}.json")
    saved = export_outbox(path, key, dest=outbox_file)  # first, before anything else
    kept = _old_state(path, key)
    damaged = _move_aside(path, stamp)
    replica = open_replica(path, key)
    try:
        with replica.write() as session:
            for name, value in kept.items():
                state.put(session, name, value)
        pending, rejected = requeue(replica, saved)
        high_seq = rebuild(replica)
        with replica.write() as session:
            floor = max(_int(kept.get(LAST_SEQ)), high_seq or 0, outbox.next_seq(session) - 1)
            state.put(session, LAST_SEQ, floor)
    except BaseException:
        with contextlib.suppress(Exception):
            replica.close()
        raise
    note = RecoveryNote(damaged, outbox_file, pending, rejected, floor + 1, high_seq)
    return replica, note
