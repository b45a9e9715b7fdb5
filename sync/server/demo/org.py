"""Stores, branches, neighbours, field territories, staff, tax rates and the web key."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from itertools import combinations
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from sync import model as m
from sync.server import enrolment
from sync.server.auth import token_hash
from sync.server.demo.common import (
    CURRENCY,
    TIMEZONE,
    Draw,
    IdMaker,
    Streams,
    ascii_fold,
    insert_rows,
)
from sync.server.demo.names import person
from sync.server.tables import ChannelClient

DEMO_PIN = "135790"
DEMO_WEB_KEY = "web_demo-shop-key"
PICKUP_HOLD_DAYS = 7
RETURN_WINDOW_DAYS = 30


@dataclass(frozen=True)
class StoreSpec:
    code: str
    name: str
    kind: str
    country: str
    city: str
    address: str


STORES = (
    StoreSpec(
        "PL-WAW-01",
        "Omnidesk Warszawa Centrum",
        "shop",
        "PL",
        "Warszawa",
        "ul. Marszałkowska 104/122, 00-017 Warszawa",
    ),
    StoreSpec(
        "PL-WAW-02",
        "Omnidesk Warszawa Mokotów",
        "shop",
        "PL",
        "Warszawa",
        "ul. Puławska 427, 02-801 Warszawa",
    ),
    StoreSpec(
        "PL-KRK-01", "Omnidesk Kraków Galeria", "shop", "PL", "Kraków", "ul. Pawia 5, 31-154 Kraków"
    ),
    StoreSpec(
        "PL-GDN-01",
        "Omnidesk Gdańsk Wrzeszcz",
        "shop",
        "PL",
        "Gdańsk",
        "ul. Grunwaldzka 141, 80-264 Gdańsk",
    ),
    StoreSpec(
        "PL-WAW-B1",
        "Omnidesk Finanse Warszawa",
        "branch",
        "PL",
        "Warszawa",
        "ul. Świętokrzyska 11/21, 00-919 Warszawa",
    ),
    StoreSpec(
        "IT-MIL-01",
        "Omnidesk Milano Duomo",
        "shop",
        "IT",
        "Milano",
        "Corso Vittorio Emanuele II 24, 20122 Milano",
    ),
    StoreSpec(
        "IT-ROM-01",
        "Omnidesk Roma Nazionale",
        "shop",
        "IT",
        "Roma",
        "Via Nazionale 211, 00184 Roma",
    ),
    StoreSpec(
        "IT-TRN-01", "Omnidesk Torino Centro", "shop", "IT", "Torino", "Via Roma 53, 10123 Torino"
    ),
    StoreSpec(
        "IT-MIL-B1",
        "Omnidesk Finanza Milano",
        "branch",
        "IT",
        "Milano",
        "Via Dante 7, 20123 Milano",
    ),
    # Contact centres sell nothing and hold no stock: their advisors serve the country's
    # customers by phone.
    StoreSpec(
        "PL-CC-01",
        "Omnidesk Contact Center Warszawa",
        "contact_centre",
        "PL",
        "Warszawa",
        "ul. Jana Pawła II 43a, 01-001 Warszawa",
    ),
    StoreSpec(
        "IT-CC-01",
        "Omnidesk Contact Center Italia",
        "contact_centre",
        "IT",
        "Milano",
        "Viale Monza 259, 20126 Milano",
    ),
    # Offices sell nothing: their pricing staff set the country's prices (the head office
    # the company-wide ones too).
    StoreSpec(
        "PL-HQ",
        "Omnidesk Centrala",
        "head_office",
        "PL",
        "Warszawa",
        "ul. Prosta 51, 00-838 Warszawa",
    ),
    StoreSpec(
        "IT-HQ", "Omnidesk Sede Italia", "office", "IT", "Milano", "Via Tortona 31, 20144 Milano"
    ),
)

# Stores in one group see each other's stock: the same city, or a next-day transfer
# route within a country region (the hub of each country serves its region).
NEIGHBOUR_GROUPS = (
    ("PL-WAW-01", "PL-WAW-02", "PL-WAW-B1"),  # Warszawa
    ("PL-WAW-01", "PL-GDN-01"),  # north: Gdańsk is restocked from Warszawa Centrum
    ("PL-WAW-02", "PL-KRK-01"),  # south: Kraków is restocked from Mokotów
    ("IT-MIL-01", "IT-MIL-B1", "IT-TRN-01"),  # Milano and Torino, the north-west
    ("IT-MIL-01", "IT-ROM-01"),  # Roma is restocked from the Milano hub
)


@dataclass(frozen=True)
class TerritorySpec:
    code: str
    name: str
    home: str


TERRITORIES = (
    TerritorySpec("PL-FIELD-N", "Pomorze i Warmia (teren)", "PL-GDN-01"),
    TerritorySpec("IT-FIELD-NORD", "Lombardia e Piemonte (campo)", "IT-MIL-01"),
)

# Fixed logins the docs and tests rely on: (store or territory, role, nth) -> login.
FIXED_LOGINS = {
    ("PL-WAW-01", m.Role.CASHIER, 0): "cashier.waw",
    ("PL-WAW-01", m.Role.MANAGER, 0): "manager.waw",
    ("IT-MIL-01", m.Role.CASHIER, 0): "cashier.mil",
    ("IT-MIL-01", m.Role.MANAGER, 0): "manager.mil",
    ("PL-WAW-B1", m.Role.ADVISOR, 0): "advisor.waw",
    ("IT-MIL-B1", m.Role.ADVISOR, 0): "advisor.mil",
    ("PL-FIELD-N", m.Role.FIELD_REP, 0): "rep.north",
    ("IT-FIELD-NORD", m.Role.FIELD_REP, 0): "rep.nord",
    ("PL-HQ", m.Role.PRICING, 0): "pricing.pl",
    ("IT-HQ", m.Role.PRICING, 0): "pricing.it",
    ("PL-CC-01", m.Role.ADVISOR, 0): "agent.waw",
    ("IT-CC-01", m.Role.ADVISOR, 0): "agent.mil",
}

# Who works where: per shop a manager and two cashiers, per branch two advisors and a
# manager, per territory a field rep, per office a pricing person, per contact centre two
# advisors.
CREW = {
    "shop": ((m.Role.MANAGER, 1), (m.Role.CASHIER, 2)),
    "branch": ((m.Role.ADVISOR, 2), (m.Role.MANAGER, 1)),
    "territory": ((m.Role.FIELD_REP, 1),),
    "office": ((m.Role.PRICING, 1),),
    "head_office": ((m.Role.PRICING, 1),),
    "contact_centre": ((m.Role.ADVISOR, 2),),
}

TAX_RATES = (
    ("PL", "standard", "23"),
    ("PL", "reduced", "8"),
    ("IT", "standard", "22"),
    ("IT", "reduced", "10"),
)


@dataclass
class StoreInfo:
    id: uuid.UUID
    spec: StoreSpec

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def country(self) -> str:
        return self.spec.country

    @property
    def currency(self) -> str:
        return CURRENCY[self.spec.country]


@dataclass
class Org:
    """What later parts need to know about the organisation just seeded."""

    stores: dict[str, StoreInfo] = field(default_factory=dict)
    territories: dict[str, uuid.UUID] = field(default_factory=dict)
    territory_home: dict[str, str] = field(default_factory=dict)
    # (store or territory code, role) -> staff ids, in seeding order.
    staff: dict[tuple[str, str], list[uuid.UUID]] = field(default_factory=dict)
    logins: list[str] = field(default_factory=list)

    def shops(self, country: str | None = None) -> list[StoreInfo]:
        return [
            s
            for s in self.stores.values()
            if s.spec.kind == "shop" and country in (None, s.country)
        ]

    def branches(self) -> list[StoreInfo]:
        return [s for s in self.stores.values() if s.spec.kind == "branch"]

    def selling(self) -> list[StoreInfo]:
        """Shops and branches: the stores that hold stock (offices sell nothing)."""
        return [s for s in self.stores.values() if s.spec.kind in ("shop", "branch")]

    def offices(self) -> list[StoreInfo]:
        return [s for s in self.stores.values() if s.spec.kind in ("office", "head_office")]

    def contact_centres(self) -> list[StoreInfo]:
        """Places that serve a country's customers by phone: no stock, no sales."""
        return [s for s in self.stores.values() if s.spec.kind == "contact_centre"]

    def price_list_country(self, currency: str) -> str | None:
        """The country a price list in `currency` belongs to: the one country whose
        stores sell in it, or None (company-wide) when several countries share it."""
        countries = {s.country for s in self.stores.values() if s.currency == currency}
        return countries.pop() if len(countries) == 1 else None

    def one_of(self, code: str, role: str, n: int = 0) -> uuid.UUID:
        people = self.staff[(code, role)]
        return people[n % len(people)]


