"""One identity per replica: keyring entries bound to the device, never to a profile name.

Two enrolments under the same profile name in two data folders (`OMNIDESK_DATA_DIR`) by
the same user used to share one keyring entry: the second silently took over the first's
identity, and the first replica's changes were recorded as the other device's.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.client.credentials import MemoryCredentialStore
from sync.client.engine import SyncEngine
from sync.client.identity import WrongDevice
from sync.client.local import apply_local
from sync.client.profile import DATA_DIR_ENV, Profile, enrol_profile
from sync.client.replica_key import read_sidecar, update_sidecar
from sync.client.staff_sign_in import sign_in_online
from sync.client.tables import OutboxRow
from sync.model.types import utcnow
from sync.server import enrolment
from sync.server.tables import AppliedMutation
from tests.client.helpers import note_args
from tests.server.conftest import Api
from tests.server.world import PIN


def _enrol(
    api: Api, folder: Path, credentials: MemoryCredentialStore, monkeypatch: pytest.MonkeyPatch
) -> Profile:
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    with api.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    enrol_profile("default", api.url, code, f"till in {folder.name}", credentials)
    profile = Profile("default", credentials)
    SyncEngine(profile.replica, profile.http).sync_once()  # its first snapshot
    return profile


def _note(profile: Profile, api: Api, text: str) -> uuid.UUID:
    with profile.http() as http:
        key = sign_in_online(http, "cashier.waw", PIN).key
    done = apply_local(
        profile.replica,
        "interaction.add",
        note_args(api, text),
        key,
        api.world.stores["PL-WAW-01"],
        "store",
    )
    return done.mutation_id


def _recorded_device(api: Api, mutation_id: uuid.UUID) -> uuid.UUID | None:
    with api.db.read() as session:
        return session.scalar(
            select(AppliedMutation.device_id).where(AppliedMutation.id == mutation_id)
        )


def test_two_data_folders_with_one_profile_name_keep_their_own_identities(
    server: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = MemoryCredentialStore()  # a fake of the OS keyring: one user's, shared
    first = _enrol(server, tmp_path / "first", keyring, monkeypatch)
    second = _enrol(server, tmp_path / "second", keyring, monkeypatch)
    assert first.token != second.token
    ids = []
    for profile, text in ((first, "from the first"), (second, "from the second")):
        mutation = _note(profile, server, text)
        assert SyncEngine(profile.replica, profile.http).sync_once().accepted == 1
        ids.append(_recorded_device(server, mutation))
    assert ids[0] != ids[1]
    assert [str(i) for i in ids] == [
        read_sidecar(tmp_path / folder / "profiles" / "default.db")["device_id"]
        for folder in ("first", "second")
    ]
    assert {keyring.get(f"device-token:{i}") for i in ids} == {first.token, second.token}
    first.close()
    second.close()


def test_a_replica_whose_token_is_another_devices_refuses_to_sync(
    server: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A keyring entry made under the profile name alone (older versions) that another
    enrolment took over: this replica says why and sends nothing under that identity."""
    keyring = MemoryCredentialStore()
    first = _enrol(server, tmp_path / "first", keyring, monkeypatch)
    mutation = _note(first, server, "must not be sent as the other till")
    first.close()
    second = _enrol(server, tmp_path / "second", keyring, monkeypatch)
    second.close()
    # As an older version left them: both tokens under the profile name, the second's last,
    # and the first replica's sidecar without its device id.
    keyring.save_device_token("default", second.token)
    first_path = tmp_path / "first" / "profiles" / "default.db"
    sidecar = read_sidecar(first_path)
    keyring.delete(f"device-token:{sidecar.pop('device_id')}")
    first_path.with_suffix(".json").unlink()
    update_sidecar(first_path, **sidecar)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "first"))
    reopened = Profile("default", keyring)
    try:
        with pytest.raises(WrongDevice) as refused:
            SyncEngine(reopened.replica, reopened.http).sync_once()
        assert "another enrolment" in str(refused.value)
        assert _recorded_device(server, mutation) is None
        with reopened.replica.read() as session:
            assert session.get(OutboxRow, 1) is not None  # kept, still waiting
    finally:
        reopened.close()
