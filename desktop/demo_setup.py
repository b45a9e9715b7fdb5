"""Setting the demo up, with no Qt: the central API on SQLite with demo data, served on
loopback, this device enrolled to it and the demo cashier signed in. Run off the GUI
thread by `omnidesk demo` (`desktop.demo`), called directly by tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from fastapi import FastAPI

from desktop.services.place import describe_place
from sync.client.credentials import MemoryCredentialStore
from sync.client.profile import Profile, enrol_profile
from sync.client.staff import Staff, StaffSignIn
from sync.model.types import utcnow
from sync.server import enrolment, schema
from sync.server.app import build
from sync.server.db import open_database
from sync.server.demo import DEMO_PIN, seed
from sync.server.embedded import serve

DEMO_STORE = "PL-WAW-01"
DEMO_LOGIN = "cashier.waw"
PROFILE = "demo"


class DemoStep(StrEnum):
    """What preparing the demo is busy with (besides opening the profile: `OpeningStep`)."""

    SERVER = "demo-server"
    ENROL = "demo-enrol"
    SIGN_IN = "demo-sign-in"


def _quietly(step: str) -> None:
    """Reports nowhere."""


@contextmanager
def demo_server(
    data_dir: Path, customers: int = 2000, products: int = 500
) -> Iterator[tuple[str, str, FastAPI]]:
    """The central API on SQLite with the demo data; yields (URL, an enrolment code, the
    API application)."""
    url = f"sqlite:///{data_dir / 'central.db'}"
    schema.upgrade(url)
    db = open_database(url)
    try:
        seed(db, customers=customers, products=products)
        with db.write() as session:
            code = enrolment.create_code(session, DEMO_STORE, utcnow())
    finally:
        db.dispose()
    app = build(url)
    try:
        with serve(app, lifespan="on") as base:
            yield base, code, app
    finally:
        app.state.db.dispose()


@dataclass
class DemoSetup:
    url: str
    profile: Profile
    staff: Staff
    app: FastAPI
    place: str  # for the window title: `describe_place`


def prepare(
    stack: ExitStack,
    data_dir: Path,
    credentials: MemoryCredentialStore,
    customers: int = 2000,
    on_step: Callable[[str], None] = _quietly,
) -> DemoSetup:
    """Start the API, enrol this desktop to it and sign the demo cashier in (off the GUI
    thread); `on_step` hears of each step (`DemoStep`, `OpeningStep`) as it begins."""
    on_step(DemoStep.SERVER)
    url, code, app = stack.enter_context(demo_server(data_dir, customers))
    on_step(DemoStep.ENROL)
    enrol_profile(PROFILE, url, code, "Demo till", credentials)
    profile = Profile(PROFILE, credentials, on_step=on_step)
    stack.callback(profile.close)
    on_step(DemoStep.SIGN_IN)
    staff = StaffSignIn(PROFILE, credentials, profile.replica, profile.http).sign_in(
        DEMO_LOGIN, DEMO_PIN
    )
    return DemoSetup(url, profile, staff, app, describe_place(profile))
