"""Customers of both countries, generated lazily so a million of them fit in memory."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Any

from sync.server.demo.common import Draw, Streams, Weighted, ascii_fold, ean13
from sync.server.demo.names import (
    EMAIL_DOMAINS,
    TERRITORY_TOWNS,
    TOWNS,
    Town,
    is_female,
    person,
)
from sync.server.demo.org import Org
from sync.server.demo.taxids import birth_date, codice_fiscale, nip, partita_iva

PL_SHARE = 0.55
IN_TERRITORY, AT_BRANCH = 0.10, 0.04  # the rest are served by a shop
SHOP_WEIGHTS = {
    "PL-WAW-01": 30,
    "PL-WAW-02": 25,
    "PL-KRK-01": 25,
    "PL-GDN-01": 20,
    "IT-MIL-01": 40,
    "IT-ROM-01": 35,
    "IT-TRN-01": 25,
}
TERRITORY_OF = {"PL": "PL-FIELD-N", "IT": "IT-FIELD-NORD"}
SAMPLE_SIZE = 40  # customers remembered per store/territory, for the journeys
FOUR_YEARS = 4 * 365 * 86400
# The consents a customer gave (e-mail 45 %, SMS 25 %, profiling 20 %), keyed by the three
# answers; customers share these dicts, which are never changed.
# Same shape as customer.create records: each consent with when and where it was given.
CONSENTS = {
    (email, sms, profiling): {
        name: {"granted": granted, "at": "2026-01-15T10:00:00+00:00", "channel": "web"}
        for name, granted in (
            ("marketing_email", email),
            ("marketing_sms", sms),
            ("profiling", profiling),
        )
    }
    for email in (False, True)
    for sms in (False, True)
    for profiling in (False, True)
}


@dataclass(frozen=True)
class CustomerRef:
    """What the journeys need to know about a customer."""

    id: uuid.UUID
    number: str
    first_name: str
    last_name: str
    segment: str
    country: str
    home: str  # the code of their home store or territory

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Home:
    code: str  # home store or territory
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    town: Town


@dataclass
class Customers:
    count: int = 0
    by_country: dict[str, int] = field(default_factory=lambda: {"PL": 0, "IT": 0})
    samples: dict[str, list[CustomerRef]] = field(default_factory=dict)

    def at(self, home: str) -> list[CustomerRef]:
        return self.samples.get(home, [])


@cache
def _folded(name: str) -> str:
    return ascii_fold(name)


def _phone(country: str, draw: Draw) -> str:
    """A mobile number as customer.create stores it: "+48601234567"."""
    if country == "PL":
        return f"+48{draw.pick('5678')}{draw.between(0, 99_999_999):08d}"
    return f"+393{draw.between(0, 999_999_999):09d}"


def _segment(draw: Draw) -> str:
    roll = draw.random()
    return "vip" if roll < 0.06 else "business" if roll < 0.13 else "retail"


class CustomerMaker:
    """Builds customer rows one by one, remembering a sample of each home.

    This runs a million times for the benchmark data set, so it draws with `Draw`
    (random() only) and reuses what it can.
    """

    def __init__(self, streams: Streams, org: Org, count: int, customers: Customers) -> None:
        self.rng = streams.rng("customers")
        self.now = streams.clock.reference
        self.draw = Draw(self.rng)
        self.ids = streams.ids("customers").ascending(count)
        self.out = customers
        self.homes = {country: self._homes(org, country) for country in ("PL", "IT")}

    @staticmethod
    def _homes(org: Org, country: str) -> tuple[list[Home], Weighted[Home], Home]:
        """(territory homes, shop homes by weight, branch home) of a country."""
        territory = TERRITORY_OF[country]
        in_field = [
            Home(territory, None, org.territories[territory], TOWNS[town])
            for town in TERRITORY_TOWNS[territory]
        ]
        shops = org.shops(country)
        at_shop = Weighted(
            [Home(s.code, s.id, None, TOWNS[s.spec.city]) for s in shops],
            [SHOP_WEIGHTS[s.code] for s in shops],
        )
        branch = next(b for b in org.branches() if b.country == country)
        return in_field, at_shop, Home(branch.code, branch.id, None, TOWNS[branch.spec.city])

    def _home(self, country: str) -> Home:
        """Where a new customer is served, lives and signed up."""
        in_field, at_shop, branch = self.homes[country]
        roll = self.draw.random()
        if roll < IN_TERRITORY:
            return self.draw.pick(in_field)
        if roll < IN_TERRITORY + AT_BRANCH:
            return branch
        return at_shop.draw(self.draw)

    def row(self, index: int) -> dict[str, Any]:
        draw = self.draw
        chance = draw.random
        country = "PL" if chance() < PL_SHARE else "IT"
        first, last = person(country, draw)
        home = self._home(country)
        town, segment, number = home.town, _segment(draw), f"C-{index:07d}"
        email = phone = tax_id = card = None
        if chance() < 0.92:
            email = f"{_folded(first)}.{_folded(last)}.{index}@{draw.pick(EMAIL_DOMAINS)}"
        if email is None or chance() < 0.85:
            phone = _phone(country, draw)
        if segment == "business":
            tax_id = nip(self.rng) if country == "PL" else partita_iva(self.rng)
        elif country == "IT" and chance() < 0.08:
            tax_id = codice_fiscale(first, last, birth_date(self.rng), is_female(first), town.name)
        if chance() < 0.60:
            card = ean13(f"{'29' if country == 'PL' else '28'}{index:010d}")
        created = self.now - timedelta(seconds=draw.between(86_400, FOUR_YEARS))
        customer_id = next(self.ids)
        self._remember(CustomerRef(customer_id, number, first, last, segment, country, home.code))
        return {
            "id": customer_id,
            "updated_at": self.now,
            "number": number,
            "first_name": first,
            "last_name": last,
            "email": email,
            "phone": phone,
            "tax_id": tax_id,
            "segment": segment,
            "loyalty_card": card,
            "home_store_id": home.store_id,
            "territory_id": home.territory_id,
            "street": town.street(draw),
            "city": town.name,
            "postal_code": town.postal_code(draw),
            "country": country,
            "consents": CONSENTS[(chance() < 0.45, chance() < 0.25, chance() < 0.20)],
            "created_at": created,
        }

    def _remember(self, ref: CustomerRef) -> None:
        self.out.count += 1
        self.out.by_country[ref.country] += 1
        sample = self.out.samples.setdefault(ref.home, [])
        if len(sample) < SAMPLE_SIZE:
            sample.append(ref)


def customer_rows(
    streams: Streams, org: Org, count: int, customers: Customers
) -> Iterator[dict[str, Any]]:
    maker = CustomerMaker(streams, org, count, customers)
    for index in range(1, count + 1):
        yield maker.row(index)
