"""A small hand-built world on a real SQLite file, and a way to run commands in it."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from sync import model as m
from sync.commands import CommandContext, run

T0 = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)  # a Monday morning


@dataclass
class World:
    session: Session
    stores: dict[str, m.Store] = field(default_factory=dict)
    staff: dict[str, m.StaffUser] = field(default_factory=dict)
    products: dict[str, uuid.UUID] = field(default_factory=dict)
    customers: dict[str, uuid.UUID] = field(default_factory=dict)
    price_lists: dict[str, uuid.UUID] = field(default_factory=dict)

    def ctx(self, who: str | None, at: datetime = T0, channel: str | None = None) -> CommandContext:
        """A command context for staff member `who`, or the web channel if None."""
        if who is None:
            return CommandContext(self.session, channel or "web", at)
        actor = self.staff[who]
        if actor.territory_id is not None:
            territory = self.session.get(m.Territory, actor.territory_id)
            store = self.session.get(m.Store, territory.store_id)
            default = "field"
        else:
            store = self.session.get(m.Store, actor.store_id)
            default = "branch" if store.kind == "branch" else "store"
        return CommandContext(self.session, channel or default, at, actor=actor, store=store)

    def do(
        self,
        who: str | None,
        name: str,
        args: dict[str, Any],
        at: datetime = T0,
        channel: str | None = None,
    ) -> dict[str, Any]:
        """Run a command and commit it, as the device or the API would."""
        try:
            result = run(self.ctx(who, at, channel), name, args)
        except Exception:
            self.session.rollback()
            raise
        self.session.commit()
        return result

    def count(self, model: type, *where: Any) -> int:
        return self.session.scalar(select(func.count()).select_from(model).where(*where))

    def stock(self, store: str, product: str) -> int:
        return (
            self.session.scalar(
                select(m.Stock.on_hand).where(
                    m.Stock.store_id == self.stores[store].id,
                    m.Stock.product_id == self.products[product],
                )
            )
            or 0
        )

    def timeline(self, customer: str) -> list[m.Interaction]:
        return self.timeline_of(self.customers[customer])

    def timeline_of(self, customer_id: uuid.UUID) -> list[m.Interaction]:
        return list(
            self.session.scalars(
                select(m.Interaction)
                .where(m.Interaction.customer_id == customer_id)
                .order_by(m.Interaction.occurred_at, m.Interaction.kind)
            )
        )


def new_id() -> str:
    return str(uuid.uuid4())


def _stores(world: World) -> None:
    for code, country, currency, kind, zone in [
        ("WAW", "PL", "PLN", "shop", "Europe/Warsaw"),
        ("KRK", "PL", "PLN", "shop", "Europe/Warsaw"),
        ("MIL", "IT", "EUR", "shop", "Europe/Rome"),
        ("BRANCH", "PL", "PLN", "branch", "Europe/Warsaw"),
        ("HQ", "PL", "PLN", "head_office", "Europe/Warsaw"),
        ("IT-HQ", "IT", "EUR", "office", "Europe/Rome"),
    ]:
        store = m.Store(
            id=uuid.uuid4(),
            code=code,
            name=f"Omnidesk {code}",
            kind=kind,
            country=country,
            currency=currency,
            city=code.title(),
            address="Main St 1",
            timezone=zone,
            return_window_days=14,
            pickup_hold_days=7,
        )
        world.stores[code] = store
        world.session.add(store)
    world.session.flush()


def _staff(world: World) -> None:
    north = m.Territory(
        id=uuid.uuid4(), code="NORTH", name="North", store_id=world.stores["KRK"].id
    )
    world.session.add(north)
    for login, role, store, territory in [
        ("cashier", m.Role.CASHIER, "WAW", None),
        ("manager", m.Role.MANAGER, "WAW", None),
        ("cashier.krk", m.Role.CASHIER, "KRK", None),
        ("cashier.mil", m.Role.CASHIER, "MIL", None),
        ("advisor", m.Role.ADVISOR, "BRANCH", None),
        ("manager.branch", m.Role.MANAGER, "BRANCH", None),
        ("rep", m.Role.FIELD_REP, None, north.id),
        ("pricing", m.Role.PRICING, "HQ", None),
        ("pricing.it", m.Role.PRICING, "IT-HQ", None),
    ]:
        staff = m.StaffUser(
            id=uuid.uuid4(),
            login=login,
            display_name=login.title(),
            role=role.value,
            territory_id=territory,
            store_id=world.stores[store].id if store else None,
        )
        world.staff[login] = staff
        world.session.add(staff)


def _catalogue(world: World) -> None:
    s = world.session
    s.add_all(
        [
            m.TaxRate(country="PL", tax_class="standard", rate=Decimal("23")),
            m.TaxRate(country="IT", tax_class="standard", rate=Decimal("22")),
        ]
    )
    for key, name, category, active in [
        ("shoe", "Trail shoe", "footwear", True),
        ("sock", "Wool sock", "accessories", True),
        ("old", "Old boot", "footwear", False),
    ]:
        product = m.Product(
            id=uuid.uuid4(), sku=key.upper(), name=name, category=category, active=active
        )
        world.products[key] = product.id
        s.add(product)
    for code, currency, segment, country in [
        ("PL", "PLN", None, "PL"),
        ("PL-VIP", "PLN", "vip", "PL"),
        ("IT", "EUR", None, "IT"),
    ]:
        price_list = m.PriceList(
            id=uuid.uuid4(),
            code=code,
            name=code,
            currency=currency,
            segment=segment,
            country=country,
        )
        world.price_lists[code] = price_list.id
        s.add(price_list)
    s.flush()
    since = datetime(2025, 1, 1, tzinfo=UTC)
    for price_list, product, amount in [
        ("PL", "shoe", "200.00"),
        ("PL", "sock", "19.99"),
        ("PL", "old", "99.00"),
        ("PL-VIP", "shoe", "170.00"),
        ("IT", "shoe", "50.00"),
        ("IT", "sock", "5.00"),
    ]:
        s.add(
            m.Price(
                price_list_id=world.price_lists[price_list],
                product_id=world.products[product],
                amount=Decimal(amount),
                valid_from=since,
            )
        )
    # Buy 3 socks, pay for 2: everywhere, every segment.
    s.add(
        m.Promotion(
            code="SOCK3X2",
            name="3 socks for 2",
            kind="bundle",
            buy_quantity=3,
            pay_quantity=2,
            product_id=world.products["sock"],
            min_quantity=1,
            starts_at=since,
        )
    )
    for store, product, on_hand in [("WAW", "shoe", 10), ("WAW", "sock", 50), ("KRK", "shoe", 4)]:
        s.add(
            m.Stock(
                store_id=world.stores[store].id, product_id=world.products[product], on_hand=on_hand
            )
        )


def _customers(world: World) -> None:
    for key, first, last, segment, store, country in [
        ("anna", "Anna", "Nowak", "retail", "WAW", "PL"),
        ("vip", "Piotr", "Kowalski", "vip", "WAW", "PL"),
        ("giulia", "Giulia", "Bianchi", "retail", "MIL", "IT"),
    ]:
        customer = m.Customer(
            id=uuid.uuid4(),
            number=f"C-{key.upper()}",
            first_name=first,
            last_name=last,
            email=f"{key}@example.com",
            segment=segment,
            home_store_id=world.stores[store].id,
            country=country,
        )
        world.customers[key] = customer.id
        world.session.add(customer)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The world built once, in a file each test copies (building it is the slow part)."""
    path = tmp_path_factory.mktemp("commands") / "template.db"
    engine = create_engine(f"sqlite:///{path}")
    m.Base.metadata.create_all(engine)
    with Session(engine) as session:
        w = World(session)
        _stores(w)
        _staff(w)
        _catalogue(w)
        _customers(w)
        session.commit()
        ids = {
            "stores": {k: v.id for k, v in w.stores.items()},
            "staff": {k: v.id for k, v in w.staff.items()},
            "products": w.products,
            "customers": w.customers,
            "price_lists": w.price_lists,
        }
    engine.dispose()
    return path, ids


@contextlib.contextmanager
def open_world(template_db: tuple[Path, dict[str, Any]], path: Path) -> Iterator[World]:
    """A fresh copy of the template world in the SQLite file `path`."""
    template, ids = template_db
    shutil.copyfile(template, path)
    engine = create_engine(f"sqlite:///{path}")
    session = sessionmaker(engine, expire_on_commit=False)()
    w = World(
        session,
        stores={k: session.get(m.Store, v) for k, v in ids["stores"].items()},
        staff={k: session.get(m.StaffUser, v) for k, v in ids["staff"].items()},
        products=dict(ids["products"]),
        customers=dict(ids["customers"]),
        price_lists=dict(ids["price_lists"]),
    )
    try:
        yield w
    finally:
        session.close()
        engine.dispose()


@pytest.fixture
def world(tmp_path: Path, template_db: tuple[Path, dict[str, Any]]) -> Iterator[World]:
    with open_world(template_db, tmp_path / "commands.db") as w:
        yield w
