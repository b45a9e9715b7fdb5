"""One-time enrolment codes, device registration and revocation, staff credentials."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.model import Store, Territory
from sync.server import staff_sessions
from sync.server.auth import (
    hash_secret,
    new_enrolment_code,
    new_token,
    normalise_code,
    pin_problem,
    token_hash,
)
from sync.server.errors import ApiError
from sync.server.tables import ChannelClient, Device, EnrolmentCode, StaffCredential

CODE_LIFETIME = timedelta(days=2)


def find_store_or_territory(session: Session, code: str) -> tuple[Store | None, Territory | None]:
    store = session.execute(select(Store).where(Store.code == code)).scalar_one_or_none()
    if store is not None:
        return store, None
    territory = session.execute(
        select(Territory).where(Territory.code == code)
    ).scalar_one_or_none()
    return None, territory


def create_code(session: Session, code: str, now: datetime) -> str:
    """A one-time code that enrols one device into store (or territory) `code`."""
    store, territory = find_store_or_territory(session, code)
    if store is None and territory is None:
        raise LookupError(f"no store or territory with code {code!r}")
    plain = new_enrolment_code()
    session.add(
        EnrolmentCode(
            code_hash=token_hash(normalise_code(plain)),
            store_id=store.id if store else None,
            territory_id=territory.id if territory else None,
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
    )
    return plain


def enrol(session: Session, code: str, name: str, now: datetime) -> tuple[Device, str]:
    """Register a device with a one-time code; returns it and its bearer token."""
    row = session.get(EnrolmentCode, token_hash(normalise_code(code)))
    if row is None:
        raise ApiError(403, "invalid_enrolment_code", "That enrolment code is not valid.")
    if row.used_at is not None:
        raise ApiError(
            403,
            "enrolment_code_used",
            "That enrolment code was already used; ask a manager for a new one.",
        )
    if row.expires_at <= now:
        raise ApiError(
            403,
            "enrolment_code_expired",
            "That enrolment code has expired; ask a manager for a new one.",
        )
    token = new_token("dev")
    device = Device(
        id=uuid.uuid4(),
        name=name,
        store_id=row.store_id,
        territory_id=row.territory_id,
        token_hash=token_hash(token),
        created_at=now,
    )
    session.add(device)
    row.used_at = now
    row.device_id = device.id
    return device, token


def revoke_device(
    session: Session, device_id: uuid.UUID, now: datetime, *, wipe: bool = False
) -> bool:
    """Revoke the device's token; with `wipe`, also order it to erase its data at its next
    contact (`sync.server.wipe`). False if there is no such device."""
    device = session.get(Device, device_id)
    if device is None:
        return False
    if device.revoked_at is None:
        device.revoked_at = now
    if wipe and device.wipe_ordered_at is None:
        device.wipe_ordered_at = now
    staff_sessions.end_for_device(session, device_id, staff_sessions.ENDED_DEVICE_REVOKED, now)
    return True


def set_staff_secret(session: Session, staff_id: uuid.UUID, secret: str) -> None:
    """Give a person a PIN (it must follow `auth.pin_problem`'s rules); sign-ins and PIN
    changes go through `sync.server.staff_pins`."""
    problem = pin_problem(secret)
    if problem is not None:
        raise ValueError(problem)
    credential = session.get(StaffCredential, staff_id)
    if credential is None:
        session.add(StaffCredential(staff_id=staff_id, secret_hash=hash_secret(secret)))
    else:
        credential.secret_hash = hash_secret(secret)


def create_channel_key(session: Session, name: str, channel: str = "web") -> str:
    key = new_token("web")
    session.add(ChannelClient(name=name, channel=channel, key_hash=token_hash(key)))
    return key
