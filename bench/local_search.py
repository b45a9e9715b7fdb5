"""local_search: type-ahead latency of sync.client.search on a replica of 1,000,000 customers.

A replica (`open_replica`, so every migration and search index is there) is filled with
--customers deterministic customers (Polish and Italian names from the demo data set,
e-mail, phone, loyalty card, customer number as `sync.commands.numbering` makes them)
and --products products with barcodes, in bulk, then kept in `$TMPDIR/omnidesk-bench/`
(keyed by the sizes, FILL_VERSION and a digest of the replica migrations).

Queries are what staff type: for each sampled customer, the first 1, 2, 3 and 4
characters of their last name, first name, "first l...", e-mail, national phone digits
(with a space after the third, as people type them), loyalty card and customer number;
each is one `search_customers` call (limit 50) in its own `Replica.read()` session, as a
list view asking for its first page would make. A next page (`after` = the last hit's
key) is timed for every query that filled one. Products: SKU, name words and barcodes.
Figures: p50/p95/p99/max in ms per kind of key and overall.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.backends import cache_dir
from bench.common import REPO_ROOT, log, percentile, rounded
from sync.client import cipher
from sync.client.replica import Replica, ReplicaKey, open_replica
from sync.client.search import CustomerHit, search_customers, search_products
from sync.commands.numbering import customer_number
from sync.server.demo.catalogue import CATEGORIES, SERIES
from sync.server.demo.common import Draw, ascii_fold, ean13
from sync.server.demo.names import EMAIL_DOMAINS, person

DESCRIPTION = "type-ahead latency (p50/p95/p99) of local customer and product search"
TARGET_P95_MS = 30.0
MIGRATIONS = "sync/client/migrations/versions"
BENCH_KEY = ReplicaKey(hashlib.sha256(b"omnidesk bench local_search").digest())
"""The cached replica's key: fixed, so the file can be reused (made-up rows only)."""
FILL_VERSION = 2  # bump when the generated rows change: the cached replica is then rebuilt
STAMP = "2026-11-23 09:00:00.000000"
CUSTOMER_COLUMNS = (
    "id",
    "updated_at",
    "number",
    "first_name",
    "last_name",
    "email",
    "phone",
    "segment",
    "loyalty_card",
    "city",
    "country",
    "consents",
    "created_at",
)
TOWNS = {
    "PL": ("Warszawa", "Kraków", "Gdańsk", "Gdynia", "Sopot"),
    "IT": ("Milano", "Roma", "Torino", "Bergamo", "Como"),
}
Row = tuple[Any, ...]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument(
        "--samples",
        type=int,
        default=150,
        help="customers whose keys are typed (x 7 keys x 4 lengths)",
    )
    parser.add_argument("--limit", type=int, default=50, help="rows per page")
    parser.add_argument("--seed", type=int, default=20261123)


# -- the replica ----------------------------------------------------------------------


def _customers(count: int, seed: int) -> Iterator[Row]:
    rng = random.Random(f"local-search:{seed}:customers")
    draw = Draw(rng)
    ids = sorted(rng.getrandbits(128) for _ in range(count))  # appended in key order
    for index, bits in enumerate(ids, start=1):
        customer_id = uuid.UUID(int=bits, version=4)
        country = "PL" if draw.random() < 0.55 else "IT"
        first, last = person(country, draw)
        email = phone = card = None
        if draw.random() < 0.92:
            email = f"{ascii_fold(first)}.{ascii_fold(last)}.{index}@{draw.pick(EMAIL_DOMAINS)}"
        if email is None or draw.random() < 0.85:
            phone = (
                f"+48{draw.pick('5678')}{draw.between(0, 99_999_999):08d}"
                if country == "PL"
                else f"+393{draw.between(0, 999_999_999):09d}"
            )
        if draw.random() < 0.6:
            card = ean13(f"{'29' if country == 'PL' else '28'}{index:010d}")
        yield (
            customer_id.hex,
            STAMP,
            customer_number(customer_id),
            first,
            last,
            email,
            phone,
            "retail",
            card,
            draw.pick(TOWNS[country]),
            country,
            "{}",
            STAMP,
        )


