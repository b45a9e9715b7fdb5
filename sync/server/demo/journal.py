"""What the journeys share: the seeded world, a random stream, and the rows they write."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from sync import model as m
from sync.commands import timeline
from sync.rules import pricing
from sync.server.demo.catalogue import Catalogue, ProductInfo
from sync.server.demo.common import CURRENCY, Draw, Streams, insert_rows
from sync.server.demo.org import Org
from sync.server.demo.people import CustomerRef, Customers
from sync.server.demo.promotions import price_book

# Parents before children.
INSERT_ORDER = (
    m.Cart,
    m.CartLine,
    m.Order,
    m.OrderLine,
    m.Return,
    m.ReturnLine,
    m.Payment,
    m.Application,
    m.ApplicationFile,
    m.Interaction,
)
POOL_SIZE = 200  # products the journeys choose from (plus those running out)


@dataclass
class Journal:
    """The journeys' rows, collected per table and inserted parents first."""

    rows: dict[type, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, model: type, **values: Any) -> dict[str, Any]:
        """A row of `model` (every column given); returned so later steps can change it."""
        self.rows[model].append(values)
        return values

    def event(
        self,
        customer: CustomerRef,
        kind: str,
        text: str,
        channel: str,
        at: datetime,
        ref_type: str | None,
        ref_id: uuid.UUID | None,
        *,
        staff_id: uuid.UUID | None = None,
        store_id: uuid.UUID | None = None,
        event_id: uuid.UUID | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        """One event on the customer's timeline.

        An event about a row gets the id sync.commands.timeline gives it, so re-running
        the command that made it would not record it twice; a plain note needs `event_id`.
        """
        if event_id is None:
            if ref_id is None:
                raise ValueError("an event about no row needs its own id")
            event_id = timeline.event_id(ref_id, kind)
        self.add(
            m.Interaction,
            id=event_id,
            customer_id=customer.id,
            channel=channel,
            kind=kind,
            text=text,
            staff_id=staff_id,
            store_id=store_id,
            ref_type=ref_type,
            ref_id=ref_id,
            occurred_at=at,
            updated_at=at,
            params=params,
        )

    def insert(self, session: Session) -> dict[str, int]:
        counts = {}
        for model in INSERT_ORDER:
            rows = self.rows.get(model, [])
            _check_same_keys(model, rows)
            counts[model.__tablename__] = insert_rows(session, model.__table__, rows)
        return counts


def _check_same_keys(model: type, rows: list[dict[str, Any]]) -> None:
    keys = {frozenset(row) for row in rows}
    if len(keys) > 1:
        raise AssertionError(f"{model.__name__} rows built with different columns: {keys}")


@dataclass
class World:
    """Everything seeded so far, and a random stream for the journeys."""

    streams: Streams
    org: Org
    cat: Catalogue
    customers: Customers
    total_customers: int
    journal: Journal = field(default_factory=Journal)

    def __post_init__(self) -> None:
        self.clock = self.streams.clock
        self.rng = self.streams.rng("journeys")
        self.draw = Draw(self.rng)
        self.new_id = self.streams.ids("journeys")
        low = {i for indices in self.cat.low_stock.values() for i in indices}
        pool = sorted(set(range(min(POOL_SIZE, len(self.cat.products)))) | low)
        self.pool = [self.cat.products[i] for i in pool]
        self._books: dict[str, pricing.PriceBook] = {}

    def scaled(self, count: int) -> int:
        """`count` events per place, fewer when there are fewer than 50 customers."""
        if self.total_customers >= 50:
            return count
        return max(1, count * self.total_customers // 50)

    def book(self, country: str) -> pricing.PriceBook:
        if country not in self._books:
            self._books[country] = price_book(
                self.cat, self.pool, CURRENCY[country], country, self.streams.clock
            )
        return self._books[country]

    def product(self) -> ProductInfo:
        return self.rng.choice(self.pool)

    def running_out(self, store_code: str) -> ProductInfo | None:
        indices = self.cat.low_stock.get(store_code)
        return self.cat.products[self.rng.choice(indices)] if indices else None

    def customer(self, home: str, n: int) -> CustomerRef | None:
        sample = self.customers.at(home)
        return sample[n % len(sample)] if sample else None
