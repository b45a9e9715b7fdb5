"""The server's own SQLite database is private: 0600, in a 0700 folder it creates."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from sync.model.types import utcnow
from sync.server import enrolment, schema
from sync.server.db import open_database
from tests.server.world import build_world

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_servers_sqlite_file_is_created_private(tmp_path: Path) -> None:
    path = tmp_path / "server" / "central.db"
    url = f"sqlite:///{path}"
    schema.upgrade(url)
    db = open_database(url)
    try:
        build_world(db)
        with db.write() as session:
            enrolment.create_code(session, "PL-WAW-01", utcnow())
        assert _mode(path.parent) == 0o700
        for suffix in ("", "-wal", "-shm"):
            assert _mode(Path(f"{path}{suffix}")) == 0o600
    finally:
        db.dispose()


def test_an_existing_world_readable_file_is_narrowed(tmp_path: Path) -> None:
    path = tmp_path / "central.db"
    url = f"sqlite:///{path}"
    schema.upgrade(url)
    path.chmod(0o644)
    open_database(url).dispose()
    assert _mode(path) == 0o600
