"""A revoked device reports that it erased its data, as it was told to."""

from __future__ import annotations

from fastapi import APIRouter, Request

from sync.model.types import utcnow
from sync.protocol import WipeReport
from sync.server import wipe
from sync.server.contract import device_route
from sync.server.deps import DbDep, device_token

router = APIRouter(prefix="/v1", tags=["devices"])


@router.post("/devices/me/wiped", response_model=WipeReport, **device_route(409))
def wiped(request: Request, db: DbDep) -> WipeReport:
    """Called with the device's revoked token once it has erased its replica, saved files
    and keyring entries after a wipe order (401 `token_revoked` with `details.wipe`).
    Refused (409 `no_wipe_ordered`) for a device no wipe was ordered for."""
    token = device_token(request)
    with db.write() as session:
        device, wiped_at = wipe.record_wipe(session, token, utcnow())
        return WipeReport(device_id=device.id, wiped_at=wiped_at)
