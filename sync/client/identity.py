"""One identity per replica: its credentials must be its own device's.

The device token is kept in the keyring under the replica's own device id, so two
replicas enrolled under one profile name never share it. A token kept by an older
Omnidesk under the profile name alone may belong to another enrolment (the same profile
name in another data folder took it over); syncing with it would record this replica's
changes as the other device's. So the engine asks the server, at its first contact, who
the token belongs to, and refuses to sync when it is not this replica's device.
"""

from __future__ import annotations

from sync.client import state
from sync.client.replica import Replica
from sync.client.tables import DEVICE_ID
from sync.protocol import DeviceInfo


class WrongDevice(RuntimeError):
    """The replica's credentials belong to another device: it must not sync with them."""

    def __init__(self, replica_device: str, token_device: str) -> None:
        super().__init__(
            f"this local database belongs to device {replica_device}, but the token in the "
            f"keyring is device {token_device}'s (another enrolment under the same profile "
            "name replaced it). It will not sync with another device's identity. Its unsent "
            "changes are kept in it: ask support to enrol it again without losing them."
        )
        self.replica_device = replica_device
        self.token_device = token_device


def check_identity(replica: Replica, info: DeviceInfo) -> None:
    """Raise `WrongDevice` unless the server's answer about the token (`info`) names the
    device this replica was enrolled as."""
    with replica.read() as session:
        mine = state.get(session, DEVICE_ID)
    if mine and mine != str(info.device_id):
        raise WrongDevice(mine, str(info.device_id))
