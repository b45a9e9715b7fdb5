"""The replica at rest: encrypted (not a plain SQLite file), private file modes, plain
replicas encrypted on first open with their outbox, and a wrong or missing key that is
reported and never taken for damage (which would leave unsent changes behind)."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from desktop import logs
from sync.client import cipher
from sync.client.credentials import MemoryCredentialStore
from sync.client.recovery import open_or_recover
from sync.client.replica import ReplicaKey, WrongReplicaKey, export_outbox, open_replica
from sync.client.replica_key import ReplicaKeyMissing, key_entry, replica_id, replica_key
from sync.client.tables import PENDING
from sync.model import Customer
from sync.private_files import private_folder
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, note_args
from tests.server.conftest import Api

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _with_unsent_changes(api: Api, make_till: TillFactory, count: int = 5) -> Till:
    till = make_till(api)
    till.pull()
    for i in range(count):
        till.do("interaction.add", note_args(api, f"unsent note {i}"))
    return till


def _pending(till: Till) -> list[str]:
    return [str(row.id) for row in till.outbox() if row.state == PENDING]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_replica_file_does_not_open_as_plain_sqlite(
    server: Api, make_till: TillFactory
) -> None:
    till = _with_unsent_changes(server, make_till)
    with till.replica.read() as session:
        names = [c.last_name for c in session.query(Customer).limit(20)]
    assert names  # customers are in the replica...
    raw = till.path.read_bytes() + Path(f"{till.path}-wal").read_bytes()  # open: with a log
    till.replica.close()
    raw += till.path.read_bytes()
    assert not any(name.encode() in raw for name in names)  # ...but not readable in it
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(till.path).execute("SELECT name FROM sqlite_master").fetchall()
    till.reopen()  # with its key it opens, as before
    assert len(_pending(till)) == 5


@posix_only
def test_the_replica_and_what_is_saved_from_it_are_private(
    server: Api, make_till: TillFactory, tmp_path: Path
) -> None:
    till = _with_unsent_changes(server, make_till, count=1)
    folder = till.path.parent
    assert _mode(folder) == 0o700
    for suffix in ("", "-wal", "-shm"):
        assert _mode(Path(f"{till.path}{suffix}")) == 0o600
    saved = tmp_path / "saved" / "outbox.json"
    export_outbox(till.path, till.replica_key, saved)
    assert (_mode(saved), _mode(saved.parent)) == (0o600, 0o700)


@posix_only
def test_an_older_replica_made_world_readable_is_narrowed_when_opened(tmp_path: Path) -> None:
    path, key = tmp_path / "profiles" / "default.db", ReplicaKey.new()
    open_replica(path, key).close()
    path.chmod(0o644)
    path.parent.chmod(0o755)
    open_replica(path, key).close()
    assert (_mode(path), _mode(path.parent)) == (0o600, 0o700)


@posix_only
def test_the_log_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    root = logging.getLogger(logs.LOGGER)
    before = list(root.handlers)
    try:
        path = logs.setup_logging()
        logging.getLogger(logs.LOGGER).info("a line")
        handler = next(h for h in root.handlers if h not in before)
        handler.doRollover()  # the next file is private too
        assert (_mode(path), _mode(path.parent)) == (0o600, 0o700)
        assert all(_mode(file) == 0o600 for file in path.parent.iterdir())
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def _plain_copy(till: Till) -> Path:
    """The till's replica as an Omnidesk from before encryption left it: plain SQLite."""
    plain = till.path.with_name("old.db")
    connection = cipher.connect(till.path, till.replica_key)
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    with sqlite3.connect(plain) as check:  # really plain
        assert check.execute("SELECT count(*) FROM outbox").fetchone()[0] > 0
    return plain


