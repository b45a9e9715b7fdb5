"""How many customers and products to seed so one device's scope holds about N rows.

The demo data spreads customers over every store and territory, so a device sees only
its own store's share of them, while it sees the whole catalogue (products, barcodes,
prices) and the stock of its store and its neighbours. A small probe seed measures
those shares for the device's place; the sizes follow from them. Probes are cached.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.backends import cache_dir, sqlite_url
from bench.common import log
from bench.data import rows_in_scope, seed, source_digest
from sync.server.db import open_database

PROBE_CUSTOMERS, PROBE_PRODUCTS = 20_000, 2_000
CATALOGUE = ("products", "barcodes", "prices", "stock")
MIN_PRODUCTS = 10


@dataclass(frozen=True)
class Shares:
    customers_in_scope: float  # customers a device of the place sees, per customer seeded
    rows_per_product: float  # catalogue and stock rows it sees, per product seeded
    fixed_rows: int  # everything else it sees (organisation, journeys): independent of N


@dataclass(frozen=True)
class Sizes:
    customers: int
    products: int
    expected_rows: int


def probe(root: Path, place: str) -> Shares:
    path = cache_dir() / f"shares-{place}-{source_digest(root)}.json"
    if path.exists():
        return Shares(**json.loads(path.read_text()))
    log(
        f"probing the demo data set's shares for {place} "
        f"({PROBE_CUSTOMERS:,} customers, {PROBE_PRODUCTS:,} products)"
    )
    with tempfile.TemporaryDirectory(prefix="omnidesk-bench-probe-") as folder:
        url = sqlite_url(Path(folder) / "probe.db")
        seed(url, PROBE_CUSTOMERS, PROBE_PRODUCTS)
        db = open_database(url)
        try:
            totals = rows_in_scope(db, place)
        finally:
            db.dispose()
    catalogue = sum(totals[name] for name in CATALOGUE)
    shares = Shares(
        customers_in_scope=totals["customers"] / PROBE_CUSTOMERS,
        rows_per_product=catalogue / PROBE_PRODUCTS,
        fixed_rows=sum(totals.values()) - catalogue - totals["customers"],
    )
    path.write_text(json.dumps(asdict(shares)))
    return shares


def sizes_for(rows: int, customer_share: float, shares: Shares) -> Sizes:
    """Seed `customer_share` * rows customers, and products to fill the scope to `rows`."""
    customers = round(rows * customer_share)
    in_scope = customers * shares.customers_in_scope
    products = max(
        MIN_PRODUCTS, round((rows - in_scope - shares.fixed_rows) / shares.rows_per_product)
    )
    expected = round(in_scope + products * shares.rows_per_product + shares.fixed_rows)
    return Sizes(customers, products, expected)
