"""Shared pytest fixtures.

Add new fixtures below the database section.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from postgres_cluster import INSTALL_HINT, PostgresCluster

# Qt tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests do not depend on the machine's speed: no time limit per example and no
# "too slow" health check (a busy machine is not a failure).
settings.register_profile("any-speed", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("any-speed")


# ---------------------------------------------------------------------------------------
# Databases: every test that takes `db_url` runs on SQLite and on a real PostgreSQL.
# The PostgreSQL cluster is throwaway and started once per session, on first use only.
# Without the server binaries the postgres tests are skipped, except under CI, where
# that (or a failed start) is an error.
# ---------------------------------------------------------------------------------------


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Anything that uses the cluster (postgres_url, pg_cluster) is a `postgres` test,
    # so `-m "not postgres"` leaves all of them out.
    for item in items:
        if "pg_cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster.find()
    if cluster is None:
        message = f"PostgreSQL server binaries not found; {INSTALL_HINT}"
        if _in_ci():
            pytest.fail(f"{message} (CI is set: the postgres tests must run)", pytrace=False)
        pytest.skip(message)
    try:
        cluster.start()
    except Exception as exc:
        pytest.fail(f"could not start the throwaway PostgreSQL cluster: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(pg_cluster: PostgresCluster) -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty PostgreSQL database."""
    url = pg_cluster.create_database()
    yield url
    with contextlib.suppress(psycopg.Error):  # only to save disk; the cluster goes anyway
        pg_cluster.drop_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """SQLAlchemy URL of a fresh SQLite database file."""
    return f"sqlite:///{tmp_path}/server.db"


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh empty database URL: the test runs once on SQLite, once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")
