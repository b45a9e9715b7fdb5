"""Where a benchmark's database lives: a SQLite file, or a throwaway PostgreSQL cluster."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

from bench.common import REPO_ROOT, log
from bench.server_process import process_tree

BACKENDS = ("sqlite", "postgres")


def cache_dir() -> Path:
    """Seeded SQLite files kept between runs (keyed by what made them)."""
    path = Path(tempfile.gettempdir()) / "omnidesk-bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@contextlib.contextmanager
def temporary_sqlite(prefix: str) -> Iterator[str]:
    """A fresh SQLite database file, removed (with its WAL) afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"omnidesk-bench-{prefix}-") as folder:
        yield sqlite_url(Path(folder) / "central.db")


@dataclass(frozen=True)
class Target:
    """A database for one benchmark run and the processes (if any) that serve it."""

    backend: str
    url: str
    server_pids: Callable[[], list[int]] = list


@contextlib.contextmanager
def open_target(backend: str, prefix: str) -> Iterator[Target]:
    """A fresh, empty database on `backend`, removed when the block ends."""
    if backend == "postgres":
        with postgres(prefix) as target:
            yield target
    else:
        with temporary_sqlite(prefix) as url:
            yield Target("sqlite", url)


@contextlib.contextmanager
def postgres(prefix: str) -> Iterator[Target]:
    """A database in a throwaway PostgreSQL cluster, stopped and removed afterwards."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from tests.postgres_cluster import INSTALL_HINT, PostgresCluster

    cluster = PostgresCluster.find()
    if cluster is None:
        raise SystemExit(f"PostgreSQL server binaries not found; {INSTALL_HINT}")
    log("starting a throwaway PostgreSQL cluster")
    try:
        cluster.start()
        url = cluster.create_database(prefix)
        log(f"PostgreSQL {postgres_version(url)} on 127.0.0.1:{cluster.port}")

        def pids() -> list[int]:
            try:
                first = (cluster.datadir / "postmaster.pid").read_text().split("\n", 1)[0]
            except (OSError, AssertionError):
                return []
            return process_tree(int(first))

        yield Target("postgres", url, pids)
    finally:
        cluster.stop()
        log("PostgreSQL cluster stopped and removed")


def postgres_version(url: str) -> str:
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, connect_timeout=10) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"


def sqlite_version() -> str:
    return sqlite3.sqlite_version


def backend_version(backend: str, url: str) -> str:
    return postgres_version(url) if backend == "postgres" else sqlite_version()
