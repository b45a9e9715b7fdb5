"""Engines and sessions for the central API, on SQLite (embedded) or PostgreSQL.

An SQLite database file is created 0600 (its -wal and -shm follow the file's mode), in a
0700 folder when the server makes the folder; an existing file is narrowed to 0600.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from sync.private_files import FILE_MODE, FOLDER_MODE
from sync.server.feed import capture


def private_sqlite_file(url: str) -> None:
    """Create the SQLite database file of `url` 0600 before SQLite does (which would make
    it 0644), or narrow an existing one; nothing for PostgreSQL or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    path = Path(parsed.database)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=FOLDER_MODE)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != FILE_MODE:
            path.chmod(FILE_MODE)


def _sqlite_engine(url: str, *, write: bool) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, record) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Writers take the write lock up front, so two writers never deadlock upgrading.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgres_engine(url: str) -> Engine:
    engine = create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, record) -> None:
        # Plan every statement for its own parameters. The driver prepares statements it
        # runs often, and PostgreSQL may then keep one generic plan for good: chosen while
        # a table is young and small (a sequential scan), it stays after the table has
        # grown, until the next ANALYZE. Planning these short statements costs little.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET plan_cache_mode = force_custom_plan")
        dbapi_connection.commit()

    return engine


@dataclass
class Database:
    """The API's storage: a write path whose commits feed the change log, and reads."""

    url: str
    write_engine: Engine
    read_engine: Engine
    writer: sessionmaker[Session]
    reader: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.write_engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose commit also records the changes it made in the feed."""
        with self.writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.reader() as session:
            yield session

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()


def open_database(url: str, on_commit: Callable[[int], None] | None = None) -> Database:
    """Connect to `url` (sqlite:///path or postgresql+psycopg://...)."""
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        private_sqlite_file(url)
        write_engine = _sqlite_engine(url, write=True)
        read_engine = _sqlite_engine(url, write=False)
    elif backend == "postgresql":
        write_engine = _postgres_engine(url)
        read_engine = write_engine
    else:
        raise ValueError(f"unsupported database: {backend} (use sqlite or postgresql)")
    writer = sessionmaker(write_engine, expire_on_commit=False)
    reader = sessionmaker(read_engine, expire_on_commit=False)
    capture.install(writer, on_commit)
    return Database(url, write_engine, read_engine, writer, reader)
