"""Erasing this device's data when the server orders it (revoked with `--wipe`).

A device revoked with a wipe gets 401 `token_revoked` with `details.wipe` at its next
request (`wipe_ordered`). It then erases, in this order:

1. the replica's key from the keyring: from that moment the replica file, its log and
   any copy of it (a damaged file kept aside) are unreadable, even where deleting a file
   does not erase its blocks (SSDs, journalling file systems, backups);
2. the keyring entries of the people who signed in on it (staff sessions, PIN
   verifiers);
3. the replica (with its -wal and -shm), the damaged copies and outbox files saved by a
   recovery, the profile's settings next to them and its application files;

then tells the server it is done (`POST /v1/devices/me/wiped`, with its revoked token)
and forgets the token last. Unsent changes are erased too: that is what the order means.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from sync.client import staff_key, state
from sync.client.credentials import CredentialStore
from sync.client.files import store as file_store
from sync.client.replica_key import forget_replica_key, sidecar_path
from sync.client.tables import DEVICE_ID
from sync.client.transport import Http, ProtocolError, ServerError, ServerUnreachable
from sync.model import StaffUser

if TYPE_CHECKING:
    from sync.client.profile import Profile

WIPED = "/v1/devices/me/wiped"


def wipe_ordered(error: BaseException) -> bool:
    """Whether `error` is the server's order to erase this device's data."""
    return (
        isinstance(error, ServerError)
        and error.status == 401
        and error.code == "token_revoked"
        and isinstance(error.details, dict)
        and error.details.get("wipe") is True
    )


@dataclass(frozen=True)
class WipeResult:
    erased: list[Path]  # the files deleted
    reported: bool  # the server recorded the wipe (False: it could not be reached)

    def message(self) -> str:
        told = (
            "the server has recorded it"
            if self.reported
            else "the server could not be told (it was not reachable)"
        )
        return (
            f"a manager revoked this device and ordered its data erased: its local "
            f"database, saved changes and keys were erased ({len(self.erased)} file(s)); "
            f"{told}. Enrol it again with a new code to use it."
        )


def _per_login(device_id: str, login: str) -> list[str]:
    """The keyring entries kept per person and device: the offline PIN verifier
    (`sync.client.pin_verifier`) and its count of wrong tries (`sync.client.offline_guard`)."""
    login = login.strip().lower()
    return [f"staff-pin:{device_id}:{login}", f"offline-guard:{device_id}:{login}"]


def replica_files(path: Path) -> list[Path]:
    """The replica at `path`, its log and index, and what a recovery or an encryption
    left beside it (damaged copies, saved outboxes, an unfinished encrypted copy)."""
    folder = path.parent
    found = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
    found += folder.glob(f"{path.name}.damaged-*")
    found += folder.glob(f"{path.name}.encrypting*")
    found += folder.glob(f"{path.stem}.outbox-*.json*")
    found.append(sidecar_path(path))
    return [file for file in found if file.exists()]


def erase_files(path: Path) -> list[Path]:
    erased = []
    for file in replica_files(path):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
            erased.append(file)
    return erased + file_store.erase(path)  # the application files kept beside it


def _people(profile: Profile) -> tuple[str | None, list[tuple[uuid.UUID, str]]]:
    """The device id and the staff (id, login) whose keyring entries may exist."""
    try:
        with profile.replica.read() as session:
            device_id = state.get(session, DEVICE_ID)
            staff = [
                (row.id, row.login)
                for row in session.execute(select(StaffUser.id, StaffUser.login))
            ]
    except Exception:  # an unreadable replica still gets erased
        return None, []
    return device_id, staff


def _report(http: Http) -> bool:
    try:
        http.post_json(WIPED, {}, idempotent=True)
    except (ServerUnreachable, ServerError, ProtocolError):
        return False
    return True


def erase_secrets(
    credentials: CredentialStore,
    device_id: str | None,
    staff: list[tuple[uuid.UUID, str]],
    profile: str | None = None,
) -> None:
    for staff_id, login in staff:
        if profile is not None:  # where an older Omnidesk kept PIN verifiers
            credentials.delete(f"secret:{profile}:staff-pin:{login.strip().lower()}")
        if device_id is None:
            continue
        staff_key.forget(credentials, uuid.UUID(device_id), staff_id)
        for entry in _per_login(device_id, login):
            credentials.delete(entry)


def wipe_profile(profile: Profile) -> WipeResult:
    """Erase everything of `profile` on this machine (closing its replica), report it to
    the server and forget the device's token. Run off the GUI thread (network)."""
    from sync.client.profile import forget_token, profile_path

    path = profile_path(profile.name)
    device_id, staff = _people(profile)
    profile.close()
    credentials = profile.credentials
    forget_replica_key(path, credentials)  # first: every copy of the file is now unreadable
    erase_secrets(credentials, device_id, staff, profile.name)
    erased = erase_files(path)
    with profile.http(timeout=10) as http:
        reported = _report(http)
    forget_token(profile.name, credentials, device_id)
    return WipeResult(erased, reported)
