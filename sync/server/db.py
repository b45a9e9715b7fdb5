"""Engines and sessions for the central API, on SQLite (embedded) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from sync.server.feed import capture


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
