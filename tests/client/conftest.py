"""Fixtures for the client tests: a real central API on loopback and enrolled devices."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.client.helpers import Till, enrol_till, running_api
from tests.server.conftest import Api


@pytest.fixture
def server(sqlite_url: str) -> Iterator[Api]:
    """The central API on an SQLite file, served over HTTP on 127.0.0.1."""
    with running_api(sqlite_url) as api:
        yield api


@pytest.fixture
def any_server(db_url: str) -> Iterator[Api]:
    """The central API on SQLite and then on PostgreSQL (the key tests run on both)."""
    with running_api(db_url) as api:
        yield api


TillFactory = Callable[..., Till]


@pytest.fixture
def make_till(tmp_path: Path) -> Iterator[TillFactory]:
    """Enrols devices (each with its own replica file in tmp_path); closes them after."""
    tills: list[Till] = []

    def make(
        api: Api, store: str = "PL-WAW-01", login: str = "cashier.waw", name: str = "till"
    ) -> Till:
        till = enrol_till(api, tmp_path / f"{name}.db", store, login, name)
        tills.append(till)
        return till

    yield make
    for till in tills:
        till.close()
