"""pull_throughput: rows per second served to one device taking its first sync.

The data set is the demo's, sized so that the device's scope holds about --rows rows
(see bench/sizing.py). One single-threaded httpx client takes the whole snapshot page
by page and then pulls the change feed; the clock runs from its first request to the
last byte of its last answer. Seeding is timed separately (and cached on SQLite).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from bench.backends import BACKENDS, Target, backend_version, postgres
from bench.common import REPO_ROOT, log, percentile, rounded
from bench.data import Seeded, cached_sqlite, enrol, enrolment_codes, seed
from bench.device import PullingDevice, PullStats
from bench.server_process import ServerProcess, cpu_seconds
from bench.sizing import Sizes, probe, sizes_for
from sync.server.db import open_database

DESCRIPTION = "rows/s served to one device for an initial sync (snapshot + changes)"
TARGET_ROWS_PER_SECOND = 100_000


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rows", type=int, default=1_000_000, help="rows the device's scope should hold (about)"
    )
    parser.add_argument("--backend", choices=BACKENDS, default="sqlite")
    parser.add_argument(
        "--place", default="PL-WAW-01", help="store or territory code the device is enrolled for"
    )
    parser.add_argument(
        "--page-size",
        type=int,
        default=20_000,
        help="snapshot page size (the server allows at most 20000)",
    )
    parser.add_argument("--changes-page", type=int, default=10_000)
    parser.add_argument(
        "--format",
        choices=("sqlite", "wire"),
        default="sqlite",
        help="snapshot row format asked for: the replica's storage form (what a device "
        "asks for) or the wire form",
    )
    parser.add_argument(
        "--customer-share", type=float, default=0.8, help="customers seeded per row asked for"
    )
    parser.add_argument("--customers", type=int, default=None, help="override the sizing")
    parser.add_argument("--products", type=int, default=None, help="override the sizing")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument(
        "--profile", type=Path, default=None, help="folder for a py-spy profile of the server"
    )


def _sizes(args: argparse.Namespace) -> Sizes:
    if args.customers is not None and args.products is not None:
        return Sizes(args.customers, args.products, 0)
    sizes = sizes_for(args.rows, args.customer_share, probe(REPO_ROOT, args.place))
    return Sizes(
        args.customers if args.customers is not None else sizes.customers,
        args.products if args.products is not None else sizes.products,
        sizes.expected_rows,
    )


@contextlib.contextmanager
def _seeded(args: argparse.Namespace, sizes: Sizes) -> Iterator[tuple[Target, Seeded]]:
    if args.backend == "postgres":
        with postgres("pull") as target:
            yield target, seed(target.url, sizes.customers, sizes.products)
    else:
        url, seeded = cached_sqlite(REPO_ROOT, sizes.customers, sizes.products)
        yield Target("sqlite", url), seeded


def _take(base_url: str, token: str, args: argparse.Namespace) -> tuple[PullStats, float]:
    stats = PullStats()
    with httpx.Client(base_url=base_url, timeout=300) as http:
        device = PullingDevice(http, token)
        started = time.perf_counter()
        device.snapshot(args.page_size, stats, args.format)
        device.pull(args.changes_page, stats)
        seconds = time.perf_counter() - started
    return stats, seconds


def run(args: argparse.Namespace) -> dict[str, Any]:
    sizes = _sizes(args)
    log(
        f"seeding for about {args.rows:,} rows in scope of {args.place}: "
        f"{sizes.customers:,} customers, {sizes.products:,} products"
    )
    with _seeded(args, sizes) as (target, seeded):
        db = open_database(target.url)
        try:
            (code,) = enrolment_codes(db, args.place, 1)
        finally:
            db.dispose()
        with ServerProcess(target.url, workers=args.workers, profile_dir=args.profile) as server:
            with httpx.Client(base_url=server.base_url, timeout=60) as http:
                device = enrol(http, code, "bench-pull")
            log(
                f"device enrolled for {args.place}; taking the snapshot "
                f"(pages of {args.page_size:,})"
            )
            server.start_profiling("pull")
            before = (server.cpu_seconds(), cpu_seconds(target.server_pids()), time.process_time())
            stats, seconds = _take(server.base_url, device.token, args)
            cpu = {
                "server": server.cpu_seconds() - before[0],
                "db": cpu_seconds(target.server_pids()) - before[1],
                "client": time.process_time() - before[2],
            }
            server.stop_profiling()
        version = backend_version(args.backend, target.url)
    return _figures(args, sizes, seeded, stats, seconds, cpu, version)


def _figures(
    args: argparse.Namespace,
    sizes: Sizes,
    seeded: Seeded,
    stats: PullStats,
    seconds: float,
    cpu: dict[str, float],
    version: str,
) -> dict[str, Any]:
    rows = stats.snapshot_rows + stats.changes
    rate = rows / seconds if seconds else 0.0
    expected = sum(stats.totals.values())
    log(
        f"received {rows:,} rows ({stats.snapshot_rows:,} in the snapshot, "
        f"{stats.changes:,} changes) in {seconds:.2f}s = {rate:,.0f} rows/s"
    )
    if stats.snapshot_rows != expected:
        log(f"WARNING: the snapshot announced {expected:,} rows but sent {stats.snapshot_rows:,}")
    return {
        "backend": args.backend,
        "backend_version": version,
        "place": args.place,
        "rows": rows,
        "rows_asked": args.rows,
        "snapshot_rows": stats.snapshot_rows,
        "changes": stats.changes,
        "rows_announced": expected,
        "rows_by_entity": stats.rows,
        "seconds": rounded(seconds),
        "rows_per_second": round(rate),
        "pages": stats.pages,
        "page_size": args.page_size,
        "format": args.format,
        "megabytes": rounded(stats.bytes / 2**20, 1),
        "page_ms": {
            f"p{q}": rounded(percentile(stats.request_seconds, q) * 1000, 1)
            for q in (50, 95, 99, 100)
        },
        "client_parse_seconds": rounded(stats.parse_seconds, 2),
        "cpu_seconds": {name: rounded(value, 2) for name, value in cpu.items()},
        "workers": args.workers,
        "customers_seeded": sizes.customers,
        "products_seeded": sizes.products,
        "seed_seconds": rounded(seeded.seconds, 1),
        "seed_cached": seeded.cached,
        "load_average": rounded(os.getloadavg()[0], 2),
        "target_rows_per_second": TARGET_ROWS_PER_SECOND,
        "passed": rate >= TARGET_ROWS_PER_SECOND and stats.snapshot_rows == expected,
    }
