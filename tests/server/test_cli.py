"""The `omnidesk-server` command, as a manager runs it."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from sync.server import schema
from sync.server.app import build
from tests.server.conftest import headers
from tests.server.live_server import serve
from tests.server.world import build_world


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OMNIDESK_DATABASE_URL=url)
    return subprocess.run(
        [sys.executable, "-m", "sync.server.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_stores_and_an_enrolment_code_that_enrols(db_url: str) -> None:
    app = build(db_url)
    build_world(app.state.db)
    listed = _cli(db_url, "stores")
    assert listed.returncode == 0, listed.stderr
    codes = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    assert "PL-WAW-01" in codes and "PL-FIELD-N" in codes
    made = _cli(db_url, "enrol-code", "--store", "PL-WAW-01")
    assert made.returncode == 0, made.stderr
    code = made.stdout.strip().splitlines()[-1]
    with serve(app) as url:
        response = httpx.post(
            f"{url}/v1/devices/enrol", json={"code": code, "name": "till"}, headers=headers()
        )
    assert response.status_code == 200
    app.state.db.dispose()


def test_an_unknown_store_is_explained(sqlite_url: str) -> None:
    result = _cli(sqlite_url, "enrol-code", "--store", "NOPE")
    assert result.returncode == 2
    assert "no store or territory" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_database_from_a_newer_version_is_refused(sqlite_url: str) -> None:
    schema.upgrade(sqlite_url)
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        assert MigrationContext.configure(connection).get_current_revision() is not None
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(schema.SchemaTooNew):
        schema.upgrade(sqlite_url)
    result = _cli(sqlite_url, "stores")
    assert result.returncode == 3
    assert "newer" in result.stderr
