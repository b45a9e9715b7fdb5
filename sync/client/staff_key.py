"""A person's signing key on this device, and signing a mutation with it.

An online sign-in answers with the person's staff session on this device
(`sync.protocol.StaffSessionGrant`). Its secret is kept in the OS keyring, under an
entry bound to this device's id, and in memory while the person is signed in; an
offline sign-in on the same device takes it back from the keyring. Every mutation the
person makes is signed the moment it is made (`sync.proof`), so what they did offline
still proves who did it when it reaches the server.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sync import proof
from sync.client.credentials import CredentialStore
from sync.client.replica import Replica
from sync.client.tables import PENDING, OutboxRow
from sync.protocol import StaffSessionGrant


@dataclass(frozen=True)
class StaffKey:
    """The staff session of person `staff_id` on this device."""

    staff_id: uuid.UUID
    session_id: uuid.UUID
    secret: str = field(repr=False)
    expires_at: datetime

    @classmethod
    def from_grant(cls, staff_id: uuid.UUID, grant: StaffSessionGrant) -> StaffKey:
        return cls(staff_id, grant.id, grant.secret, grant.expires_at)

    def sign(self, mutation_id: uuid.UUID, name: str, at: datetime, args: dict[str, Any]) -> str:
        """The proof that this person made mutation `mutation_id` (args as they travel)."""
        return proof.sign(self.secret, mutation_id, self.staff_id, name, at, args, self.session_id)

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


def adopt_unsigned(replica: Replica, key: StaffKey) -> int:
    """Sign this person's changes still waiting unsigned in the outbox (made before this
    device signed changes, by an older Omnidesk), now that they signed in online: else
    the server would refuse them all after the upgrade. Returns how many were signed."""
    with replica.write() as session:
        rows = list(
            session.scalars(
                select(OutboxRow).where(
                    OutboxRow.state == PENDING,
                    OutboxRow.proof.is_(None),
                    OutboxRow.actor == key.staff_id,
                )
            )
        )
        for row in rows:
            row.session_id = key.session_id
            row.proof = key.sign(row.id, row.name, row.at, dict(row.args))
    return len(rows)


def _entry(device_id: uuid.UUID, staff_id: uuid.UUID) -> str:
    return f"staff-session:{device_id}:{staff_id}"


def keep(credentials: CredentialStore, device_id: uuid.UUID, key: StaffKey) -> None:
    """Keep the person's key for offline sign-ins on this device (the OS keyring)."""
    credentials.put(
        _entry(device_id, key.staff_id),
        json.dumps(
            {
                "session": str(key.session_id),
                "secret": key.secret,
                "expires_at": key.expires_at.isoformat(),
            }
        ),
    )


def kept(
    credentials: CredentialStore, device_id: uuid.UUID, staff_id: uuid.UUID
) -> StaffKey | None:
    """The key kept for the person on this device, if any (None when unreadable)."""
    raw = credentials.get(_entry(device_id, staff_id))
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        return StaffKey(
            staff_id,
            uuid.UUID(data["session"]),
            str(data["secret"]),
            datetime.fromisoformat(data["expires_at"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def forget(credentials: CredentialStore, device_id: uuid.UUID, staff_id: uuid.UUID) -> None:
    credentials.delete(_entry(device_id, staff_id))