def _products(count: int, seed: int) -> Iterator[tuple[Row, list[str]]]:
    rng = random.Random(f"local-search:{seed}:products")
    draw = Draw(rng)
    ids = sorted(rng.getrandbits(128) for _ in range(count))
    named = [c for c in CATEGORIES if c.brands]
    for index, bits in enumerate(ids, start=1):
        category = draw.pick(named)
        name = (
            f"{draw.pick(category.brands)} {draw.pick(category.kinds).label} "
            f"{draw.pick(SERIES)} {draw.pick('ABCKMQSTVX')}{draw.between(100, 999)}"
        )
        codes = [ean13(f"590{index:09d}")]
        if draw.random() < 0.15:
            codes.append(ean13(f"80{draw.between(0, 3)}{index:09d}"))
        row = (
            uuid.UUID(int=bits, version=4).hex,
            STAMP,
            f"SKU-{index:06d}",
            name,
            category.name,
            category.tax_class,
            1,
        )
        yield row, codes


def _digest() -> str:
    """What the cached replica depends on: the generator's version and the migrations."""
    digest = hashlib.sha256(str(FILL_VERSION).encode())
    for item in sorted((REPO_ROOT / MIGRATIONS).glob("*.py")):
        digest.update(item.read_bytes())
    return digest.hexdigest()[:12]


def _fill(path: Path, customers: int, products: int, seed: int) -> None:
    open_replica(path, BENCH_KEY).close()  # the schema and the search indexes, by the migrations
    with contextlib.closing(cipher.connect(path, BENCH_KEY)) as connection:
        connection.isolation_level = None
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("PRAGMA cache_size=-1048576")  # 1 GiB while loading
        connection.execute("BEGIN")
        marks = ", ".join("?" * len(CUSTOMER_COLUMNS))
        connection.executemany(
            f"INSERT INTO customers ({', '.join(CUSTOMER_COLUMNS)}) VALUES ({marks})",
            _customers(customers, seed),
        )
        barcodes: list[Row] = []
        product_rows: list[Row] = []
        for row, codes in _products(products, seed):
            product_rows.append(row)
            barcodes += [
                (uuid.uuid5(uuid.NAMESPACE_OID, code).hex, STAMP, code, row[0]) for code in codes
            ]
        connection.executemany(
            "INSERT INTO products (id, updated_at, sku, name, category, tax_class, active) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            product_rows,
        )
        connection.executemany(
            "INSERT INTO barcodes (id, updated_at, code, product_id) VALUES (?, ?, ?, ?)", barcodes
        )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _replica_file(args: argparse.Namespace) -> tuple[Path, float]:
    """The filled replica (made once per sizes and code) and the seconds it took now."""
    digest = _digest()
    folder = cache_dir()
    for stale in folder.glob("search-replica-*"):
        if digest not in stale.name:
            stale.unlink(missing_ok=True)
    path = folder / f"search-replica-c{args.customers}-p{args.products}-{args.seed}-{digest}.db"
    if path.exists():
        log(f"using the cached replica {path}")
        return path, 0.0
    partial = path.with_name(path.stem + ".partial.db")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    log(f"filling a replica with {args.customers:,} customers and {args.products:,} products")
    started = time.perf_counter()
    _fill(partial, args.customers, args.products, args.seed)
    seconds = time.perf_counter() - started
    os.replace(partial, path)
    log(f"filled in {seconds:.1f}s ({path.stat().st_size / 2**20:,.0f} MiB)")
    return path, seconds


# -- the queries ----------------------------------------------------------------------


def _phone_typed(phone: str) -> str:
    national = phone[3:]  # +48 / +39
    return f"{national[:3]} {national[3:]}"


KEYS: dict[str, Callable[[Row], str | None]] = {
    "last_name": lambda row: row[4],
    "first_name": lambda row: row[3],
    "first_last": lambda row: f"{row[3]} {row[4]}",
    "email": lambda row: row[5],
    "phone": lambda row: _phone_typed(row[6]) if row[6] else None,
    "loyalty_card": lambda row: row[8],
    "number": lambda row: row[2],
}


def _typed(kind: str, value: str, length: int) -> str:
    if kind == "first_last":  # the whole first name, then the last name's first letters
        first, _, last = value.partition(" ")
        return f"{first} {last[:length]}"
    if kind == "phone":  # digits as typed, the space counted as a keystroke
        return value[: length + (1 if length > 3 else 0)]
    return value[:length]


