"""Revoked with a wipe: at its next contact the device erases its data and the server
records it; a plain revocation erases nothing. Through the real API and both CLIs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.client import outbox
from sync.client.cli import main
from sync.client.credentials import MemoryCredentialStore
from sync.client.device import workplace
from sync.client.local import apply_local
from sync.client.profile import Profile, profile_path
from sync.client.replica_key import read_sidecar
from sync.client.staff import StaffSignIn
from sync.model.types import utcnow
from sync.server import cli as server_cli
from sync.server import enrolment
from sync.server.settings import DATABASE_URL_ENV
from sync.server.tables import Device
from tests.client.helpers import note_args
from tests.server.conftest import Api, headers
from tests.server.world import PIN


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(data))
    yield data


def _enrolled(api: Api, store: MemoryCredentialStore) -> str:
    """Enrol, sync, sign the cashier in online (their secrets go to the keyring) and leave
    one change unsent; returns the device id."""
    with api.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    assert main(["enrol", api.url, code], credentials=lambda: store) == 0
    assert main(["sync"], credentials=lambda: store) == 0
    profile = Profile("default", store)
    try:
        staff = StaffSignIn("default", store, profile.replica, profile.http).sign_in(
            "cashier.waw", PIN
        )
        assert not staff.offline
        with profile.replica.read() as session:
            place = workplace(session)
        apply_local(
            profile.replica,
            "interaction.add",
            note_args(api, "unsent note"),
            staff.key,
            place.store_id,
            place.channel,
        )
    finally:
        profile.close()
    return str(read_sidecar(profile_path("default"))["device_id"])


def _server(api: Api, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setenv(DATABASE_URL_ENV, api.db.url)
    return server_cli.main(list(argv))


def test_a_device_revoked_with_a_wipe_erases_its_data_at_its_next_contact(
    any_server: Api, home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = MemoryCredentialStore()
    device_id = _enrolled(any_server, store)
    replica = profile_path("default")
    folder = replica.parent
    (folder / "default.outbox-20260101T000000.json").write_text("[]")  # a recovery's file
    assert replica.exists() and store._entries  # the data and the secrets are there
    capsys.readouterr()

    assert _server(any_server, monkeypatch, "revoke-device", device_id, "--wipe") == 0
    assert "erase its local data" in capsys.readouterr().out
    assert main(["sync"], credentials=lambda: store) == 1
    said = capsys.readouterr().err
    assert "ordered its data erased" in said and "the server has recorded it" in said

    assert sorted(path.name for path in folder.iterdir()) == []  # replica, log, saved files
    assert store._entries == {} and store._tokens == {}  # key, token, staff secrets
    with any_server.db.read() as session:
        device = session.get(Device, uuid.UUID(device_id))
        assert device.wiped_at is not None and device.wipe_ordered_at is not None
    assert _server(any_server, monkeypatch, "devices") == 0
    out = capsys.readouterr().out
    assert any(line.startswith(device_id) and "\twiped " in line for line in out.splitlines())
    assert main(["status"], credentials=lambda: store) == 2  # not enrolled any more


def test_a_revocation_without_a_wipe_erases_nothing(
    server: Api, home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = MemoryCredentialStore()
    device_id = _enrolled(server, store)
    assert _server(server, monkeypatch, "revoke-device", device_id) == 0
    capsys.readouterr()
    assert main(["sync"], credentials=lambda: store) == 1
    assert "revoked by a manager" in capsys.readouterr().err
    assert profile_path("default").exists()
    profile = Profile("default", store)  # still readable: the unsent change is kept
    try:
        with profile.replica.read() as session:
            assert outbox.counts(session).pending == 1
    finally:
        profile.close()
    assert _server(server, monkeypatch, "devices") == 0
    assert "\trevoked " in capsys.readouterr().out


def test_only_a_device_ordered_to_wipe_can_report_a_wipe(server: Api) -> None:
    with server.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    answer = server.http.post(
        "/v1/devices/enrol", json={"code": code, "name": "till"}, headers=headers()
    ).json()
    refused = server.http.post("/v1/devices/me/wiped", headers=headers(answer["token"]))
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "no_wipe_ordered"
