"""A device profile on this machine: where its replica lives, its server and its token.

Shared by the `omnidesk` command line and the desktop app. A profile is enrolled once
(`enrol_profile`); afterwards `Profile` opens its replica (recovering a corrupt one) and
makes HTTP clients for its server.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sync.client import state
from sync.client.credentials import CredentialStore
from sync.client.device import enrol
from sync.client.recovery import RecoveryNote, identify, open_or_recover
from sync.client.replica import Replica, replica_path
from sync.client.replica_key import replica_key, update_sidecar
from sync.client.transport import Http
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


def is_enrolled(profile: str, credentials: CredentialStore) -> bool:
    return _sidecar(profile).exists() and credentials.device_token(profile) is not None


@dataclass(frozen=True)
class Enrolment:
    answer: EnrolResponse
    url: str


def enrol_profile(profile: str, url: str, code: str, device_name: str,
                  credentials: CredentialStore, ca_bundle: str | None = None) -> Enrolment:
    """Register this machine with the server at `url` under `profile`.

    Raises `AlreadyEnrolled`, or the transport's errors (`ServerError` for a bad code).
    """
    url = url.rstrip("/")
    path = profile_path(profile)
    if credentials.device_token(profile) and path.exists():
        raise AlreadyEnrolled(profile)
    with Http(url, ca_bundle=ca_bundle) as http:
        replica, _ = open_or_recover(path, replica_key(path, credentials),
                                     lambda replica: None)
        try:
            answer = enrol(replica, http, code, device_name)
            credentials.save_device_token(profile, answer.token)
            with replica.write() as session:
                state.put(session, CA_BUNDLE, ca_bundle)
        finally:
            replica.close()
    update_sidecar(path, server_url=url, ca_bundle=ca_bundle)  # keeps the replica's id
    return Enrolment(answer, url)


class Profile:
    """An enrolled profile: its replica, its server and its token."""

    def __init__(self, name: str, credentials: CredentialStore) -> None:
        self.name = name
        self.credentials = credentials
        token = credentials.device_token(name)
        saved = _sidecar(name)
        extra = json.loads(saved.read_text("utf-8")) if saved.exists() else {}
        if token is None or not extra.get("server_url"):
            raise NotEnrolled(name)
        self.token: str = token
        self.url: str = extra["server_url"]
        self.ca_bundle: str | None = extra.get("ca_bundle")
        self.replica: Replica
        self.recovery: RecoveryNote | None
        path = profile_path(name)
        self.replica, self.recovery = open_or_recover(path, replica_key(path, credentials),
                                                      self._rebuild)

    def _rebuild(self, replica: Replica) -> int | None:
        with self.http() as http:
            return identify(http)(replica)

    def http(self, timeout: float = 30.0) -> Http:
        return Http(self.url, self.token, ca_bundle=self.ca_bundle, timeout=timeout)

    def close(self) -> None:
        self.replica.close()
