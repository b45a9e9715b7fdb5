"""change_latency: from a server commit to the row being in a live device's replica.

Same setup as incremental_sync (fresh SQLite demo data, uvicorn in a separate process, a
device enrolled for --place). `sync.client.engine.SyncEngine.run` keeps the device in
step from a background thread (its live long-poll). Then --rows times: one Interaction
with a unique id and text is committed through the server database's write session in
this process, and the replica's interactions table is polled by id every 2 ms until the
row is there. The latency runs from the end of the commit to the row being visible.
A random pause (0 to --gap seconds) before each write keeps the writes from falling
in step with the server's live loop.
"""

from __future__ import annotations

import argparse
import os
import random
import threading
import time
import uuid
from typing import Any

from sqlalchemy import select

from bench.common import log, percentile, rounded
from bench.incremental_sync import Setup, add_common, enrolled_device, interaction
from sync import model as m
from sync.client import state
from sync.client.engine import EngineStatus, SyncEngine
from sync.client.transport import Http

DESCRIPTION = "ms from a server commit to the row in a live device's replica (p50/p95/p99)"
TARGET_P95_MS = 100.0
POLL_SECONDS = 0.002
TIMEOUT_SECONDS = 30.0


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rows", type=int, default=100, help="changes written one at a time")
    parser.add_argument(
        "--gap",
        type=float,
        default=0.5,
        help="longest random pause before each write (s); 0.5 = one server live re-check",
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the random pauses")
    add_common(parser)


def _visible(setup: Setup, row_id: uuid.UUID) -> bool:
    with setup.replica.read() as session:
        found = session.execute(select(m.Interaction.id).where(m.Interaction.id == row_id)).first()
    return found is not None


def _wait_synced(setup: Setup, statuses: list[EngineStatus], worker: threading.Thread) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if not worker.is_alive():
            raise SystemExit("the sync engine stopped")
        with setup.replica.read() as session:
            done = state.cursor(session) is not None and not state.snapshot_in_progress(session)
        if done and statuses and statuses[-1].online:
            return
        time.sleep(0.05)
    raise SystemExit("the device did not finish its first sync in 120 s")


def run(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    latencies: list[float] = []
    commits: list[float] = []
    with enrolled_device(args, snapshot=False) as setup:
        engine = SyncEngine(setup.replica, lambda: Http(setup.server.base_url, setup.token))
        statuses: list[EngineStatus] = []
        stop = threading.Event()
        worker = threading.Thread(
            target=engine.run, args=(stop, statuses.append), name="bench-sync", daemon=True
        )
        worker.start()
        try:
            _wait_synced(setup, statuses, worker)
            log(f"engine live (first sync done); writing {args.rows} changes one by one")
            time.sleep(0.5)  # let the live long-poll start
            for n in range(args.rows):
                time.sleep(rng.uniform(0, args.gap))
                row = interaction(setup, n, f"bench live {uuid.uuid4().hex}")
                row_id = row.id
                began = time.perf_counter()
                with setup.db.write() as session:
                    session.add(row)
                committed = time.perf_counter()
                while not _visible(setup, row_id):
                    if time.perf_counter() - committed > TIMEOUT_SECONDS:
                        raise SystemExit(f"change {n} not visible after {TIMEOUT_SECONDS} s")
                    time.sleep(POLL_SECONDS)
                latencies.append(time.perf_counter() - committed)
                commits.append(committed - began)
                if (n + 1) % 20 == 0:
                    log(f"{n + 1}/{args.rows}: last {latencies[-1] * 1000:.1f} ms")
        finally:
            stop.set()
            worker.join(10)
            if worker.is_alive():
                log("WARNING: the sync engine did not stop within 10 s")
    ms = {f"p{q}": rounded(percentile(latencies, q) * 1000, 1) for q in (50, 95, 99)}
    ms["max"] = rounded(max(latencies) * 1000, 1)
    ms["mean"] = rounded(sum(latencies) / len(latencies) * 1000, 1)
    log(f"latency ms: {ms}")
    return {
        "place": args.place,
        "changes": len(latencies),
        "latency_ms": ms,
        "commit_ms_p50": rounded(percentile(commits, 50) * 1000, 2),
        "gap_seconds": args.gap,
        "customers_seeded": args.customers,
        "products_seeded": args.products,
        "load_average": rounded(os.getloadavg()[0], 2),
        "target_p95_ms": TARGET_P95_MS,
        "passed": ms["p95"] < TARGET_P95_MS,
    }
