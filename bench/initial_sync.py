"""initial_sync: a device's whole first sync, end to end, into a real replica.

The central API serves the demo data set (sized as for pull_throughput: about --rows
rows in the device's scope, the SQLite seed cached) as uvicorn in its own process. The
device runs in a third process, so its peak memory (`VmHWM`) is its own; this module
imports only client code at the top, for that process. The device opens a replica,
enrols over HTTP, then takes the snapshot and the change feed with the client code
(`sync.client.snapshot.pull_snapshot`, then `sync.client.pull.pull_changes`: what
`SyncEngine.sync_once` does for a device with nothing to push). The clock runs around
those two calls. Figures: rows/s into the replica, the client's peak RSS, CPU seconds
of client and server, and the replica's rows checked against what the snapshot sent.

The replica is encrypted (SQLCipher) as in the product; `--no-encryption` gives the
baseline: the same SQLite build (SQLCipher's library) opened without a key, so the two
runs differ only by the page encryption and its HMACs.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.common import REPO_ROOT, log, rounded

if TYPE_CHECKING:
    from bench.backends import Target
    from bench.data import Seeded
    from bench.sizing import Sizes
    from sync.client.replica import Replica

DESCRIPTION = "rows/s and client peak memory of a device's first sync into its replica"
TARGET_ROWS_PER_SECOND = 50_000
TARGET_PEAK_MB = 300
REPORT_EVERY = 100_000  # rows between progress lines


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rows", type=int, default=1_000_000, help="rows the device's scope should hold (about)"
    )
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--place", default="PL-WAW-01", help="store or territory of the device")
    parser.add_argument(
        "--page-size",
        type=int,
        default=None,
        help="snapshot page size asked for (default: the client's own, SNAPSHOT_PAGE)",
    )
    parser.add_argument(
        "--customer-share", type=float, default=0.8, help="customers seeded per row asked for"
    )
    parser.add_argument("--customers", type=int, default=None, help="override the sizing")
    parser.add_argument("--products", type=int, default=None, help="override the sizing")
    parser.add_argument(
        "--no-search-indexes",
        action="store_true",
        help="drop the local search indexes (replica revision 0002) before syncing, to see "
        "what they cost",
    )
    parser.add_argument(
        "--no-encryption",
        action="store_true",
        help="baseline: the replica as plain SQLite (same library, no key), to see what "
        "encryption costs",
    )


def _sizes(args: argparse.Namespace) -> Sizes:
    from bench.sizing import Sizes, probe, sizes_for

    sizes = sizes_for(args.rows, args.customer_share, probe(REPO_ROOT, args.place))
    return Sizes(
        args.customers if args.customers is not None else sizes.customers,
        args.products if args.products is not None else sizes.products,
        sizes.expected_rows,
    )


@contextlib.contextmanager
def _seeded(args: argparse.Namespace, sizes: Sizes) -> Iterator[tuple[Target, Seeded]]:
    from bench.backends import Target, postgres
    from bench.data import cached_sqlite, seed

    if args.backend == "postgres":
        with postgres("initial-sync") as target:
            yield target, seed(target.url, sizes.customers, sizes.products)
    else:
        url, seeded = cached_sqlite(REPO_ROOT, sizes.customers, sizes.products)
        yield Target("sqlite", url), seeded


@dataclass
class ClientFigures:
    """What the device process reports about its own sync."""

    snapshot_rows: int = 0
    changes: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    rss_before_mb: float = 0.0
    peak_rss_mb: float = 0.0
    replica_mb: float = 0.0
    replica_rows: dict[str, int] = field(default_factory=dict)
    encrypted: bool = True
    error: str | None = None


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb() -> float:
    """This process's peak RSS since it started. Not `ru_maxrss`: Linux carries that
    across exec, so a spawned process would report its parent's peak at the fork (the
    parent seeds the demo data, several hundred MB)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("/proc/self/status has no VmHWM")


def _device(
    base_url: str,
    code: str,
    folder: str,
    page_size: int | None,
    no_search_indexes: bool,
    answer: Connection,
    encrypted: bool = True,
) -> None:
    """The device process: enrol, then the timed first sync; sends ClientFigures back."""
    figures = ClientFigures()
    try:
        _first_sync(
            base_url,
            code,
            Path(folder) / "replica.db",
            page_size,
            no_search_indexes,
            figures,
            encrypted,
        )
    except BaseException as error:  # reported to the parent, which fails the run
        figures.error = f"{type(error).__name__}: {error}"
    answer.send(asdict(figures))
    answer.close()


def _drop_search_indexes(replica: Replica) -> None:
    with replica.writer.begin() as connection:
        names = (
            connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' "
                "AND name LIKE 'ix\\_%\\_search\\_%' ESCAPE '\\'"
            )
            .scalars()
            .all()
        )
        for name in names:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
    log(f"device: dropped {len(names)} search indexes")


def _plain_connect(path: Path, key: object, *, timeout: float = 30, read_only: bool = False) -> Any:
    """`cipher.connect` without the key: the baseline's plain replica."""
    import sqlcipher3

    return sqlcipher3.connect(str(path), timeout=timeout, check_same_thread=False)


