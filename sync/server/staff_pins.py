"""Checking and changing a staff member's PIN on a device, so that guessing is slow and
tells nothing.

- Every check counts against the login and the device first (`sign_in_guard`): the
  sixth wrong PIN in a row for a login is refused as locked, without being checked.
- An unknown login, a wrong PIN and the right PIN of someone who does not work at the
  device's store all get the same answer, after the same work: one scrypt run (against
  a dummy verifier when the login has none) and the same database statements.
- scrypt runs in the hashing pool (`auth.HASHING`), outside any transaction.
- A PIN shorter than `MIN_PIN_LENGTH` still signs in once, to be changed on the spot:
  the answer is `pin_change_required` and `POST /v1/staff/pin` takes the new one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.model import Role, StaffUser
from sync.server import sign_in_guard as guard
from sync.server import staff_sessions
from sync.server.auth import (
    HASHING,
    MIN_PIN_LENGTH,
    HashingBusy,
    dummy_verifier,
    is_short_pin,
    pin_problem,
)
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.push_rules import DeviceContext
from sync.server.tables import StaffCredential

dummy_verifier()  # made now, so that the first unknown login costs no more than the next


def refused() -> ApiError:
    """The one answer to an unknown login, a wrong PIN, and another store's person."""
    return ApiError(401, "invalid_credentials", "Wrong login or PIN.")


def _person(session: Session, login: str) -> tuple[StaffUser | None, str]:
    """The staff member with `login` and their verifier (a dummy one if none)."""
    row = session.execute(
        select(StaffUser, StaffCredential.secret_hash)
        .outerjoin(StaffCredential, StaffCredential.staff_id == StaffUser.id)
        .where(StaffUser.login == login)
    ).first()
    if row is None:
        return None, dummy_verifier()
    return row[0], row[1] or dummy_verifier()


def _works_at(staff: StaffUser, device: DeviceContext) -> bool:
    return (device.store_id is not None and staff.store_id == device.store_id) or (
        device.territory_id is not None and staff.territory_id == device.territory_id
    )


@contextmanager
def _hashing() -> Iterator[None]:
    try:
        with HASHING.slot():
            yield
    except HashingBusy:
        raise ApiError(
            503,
            "sign_in_busy",
            "The server is checking many PINs right now; try again in a moment.",
            headers={"Retry-After": "1"},
        ) from None


def _check(
    db: Database, device: DeviceContext, login: str, pin: str, now: datetime
) -> tuple[StaffUser, list[guard.Rule]]:
    """The person whose login and PIN these are, if they work at the device's place;
    else `refused()` or `Locked`. Hold a hashing slot."""
    rules = [
        guard.login_rule(login, device.store_id or device.territory_id),
        guard.device_rule(device.device_id),
    ]
    with db.write() as session:
        guard.take(session, rules, now)
        staff, stored = _person(session, login)
    right = HASHING.verify(pin, stored)
    if not right or staff is None or not _works_at(staff, device):
        raise refused()
    return staff, rules


def _disabled() -> ApiError:
    return ApiError(403, "staff_disabled", "This account is disabled; ask a manager.")


def sign_in(db: Database, device: DeviceContext, login: str, pin: str, now: datetime) -> StaffUser:
    """The person signing in on `device` with `login` and `pin`."""
    with _hashing():
        staff, rules = _check(db, device, login, pin, now)
    with db.write() as session:
        guard.succeeded(session, rules)
    if not staff.active:
        raise _disabled()
    if is_short_pin(pin):
        raise ApiError(
            403,
            "pin_change_required",
            f"Your PIN is too short: choose a new PIN of at least {MIN_PIN_LENGTH} "
            "digits to continue.",
            {"min_length": MIN_PIN_LENGTH},
        )
    return staff


def change_pin(
    db: Database, device: DeviceContext, login: str, pin: str, new_pin: str, now: datetime
) -> tuple[StaffUser, int]:
    """Replace the person's PIN (checked like a sign-in) by `new_pin`; every staff
    session of theirs ends, on every device (how many is returned with them)."""
    problem = pin_problem(new_pin)
    if problem is not None:
        raise ApiError(422, "pin_too_weak", problem, {"min_length": MIN_PIN_LENGTH})
    if new_pin == pin:
        raise ApiError(422, "pin_unchanged", "The new PIN must differ from the old one.")
    with _hashing():
        staff, rules = _check(db, device, login, pin, now)
        if not staff.active:
            raise _disabled()
        verifier = HASHING.hash(new_pin)
    with db.write() as session:
        guard.succeeded(session, rules)
        set_verifier(session, staff.id, verifier)
        ended = staff_sessions.end_for_staff(
            session, staff.id, staff_sessions.ENDED_PIN_CHANGED, now
        )
    return staff, ended


def set_verifier(session: Session, staff_id: uuid.UUID, verifier: str) -> None:
    credential = session.get(StaffCredential, staff_id)
    if credential is None:
        session.add(StaffCredential(staff_id=staff_id, secret_hash=verifier))
    else:
        credential.secret_hash = verifier


def unlock(
    db: Database,
    device: DeviceContext,
    manager_login: str,
    manager_pin: str,
    login: str,
    now: datetime,
) -> bool:
    """A manager of the device's place, checked like a sign-in, lifts `login`'s lock-out
    there; False if it was not locked."""
    with _hashing():
        manager, rules = _check(db, device, manager_login, manager_pin, now)
    with db.write() as session:
        guard.succeeded(session, rules)
    if not manager.active:
        raise _disabled()
    if manager.role != Role.MANAGER.value:
        raise ApiError(403, "not_a_manager", "Only a manager can lift a sign-in lock-out.")
    with db.write() as session:
        return guard.unlock(
            session, guard.login_rule(login, device.store_id or device.territory_id)
        )
