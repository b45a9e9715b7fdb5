"""Staff sessions: the secret each person signs their mutations with, per device.

`open_session` runs at every online sign-in: the first one on a device creates the
person's session there, later ones renew it (same id and secret, so what they did
offline in between still proves who did it) and push its expiry back. A session ends
for good with the device (revocation), the person's account, or a PIN change; a new
online sign-in then starts a new one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, select, update
from sqlalchemy.orm import Session

from sync.proof import new_secret
from sync.server.settings import staff_session_days
from sync.server.tables import StaffSession

ENDED_DEVICE_REVOKED = "device_revoked"
ENDED_PIN_CHANGED = "pin_changed"
ENDED_STAFF_LEFT = "staff_left"


@dataclass(frozen=True)
class Grant:
    """What an online sign-in gives the device: the session and its secret."""

    id: uuid.UUID
    secret: str
    expires_at: datetime


def open_session(
    session: Session,
    device_id: uuid.UUID,
    staff_id: uuid.UUID,
    now: datetime,
    *,
    days: int | None = None,
) -> Grant:
    """The person's live session on the device, renewed until `days` from now, or a new
    one if there is none."""
    expires = now + timedelta(days=days if days is not None else staff_session_days())
    live = session.scalars(
        select(StaffSession)
        .where(
            StaffSession.device_id == device_id,
            StaffSession.staff_id == staff_id,
            StaffSession.ended_at.is_(None),
            StaffSession.expires_at > now,
        )
        .order_by(StaffSession.signed_in_at.desc())
        .limit(1)
        .with_for_update()
    ).first()
    if live is None:
        live = StaffSession(
            id=uuid.uuid4(),
            device_id=device_id,
            staff_id=staff_id,
            secret=new_secret(),
            created_at=now,
            signed_in_at=now,
            expires_at=expires,
        )
        session.add(live)
    else:
        live.signed_in_at = now
        live.expires_at = expires
    session.flush()
    return Grant(live.id, live.secret, live.expires_at)


def _end(session: Session, where: ColumnElement[bool], reason: str, now: datetime) -> int:
    # An UPDATE's result is a CursorResult (SQLAlchemy types every result as Result).
    result = cast(
        CursorResult[Any],
        session.execute(
            update(StaffSession)
            .where(where, StaffSession.ended_at.is_(None))
            .values(ended_at=now, end_reason=reason)
        ),
    )
    return result.rowcount


def end_for_staff(session: Session, staff_id: uuid.UUID, reason: str, now: datetime) -> int:
    """End every session of a person (a PIN change, leaving): returns how many."""
    return _end(session, StaffSession.staff_id == staff_id, reason, now)


def end_for_device(session: Session, device_id: uuid.UUID, reason: str, now: datetime) -> int:
    """End every session on a device (revoked): returns how many."""
    return _end(session, StaffSession.device_id == device_id, reason, now)


def load(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, StaffSession]:
    """The sessions with these ids, read together."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {
        row.id: row
        for row in session.scalars(select(StaffSession).where(StaffSession.id.in_(wanted)))
    }
