"""The channel a device's commands count for, from the kind of place it works at.

One answer for the device (sync.client.device) and the central API (sync.server): a
field territory sells in the field, a branch is a branch, a contact centre works by
phone, and anything else is a store.
"""

from __future__ import annotations

from sync.model.customers import Channel
from sync.model.org import StoreKind


def channel_for(store_kind: str | None, *, field: bool = False) -> str:
    """The channel of a device at a place of `store_kind` (None: no store known);
    `field` for a device bound to a field territory."""
    if field:
        return Channel.FIELD.value
    if store_kind == StoreKind.BRANCH.value:
        return Channel.BRANCH.value
    if store_kind == StoreKind.CONTACT_CENTRE.value:
        return Channel.PHONE.value
    return Channel.STORE.value
