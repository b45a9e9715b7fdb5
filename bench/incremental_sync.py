"""incremental_sync: how long a real device (sync.client) takes to pull N fresh changes.

A fresh SQLite central database holds the demo data (2,000 customers by default); the API
runs as uvicorn in a separate process. A device (sync.client replica in a temp folder) is
enrolled for --place and takes its first snapshot (not timed). Then --rows Interaction
rows about customers of that place are added in ONE write transaction of the server's
database from this process (`Database.write()`, so the change feed records them). The
clock runs around `sync.client.pull.pull_changes` until the replica holds all of them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench.backends import temporary_sqlite
from bench.common import log, rounded
from bench.data import customers_of, enrolment_codes, seed
from bench.server_process import ServerProcess
from sync import model as m
from sync.client.device import enrol as enrol_device
from sync.client.pull import pull_changes
from sync.client.replica import Replica, ReplicaKey, open_replica
from sync.client.snapshot import pull_snapshot
from sync.client.transport import Http
from sync.server.db import Database, open_database

DESCRIPTION = "seconds for an enrolled device (sync.client) to pull N new rows in its scope"
TARGET_SECONDS = 1.0
TEXT_PREFIX = "bench change"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rows", type=int, default=1_000, help="rows changed on the server")
    add_common(parser)


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--place", default="PL-WAW-01", help="store the device is enrolled for")
    parser.add_argument("--customers", type=int, default=2_000, help="demo customers seeded")
    parser.add_argument("--products", type=int, default=200, help="demo products seeded")


@dataclass
class Setup:
    db: Database  # the server's database, opened in this process too
    server: ServerProcess
    replica: Replica
    token: str
    customers: list[uuid.UUID]
    store_id: uuid.UUID | None


@contextlib.contextmanager
def enrolled_device(args: argparse.Namespace, snapshot: bool = True) -> Iterator[Setup]:
    """Seeded server process + an enrolled replica (snapshot taken unless told not to)."""
    with (
        temporary_sqlite("client") as url,
        tempfile.TemporaryDirectory(prefix="omnidesk-bench-replica-") as folder,
    ):
        seed(url, args.customers, args.products)
        db = open_database(url)
        try:
            (code,) = enrolment_codes(db, args.place, 1)
            customers = customers_of(db, args.place, 1_000)
            if not customers:
                raise SystemExit(f"no customers of {args.place} in the demo data")
            with db.read() as session:
                store_id = session.scalar(select(m.Store.id).where(m.Store.code == args.place))
            with ServerProcess(url) as server:
                replica = open_replica(Path(folder) / "replica.db", ReplicaKey.new())
                try:
                    with Http(server.base_url) as http:
                        token = enrol_device(replica, http, code, "bench-client").token
                    log(f"device enrolled for {args.place}")
                    if snapshot:
                        with Http(server.base_url, token) as http:
                            started = time.perf_counter()
                            rows = pull_snapshot(replica, http)
                            pull_changes(replica, http)
                        log(
                            f"first snapshot: {rows:,} rows in "
                            f"{time.perf_counter() - started:.2f}s (not timed)"
                        )
                    yield Setup(db, server, replica, token, customers, store_id)
                finally:
                    replica.close()
        finally:
            db.dispose()


def interaction(setup: Setup, n: int, text: str) -> m.Interaction:
    return m.Interaction(
        id=uuid.uuid4(),
        customer_id=setup.customers[n % len(setup.customers)],
        channel="store",
        kind="note",
        text=text,
        store_id=setup.store_id,
    )


def replica_count(replica: Replica, prefix: str) -> int:
    with replica.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(m.Interaction)
                .where(m.Interaction.text.startswith(prefix))
            )
            or 0
        )


def run(args: argparse.Namespace) -> dict[str, Any]:
    with enrolled_device(args) as setup:
        prefix = f"{TEXT_PREFIX} {uuid.uuid4().hex[:8]}"
        started = time.perf_counter()
        with setup.db.write() as session:
            session.add_all(interaction(setup, n, f"{prefix} #{n}") for n in range(args.rows))
        write_seconds = time.perf_counter() - started
        log(f"{args.rows:,} interactions written on the server in {write_seconds:.3f}s")
        with Http(setup.server.base_url, setup.token) as http:
            pulls = applied = 0
            started = time.perf_counter()
            while True:
                applied += pull_changes(setup.replica, http)
                pulls += 1
                have = replica_count(setup.replica, prefix)
                if have >= args.rows:
                    break
                if time.perf_counter() - started > 60:
                    raise SystemExit(f"only {have:,} of {args.rows:,} rows arrived in 60 s")
            seconds = time.perf_counter() - started
    rate = have / seconds if seconds else 0.0
    log(
        f"pulled {have:,} rows ({applied:,} changes, {pulls} call(s)) in {seconds:.3f}s "
        f"= {rate:,.0f} rows/s"
    )
    return {
        "place": args.place,
        "rows": have,
        "changes_applied": applied,
        "pull_calls": pulls,
        "seconds": rounded(seconds),
        "rows_per_second": round(rate),
        "server_write_seconds": rounded(write_seconds),
        "customers_seeded": args.customers,
        "products_seeded": args.products,
        "load_average": rounded(os.getloadavg()[0], 2),
        "target_seconds": TARGET_SECONDS,
        "passed": seconds < TARGET_SECONDS and have >= args.rows,
    }
