"""Where a replica's key is kept: in the OS keyring, under an entry bound to the replica.

The entry is `replica-key:<replica id>`. The replica id is random, made with the key,
and written into the sidecar JSON next to the replica (`<name>.json`, shared with the
profile's settings): the device id would do, but it lives inside the encrypted file.
The key is never written to a file.

A replica file that is encrypted but whose key is not in the keyring cannot be opened:
`ReplicaKeyMissing` says so and nothing is changed (its unsent changes stay in it); a
new key is only made for a replica that does not exist yet or is still plain.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sync.client import cipher
from sync.client.cipher import ReplicaKey
from sync.client.credentials import CredentialStore
from sync.private_files import write_private

REPLICA_ID = "replica_id"


class ReplicaKeyMissing(RuntimeError):
    """The replica is encrypted and its key is not in this computer's keyring."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the key of the local database {path} is not in this computer's keyring "
            "(was the keyring reset, or the file copied from another computer or user?); "
            "nothing was changed or deleted and its unsent changes are still in it. Ask "
            "support before enrolling this device again."
        )
        self.path = path


def key_entry(replica_id: str) -> str:
    return f"replica-key:{replica_id}"


def sidecar_path(path: str | Path) -> Path:
    return Path(path).with_suffix(".json")


def read_sidecar(path: str | Path) -> dict[str, Any]:
    """The settings kept next to the replica at `path` ({} if none)."""
    try:
        values = json.loads(sidecar_path(path).read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}
    return values if isinstance(values, dict) else {}


def update_sidecar(path: str | Path, **values: Any) -> None:
    """Set `values` in the sidecar of the replica at `path`, keeping what else is there."""
    merged = {**read_sidecar(path), **values}
    write_private(sidecar_path(path), json.dumps(merged, indent=1).encode("utf-8"))


def replica_id(path: str | Path) -> str | None:
    value = read_sidecar(path).get(REPLICA_ID)
    return str(value) if value else None


def replica_key(path: str | Path, credentials: CredentialStore) -> ReplicaKey:
    """The key of the replica at `path` from the keyring; a new one (kept there first)
    if the replica does not exist yet or is a plain file still to be encrypted."""
    path = Path(path)
    known = replica_id(path)
    if known is not None:
        stored = credentials.get(key_entry(known))
        if stored:
            return ReplicaKey.from_hex(stored)
    if not cipher.is_empty(path) and not cipher.is_plain(path):
        raise ReplicaKeyMissing(path)
    made = known or str(uuid.uuid4())
    key = ReplicaKey.new()
    credentials.put(key_entry(made), key.hex())  # the key first: never an id without one
    if known is None:
        update_sidecar(path, **{REPLICA_ID: made})
    return key


def forget_replica_key(path: str | Path, credentials: CredentialStore) -> None:
    """Delete the key of the replica at `path` from the keyring (the file is unreadable
    without it)."""
    known = replica_id(path)
    if known is not None:
        credentials.delete(key_entry(known))
