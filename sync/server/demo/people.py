"""Customers of both countries, generated lazily so a million of them fit in memory."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sync.server.demo.common import REFERENCE, Streams, ascii_fold, ean13
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
SHOP_WEIGHTS = {"PL-WAW-01": 30, "PL-WAW-02": 25, "PL-KRK-01": 25, "PL-GDN-01": 20,
                "IT-MIL-01": 40, "IT-ROM-01": 35, "IT-TRN-01": 25}
TERRITORY_OF = {"PL": "PL-FIELD-N", "IT": "IT-FIELD-NORD"}
SAMPLE_SIZE = 40  # customers remembered per store/territory, for the journeys
FOUR_YEARS = 4 * 365 * 86400
CONSENT_SHARES = (("marketing_email", 0.45), ("marketing_sms", 0.25), ("profiling", 0.20))


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
    channel: str  # where customers served here usually sign up


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


def _phone(country: str, rng: random.Random) -> str:
    if country == "PL":
        return f"+48{rng.choice('5678')}{rng.randint(0, 99_999_999):08d}"
    return f"+393{rng.randint(0, 999_999_999):09d}"


def _segment(rng: random.Random) -> str:
    roll = rng.random()
    return "vip" if roll < 0.06 else "business" if roll < 0.13 else "retail"


class CustomerMaker:
    """Builds customer rows one by one, remembering a sample of each home."""

    def __init__(self, streams: Streams, org: Org, customers: Customers) -> None:
        self.rng = streams.rng("customers")
        self.new_id = streams.ids("customers")
        self.org = org
        self.out = customers
        self.shops = {c: ([s.code for s in org.shops(c)],
                          [SHOP_WEIGHTS[s.code] for s in org.shops(c)]) for c in ("PL", "IT")}
        self.branch = {b.country: b for b in org.branches()}

    def _home(self, country: str) -> Home:
        """Where a new customer is served, lives and signed up."""
        rng, roll = self.rng, self.rng.random()
        if roll < IN_TERRITORY:
            code = TERRITORY_OF[country]
            return Home(code, None, self.org.territories[code],
                        TOWNS[rng.choice(TERRITORY_TOWNS[code])], "field")
        if roll < IN_TERRITORY + AT_BRANCH:
            branch = self.branch[country]
            return Home(branch.code, branch.id, None, TOWNS[branch.spec.city], "branch")
        codes, weights = self.shops[country]
        store = self.org.stores[rng.choices(codes, weights)[0]]
        return Home(store.code, store.id, None, TOWNS[store.spec.city], "store")

    def row(self, index: int) -> dict[str, Any]:
        rng = self.rng
        country = "PL" if rng.random() < PL_SHARE else "IT"
        first, last = person(country, rng)
        home = self._home(country)
        town, segment, number = home.town, _segment(rng), f"C-{index:07d}"
        email = phone = tax_id = card = None
        if rng.random() < 0.92:
            domain = rng.choice(EMAIL_DOMAINS)
            email = f"{_folded(first)}.{_folded(last)}.{index}@{domain}"
        if email is None or rng.random() < 0.85:
            phone = _phone(country, rng)
        if segment == "business":
            tax_id = nip(rng) if country == "PL" else partita_iva(rng)
        elif country == "IT" and rng.random() < 0.08:
            tax_id = codice_fiscale(first, last, birth_date(rng), is_female(first), town.name)
        if rng.random() < 0.60:
            card = ean13(f"{'29' if country == 'PL' else '28'}{index:010d}")
        created = REFERENCE - timedelta(seconds=rng.randint(86_400, FOUR_YEARS))
        customer_id = self.new_id()
        self._remember(CustomerRef(customer_id, number, first, last, segment, country,
                                   home.code))
        return {
            "id": customer_id, "updated_at": created, "number": number,
            "first_name": first, "last_name": last, "email": email, "phone": phone,
            "tax_id": tax_id, "segment": segment, "loyalty_card": card,
            "home_store_id": home.store_id, "territory_id": home.territory_id,
            "street": town.street(rng), "city": town.name, "postal_code": town.postal_code(rng),
            "country": country,
            "consents": self._consents(created, home.channel),
            "created_at": created,
        }

    def _consents(self, given_at: datetime, channel: str) -> dict[str, Any]:
        """Consents as customer.create records them: granted or not, when, where."""
        rng, at = self.rng, given_at.isoformat()
        channel = "web" if rng.random() < 0.4 else channel
        return {name: {"granted": rng.random() < share, "at": at, "channel": channel}
                for name, share in CONSENT_SHARES}

    def _remember(self, ref: CustomerRef) -> None:
        self.out.count += 1
        self.out.by_country[ref.country] += 1
        sample = self.out.samples.setdefault(ref.home, [])
        if len(sample) < SAMPLE_SIZE:
            sample.append(ref)


def customer_rows(streams: Streams, org: Org, count: int, customers: Customers
                  ) -> Iterator[dict[str, Any]]:
    maker = CustomerMaker(streams, org, customers)
    for index in range(1, count + 1):
        yield maker.row(index)
