"""A device profile on this machine: where its replica lives, its server and its token.

Shared by the `omnidesk` command line and the desktop app. A profile is enrolled once
(`enrol_profile`); afterwards `Profile` opens its replica (recovering a corrupt one) and
makes HTTP clients for its server. Opening may take a while (a check, an update, a
rebuild): a front end runs it off its GUI thread and shows the steps it reports.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sync.client import state
from sync.client.credentials import CredentialStore
from sync.client.device import enrol
from sync.client.files.store import FileStore
from sync.client.opening import OnStep, OpeningStep, quietly
from sync.client.recovery import RecoveryNote, identify, open_or_recover
from sync.client.replica import Replica, replica_path
from sync.client.replica_key import read_sidecar, replica_key, update_sidecar
from sync.client.tables import DEVICE_ID
from sync.client.transport import Http, check_address
from sync.protocol import EnrolResponse

DATA_DIR_ENV = "OMNIDESK_DATA_DIR"
CA_BUNDLE = "ca_bundle"  # sync_state key: the CA bundle given at enrolment


class NotEnrolled(RuntimeError):
    """This machine has no enrolment for the profile (no token or no server address)."""

    def __init__(self, profile: str) -> None:
        super().__init__(f"profile {profile!r} is not enrolled on this machine")
        self.profile = profile


class AlreadyEnrolled(RuntimeError):
    def __init__(self, profile: str) -> None:
        super().__init__(f"profile {profile!r} is enrolled already")
        self.profile = profile


def profile_path(profile: str) -> Path:
    """The profile's replica (under $OMNIDESK_DATA_DIR when set, for tests and kiosks)."""
    root = os.environ.get(DATA_DIR_ENV)
    if root:
        return Path(root) / "profiles" / f"{profile}.db"
    return replica_path(profile)


def _sidecar(profile: str) -> Path:
    return profile_path(profile).with_suffix(".json")


DEVICE_ID_KEY = "device_id"  # in the sidecar: the device this replica was enrolled as


def token_entry(device_id: uuid.UUID | str) -> str:
    """The keyring entry of a device's token: bound to the device, so two replicas enrolled
    under the same profile name (in two data folders) never share or take over one."""
    return f"device-token:{device_id}"


def forget_token(profile: str, credentials: CredentialStore, device_id: str | None) -> None:
    """Delete the profile's device token from the keyring (its device's entry, and the
    profile-named one an older Omnidesk used)."""
    if device_id:
        credentials.delete(token_entry(device_id))
    credentials.forget(profile)


def _saved_token(profile: str, credentials: CredentialStore) -> str | None:
    """The profile's device token: under its device's entry, or (enrolled by an older
    Omnidesk) under the profile name, then moved to the device's entry."""
    device_id = read_sidecar(profile_path(profile)).get(DEVICE_ID_KEY)
    if device_id:
        return credentials.get(token_entry(device_id))
    return credentials.device_token(profile)


def is_enrolled(profile: str, credentials: CredentialStore) -> bool:
    return _sidecar(profile).exists() and _saved_token(profile, credentials) is not None


@dataclass(frozen=True)
class Enrolment:
    answer: EnrolResponse
    url: str


def enrol_profile(
    profile: str,
    url: str,
    code: str,
    device_name: str,
    credentials: CredentialStore,
    ca_bundle: str | None = None,
) -> Enrolment:
    """Register this machine with the server at `url` under `profile`.

    Raises `AlreadyEnrolled`, or the transport's errors (`ServerError` for a bad code).
    """
    url = url.rstrip("/")
    path = profile_path(profile)
    if _saved_token(profile, credentials) and path.exists():
        raise AlreadyEnrolled(profile)
    with Http(url, ca_bundle=ca_bundle) as http:
        replica, _ = open_or_recover(path, replica_key(path, credentials), lambda replica: None)
        try:
            answer = enrol(replica, http, code, device_name)
            credentials.put(token_entry(answer.device_id), answer.token)
            with replica.write() as session:
                state.put(session, CA_BUNDLE, ca_bundle)
        finally:
            replica.close()
    update_sidecar(
        path,
        server_url=url,
        ca_bundle=ca_bundle,  # keeps the replica's id
        **{DEVICE_ID_KEY: str(answer.device_id)},
    )
    return Enrolment(answer, url)


class Profile:
    """An enrolled profile: its replica, its server and its token.

    Opening reads the keyring and the replica (and may rebuild it, asking the server):
    `on_step` hears of each step (`OpeningStep`) as it begins."""

    def __init__(
        self, name: str, credentials: CredentialStore, *, on_step: OnStep = quietly
    ) -> None:
        self.name = name
        self.credentials = credentials
        on_step(OpeningStep.KEYS)
        token = _saved_token(name, credentials)
        saved = _sidecar(name)
        extra = json.loads(saved.read_text("utf-8")) if saved.exists() else {}
        if token is None or not extra.get("server_url"):
            raise NotEnrolled(name)
        self.token: str = token
        self.url: str = extra["server_url"]
        check_address(self.url)  # saved before plain http to other hosts was refused
        self.ca_bundle: str | None = extra.get("ca_bundle")
        self.replica: Replica
        self.recovery: RecoveryNote | None
        path = profile_path(name)
        key = replica_key(path, credentials)
        self.replica, self.recovery = open_or_recover(path, key, self._rebuild, on_step)
        self.files = FileStore.of_replica(path, key)  # application files, sealed like it
        if not extra.get(DEVICE_ID_KEY):
            self._bind_token_to_device(path, token)

    def _bind_token_to_device(self, path: Path, token: str) -> None:
        """Move a token kept under the profile name alone to this replica's device entry.
        If it was another enrolment's (same profile name, another data folder), the sync
        engine finds out at its first contact and refuses to sync (`check_identity`)."""
        with self.replica.read() as session:
            device_id = state.get(session, DEVICE_ID)
        if device_id:
            self.credentials.put(token_entry(device_id), token)
            update_sidecar(path, **{DEVICE_ID_KEY: device_id})

    def _rebuild(self, replica: Replica) -> int | None:
        with self.http() as http:
            return identify(http)(replica)

    def http(self, timeout: float = 30.0) -> Http:
        return Http(self.url, self.token, ca_bundle=self.ca_bundle, timeout=timeout)

    def close(self) -> None:
        self.replica.close()
