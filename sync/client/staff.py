"""Staff sign-in on a shared device: online against the central API, offline afterwards.

A successful online sign-in leaves in the OS keyring, under entries bound to this device,
a scrypt verifier of the person's PIN (`sync.client.pin_verifier`, never the PIN) and
their staff session's secret (`sync.client.staff_key`), which signs every change they
make here. Without a network the same person can sign in against that verifier and sign
with that secret until it expires; someone who never signed in online on this device
cannot act on it at all. Wrong PINs offline are counted (`sync.client.offline_guard`).

No UI here: the desktop calls `StaffSignIn` from a worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from sync.client import pin_verifier, staff_key, state
from sync.client.credentials import CredentialStore
from sync.client.offline_guard import OfflineGuard
from sync.client.replica import Replica
from sync.client.staff_key import StaffKey
from sync.client.staff_sign_in import change_pin_online, sign_in_online, unlock_online
from sync.client.tables import DEVICE_ID
from sync.client.transport import Http, ServerError, ServerUnreachable
from sync.model import StaffUser
from sync.model.types import utcnow

__all__ = ["SignInRefused", "Staff", "StaffSignIn"]


@dataclass(frozen=True)
class Staff:
    """The person using the device now."""

    id: uuid.UUID
    login: str
    display_name: str
    role: str
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    key: StaffKey = field(repr=False)
    """Their staff session on this device: every change they make is signed with it."""
    offline: bool = False  # signed in against the local verifier
    language: str | None = None  # their chosen language; none: the place's own


class SignInRefused(Exception):
    """Wrong login or PIN, or this person may not use this device; `code` says which."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class StaffSignIn:
    """Signs staff in on one device profile (`profile` is its name); `http_factory` opens
    a connection to its central API."""

    def __init__(
        self,
        profile: str,
        credentials: CredentialStore,
        replica: Replica,
        http_factory: Callable[[], Http],
    ) -> None:
        self._profile = profile
        self._credentials = credentials
        self._replica = replica
        self._http = http_factory

    def _device_id(self) -> uuid.UUID:
        with self._replica.read() as session:
            value = state.get(session, DEVICE_ID)
        if not value:
            raise SignInRefused("not_enrolled", "This device is not enrolled yet.")
        return uuid.UUID(value)

    def sign_in(self, login: str, pin: str, *, remember: bool = True) -> Staff:
        """Online when the server answers, else against this device's verifier.

        `remember=False` (a manager approving one change on someone else's till): an
        online sign-in leaves nothing in this device's keyring (no PIN verifier, no
        session secret), so it is good for this change only."""
        login = login.strip()
        if not login or not pin:
            raise SignInRefused("missing", "Enter your login and PIN.")
        device_id = self._device_id()
        try:
            with self._http() as http:
                signed_in = sign_in_online(http, login, pin)
        except ServerUnreachable:
            return self._offline(device_id, login, pin)
        except ServerError as error:
            if error.status >= 500:
                return self._offline(device_id, login, pin)
            raise SignInRefused(error.code, error.message) from error
        profile, key = signed_in.profile, signed_in.key
        OfflineGuard(self._credentials, device_id).forget(login)
        if remember:
            pin_verifier.keep(self._credentials, device_id, self._profile, login, pin)
            staff_key.keep(self._credentials, device_id, key)
            staff_key.adopt_unsigned(self._replica, key)
        return Staff(
            profile.id,
            profile.login,
            profile.display_name,
            profile.role,
            profile.store_id,
            profile.territory_id,
            key,
            language=profile.language,
        )

    def change_pin(self, login: str, pin: str, new_pin: str) -> Staff:
        """Change the person's PIN on the server (online only), then sign them in with
        the new one."""
        with self._http() as http:
            change_pin_online(http, login.strip(), pin, new_pin)
        return self.sign_in(login, new_pin)

    def unlock(self, login: str, manager_login: str, manager_pin: str) -> bool:
        """A manager lifts `login`'s lock-out here (online only), with their own login
        and PIN; it keeps nothing of the manager's on this device."""
        try:
            with self._http() as http:
                return unlock_online(http, login.strip(), manager_login.strip(), manager_pin)
        except ServerError as error:
            raise SignInRefused(error.code, error.message) from error

    def _offline(self, device_id: uuid.UUID, login: str, pin: str) -> Staff:
        stored = pin_verifier.kept(self._credentials, device_id, login)
        if stored is None:
            raise SignInRefused(
                "offline_first_time",
                "The server cannot be reached and you have not signed in on this device "
                "before. Sign in once while it is online.",
            )
        if not OfflineGuard(self._credentials, device_id).verify(login, pin, stored):
            raise SignInRefused("invalid_credentials", "Wrong login or PIN.")
        with self._replica.read() as session:
            row = session.execute(
                select(StaffUser).where(StaffUser.login == login)
            ).scalar_one_or_none()
            if row is None or not row.active:
                raise SignInRefused("staff_disabled", "This account is not active on this device.")
            person = (row.id, row.login, row.display_name, row.role, row.store_id, row.territory_id)
            language = row.language
        key = staff_key.kept(self._credentials, device_id, person[0])
        if key is None or key.expired(utcnow()):
            raise SignInRefused(
                "offline_expired",
                "The server cannot be reached and your sign-in on this device has expired "
                "(it lasts a while after each online sign-in). Sign in once while it is "
                "online.",
            )
        return Staff(*person, key, offline=True, language=language)
