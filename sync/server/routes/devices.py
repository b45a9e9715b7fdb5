"""Enrolment of devices and sign-in of staff on them."""

from __future__ import annotations

from fastapi import APIRouter

from sync.model.types import utcnow
from sync.protocol import (
    DeviceInfo,
    EnrolRequest,
    EnrolResponse,
    SignInRequest,
    StaffProfile,
    StaffSessionGrant,
)
from sync.server import enrolment, staff_sessions
from sync.server.deps import DbDep, DeviceDep
from sync.server.feed.reader import head_and_floor
from sync.server.tables import Device

router = APIRouter(prefix="/v1", tags=["devices"])


@router.post("/devices/enrol", response_model=EnrolResponse)
def enrol(body: EnrolRequest, db: DbDep) -> EnrolResponse:
    """Register this device once, with a one-time code made by a manager."""
    with db.write() as session:
        device, token = enrolment.enrol(session, body.code, body.name, utcnow())
        return EnrolResponse(device_id=device.id, token=token, store_id=device.store_id,
                             territory_id=device.territory_id)


@router.get("/devices/me", response_model=DeviceInfo)
def about_me(device: DeviceDep, db: DbDep) -> DeviceInfo:
    """This device as the server knows it, with the highest mutation number it applied
    (a device rebuilding its replica continues numbering above it)."""
    with db.read() as session:
        row = session.get(Device, device.device_id)
        head, _ = head_and_floor(session)
        return DeviceInfo(device_id=row.id, name=row.name, store_id=row.store_id,
                          territory_id=row.territory_id, high_seq=row.high_seq, head=head)


@router.post("/devices/me/revoke", status_code=204)
def revoke_self(device: DeviceDep, db: DbDep) -> None:
    """Unenrol this device: its token stops working at once."""
    with db.write() as session:
        enrolment.revoke_device(session, device.device_id, utcnow())


@router.post("/staff/sign-in", response_model=StaffProfile)
def sign_in(body: SignInRequest, device: DeviceDep, db: DbDep) -> StaffProfile:
    """Check a staff member's login and PIN on this device; the answer carries the
    person's signing secret on this device (their staff session), renewed."""
    with db.write() as session:
        row = session.get(Device, device.device_id)
        staff = enrolment.sign_in(session, row, body.login, body.secret)
        grant = staff_sessions.open_session(session, row.id, staff.id, utcnow())
        return StaffProfile(id=staff.id, login=staff.login, display_name=staff.display_name,
                            role=staff.role, store_id=staff.store_id,
                            territory_id=staff.territory_id,
                            session=StaffSessionGrant(id=grant.id, secret=grant.secret,
                                                      expires_at=grant.expires_at))
