"""Each person's offline PIN verifier on this device, kept in the OS keyring.

A successful online sign-in leaves an entry bound to this device and the person's login:
a scrypt verifier of their PIN (`sync.verifiers`), never the PIN. Without a network the
same person signs in against it (`sync.client.staff`), counted by
`sync.client.offline_guard`.
"""

from __future__ import annotations

import uuid

from sync.client.credentials import CredentialStore
from sync.verifiers import hash_secret

__all__ = ["entry_name", "keep", "kept"]


def entry_name(device_id: uuid.UUID, login: str) -> str:
    """The keyring entry holding `login`'s verifier on device `device_id`."""
    return f"staff-pin:{device_id}:{login.strip().lower()}"


def _legacy_entry_name(profile: str, login: str) -> str:
    """Where an older Omnidesk kept the verifier (by profile name): removed once the
    person signs in online again."""
    return f"secret:{profile}:staff-pin:{login.strip().lower()}"


def keep(
    credentials: CredentialStore, device_id: uuid.UUID, profile: str, login: str, pin: str
) -> None:
    """Keep a fresh verifier of `pin` for `login` here (replacing any older one, also one
    an older Omnidesk kept under the profile name `profile`)."""
    credentials.put(entry_name(device_id, login), hash_secret(pin))
    credentials.delete(_legacy_entry_name(profile, login))


def kept(credentials: CredentialStore, device_id: uuid.UUID, login: str) -> str | None:
    """`login`'s verifier on this device, or None if they never signed in online here."""
    return credentials.get(entry_name(device_id, login))
