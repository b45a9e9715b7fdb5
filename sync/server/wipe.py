"""Revocation with a wipe: the device is told to erase its data, and says when it did.

`omnidesk-server revoke-device ID --wipe` revokes the device's token and orders the wipe
(`enrolment.revoke_device`). Every authenticated request the device makes afterwards is
answered 401 `token_revoked` with `details.wipe` true (`sync.server.deps`); the device
then erases its replica, its saved files and its keyring entries, and reports it with
its (revoked) token to `POST /v1/devices/me/wiped`, which records `wiped_at`. That route
accepts nothing else: a token without a wipe order is refused.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.auth import token_hash
from sync.server.errors import ApiError
from sync.server.tables import Device

WIPE_DETAILS = {"wipe": True}
REVOKED_WITH_WIPE = (
    "This device was revoked by a manager, who ordered its local data "
    "erased; it must be enrolled again with a new code."
)


def revoked_answer(wipe_ordered: bool) -> ApiError:
    """The 401 a revoked device's requests get (telling it to wipe if it was ordered)."""
    if wipe_ordered:
        return ApiError(401, "token_revoked", REVOKED_WITH_WIPE, WIPE_DETAILS)
    return ApiError(
        401,
        "token_revoked",
        "This device was revoked by a manager; it must be enrolled again with a new code.",
    )


def record_wipe(session: Session, token: str, now: datetime) -> tuple[Device, datetime]:
    """Record that the device holding `token` erased its data (once: the first report
    counts); returns the device and when it first reported it. Raises a 401 for an
    unknown token, a 409 if no wipe was ordered."""
    device = session.execute(
        select(Device).where(Device.token_hash == token_hash(token))
    ).scalar_one_or_none()
    if device is None:
        raise ApiError(
            401, "invalid_token", "This device token is not known; enrol the device again."
        )
    if device.wipe_ordered_at is None:
        raise ApiError(409, "no_wipe_ordered", "No wipe was ordered for this device.")
    if device.wiped_at is None:
        device.wiped_at = now
    return device, device.wiped_at


def describe(device: Device) -> str:
    """The device's state for the command line: active, revoked, wipe ordered, wiped."""
    if device.wiped_at is not None:
        return f"wiped {device.wiped_at:%Y-%m-%d %H:%M} UTC (revoked {device.revoked_at:%Y-%m-%d})"
    if device.wipe_ordered_at is not None:
        return (
            f"revoked, wipe ordered {device.wipe_ordered_at:%Y-%m-%d %H:%M} UTC "
            "(not yet confirmed by the device)"
        )
    if device.revoked_at is not None:
        return f"revoked {device.revoked_at:%Y-%m-%d %H:%M} UTC"
    return "active"
