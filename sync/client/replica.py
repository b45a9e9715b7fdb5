"""A device's local replica: one encrypted SQLite file, opened checked and migrated.

The file holds the device's scope of the shared model plus the outbox and the sync
state. It is encrypted with SQLCipher under the replica's own key (`sync.client.cipher`;
the key lives in the OS keyring, see `sync.client.replica_key`), created 0600 in a 0700
folder; a plain file from before encryption is encrypted on first open. It is opened in
WAL mode with `synchronous=FULL` (a committed outbox row
survives a power cut) and with foreign keys off: the server sends rows in its own
order, and a page may bring children before their parents.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from sync.client import cipher, state
from sync.client.cipher import ReplicaKey
from sync.client.opening import OnStep, OpeningStep, quietly
from sync.client.salvage import export_outbox
from sync.private_files import private_folder

__all__ = [
    "CorruptReplica",
    "Replica",
    "ReplicaKey",
    "ReplicaTooNew",
    "WrongReplicaKey",
    "export_outbox",
    "open_replica",
    "replica_path",
]

MIGRATIONS = Path(__file__).parent / "migrations"
APP_NAME = "Omnidesk"
BUSY_TIMEOUT_MS = 30_000
PAGE_SIZE = cipher.PAGE_SIZE
"""Bytes per database page of a new replica. A first sync writes a million rows into
B-trees at random places; with 16 KiB pages they are shallower and a commit writes
fewer, fuller pages to the WAL (the writer's CPU: 12.2 -> 10.7 s a million rows)."""
WAL_CHECKPOINT_BYTES = 64 << 20
# SQLite result codes that mean the file itself is damaged or is not a database.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


class CorruptReplica(RuntimeError):
    """The replica file is damaged: save its outbox (`export_outbox`), then rebuild it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"the local database {path} is damaged ({detail}); its unsent "
            "changes must be saved and the database rebuilt from the server"
        )
        self.path = path
        self.detail = detail


class ReplicaTooNew(RuntimeError):
    """The replica was migrated by a newer Omnidesk than this one."""


class WrongReplicaKey(RuntimeError):
    """The key given does not open the replica: not one of its pages authenticates.

    Never treated as damage: a rebuild would leave its unsent changes behind in a file
    nobody can read. The file is left exactly as it was."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the key kept in this computer's keyring does not open the local database "
            f"{path}; nothing was changed or deleted and its unsent changes are still in "
            "it. Was the file or the keyring copied from another computer or user? Ask "
            "support before enrolling this device again."
        )
        self.path = path


def replica_path(profile: str) -> Path:
    """Where the replica of device profile `profile` lives (the user data directory)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "profiles" / f"{profile}.db"


def _is_corruption(error: BaseException) -> bool:
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.DatabaseError | cipher.DatabaseError):
        return False
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(original).lower()
    return "malformed" in text or "not a database" in text


def _may_be_damage(error: BaseException) -> bool:
    """Whether a failed read may come from the file's content (not a lock or a full disk)."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.DatabaseError | cipher.DatabaseError | MemoryError):
        return False
    text = str(original).lower()
    return not any(word in text for word in ("locked", "busy", "disk is full", "readonly"))


