"""Request dependencies: the database, the calling device and the calling channel."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.auth import token_hash
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.live import ChangeNotifier
from sync.server.push_rules import LOCKED_DEVICES, DeviceContext
from sync.server.scopes import scopes_for
from sync.server.tables import ChannelClient, Device
from sync.server.wipe import revoked_answer


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_notifier(request: Request) -> ChangeNotifier:
    return request.app.state.notifier


def _bearer(request: Request, prefix: str, what: str) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(
            401, "missing_token", f"This endpoint needs a {what} token (Authorization: Bearer ...)."
        )
    token = token.strip()
    if not token.startswith(prefix + "_"):
        raise ApiError(401, "invalid_token", f"That is not a {what} token.")
    return token


def device_token(request: Request) -> str:
    """The device token the request carries (not yet checked against the database)."""
    return _bearer(request, "dev", "device")


def authenticate_devices(
    session: Session, tokens: Iterable[str], *, lock: bool = False
) -> dict[str, DeviceContext | ApiError]:
    """For each token, the enrolled, unrevoked device holding it and its scope, or the
    401 to answer; all read together.

    `lock=True` (pushes) also locks the devices' rows for the rest of the transaction, as
    a push must (see `sync.server.push_batch`), in the same round trip and in one order,
    so two transactions locking several devices cannot deadlock."""
    hashes = {token_hash(token): token for token in tokens}
    devices = Device.__table__
    query = (
        select(
            devices.c.id,
            devices.c.store_id,
            devices.c.territory_id,
            devices.c.revoked_at,
            devices.c.high_seq,
            devices.c.token_hash,
            devices.c.wipe_ordered_at,
        )
        .where(devices.c.token_hash.in_(hashes))
        .order_by(devices.c.id)
    )
    rows = session.connection().execute(query.with_for_update() if lock else query).all()
    found: dict[str, DeviceContext | ApiError] = {
        token: ApiError(
            401, "invalid_token", "This device token is not known; enrol the device again."
        )
        for token in hashes.values()
    }
    live = [row for row in rows if row.revoked_at is None]
    for row in rows:
        if row.revoked_at is not None:
            found[hashes[row.token_hash]] = revoked_answer(row.wipe_ordered_at is not None)
    if lock:
        locked = session.info.setdefault(LOCKED_DEVICES, {})
        locked.update({row.id: row.high_seq for row in live})
    scopes = scopes_for(session, [(row.store_id, row.territory_id) for row in live])
    for row in live:
        found[hashes[row.token_hash]] = DeviceContext(
            row.id, row.store_id, row.territory_id, scopes[(row.store_id, row.territory_id)]
        )
    return found


def authenticate_device(session: Session, token: str, *, lock: bool = False) -> DeviceContext:
    """The enrolled, unrevoked device holding `token`, and its scope; else a 401."""
    device = authenticate_devices(session, [token], lock=lock)[token]
    if isinstance(device, ApiError):
        raise device
    return device


def current_device(request: Request, db: Annotated[Database, Depends(get_db)]) -> DeviceContext:
    token = device_token(request)
    with db.read() as session:
        return authenticate_device(session, token)


def current_channel(request: Request, db: Annotated[Database, Depends(get_db)]) -> ChannelClient:
    token = _bearer(request, "web", "channel")
    with db.read() as session:
        client = session.execute(
            select(ChannelClient).where(ChannelClient.key_hash == token_hash(token))
        ).scalar_one_or_none()
        if client is None:
            raise ApiError(401, "invalid_token", "This channel key is not known.")
        if client.revoked_at is not None:
            raise ApiError(401, "token_revoked", "This channel key was revoked.")
        return client


DbDep = Annotated[Database, Depends(get_db)]
DeviceDep = Annotated[DeviceContext, Depends(current_device)]
ChannelDep = Annotated[ChannelClient, Depends(current_channel)]
NotifierDep = Annotated[ChangeNotifier, Depends(get_notifier)]
