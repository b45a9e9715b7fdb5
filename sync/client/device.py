"""This device's identity and where it works, as stored in the replica.

The device token is a secret: it is returned to the caller (for the OS keyring) and
never written to the replica.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy.orm import Session

from sync.client import state
from sync.client.replica import Replica
from sync.client.tables import DEVICE_ID, SERVER_URL, STORE_ID, TERRITORY_ID
from sync.client.transport import Http, ProtocolError
from sync.model import Store, Territory
from sync.protocol import EnrolRequest, EnrolResponse
from sync.rules.channels import channel_for


@dataclass(frozen=True)
class Workplace:
    """The channel and store commands made on this device run with."""

    channel: str
    store_id: uuid.UUID | None


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def workplace(session: Session) -> Workplace:
    """Like the server: a field territory sells from its home store; a branch is a branch;
    a contact centre works by phone (`sync.rules.channels`)."""
    territory_id = _uuid(state.get(session, TERRITORY_ID))
    if territory_id is not None:
        territory = session.get(Territory, territory_id)
        return Workplace(channel_for(None, field=True), territory.store_id if territory else None)
    store_id = _uuid(state.get(session, STORE_ID))
    store = session.get(Store, store_id) if store_id else None
    return Workplace(channel_for(store.kind if store else None), store_id)


def enrol(replica: Replica, http: Http, code: str, name: str) -> EnrolResponse:
    """Register this device with the server; returns the answer (with the token)."""
    body = http.post_json(
        "/v1/devices/enrol", EnrolRequest(code=code, name=name).model_dump(mode="json")
    )
    try:
        answer = EnrolResponse.model_validate(body)
    except ValidationError as error:
        raise ProtocolError(f"the server's enrolment answer is not understood: {error}") from None
    with replica.write() as session:
        state.put(session, DEVICE_ID, answer.device_id)
        state.put(session, STORE_ID, answer.store_id)
        state.put(session, TERRITORY_ID, answer.territory_id)
        state.put(session, SERVER_URL, http.base_url)
    return answer
