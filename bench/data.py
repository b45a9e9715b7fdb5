"""Seeding the demo data set, enrolling devices and looking up staff and customers."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import event, select, text

from bench.backends import cache_dir, sqlite_url
from bench.common import headers, log
from sync.model import Customer, StaffUser, Store, Territory
from sync.model.types import utcnow
from sync.server import enrolment, schema
from sync.server.db import Database, open_database
from sync.server.feed import snapshot
from sync.server.scopes import scope_for

SEED_CACHE_KIB = 2 * 1024 * 1024  # 2 GiB of SQLite page cache while seeding
SOURCES = ("sync/server/demo", "sync/server/migrations/versions", "sync/model")


@dataclass(frozen=True)
class Seeded:
    seconds: float
    summary: list[str]
    cached: bool = False


def seed(url: str, customers: int, products: int, reference: datetime | None = None) -> Seeded:
    """Migrate `url` and load the deterministic demo data set into it, its times relative
    to `reference` (default: the start of this hour)."""
    from sync.server.demo import seed as demo_seed

    log(f"seeding {customers:,} customers and {products:,} products")
    started = time.perf_counter()
    schema.upgrade(url)
    db = open_database(url)
    if db.is_sqlite:
        event.listen(db.write_engine, "connect", _bulk_load_pragmas)
    try:
        summary = demo_seed(db, customers=customers, products=products, reference=reference)
        if not db.is_sqlite:
            with db.write_engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    finally:
        db.dispose()
    seconds = time.perf_counter() - started
    lines = [str(line) for line in (summary or [])]
    log(f"seeded in {seconds:.1f}s")
    return Seeded(seconds, lines)


def _bulk_load_pragmas(dbapi_connection: sqlite3.Connection, record: object) -> None:
    """A large page cache for the one-transaction bulk load (random UUID keys)."""
    dbapi_connection.execute(f"PRAGMA cache_size=-{SEED_CACHE_KIB}")


def source_digest(root: Path) -> str:
    """A digest of the code that decides what a seeded database holds."""
    digest = hashlib.sha256()
    for folder in SOURCES:
        for path in sorted((root / folder).rglob("*.py")):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached_sqlite(root: Path, customers: int, products: int) -> tuple[str, Seeded]:
    """A seeded SQLite file, made once per (arguments, demo code, day) and kept in the temp
    dir. Its times are relative to the start of today (UTC), so its pickup queue, holds and
    promotions look as they would on the day it is used."""
    digest = source_digest(root)
    reference = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    day = f"{reference:%Y%m%d}"
    prune_cache(digest, day)
    path = cache_dir() / f"demo-c{customers}-p{products}-{digest}-{day}.db"
    if path.exists():
        log(f"using the cached seeded database {path}")
        return sqlite_url(path), Seeded(0.0, [], cached=True)
    partial = path.with_suffix(".partial.db")
    for leftover in _sqlite_files(partial):
        leftover.unlink(missing_ok=True)
    seeded = seed(sqlite_url(partial), customers, products, reference)
    with sqlite3.connect(partial) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in list(_sqlite_files(partial))[1:]:
        leftover.unlink(missing_ok=True)
    os.replace(partial, path)
    log(f"cached the seeded database as {path} ({path.stat().st_size / 2**20:,.0f} MiB)")
    return sqlite_url(path), seeded


def prune_cache(digest: str, day: str) -> None:
    """Drop cached databases made by other versions of the demo code or seeded for
    another day (they are stale)."""
    for path in [*cache_dir().glob("demo-*"), *cache_dir().glob("shares-*")]:
        if digest not in path.name or (path.name.startswith("demo-") and day not in path.name):
            log(f"removing the stale cached database {path.name}")
            path.unlink(missing_ok=True)


def _sqlite_files(path: Path) -> Iterator[Path]:
    yield path
    yield path.with_name(path.name + "-wal")
    yield path.with_name(path.name + "-shm")


def enrolment_codes(db: Database, place: str, count: int) -> list[str]:
    """`count` one-time codes for the store or territory with code `place`."""
    with db.write() as session:
        return [enrolment.create_code(session, place, utcnow()) for _ in range(count)]


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    token: str


def enrol(http: httpx.Client, code: str, name: str) -> Enrolled:
    """Enrol a device over HTTP with a one-time code."""
    response = http.post("/v1/devices/enrol", json={"code": code, "name": name}, headers=headers())
    response.raise_for_status()
    body = response.json()
    return Enrolled(body["device_id"], body["token"])


def place_ids(db: Database, place: str) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """(store id, territory id) of the store or territory with code `place`."""
    with db.read() as session:
        store, territory = enrolment.find_store_or_territory(session, place)
        if store is None and territory is None:
            codes = list(session.scalars(select(Store.code))) + list(
                session.scalars(select(Territory.code))
            )
            raise SystemExit(f"no store or territory {place!r}; the data has {codes}")
        return (store.id if store else None), (territory.id if territory else None)


def rows_in_scope(db: Database, place: str) -> dict[str, int]:
    """Rows per table a device of `place` receives in its snapshot."""
    store_id, territory_id = place_ids(db, place)
    with db.read() as session:
        scope = scope_for(session, store_id, territory_id)
        return snapshot.totals(session, scope)


def staff_id(db: Database, login: str) -> uuid.UUID:
    with db.read() as session:
        found = session.scalars(select(StaffUser.id).where(StaffUser.login == login)).first()
    if found is None:
        raise SystemExit(f"no staff user with login {login!r}")
    return found


def customers_of(db: Database, place: str, limit: int) -> list[uuid.UUID]:
    """Up to `limit` customers served by the store or territory `place`."""
    store_id, territory_id = place_ids(db, place)
    column = Customer.home_store_id if store_id else Customer.territory_id
    with db.read() as session:
        return list(
            session.scalars(
                select(Customer.id)
                .where(column == (store_id or territory_id))
                .order_by(Customer.number)
                .limit(limit)
            )
        )