def test_a_plain_replica_is_encrypted_on_first_open_with_its_outbox(
    server: Api, make_till: TillFactory
) -> None:
    till = _with_unsent_changes(server, make_till)
    pending = _pending(till)
    till.replica.close()
    plain = _plain_copy(till)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{till.path}{suffix}").unlink(missing_ok=True)
    plain.rename(till.path)
    store = MemoryCredentialStore()
    key = replica_key(till.path, store)  # a plain file gets a new key, kept in the keyring
    assert store.get(key_entry(replica_id(till.path) or "")) == key.hex()
    till.replica_key = key
    till.reopen()
    assert _pending(till) == pending  # the outbox is intact
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(till.path).execute("SELECT count(*) FROM outbox").fetchall()
    assert sorted(p.name for p in till.path.parent.iterdir() if p.name.startswith("till")) == [
        "till.db",
        "till.db-shm",
        "till.db-wal",
        "till.json",
    ]  # no plain copy
    summary = till.push()  # and the unsent changes still go out
    assert summary.accepted == len(pending)


def test_a_wrong_key_is_reported_and_the_unsent_changes_are_kept(
    server: Api, make_till: TillFactory
) -> None:
    till = _with_unsent_changes(server, make_till)
    pending = _pending(till)
    till.replica.close()
    before = _digest(till.path)
    with pytest.raises(WrongReplicaKey, match="does not open the local database") as error:
        open_or_recover(till.path, ReplicaKey.new(), lambda replica: None)
    assert "nothing was changed or deleted" in str(error.value)
    assert _digest(till.path) == before  # not moved aside, not rebuilt, not touched
    assert not list(till.path.parent.glob("*.damaged-*"))
    assert not list(till.path.parent.glob("*.outbox-*"))
    till.reopen()
    assert _pending(till) == pending


def test_a_wrong_key_is_not_taken_for_damage_even_with_damaged_pages(
    server: Api, make_till: TillFactory
) -> None:
    till = _with_unsent_changes(server, make_till)
    till.replica.close()
    data = bytearray(till.path.read_bytes())
    data[cipher.PAGE_SIZE * 2 + 100 : cipher.PAGE_SIZE * 2 + 300] = b"\xff" * 200
    till.path.write_bytes(bytes(data))
    with pytest.raises(WrongReplicaKey):
        open_replica(till.path, ReplicaKey.new())


def test_a_missing_key_is_reported_and_nothing_is_changed(
    server: Api, make_till: TillFactory
) -> None:
    till = _with_unsent_changes(server, make_till)
    till.replica.close()
    store = MemoryCredentialStore()
    key = replica_key(till.path.with_name("other.db"), store)  # another replica's key
    before = _digest(till.path)
    with pytest.raises(ReplicaKeyMissing, match="is not in this computer's keyring"):
        replica_key(till.path, store)  # encrypted, and no key for it here
    assert _digest(till.path) == before
    assert store.get(key_entry(replica_id(till.path.with_name("other.db")) or "")) == key.hex()


def test_the_raw_key_opens_without_key_derivation(tmp_path: Path) -> None:
    key = ReplicaKey.new()
    connection = cipher.connect(tmp_path / "r.db", key)
    try:
        connection.execute("CREATE TABLE t (x)")
        settings = dict(
            row[0].rstrip(";").removeprefix("PRAGMA ").split(" = ")
            for row in connection.execute("PRAGMA cipher_settings")
        )
        assert settings["cipher_page_size"] == str(cipher.PAGE_SIZE)
        assert "x'" not in repr(key) and key.hex() not in repr(key)
    finally:
        connection.close()
    assert os.path.getsize(tmp_path / "r.db") % cipher.PAGE_SIZE == 0


def test_a_shared_folder_given_for_data_or_logs_is_left_as_it_is(tmp_path: Path) -> None:
    """Pointing the logs at a shared folder (sticky, like /tmp) never narrows it; the
    folders Omnidesk makes inside are private."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    private_folder(shared / "omnidesk")
    assert shared.stat().st_mode & 0o7777 == 0o1777
    assert (shared / "omnidesk").stat().st_mode & 0o777 == 0o700