def _first_sync(
    base_url: str,
    code: str,
    path: Path,
    page_size: int | None,
    no_search_indexes: bool,
    figures: ClientFigures,
    encrypted: bool = True,
) -> None:
    from sqlalchemy import func, select

    from sync.client import cipher
    from sync.client.device import enrol
    from sync.client.pull import Progress, pull_changes
    from sync.client.replica import ReplicaKey, open_replica
    from sync.client.snapshot import SNAPSHOT_PAGE, pull_snapshot
    from sync.client.transport import Http
    from sync.model import Base

    next_report = REPORT_EVERY

    def progress(done: Progress) -> None:
        nonlocal next_report
        if done.rows_done >= next_report:
            log(f"device: {done.rows_done:,} of {done.rows_total:,} rows (RSS {_rss_mb():.0f} MB)")
            next_report += REPORT_EVERY

    if not encrypted:  # this process only: the device's replica opens without a key
        cipher.connect = _plain_connect  # type: ignore[assignment]
    with open_replica(path, ReplicaKey.new()) as replica:
        figures.encrypted = not cipher.is_plain(path)
        if no_search_indexes:
            _drop_search_indexes(replica)
        with Http(base_url) as http:
            token = enrol(replica, http, code, "bench-initial-sync").token
        figures.rss_before_mb = _rss_mb()
        with Http(base_url, token, timeout=300) as http:
            started, cpu = time.perf_counter(), time.process_time()
            figures.snapshot_rows = pull_snapshot(
                replica, http, progress, page_size=page_size or SNAPSHOT_PAGE
            )
            figures.changes = pull_changes(replica, http)
            figures.seconds = time.perf_counter() - started
            figures.cpu_seconds = time.process_time() - cpu
        figures.peak_rss_mb = _peak_rss_mb()
        with replica.read() as session:
            figures.replica_rows = {
                str(table.name): int(session.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }
    figures.replica_mb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


def _run_device(
    base_url: str, code: str, page_size: int | None, no_search_indexes: bool, encrypted: bool = True
) -> ClientFigures:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    with tempfile.TemporaryDirectory(prefix="omnidesk-bench-device-") as folder:
        process = context.Process(
            target=_device,
            args=(base_url, code, folder, page_size, no_search_indexes, send, encrypted),
            name="bench-device",
        )
        process.start()
        send.close()
        try:
            figures = ClientFigures(**receive.recv())
        except EOFError:
            figures = ClientFigures(error="the device process died without an answer")
        finally:
            process.join(timeout=60)
            if process.is_alive():
                process.kill()
                process.join()
    if figures.error:
        raise SystemExit(f"the device's first sync failed: {figures.error}")
    return figures


def run(args: argparse.Namespace) -> dict[str, Any]:
    from bench.backends import backend_version
    from bench.data import enrolment_codes
    from bench.server_process import ServerProcess
    from sync.server.db import open_database

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
        with ServerProcess(target.url) as server:
            log(f"server up; the device takes its first sync of {args.place}")
            server_cpu = server.cpu_seconds()
            device = _run_device(
                server.base_url,
                code,
                args.page_size,
                args.no_search_indexes,
                not args.no_encryption,
            )
            server_cpu = server.cpu_seconds() - server_cpu
        version = backend_version(args.backend, target.url)
    return _figures(args, sizes, seeded, device, server_cpu, version)


def _figures(
    args: argparse.Namespace,
    sizes: Sizes,
    seeded: Seeded,
    device: ClientFigures,
    server_cpu: float,
    version: str,
) -> dict[str, Any]:
    rows = device.snapshot_rows + device.changes
    rate = rows / device.seconds if device.seconds else 0.0
    in_replica = sum(device.replica_rows.values())
    # Pulled changes may add or remove rows; with none, the replica is the snapshot.
    complete = device.changes > 0 or in_replica == device.snapshot_rows
    log(
        f"{rows:,} rows into the replica in {device.seconds:.2f}s = {rate:,.0f} rows/s; "
        f"client peak RSS {device.peak_rss_mb:.0f} MB"
    )
    if not complete:
        log(
            f"WARNING: the replica holds {in_replica:,} rows, the snapshot sent "
            f"{device.snapshot_rows:,}"
        )
    return {
        "backend": args.backend,
        "backend_version": version,
        "place": args.place,
        "rows": rows,
        "snapshot_rows": device.snapshot_rows,
        "changes": device.changes,
        "replica_rows": in_replica,
        "rows_by_table": {k: v for k, v in device.replica_rows.items() if v},
        "seconds": rounded(device.seconds),
        "rows_per_second": round(rate),
        "page_size": args.page_size,
        "search_indexes": not args.no_search_indexes,
        "encrypted": device.encrypted,
        "client_peak_rss_mb": rounded(device.peak_rss_mb, 1),
        "client_rss_before_sync_mb": rounded(device.rss_before_mb, 1),
        "replica_mb": rounded(device.replica_mb, 1),
        "cpu_seconds": {"client": rounded(device.cpu_seconds, 2), "server": rounded(server_cpu, 2)},
        "customers_seeded": sizes.customers,
        "products_seeded": sizes.products,
        "seed_seconds": rounded(seeded.seconds, 1),
        "seed_cached": seeded.cached,
        "load_average": rounded(os.getloadavg()[0], 2),
        "target_rows_per_second": TARGET_ROWS_PER_SECOND,
        "target_peak_mb": TARGET_PEAK_MB,
        "passed": (
            rate >= TARGET_ROWS_PER_SECOND and device.peak_rss_mb < TARGET_PEAK_MB and complete
        ),
    }
