"""A manager's wipe order reaches the open desktop: it closes, erases this device's data
and tells staff in a sentence (then the app goes back to enrolment)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import Desktop
from sync.client.credentials import MemoryCredentialStore
from sync.client.engine import Backoff
from sync.client.profile import Profile, enrol_profile, is_enrolled, profile_path
from sync.model.types import utcnow
from sync.server import enrolment
from sync.server.tables import Device
from tests.server.conftest import Api


def test_a_wipe_order_closes_the_desktop_erases_the_device_and_says_so(
    server: Api, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    credentials = MemoryCredentialStore()
    with server.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    device_id = enrol_profile("default", server.url, code, "till", credentials).answer.device_id
    profile = Profile("default", credentials)
    told: list[str] = []
    desktop = Desktop(
        profile,
        credentials,
        live_wait=0.5,
        on_wiped=told.append,
        backoff=Backoff(base=0.05, cap=0.2),
    )
    qtbot.addWidget(desktop.window)
    desktop.window.show()
    try:
        qtbot.waitUntil(
            lambda: bool(desktop.sync.last_status and desktop.sync.last_status.online),
            timeout=30_000,
        )
        with server.db.write() as session:
            enrolment.revoke_device(session, device_id, utcnow(), wipe=True)
        qtbot.waitUntil(lambda: bool(told), timeout=30_000)
        assert "had its data erased" in told[0] and "new code" in told[0]
        assert not desktop.window.isVisible()
        assert not profile_path("default").exists()
        assert not is_enrolled("default", credentials)  # the app asks for enrolment next
        with server.db.read() as session:
            assert session.get(Device, uuid.UUID(str(device_id))).wiped_at is not None
    finally:
        desktop.close()