def _engine(path: Path, key: ReplicaKey, *, immediate: bool, synchronous: str = "FULL") -> Engine:
    # The pysqlite dialect on the SQLCipher module (its errors are wrapped like
    # sqlite3's); every connection comes keyed from `cipher.connect`.
    engine = create_engine(
        f"sqlite:///{path}",
        module=cipher.dbapi2,
        creator=lambda: cipher.connect(path, key, timeout=30),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: cipher.Connection, record: object) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself below
        cursor = dbapi_connection.cursor()
        # Only takes effect while the file is still empty (a new replica), before WAL.
        cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA cache_size=-65536")  # 64 MB: large syncs touch big indexes
        # Checkpoint at 64 MB of WAL rather than SQLite's 4 MB: a first sync's commits
        # re-write the same index pages over and over, and each checkpoint copies them
        # into the file and syncs it. Fewer, larger checkpoints copy each page once.
        page_size = int(cursor.execute("PRAGMA page_size").fetchone()[0])
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_BYTES // page_size}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the write lock up front, so two writers never deadlock upgrading.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Replica:
    """An open replica: `write()` and `read()` give sessions on it."""

    path: Path
    writer: Engine
    bulk_writer: Engine
    reader: Engine

    def __post_init__(self) -> None:
        self._writes = sessionmaker(self.writer, expire_on_commit=False)
        self._bulk_writes = sessionmaker(self.bulk_writer, expire_on_commit=False)
        self._reads = sessionmaker(self.reader, expire_on_commit=False)

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Session]:
        """A write transaction (taken at once); committed when the block ends cleanly.

        A durable commit is on disk when the block ends (a change staff made). With
        `durable=False` (pulled pages, push answers: what the server can give again) a
        power cut may undo the last such commits, but never part of one and never one
        that came before a durable commit; the page is then simply pulled again.
        """
        factory = self._writes if durable else self._bulk_writes
        with factory() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only view of the last committed state (WAL: never waits for writers)."""
        with self._reads() as session:  # closing ends the read transaction
            yield session

    def close(self) -> None:
        for engine in (self.writer, self.bulk_writer, self.reader):
            engine.dispose()

    def __enter__(self) -> Replica:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _check(engine: Engine, path: Path) -> None:
    with engine.connect() as connection:
        problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise CorruptReplica(path, "; ".join(str(p) for p in problems[:5]))


def _migrate(engine: Engine, path: Path, on_step: OnStep = quietly) -> None:
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is not None and not _known(script, current):
            raise ReplicaTooNew(
                f"the local database {path} was made by a newer Omnidesk (schema "
                f"{current}); update this application before using it"
            )
        if current is not None and current != script.get_current_head():
            on_step(OpeningStep.MIGRATE)
        # The whole upgrade is one transaction: it applies completely or not at all.
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _restore_indexes(replica: Replica) -> None:
    """Build the indexes a snapshot dropped, if it is no longer under way (a crash)."""
    with replica.read() as session:
        if not state.dropped_indexes(session) or state.snapshot_in_progress(session):
            return
    with replica.write() as session:
        if not state.snapshot_in_progress(session):
            state.restore_secondary_indexes(session)


def _damage(path: Path, key: ReplicaKey, error: BaseException) -> Exception | None:
    """What an error reading the file means: a key that is not this file's, damage, or
    neither (None: the error is raised as it is).

    SQLCipher reports some damage as a plain error ("SQL logic error", e.g. for a torn
    last page), so the file itself decides. The key is this file's if any page's HMAC
    checks out, or its pages decrypt into SQLite pages (`cipher.key_fits`: damage that
    leaves no HMAC intact, such as a lost salt); if neither, the key is wrong. With the
    right key, a page that fails its HMAC or a file ending inside a page is damage."""
    authenticated, pages = cipher.pages_authenticated(path, key)
    if pages and not authenticated and not cipher.key_fits(path, key):
        return WrongReplicaKey(path)
    torn = path.exists() and path.stat().st_size % PAGE_SIZE != 0
    if _is_corruption(error) or torn or authenticated < pages:
        return CorruptReplica(path, str(getattr(error, "orig", error)))
    return None


def _encrypt_if_plain(path: Path, key: ReplicaKey) -> None:
    """Encrypt a replica made before encryption (its outbox and all rows are kept)."""
    if not cipher.is_plain(path):
        return
    try:
        cipher.encrypt_plain(path, key)
    except cipher.DatabaseError as error:
        if _is_corruption(error):
            raise CorruptReplica(path, str(error)) from error
        raise


def open_replica(
    path: str | Path, key: ReplicaKey, *, check: bool = True, on_step: OnStep = quietly
) -> Replica:
    """Open (create if missing) the replica at `path` with its `key`, checked and
    migrated to head; a plain (unencrypted) replica is encrypted first. `on_step` hears
    of the check and of an update (`OpeningStep`) as each begins.

    Raises `CorruptReplica` if the file is damaged or not a database, `WrongReplicaKey`
    if `key` opens none of its pages, and `ReplicaTooNew` if a newer application
    migrated it.
    """
    path = Path(path)
    private_folder(path.parent)
    if cipher.is_plain(path):
        on_step(OpeningStep.MIGRATE)
    _encrypt_if_plain(path, key)
    replica = Replica(
        path,
        _engine(path, key, immediate=True),
        _engine(path, key, immediate=True, synchronous="NORMAL"),
        _engine(path, key, immediate=False),
    )
    try:
        if check:
            on_step(OpeningStep.CHECK)
            _check(replica.writer, path)
        _migrate(replica.writer, path, on_step)
        _restore_indexes(replica)
    except DBAPIError as error:
        replica.close()
        damage = _damage(path, key, error) if _may_be_damage(error) else None
        if damage is not None:
            raise damage from error
        raise
    except BaseException:
        replica.close()
        raise
    return replica


def integrity_check(replica: Replica) -> list[str]:
    """The full `PRAGMA integrity_check` answer (["ok"] when the file is sound)."""
    with replica.writer.connect() as connection:
        return [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
