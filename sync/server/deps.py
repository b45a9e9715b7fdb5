"""Request dependencies: the database, the calling device and the calling channel."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select

from sync.server.auth import token_hash
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.live import ChangeNotifier
from sync.server.push_rules import DeviceContext
from sync.server.scopes import scope_for
from sync.server.tables import ChannelClient, Device


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_notifier(request: Request) -> ChangeNotifier:
    return request.app.state.notifier


def _bearer(request: Request, prefix: str, what: str) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing_token", f"This endpoint needs a {what} token "
                       "(Authorization: Bearer ...).")
    token = token.strip()
    if not token.startswith(prefix + "_"):
        raise ApiError(401, "invalid_token", f"That is not a {what} token.")
    return token


def current_device(request: Request, db: Annotated[Database, Depends(get_db)]
                   ) -> DeviceContext:
    token = _bearer(request, "dev", "device")
    with db.read() as session:
        device = session.execute(
            select(Device).where(Device.token_hash == token_hash(token))
        ).scalar_one_or_none()
        if device is None:
            raise ApiError(401, "invalid_token", "This device token is not known; "
                           "enrol the device again.")
        if device.revoked_at is not None:
            raise ApiError(401, "token_revoked", "This device was revoked by a manager; "
                           "it must be enrolled again with a new code.")
        scope = scope_for(session, device.store_id, device.territory_id)
        return DeviceContext(device.id, device.store_id, device.territory_id, scope)


def current_channel(request: Request, db: Annotated[Database, Depends(get_db)]
                    ) -> ChannelClient:
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
