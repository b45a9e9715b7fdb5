"""A small, hand-built world for API tests: stores, staff, a catalogue, customers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache

from sync import model as m
from sync.model.types import utcnow
from sync.server import enrolment
from sync.server.auth import hash_secret
from sync.server.db import Database
from sync.server.tables import StaffCredential

PIN = "864209"


@cache
def _pin_hash() -> str:
    return hash_secret(PIN)


EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass
class World:
    stores: dict[str, uuid.UUID] = field(default_factory=dict)
    territories: dict[str, uuid.UUID] = field(default_factory=dict)
    staff: dict[str, uuid.UUID] = field(default_factory=dict)
    products: dict[str, uuid.UUID] = field(default_factory=dict)
    customers: dict[str, uuid.UUID] = field(default_factory=dict)
    price_lists: dict[str, uuid.UUID] = field(default_factory=dict)
    channel_key: str = ""


def _store(
    world: World, code: str, city: str, country: str, currency: str, kind: str = "shop"
) -> m.Store:
    store = m.Store(
        id=uuid.uuid4(),
        code=code,
        name=f"Omnidesk {city}",
        kind=kind,
        country=country,
        currency=currency,
        city=city,
        address="Main St 1",
        timezone="Europe/Warsaw" if country == "PL" else "Europe/Rome",
    )
    world.stores[code] = store.id
    return store


def build_world(db: Database) -> World:
    world = World()
    with db.write() as s:
        waw1 = _store(world, "PL-WAW-01", "Warszawa", "PL", "PLN")
        waw2 = _store(world, "PL-WAW-02", "Warszawa", "PL", "PLN")
        krk = _store(world, "PL-KRK-01", "Kraków", "PL", "PLN")
        mil = _store(world, "IT-MIL-01", "Milano", "IT", "EUR")
        branch = _store(world, "PL-WAW-B1", "Warszawa", "PL", "PLN", kind="branch")
        head_office = _store(world, "PL-HQ", "Warszawa", "PL", "PLN", kind="head_office")
        office_it = _store(world, "IT-HQ", "Milano", "IT", "EUR", kind="office")
        s.add_all([waw1, waw2, krk, mil, branch, head_office, office_it])
        s.flush()
        s.add_all(
            [
                m.StoreNeighbour(store_id=waw1.id, neighbour_id=waw2.id),
                m.StoreNeighbour(store_id=waw2.id, neighbour_id=waw1.id),
            ]
        )
        north = m.Territory(id=uuid.uuid4(), code="PL-FIELD-N", name="Pomorze", store_id=krk.id)
        s.add(north)
        world.territories["PL-FIELD-N"] = north.id
        s.flush()
        for login, role, store, territory in [
            ("cashier.waw", m.Role.CASHIER, waw1, None),
            ("manager.waw", m.Role.MANAGER, waw1, None),
            ("cashier.waw2", m.Role.CASHIER, waw2, None),
            ("cashier.krk", m.Role.CASHIER, krk, None),
            ("cashier.mil", m.Role.CASHIER, mil, None),
            ("advisor.waw", m.Role.ADVISOR, branch, None),
            ("manager.branch", m.Role.MANAGER, branch, None),
            ("rep.north", m.Role.FIELD_REP, None, north),
            ("pricing.pl", m.Role.PRICING, head_office, None),
            ("pricing.it", m.Role.PRICING, office_it, None),
        ]:
            staff = m.StaffUser(
                id=uuid.uuid4(),
                login=login,
                display_name=login.title(),
                role=role,
                store_id=store.id if store else None,
                territory_id=territory.id if territory else None,
            )
            s.add(staff)
            world.staff[login] = staff.id
        s.flush()
        for staff_id in world.staff.values():  # one scrypt hash for all: tests run faster
            s.add(StaffCredential(staff_id=staff_id, secret_hash=_pin_hash()))
        s.add_all(
            [
                m.TaxRate(country="PL", tax_class="standard", rate=Decimal("23")),
                m.TaxRate(country="IT", tax_class="standard", rate=Decimal("22")),
            ]
        )
        base_pln = m.PriceList(
            id=uuid.uuid4(), code="BASE-PLN", name="Base PLN", currency="PLN", country="PL"
        )
        vip_pln = m.PriceList(
            id=uuid.uuid4(),
            code="VIP-PLN",
            name="VIP PLN",
            currency="PLN",
            segment="vip",
            country="PL",
        )
        base_eur = m.PriceList(
            id=uuid.uuid4(), code="BASE-EUR", name="Base EUR", currency="EUR", country="IT"
        )
        s.add_all([base_pln, vip_pln, base_eur])
        world.price_lists.update(
            {"BASE-PLN": base_pln.id, "VIP-PLN": vip_pln.id, "BASE-EUR": base_eur.id}
        )
        s.flush()
        for sku, name, category, pln, vip, eur in [
            ("SKU-TV", "Television 55in", "tv", "2999.00", "2799.00", "699.00"),
            ("SKU-KETTLE", "Kettle", "kitchen", "129.99", None, "29.99"),
            ("SKU-CABLE", "HDMI cable", "audio", "19.99", None, "4.99"),
        ]:
            product = m.Product(id=uuid.uuid4(), sku=sku, name=name, category=category)
            s.add(product)
            world.products[sku] = product.id
            s.flush()
            s.add(m.Barcode(code=f"590{len(world.products):010d}", product_id=product.id))
            s.add(
                m.Price(
                    price_list_id=base_pln.id,
                    product_id=product.id,
                    amount=Decimal(pln),
                    valid_from=EPOCH,
                )
            )
            s.add(
                m.Price(
                    price_list_id=base_eur.id,
                    product_id=product.id,
                    amount=Decimal(eur),
                    valid_from=EPOCH,
                )
            )
            if vip:
                s.add(
                    m.Price(
                        price_list_id=vip_pln.id,
                        product_id=product.id,
                        amount=Decimal(vip),
                        valid_from=EPOCH,
                    )
                )
            for store in (waw1, waw2, krk, mil, branch):
                s.add(m.Stock(store_id=store.id, product_id=product.id, on_hand=10))
        s.add(
            m.Promotion(
                code="CABLES-3FOR2",
                name="3 cables for 2",
                kind="bundle",
                buy_quantity=3,
                pay_quantity=2,
                product_id=world.products["SKU-CABLE"],
                starts_at=EPOCH,
                ends_at=None,
            )
        )
        for key, first, last, store, territory, segment in [
            ("ala", "Ala", "Nowak", waw1, None, "retail"),
            ("jan", "Jan", "Wiśniewski", waw2, None, "vip"),
            ("ola", "Ola", "Zielińska", krk, None, "retail"),
            ("marco", "Marco", "Rossi", mil, None, "retail"),
            ("piotr", "Piotr", "Field", None, north, "business"),
            ("ewa", "Ewa", "Kowalczyk", branch, None, "retail"),
        ]:
            customer = m.Customer(
                id=uuid.uuid4(),
                number=f"C-{key.upper()}",
                first_name=first,
                last_name=last,
                email=f"{key}@example.com",
                phone="+48600100200",
                segment=segment,
                home_store_id=store.id if store else None,
                territory_id=territory.id if territory else None,
                country="IT" if store is mil else "PL",
                consents={"marketing_email": True},
                created_at=utcnow(),
            )
            s.add(customer)
            world.customers[key] = customer.id
        world.channel_key = enrolment.create_channel_key(s, "test shop")
    return world
