"""Enrolment of devices and sign-in of staff on them."""

from __future__ import annotations

from fastapi import APIRouter, Request

from sync.model.types import utcnow
from sync.protocol import (
    DeviceInfo,
    EnrolRequest,
    EnrolResponse,
    PinChanged,
    PinChangeRequest,
    SignInRequest,
    StaffProfile,
    StaffSessionGrant,
    StaffUnlocked,
    StaffUnlockRequest,
)
from sync.server import enrolment, staff_pins, staff_sessions
from sync.server import sign_in_guard as guard
from sync.server.contract import device_route, open_route
from sync.server.deps import DbDep, DeviceDep
from sync.server.feed.reader import head_and_floor
from sync.server.tables import Device

router = APIRouter(prefix="/v1", tags=["devices"])


@router.post("/devices/enrol", response_model=EnrolResponse, **open_route(403, 429, body=True))
def enrol(body: EnrolRequest, request: Request, db: DbDep) -> EnrolResponse:
    """Register this device once, with a one-time code made by a manager. Ten wrong codes
    from one client address lock enrolment from it for a while (429)."""
    rules = [guard.address_rule(request.client.host if request.client else "unknown")]
    with db.write() as session:
        guard.take(session, rules, utcnow())
    with db.write() as session:
        device, token = enrolment.enrol(session, body.code, body.name, utcnow())
        guard.succeeded(session, rules)
        return EnrolResponse(
            device_id=device.id,
            token=token,
            store_id=device.store_id,
            territory_id=device.territory_id,
        )


@router.get("/devices/me", response_model=DeviceInfo, **device_route())
def about_me(device: DeviceDep, db: DbDep) -> DeviceInfo:
    """This device as the server knows it, with the highest mutation number it applied
    (a device rebuilding its replica continues numbering above it)."""
    with db.read() as session:
        row = session.get_one(Device, device.device_id)  # devices are never deleted
        head, _ = head_and_floor(session)
        return DeviceInfo(
            device_id=row.id,
            name=row.name,
            store_id=row.store_id,
            territory_id=row.territory_id,
            high_seq=row.high_seq,
            head=head,
        )


@router.post("/devices/me/revoke", status_code=204, **device_route())
def revoke_self(device: DeviceDep, db: DbDep) -> None:
    """Unenrol this device: its token stops working at once."""
    with db.write() as session:
        enrolment.revoke_device(session, device.device_id, utcnow())


@router.post("/staff/sign-in", response_model=StaffProfile, **device_route(403, 429, body=True))
def sign_in(body: SignInRequest, device: DeviceDep, db: DbDep) -> StaffProfile:
    """Check a staff member's login and PIN on this device; the answer carries the
    person's signing secret on this device (their staff session), renewed."""
    staff = staff_pins.sign_in(db, device, body.login, body.secret, utcnow())
    with db.write() as session:
        grant = staff_sessions.open_session(session, device.device_id, staff.id, utcnow())
        return StaffProfile(
            id=staff.id,
            login=staff.login,
            display_name=staff.display_name,
            role=staff.role,
            store_id=staff.store_id,
            territory_id=staff.territory_id,
            language=staff.language,
            session=StaffSessionGrant(
                id=grant.id, secret=grant.secret, expires_at=grant.expires_at
            ),
        )


@router.post("/staff/pin", response_model=PinChanged, **device_route(403, 429, body=True))
def change_pin(body: PinChangeRequest, device: DeviceDep, db: DbDep) -> PinChanged:
    """Change a staff member's PIN on a device of their store, with their current PIN
    (checked and limited like a sign-in). Every staff session of theirs ends: they sign
    in again with the new PIN."""
    staff, ended = staff_pins.change_pin(
        db, device, body.login, body.secret, body.new_secret, utcnow()
    )
    return PinChanged(staff_id=staff.id, sessions_ended=ended)


@router.post("/staff/unlock", response_model=StaffUnlocked, **device_route(403, 429, body=True))
def unlock_staff(body: StaffUnlockRequest, device: DeviceDep, db: DbDep) -> StaffUnlocked:
    """A manager lifts a colleague's sign-in lock-out on a device of their store, with
    their own login and PIN (checked and limited like a sign-in)."""
    return StaffUnlocked(
        unlocked=staff_pins.unlock(
            db, device, body.manager_login, body.manager_secret, body.login, utcnow()
        )
    )