def _table(model: type[m.Base]) -> Table:
    return model.__table__


def seed_org(session: Session, streams: Streams) -> Org:
    org = Org()
    new_id = streams.ids("org")
    for spec in STORES:
        org.stores[spec.code] = StoreInfo(new_id(), spec)
    insert_rows(
        session,
        _table(m.Store),
        [_store(info, streams.clock.reference) for info in org.stores.values()],
    )
    insert_rows(
        session, _table(m.StoreNeighbour), _neighbours(org, new_id, streams.clock.reference)
    )
    territories = []
    for territory in TERRITORIES:
        org.territories[territory.code] = new_id()
        org.territory_home[territory.code] = territory.home
        territories.append(
            {
                "id": org.territories[territory.code],
                "updated_at": streams.clock.reference,
                "code": territory.code,
                "name": territory.name,
                "store_id": org.stores[territory.home].id,
            }
        )
    insert_rows(session, _table(m.Territory), territories)
    insert_rows(
        session,
        _table(m.TaxRate),
        [
            {
                "id": new_id(),
                "updated_at": streams.clock.reference,
                "country": c,
                "tax_class": k,
                "rate": Decimal(r),
            }
            for c, k, r in TAX_RATES
        ],
    )
    _seed_staff(session, streams, org, new_id)
    session.add(
        ChannelClient(
            id=new_id(),
            name="Demo web shop",
            channel="web",
            key_hash=token_hash(DEMO_WEB_KEY),
            created_at=streams.clock.reference,
        )
    )
    session.flush()
    return org


