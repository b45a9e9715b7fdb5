"""Setting the demo up, with no Qt: the central API on SQLite with demo data, served on
loopback, this device enrolled to one of its places (a store, branch, office or field
territory) and a demo person who works there signed in. Run off the GUI thread by
`omnidesk demo` (`desktop.demo`), called directly by tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from fastapi import FastAPI
from sqlalchemy import select

from sync.client.credentials import MemoryCredentialStore
from sync.client.profile import Profile, enrol_profile
from sync.client.staff import Staff, StaffSignIn
from sync.model import Role, StaffUser, Store, Territory
from sync.model.types import utcnow
from sync.server import enrolment, schema
from sync.server.app import build
from sync.server.db import Database, open_database
from sync.server.demo import DEMO_PIN, seed
from sync.server.demo.org import FIXED_LOGINS, STORES, TERRITORIES
from sync.server.embedded import serve

DEMO_STORE = "PL-WAW-01"
DEMO_LOGIN = "cashier.waw"
PROFILE = "demo"

# Who the demo signs in at each kind of place.
ROLE_AT = {
    "shop": Role.CASHIER,
    "branch": Role.ADVISOR,
    "office": Role.PRICING,
    "head_office": Role.PRICING,
    "contact_centre": Role.ADVISOR,
    "territory": Role.FIELD_REP,
}
# Every place of the demo data the demo can open as: code -> kind.
PLACES: dict[str, str] = {
    **{spec.code: spec.kind for spec in STORES},
    **{spec.code: "territory" for spec in TERRITORIES},
}


class UnknownPlace(LookupError):
    """`omnidesk demo --place CODE` with a code the demo data does not have."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def place_name(code: str) -> str:
    """`IT-MIL-01 Omnidesk Milano Duomo`, as `describe_place` says it once the replica
    has synced (right after enrolling it does not know its place yet)."""
    names = {spec.code: spec.name for spec in (*STORES, *TERRITORIES)}
    return f"{code} {names[code]}"


def demo_place(code: str) -> str:
    """The demo data's code for `code` (any case); `UnknownPlace` if it has none."""
    wanted = code.strip().upper()
    if wanted not in PLACES:
        raise UnknownPlace(code)
    return wanted


class DemoStep(StrEnum):
    """What preparing the demo is busy with (besides opening the profile: `OpeningStep`)."""

    SERVER = "demo-server"
    ENROL = "demo-enrol"
    SIGN_IN = "demo-sign-in"


def _quietly(step: str) -> None:
    """Reports nowhere."""


@dataclass
class DemoServer:
    url: str
    code: str  # a one-time enrolment code for the place
    login: str  # the demo person the device signs in at the place
    summary: list[str]  # what seeding said, as `omnidesk-server demo` prints it
    app: FastAPI


@contextmanager
def demo_server(
    data_dir: Path, customers: int = 2000, products: int = 500, place: str = DEMO_STORE
) -> Iterator[DemoServer]:
    """The central API on SQLite with the demo data, serving on loopback."""
    place = demo_place(place)
    url = f"sqlite:///{data_dir / 'central.db'}"
    schema.upgrade(url)
    db = open_database(url)
    try:
        summary = seed(db, customers=customers, products=products)
        with db.write() as session:
            code = enrolment.create_code(session, place, utcnow())
        login = _login_at(db, place)
    finally:
        db.dispose()
    app = build(url)
    try:
        with serve(app, lifespan="on") as base:
            yield DemoServer(base, code, login, summary, app)
    finally:
        app.state.db.dispose()


def _login_at(db: Database, place: str) -> str:
    """The login of the demo person for `place`: its fixed login (`cashier.mil`) when the
    data has one, otherwise the first, by login, with the place's role."""
    role = ROLE_AT[PLACES[place]]
    fixed = FIXED_LOGINS.get((place, role, 0))
    if fixed is not None:
        return fixed
    if PLACES[place] == "territory":
        column, at = StaffUser.territory_id, select(Territory.id).where(Territory.code == place)
    else:
        column, at = StaffUser.store_id, select(Store.id).where(Store.code == place)
    with db.read() as session:
        login = session.scalars(
            select(StaffUser.login)
            .where(column == at.scalar_subquery(), StaffUser.role == role.value)
            .where(StaffUser.active.is_(True))
            .order_by(StaffUser.login)
            .limit(1)
        ).first()
    if login is None:
        raise LookupError(f"the demo data has no {role.value} at {place}")
    return login


@dataclass
class DemoSetup:
    url: str
    profile: Profile
    staff: Staff
    app: FastAPI
    place: str  # for the window title: `describe_place`
    summary: list[str]  # what seeding said: the data set, the logins and the PIN


def prepare(
    stack: ExitStack,
    data_dir: Path,
    credentials: MemoryCredentialStore,
    customers: int = 2000,
    on_step: Callable[[str], None] = _quietly,
    place: str = DEMO_STORE,
) -> DemoSetup:
    """Start the API, enrol this desktop to `place` and sign its demo person in (off the
    GUI thread); `on_step` hears of each step (`DemoStep`, `OpeningStep`) as it begins."""
    on_step(DemoStep.SERVER)
    server = stack.enter_context(demo_server(data_dir, customers, place=place))
    on_step(DemoStep.ENROL)
    enrol_profile(PROFILE, server.url, server.code, "Demo till", credentials)
    profile = Profile(PROFILE, credentials, on_step=on_step)
    stack.callback(profile.close)
    on_step(DemoStep.SIGN_IN)
    staff = StaffSignIn(PROFILE, credentials, profile.replica, profile.http).sign_in(
        server.login, DEMO_PIN
    )
    return DemoSetup(
        server.url, profile, staff, server.app, place_name(demo_place(place)), server.summary
    )
