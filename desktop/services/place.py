"""Where this device works, in words, for the window title and the sign-in screen."""

from __future__ import annotations

import uuid

from sync.client import state
from sync.client.profile import Profile
from sync.client.tables import STORE_ID, TERRITORY_ID
from sync.model import Store, Territory


def describe_place(profile: Profile) -> str:
    """`PL-WAW-01 Omnidesk Warszawa` (a single-row read: done off the GUI thread, with the
    profile's opening); the profile's name while the replica does not know its store."""
    with profile.replica.read() as session:
        territory_id = state.get(session, TERRITORY_ID)
        store_id = state.get(session, STORE_ID)
        if territory_id:
            territory = session.get(Territory, uuid.UUID(territory_id))
            return f"{territory.code} {territory.name}" if territory else territory_id
        store = session.get(Store, uuid.UUID(store_id)) if store_id else None
        return f"{store.code} {store.name}" if store else profile.name


def place_country(profile: Profile) -> str | None:
    """The country of the device's store (a territory's: its home store's), e.g. `PL`;
    None while the replica does not know it."""
    with profile.replica.read() as session:
        territory_id = state.get(session, TERRITORY_ID)
        store_id = state.get(session, STORE_ID)
        if territory_id:
            territory = session.get(Territory, uuid.UUID(territory_id))
            store_id = str(territory.store_id) if territory else None
        store = session.get(Store, uuid.UUID(store_id)) if store_id else None
        return store.country if store else None
