"""A realistic, deterministic demo and benchmark data set for the central API.

`seed(db, customers=N, products=M)` fills an empty database with Polish and Italian
shops and branches, their staff, a catalogue with prices, promotions and stock, N
customers and a few hundred journeys that crossed channels (web carts, orders waiting
for pickup, store sales and returns, loan applications, notes from every channel).

The same arguments always give the same rows: ids come from seeded random streams
and times are relative to a reference instant (common.Clock), never the wall clock.
By default that is the start of the hour it is seeded in, so on any day the pickup
queue holds orders still within their hold, carts and notes are recent and prices
and current promotions are valid; pass `reference` for rows that never change.

Everything is written in one transaction with bulk inserts
(common.insert_rows) that bypass the change feed, which is right for seeding: devices
take a snapshot first.

Each country has an office (the Polish one is the company's head office) whose pricing
staff set the country's price lists; offices sell nothing.

Seeded history looks like history the app made: orders are priced by the one pricing
engine, numbered and put on timelines the way the commands do it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import model as m
from sync.server.blobs import BlobStore
from sync.server.db import Database
from sync.server.demo.applications import FileSink, claim_files, seed_applications, store_files
from sync.server.demo.catalogue import CATEGORIES, Catalogue, seed_catalogue
from sync.server.demo.common import Streams, demo_reference, insert_rows
from sync.server.demo.journal import World
from sync.server.demo.journeys import seed_journeys
from sync.server.demo.notes import seed_notes
from sync.server.demo.org import DEMO_PIN, DEMO_WEB_KEY, FIXED_LOGINS, Org, seed_org
from sync.server.demo.people import Customers, customer_rows
from sync.server.demo.promotions import seed_promotions
from sync.server.settings import files_dir

__all__ = ["DEMO_PIN", "DEMO_WEB_KEY", "seed"]

MIN_PRODUCTS = len(CATEGORIES)  # one of each category, for the promotions
SQLITE_CACHE_KIB = -512 * 1024  # negative: KiB, so 512 MiB


def seed(
    db: Database,
    customers: int = 2000,
    products: int = 500,
    *,
    seed: int = 20261123,
    reference: datetime | None = None,
    files: FileSink | None = None,
) -> list[str]:
    """Fill an empty database with the demo data set; returns summary lines.

    Every time in it is relative to `reference` (default: the start of this hour, UTC).
    The bytes of the applications' files go to `files` (default: the central API's file
    store for `db`, `settings.files_dir`).

    Does nothing (and says so) if the database already has stores.
    """
    if customers < 0:
        raise ValueError("the number of customers cannot be negative")
    if products < MIN_PRODUCTS:
        raise ValueError(
            f"the demo catalogue needs at least {MIN_PRODUCTS} products (one of each category)"
        )
    streams = Streams(seed, reference or demo_reference())
    with db.write() as session:
        if session.execute(select(m.Store.id).limit(1)).first() is not None:
            return [
                "the database already has stores: demo data not seeded "
                "(it only goes into an empty database)"
            ]
        with _roomy_cache(session):
            org = seed_org(session, streams)
            cat = seed_catalogue(session, streams, org, products)
            cat.counts["promotions"] = seed_promotions(session, streams, cat)
            people = Customers()
            insert_rows(
                session, m.Customer.__table__, customer_rows(streams, org, customers, people)
            )
            world = World(streams, org, cat, people, customers)
            seed_journeys(world)
            blobs = seed_applications(world)
            seed_notes(world)
            sink = files or BlobStore(files_dir(db.url))
            store_files(blobs, sink)
            world.journal.insert(session)
            claim_files(session, sink)
    return _summary(org, cat, people, world)


@contextmanager
def _roomy_cache(session: Session) -> Iterator[None]:
    """A big SQLite page cache while seeding: a million rows go into tables with several
    indexes, and with the default 2 MB cache SQLite keeps evicting the pages it needs."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size={SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _summary(org: Org, cat: Catalogue, people: Customers, world: World) -> list[str]:
    rows = world.journal.rows
    statuses = Counter(order["status"] for order in rows[m.Order])
    open_carts = sum(1 for cart in rows[m.Cart] if cart["status"] == "open")
    waiting = statuses["placed"] + statuses["ready_for_pickup"]
    staff = sum(len(ids) for ids in org.staff.values())
    fixed = ", ".join(
        f"{login} ({role.value.replace('_', ' ')}, {place})"
        for (place, role, _), login in FIXED_LOGINS.items()
    )
    return [
        f"seeded {len(org.shops())} stores, {len(org.branches())} branches, "
        f"{len(org.offices())} offices, {len(org.contact_centres())} contact centres, "
        f"{len(org.territories)} territories, {staff} staff",
        f"customers: {people.count} ({people.by_country['PL']} PL, "
        f"{people.by_country['IT']} IT), products: {cat.counts['products']}, "
        f"barcodes: {cat.counts['barcodes']}, prices: {cat.counts['prices']}, "
        f"stock rows: {cat.counts['stock']}, promotions: {cat.counts['promotions']}",
        f"journeys: {open_carts} open web carts, {waiting} web orders waiting for pickup "
        f"({statuses['ready_for_pickup']} ready), {statuses['completed']} store sales, "
        f"{len(rows[m.Return])} returns, {len(rows[m.Application])} loan applications "
        f"at every stage, {len(rows[m.Interaction])} timeline events",
        f"demo staff PIN: {DEMO_PIN} — logins: {fixed}",
        f"web channel key: {DEMO_WEB_KEY}",
    ]
