"""Closing the app returns at once even with the network hanging: the sync thread gives up
its request to a server that never answers instead of waiting for the 30 s timeout."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.app import Desktop
from desktop.services.ops import ChangeOp
from desktop.services.sync_service import SyncService
from sync.client.credentials import MemoryCredentialStore
from sync.client.engine import Backoff, SyncEngine
from sync.client.profile import Profile, enrol_profile
from sync.client.transport import Http
from sync.model.types import utcnow
from sync.server import enrolment
from tests.client.fake_servers import FakeHangingServer
from tests.ui.conftest import Desk, RestartableApi

CLOSE_BOUND = 2.0
"""Seconds closing may take: a bound on a behaviour (the request's read timeout is 30 s),
not a measure of speed."""


def test_the_sync_service_stops_at_once_with_a_request_hanging(desk: Desk, qtbot: QtBot) -> None:
    with FakeHangingServer() as hanging:
        engine = SyncEngine(
            desk.profile.replica,
            lambda: Http(hanging.url, desk.profile.token, timeout=30),
            backoff=Backoff(base=600, cap=600),
        )
        service = SyncService(engine)
        service.start()
        assert hanging.accepted.wait(10)  # the engine's first request: in flight
        started = time.monotonic()
        service.stop()
        assert time.monotonic() - started < CLOSE_BOUND
        assert not service.running
        engine.close()


@pytest.fixture
def hanging_desktop(
    restartable: RestartableApi, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Desktop, FakeHangingServer]]:
    """An enrolled desktop whose server, once enrolled, accepts and never answers."""
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    credentials = MemoryCredentialStore()
    with restartable.app.state.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    enrol_profile("default", restartable.url, code, "till-1", credentials)
    restartable.stop()
    with FakeHangingServer(restartable.port) as hanging:  # the same address, hanging
        app = Desktop(
            Profile("default", credentials), credentials, backoff=Backoff(base=600, cap=600)
        )
        qtbot.addWidget(app.window)
        app.window.show()
        yield app, hanging
        if app.sync.running:  # the test failed before closing it
            app.close()


def test_closing_the_desktop_returns_at_once_with_the_network_hanging(
    hanging_desktop: tuple[Desktop, FakeHangingServer],
) -> None:
    desktop, hanging = hanging_desktop
    assert hanging.accepted.wait(10)  # the first sync's request is in flight
    sync_threads = [t for t in threading.enumerate() if t.name == "omnidesk-sync"]
    started = time.monotonic()
    desktop.close()
    assert time.monotonic() - started < CLOSE_BOUND
    assert not desktop.sync.running and not any(t.is_alive() for t in sync_threads)


def test_closing_waits_for_a_change_staff_just_made_before_closing_the_replica(
    hanging_desktop: tuple[Desktop, FakeHangingServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    desktop, _ = hanging_desktop
    may_finish = threading.Event()
    events: list[str] = []
    close_profile = desktop.profile.close

    def closing() -> None:
        events.append("replica closed")
        close_profile()

    monkeypatch.setattr(desktop.profile, "close", closing)

    def slow_change() -> None:
        may_finish.wait(10)  # still running when the app is closed
        with desktop.profile.replica.write() as session:
            session.execute(text("select 1"))
        events.append("change saved")

    ChangeOp(parent=desktop.window, op=slow_change).start()
    threading.Timer(0.2, may_finish.set).start()  # lets it finish while close waits
    desktop.close()
    assert events == ["change saved", "replica closed"]
