"""Staff sign-in on a shared device: online against the central API, offline afterwards.

A successful online sign-in leaves a scrypt verifier of the person's PIN in the OS
keyring (never the PIN). Without a network the same person can sign in against that
verifier; someone who never signed in online on this device cannot.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import select

from sync.client.credentials import CredentialStore
from sync.client.replica import Replica
from sync.client.transport import Http, ProtocolError, ServerError, ServerUnreachable
from sync.model import StaffUser
from sync.protocol import SignInRequest, StaffProfile
from sync.server.auth import hash_secret, verify_secret

SIGN_IN = "/v1/staff/sign-in"


@dataclass(frozen=True)
class Staff:
    """The person using the device now."""

    id: uuid.UUID
    login: str
    display_name: str
    role: str
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    offline: bool = False  # signed in against the local verifier


class SignInRefused(Exception):
    """Wrong login or PIN, or this person may not use this device; `code` says which."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _verifier_name(login: str) -> str:
    return f"staff-pin:{login.strip().lower()}"


class StaffSignIn:
    """Signs staff in on one device profile."""

    def __init__(self, profile: str, credentials: CredentialStore, replica: Replica,
                 http_factory: Callable[[], Http]) -> None:
        self._profile = profile
        self._credentials = credentials
        self._replica = replica
        self._http = http_factory

    def sign_in(self, login: str, pin: str) -> Staff:
        """Online when the server answers, else against this device's verifier."""
        login = login.strip()
        if not login or not pin:
            raise SignInRefused("missing", "Enter your login and PIN.")
        try:
            with self._http() as http:
                body = http.post_json(SIGN_IN, SignInRequest(login=login, secret=pin)
                                      .model_dump(mode="json"))
        except ServerUnreachable:
            return self._offline(login, pin)
        except ServerError as error:
            if error.status >= 500:
                return self._offline(login, pin)
            raise SignInRefused(error.code, error.message) from error
        try:
            profile = StaffProfile.model_validate(body)
        except ValidationError as error:
            raise ProtocolError(f"the server's sign-in answer is not understood: {error}"
                                ) from error
        self._credentials.save_secret(self._profile, _verifier_name(login), hash_secret(pin))
        return Staff(profile.id, profile.login, profile.display_name, profile.role,
                     profile.store_id, profile.territory_id)

    def _offline(self, login: str, pin: str) -> Staff:
        stored = self._credentials.secret(self._profile, _verifier_name(login))
        if stored is None:
            raise SignInRefused(
                "offline_first_time",
                "The server cannot be reached and you have not signed in on this device "
                "before. Sign in once while it is online.")
        if not verify_secret(pin, stored):
            raise SignInRefused("invalid_credentials", "Wrong login or PIN.")
        with self._replica.read() as session:
            row = session.execute(select(StaffUser).where(StaffUser.login == login)
                                  ).scalar_one_or_none()
            if row is None or not row.active:
                raise SignInRefused("staff_disabled",
                                    "This account is not active on this device.")
            return Staff(row.id, row.login, row.display_name, row.role, row.store_id,
                         row.territory_id, offline=True)