def _store(info: StoreInfo, now: datetime) -> dict[str, Any]:
    spec = info.spec
    return {
        "id": info.id,
        "updated_at": now,
        "code": spec.code,
        "name": spec.name,
        "kind": spec.kind,
        "country": spec.country,
        "currency": info.currency,
        "city": spec.city,
        "address": spec.address,
        "timezone": TIMEZONE[spec.country],
        "return_window_days": RETURN_WINDOW_DAYS,
        "pickup_hold_days": PICKUP_HOLD_DAYS,
    }


def _neighbours(org: Org, new_id: IdMaker, now: datetime) -> list[dict[str, Any]]:
    pairs: set[tuple[str, str]] = set()
    for group in NEIGHBOUR_GROUPS:
        for a, b in combinations(group, 2):
            pairs |= {(a, b), (b, a)}
    return [
        {
            "id": new_id(),
            "updated_at": now,
            "store_id": org.stores[a].id,
            "neighbour_id": org.stores[b].id,
        }
        for a, b in sorted(pairs)
    ]


def _workplaces(org: Org) -> list[tuple[str, str, uuid.UUID | None, uuid.UUID | None]]:
    """(code, kind, store id, territory id) of every place staff work."""
    places: list[tuple[str, str, uuid.UUID | None, uuid.UUID | None]] = [
        (s.code, s.spec.kind, s.id, None) for s in org.stores.values()
    ]
    places += [(code, "territory", None, tid) for code, tid in org.territories.items()]
    return places


def _seed_staff(session: Session, streams: Streams, org: Org, new_id: IdMaker) -> None:
    draw = Draw(streams.rng("staff"))
    taken: set[str] = set(FIXED_LOGINS.values())
    rows: list[dict[str, Any]] = []
    for code, kind, store_id, territory_id in _workplaces(org):
        country = code[:2]
        for role, count in CREW[kind]:
            for n in range(count):
                first, last = person(country, draw)
                login = FIXED_LOGINS.get((code, role, n)) or _name_login(first, last, taken)
                staff_id = new_id()
                rows.append(
                    {
                        "id": staff_id,
                        "updated_at": streams.clock.reference,
                        "login": login,
                        "display_name": f"{first} {last}",
                        "role": role.value,
                        "store_id": store_id,
                        "territory_id": territory_id,
                        "active": True,
                    }
                )
                org.staff.setdefault((code, role.value), []).append(staff_id)
                org.logins.append(login)
    insert_rows(session, _table(m.StaffUser), rows)
    for row in rows:
        enrolment.set_staff_secret(session, row["id"], DEMO_PIN)


def _name_login(first: str, last: str, taken: set[str]) -> str:
    base = f"{ascii_fold(first)}.{ascii_fold(last)}"
    login, n = base, 2
    while login in taken:
        login, n = f"{base}{n}", n + 1
    taken.add(login)
    return login
