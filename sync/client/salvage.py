"""Reading the outbox out of a damaged replica file, as much of it as can be read.

Used before a corrupt replica is rebuilt from the server: unsent mutations must not be
lost with the file. Reads the file read-only through SQLCipher with the replica's key (a
plain file from before encryption without it), skipping what it cannot read; if SQLite
cannot read all of the outbox (or even the schema), the file's pages are decrypted and
walked by hand as well (`sync.client.pages`). Including a stale copy of an answered row
is harmless: the server answers a mutation id it has seen with its stored answer and no
second effect. The saved JSON file is created 0600 in a 0700 folder.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sync.client import cipher, pages
from sync.client.cipher import ReplicaKey
from sync.client.tables import ACCEPTED, PENDING, REJECTED, OutboxRow
from sync.private_files import write_private

COLUMNS = (
    "seq",
    "id",
    "name",
    "actor",
    "at",
    "args",
    "channel",
    "store_id",
    "state",
    "code",
    "message",
)
PROOF_COLUMNS = ("session_id", "proof")
"""Added to the outbox later (revision 0005): the last two columns of its rows."""
MAX_SKIPS = 10_000
# SQLCipher answers some pages it cannot decrypt with SQLITE_NOMEM (a MemoryError).
DB_ERRORS = (sqlite3.DatabaseError, cipher.DatabaseError, MemoryError)
STATES = (PENDING, ACCEPTED, REJECTED)


def _uuid(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return str(uuid.UUID(bytes=value))
    return str(uuid.UUID(str(value)))


def _time(value: Any) -> str | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _decode(raw: tuple[Any, ...]) -> dict[str, Any] | None:
    try:
        row = dict(zip(COLUMNS + PROOF_COLUMNS, raw, strict=True))
        row["seq"] = int(row["seq"])
        row["session_id"] = _uuid(row["session_id"])
        if row["proof"] is not None and not isinstance(row["proof"], str):
            row["proof"] = None
        row["id"] = _uuid(row["id"])
        row["actor"] = _uuid(row["actor"])
        row["store_id"] = _uuid(row["store_id"])
        row["at"] = _time(row["at"])
        args = row["args"]
        row["args"] = json.loads(args) if isinstance(args, str | bytes) else args
        if not isinstance(row["args"], dict):
            return None
        return row
    except (ValueError, TypeError):
        return None


def _scan(
    connection: cipher.Connection, query: str, after: int, found: dict[int, dict[str, Any]]
) -> tuple[int, bool]:
    """Read rows with seq > `after`; returns the last seq seen and whether it finished."""
    try:
        for raw in connection.execute(query, (after,)):
            after = max(after, int(raw[0]))
            row = _decode(raw)
            if row is not None:
                found[row["seq"]] = row
    except (*DB_ERRORS, ValueError, TypeError):
        return after, False
    return after, True


def _proof_columns(connection: cipher.Connection) -> tuple[str, ...]:
    """The proof columns as the query names them: NULLs in a replica from before them."""
    try:
        present = {row[1] for row in connection.execute("PRAGMA table_info(outbox)")}
    except DB_ERRORS:
        present = set(PROOF_COLUMNS)  # the schema is unreadable: assume today's
    return tuple(name if name in present else f"NULL AS {name}" for name in PROOF_COLUMNS)


def _read(connection: cipher.Connection, found: dict[int, dict[str, Any]]) -> bool:
    """Read the outbox through SQLite into `found`; False if some of it was unreadable."""
    ordered = (
        f"SELECT {', '.join(COLUMNS + _proof_columns(connection))} FROM outbox "
        "WHERE seq > ? ORDER BY seq"
    )
    after, done = _scan(connection, ordered, -1, found)
    if not done and not found:
        # The primary-key order may be what is damaged: try a plain table scan.
        after, done = _scan(connection, ordered.replace(" ORDER BY seq", ""), -1, found)
    skips = 0
    while not done and skips < MAX_SKIPS and found:
        # Step over the unreadable part, one sequence number at a time.
        skips += 1
        after, done = _scan(connection, ordered, after + 1, found)
    return done


def _raw(path: Path, key: ReplicaKey | None, found: dict[int, dict[str, Any]]) -> None:
    """Add the outbox rows found by walking the file's pages (SQLite could not)."""
    width = len(OutboxRow.__table__.columns)
    older = width - len(PROOF_COLUMNS)  # rows written before the proof columns were added
    for values in pages.records(path, frozenset({width, older}), None if key is None else key.raw):
        proof = tuple(values[older:width]) if len(values) == width else (None,) * len(PROOF_COLUMNS)
        row = _decode(tuple(values[: len(COLUMNS)]) + proof)
        if row is None or row["state"] not in STATES or not isinstance(row["name"], str):
            continue
        known = found.get(row["seq"])
        # A freed page may still hold an older copy of a row: an answered row is newer.
        if known is None or (known["state"] == PENDING and row["state"] != PENDING):
            found[row["seq"]] = row


def connect_read_only(path: Path, key: ReplicaKey | None) -> cipher.Connection:
    """A read-only connection to a replica that may be damaged (plain: no key needed)."""
    if key is None or cipher.is_plain(path):
        connection: cipher.Connection = cipher.dbapi2.connect(
            f"file:{path}?mode=ro", uri=True, timeout=10
        )
        connection.execute("PRAGMA cipher_log_level = NONE")
        return connection
    return cipher.connect(path, key, read_only=True, timeout=10)


def export_outbox(
    path: str | Path, key: ReplicaKey | None, dest: str | Path | None = None
) -> list[dict[str, Any]]:
    """Every outbox row that can still be read from the replica at `path` (encrypted
    with `key`; None for a plain file), in seq order.

    Each row is a dict: seq, id, name, actor, at (ISO UTC), args, channel, store_id,
    state, code, message. With `dest`, the rows are also written there as JSON (before
    anything else happens to the damaged file). Returns [] if nothing can be read.
    """
    found: dict[int, dict[str, Any]] = {}
    complete = False
    try:
        connection = connect_read_only(Path(path), key)
    except (sqlite3.Error, cipher.dbapi2.Error):
        connection = None
    if connection is not None:
        try:
            # Tolerate a file shorter than its header says (a truncated copy): SQLite
            # then reads the pages that are there instead of refusing the whole file.
            connection.execute("PRAGMA writable_schema=ON")
            complete = _read(connection, found)
        except (sqlite3.Error, cipher.dbapi2.Error, MemoryError):
            complete = False
        finally:
            connection.close()
    if not complete:
        with contextlib.suppress(OSError):
            _raw(Path(path), key, found)
    rows = [found[seq] for seq in sorted(found)]
    if dest is not None:
        write_private(dest, json.dumps(rows, indent=1, ensure_ascii=False).encode("utf-8"))
    return rows