def _queries(path: Path, samples: int, seed: int) -> list[tuple[str, int, str]]:
    with contextlib.closing(cipher.connect(path, BENCH_KEY)) as connection:
        count = connection.execute("SELECT max(rowid) FROM customers").fetchone()[0] or 0
        rng = random.Random(f"local-search:{seed}:queries")
        rowids = rng.sample(range(1, count + 1), min(samples, count))
        marks = ", ".join("?" * len(rowids))
        rows = connection.execute(
            f"SELECT {', '.join(CUSTOMER_COLUMNS)} FROM customers WHERE rowid IN ({marks})", rowids
        ).fetchall()
    queries = []
    for row in rows:
        for kind, key in KEYS.items():
            value = key(row)
            if value:
                queries += [(kind, n, _typed(kind, value, n)) for n in range(1, 5)]
    random.Random(seed).shuffle(queries)
    return queries


def _timed(
    replica: Replica, text: str, limit: int, after: CustomerHit | None = None
) -> tuple[float, list[CustomerHit]]:
    started = time.perf_counter()
    with replica.read() as session:
        hits = search_customers(
            session, text, limit=limit, after=None if after is None else after.key
        )
    return (time.perf_counter() - started) * 1000, hits


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        **{f"p{q}": rounded(percentile(values, q), 2) for q in (50, 95, 99, 100)},
    }


def _customer_figures(
    replica: Replica, queries: list[tuple[str, int, str]], limit: int
) -> dict[str, Any]:
    for _, _, text in queries[:50]:  # prepared statements and page cache, not timed
        _timed(replica, text, limit)
    first_ms: list[float] = []
    next_ms: list[float] = []
    by_kind: dict[str, list[float]] = defaultdict(list)
    by_length: dict[int, list[float]] = defaultdict(list)
    empty = 0
    for kind, length, text in queries:
        ms, hits = _timed(replica, text, limit)
        first_ms.append(ms)
        by_kind[kind].append(ms)
        by_length[length].append(ms)
        empty += not hits
        if len(hits) == limit:
            ms, more = _timed(replica, text, limit, hits[-1])
            next_ms.append(ms)
            if {h.id for h in more} & {h.id for h in hits}:
                raise SystemExit(f"the next page of {text!r} repeats rows")
    browse = [_timed(replica, "", limit)[0] for _ in range(20)]
    return {
        "first_page_ms": _summary(first_ms),
        "next_page_ms": _summary(next_ms),
        "browse_all_ms": _summary(browse),
        "by_key_ms": {kind: _summary(values) for kind, values in by_kind.items()},
        "by_typed_length_ms": {str(n): _summary(v) for n, v in sorted(by_length.items())},
        "queries_without_hits": empty,
    }


def _product_figures(replica: Replica, products: int, seed: int, limit: int) -> dict[str, Any]:
    if not products:
        return {}
    rng = random.Random(f"local-search:{seed}:product-queries")
    texts = []
    for _ in range(200):
        index = rng.randint(1, products)
        category = rng.choice([c for c in CATEGORIES if c.brands])
        word = rng.choice(rng.choice(category.kinds).label.split())
        texts += [
            f"SKU-{index:06d}"[: rng.randint(5, 9)],
            word[: rng.randint(1, 4)],
            rng.choice(category.brands)[: rng.randint(1, 4)],
            ean13(f"590{index:09d}"),
        ]
    timings = []
    for text in texts:
        started = time.perf_counter()
        with replica.read() as session:
            search_products(session, text, limit=limit)
        timings.append((time.perf_counter() - started) * 1000)
    return {"product_search_ms": _summary(timings)}


def run(args: argparse.Namespace) -> dict[str, Any]:
    path, fill_seconds = _replica_file(args)
    queries = _queries(path, args.samples, args.seed)
    log(f"timing {len(queries):,} type-ahead queries")
    with open_replica(path, BENCH_KEY) as replica:
        figures = _customer_figures(replica, queries, args.limit)
        figures.update(_product_figures(replica, args.products, args.seed, args.limit))
    p95 = figures["first_page_ms"]["p95"]
    log(
        f"first page p50 {figures['first_page_ms']['p50']} ms, p95 {p95} ms, "
        f"p99 {figures['first_page_ms']['p99']} ms; next page p95 "
        f"{figures['next_page_ms']['p95']} ms"
    )
    return {
        "customers": args.customers,
        "products": args.products,
        "limit": args.limit,
        **figures,
        "replica_mb": rounded(path.stat().st_size / 2**20, 1),
        "fill_seconds": rounded(fill_seconds, 1),
        "sqlite_version": cipher.dbapi2.sqlite_version,
        "load_average": rounded(os.getloadavg()[0], 2),
        "target_p95_ms": TARGET_P95_MS,
        "passed": p95 < TARGET_P95_MS and figures["next_page_ms"]["p95"] < TARGET_P95_MS,
    }
