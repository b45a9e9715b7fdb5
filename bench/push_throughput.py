"""push_throughput: mutations per second accepted with many devices pushing at once.

Each device is enrolled with its own one-time code and token and driven by its own
asyncio task with its own httpx client. It pushes `--batches` batches of
`--batch-size` "interaction.add" notes for customers of its store (or territory),
signed by a staff member who works there. Every non-200 answer and every rejected
mutation counts as an error.

By default the devices together offer `--rate` mutations/s (1,100: a tenth above the
target), each device sending a batch every `devices × batch size ÷ rate` seconds, the
devices spread evenly over that interval; a push's latency runs from when it was due.
`--rate 0` makes every device push again as soon as it is answered: the server's
saturation throughput, where latency is mostly time spent queueing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
from sqlalchemy import func, select

from bench.backends import BACKENDS, Target, backend_version, open_target
from bench.common import headers, log, percentile, rounded
from bench.data import customers_of, enrol, enrolment_codes, seed, staff_id
from bench.server_process import ServerProcess, cpu_seconds
from sync import proof
from sync.model import Interaction
from sync.server.db import open_database
from sync.server.demo.org import DEMO_PIN
from sync.server.tables import AppliedMutation

DESCRIPTION = "mutations/s accepted from N devices pushing interaction.add batches at once"

# Places with a fixed demo login who may add notes there.
PLACES = {
    "PL-WAW-01": "cashier.waw",
    "IT-MIL-01": "cashier.mil",
    "PL-WAW-B1": "advisor.waw",
    "IT-MIL-B1": "advisor.mil",
    "PL-FIELD-N": "rep.north",
    "IT-FIELD-NORD": "rep.nord",
}
TARGET_RATE, TARGET_P99_MS = 1000, 250
# Offered a little above the target: a server that keeps up accepts at least the target.
OFFERED_RATE = 1100


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", choices=BACKENDS, default="postgres")
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--batches", type=int, default=20, help="batches per device")
    parser.add_argument("--batch-size", type=int, default=10, help="mutations per batch")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument(
        "--rate",
        type=float,
        default=OFFERED_RATE,
        help="mutations/s the devices offer together, each on its own schedule (0: every "
        "device pushes its next batch as soon as the last is answered)",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=1,
        help="batches of one mutation per device before the clock starts",
    )
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--products", type=int, default=200)
    parser.add_argument(
        "--places",
        default=",".join(PLACES),
        help=f"store/territory codes the devices are spread over, from {', '.join(PLACES)}",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=900,
        help="seconds the pushing may take in all before it is cut short",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="folder for py-spy profiles of the server workers",
    )


@dataclass
class Pusher:
    """One device: its token, who signs its notes, whom they are about, what it sent."""

    index: int
    name: str
    token: str
    actor: uuid.UUID
    customers: list[uuid.UUID]
    session_id: uuid.UUID  # the actor's staff session on this device: it signs each note
    secret: str = field(repr=False)
    seq: int = 0
    latencies: list[float] = field(default_factory=list)
    accepted: int = 0
    errors: list[str] = field(default_factory=list)

    def batch(self, size: int) -> list[dict[str, Any]]:
        at = datetime.now(UTC)
        mutations = []
        for _ in range(size):
            self.seq += 1
            customer = self.customers[self.seq % len(self.customers)]
            mutation_id = uuid.uuid4()
            args = {
                "interaction_id": str(uuid.uuid4()),
                "customer_id": str(customer),
                "kind": "note",
                "text": f"{self.name}: note {self.seq}",
            }
            mutations.append(
                {
                    "id": str(mutation_id),
                    "seq": self.seq,
                    "name": "interaction.add",
                    "actor": str(self.actor),
                    "at": at.isoformat(),
                    "args": args,
                    "session": str(self.session_id),
                    "proof": proof.sign(
                        self.secret,
                        mutation_id,
                        self.actor,
                        "interaction.add",
                        at,
                        args,
                        self.session_id,
                    ),
                }
            )
        return mutations


async def _push(
    http: httpx.AsyncClient,
    pusher: Pusher,
    batch: list[dict[str, Any]],
    record: bool,
    due: float | None = None,
) -> None:
    """Push one batch. Its latency runs from when it was due (if it is sent late because
    the device's previous push was still waiting, that wait counts too)."""
    body = orjson.dumps({"sent_at": datetime.now(UTC).isoformat(), "mutations": batch})
    started = time.perf_counter() if due is None else due
    try:
        response = await http.post(
            "/v1/sync/push",
            content=body,
            headers={**headers(pusher.token), "Content-Type": "application/json"},
        )
    except httpx.HTTPError as error:
        pusher.errors.append(f"{type(error).__name__}: {error}")
        return
    elapsed = time.perf_counter() - started
    if not record:
        return
    pusher.latencies.append(elapsed)
    if response.status_code != 200:
        pusher.errors.append(f"HTTP {response.status_code}: {response.text[:200]}")
        return
    for result in orjson.loads(response.content)["results"]:
        if result["status"] == "accepted":
            pusher.accepted += 1
        else:
            pusher.errors.append(f"rejected {result['code']}: {result['message']}")


async def _drive(
    base_url: str,
    pusher: Pusher,
    batches: list[list[dict[str, Any]]],
    warmup: list[list[dict[str, Any]]],
    ready: asyncio.Barrier,
    schedule: Schedule,
) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
        for batch in warmup:
            await _push(http, pusher, batch, record=False)
        await ready.wait()
        await schedule.started.wait()
        for k, batch in enumerate(batches):
            due = schedule.due(pusher.index, k)
            if due is not None:
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
            await _push(http, pusher, batch, record=True, due=due)


@dataclass
class Schedule:
    """When each device sends each batch: at a steady rate, devices spread evenly over
    the interval (an open loop, like tills pushing what staff do), or, with no rate, as
    soon as the previous push is answered (a closed loop: the server's capacity, and
    latencies that are mostly queueing)."""

    devices: int
    interval: float | None  # seconds between one device's batches
    start: float = 0.0
    started: asyncio.Event = field(default_factory=asyncio.Event)

    @classmethod
    def of(cls, args: argparse.Namespace) -> Schedule:
        if not args.rate:
            return cls(args.devices, None)
        return cls(args.devices, args.devices * args.batch_size / args.rate)

    def due(self, device: int, batch: int) -> float | None:
        if self.interval is None:
            return None
        return self.start + (batch + device / self.devices) * self.interval


async def _run_all(
    base_url: str, pushers: list[Pusher], args: argparse.Namespace, on_start: Any
) -> float:
    """Run every device at once; returns the seconds from the common start to the end."""
    warmups = [[p.batch(1) for _ in range(args.warmup)] for p in pushers]
    plans = [[p.batch(args.batch_size) for _ in range(args.batches)] for p in pushers]
    ready = asyncio.Barrier(len(pushers) + 1)
    schedule = Schedule.of(args)
    tasks = [
        asyncio.create_task(_drive(base_url, p, plan, warm, ready, schedule))
        for p, plan, warm in zip(pushers, plans, warmups, strict=True)
    ]
    await ready.wait()
    on_start()
    started = schedule.start = time.perf_counter()
    schedule.started.set()
    done, late = await asyncio.wait(tasks, timeout=args.timeout)
    for task in late:
        task.cancel()
    if late:
        log(f"cut short after {args.timeout:g}s: {len(late)} devices had not finished")
        await asyncio.gather(*late, return_exceptions=True)
    for task in done:
        if task.exception() is not None:
            raise task.exception()  # type: ignore[misc]
    return time.perf_counter() - started


def _prepare(
    target: Target, args: argparse.Namespace
) -> tuple[list[tuple[str, str]], dict[str, uuid.UUID], dict[str, list[uuid.UUID]]]:
    places = [p.strip() for p in args.places.split(",") if p.strip()]
    unknown = [p for p in places if p not in PLACES]
    if unknown:
        raise SystemExit(f"no fixed login for {unknown}; use some of {list(PLACES)}")
    db = open_database(target.url)
    try:
        actors = {place: staff_id(db, PLACES[place]) for place in places}
        customers = {place: customers_of(db, place, 500) for place in places}
        assignment = [places[i % len(places)] for i in range(args.devices)]
        codes = {
            place: iter(enrolment_codes(db, place, assignment.count(place))) for place in places
        }
    finally:
        db.dispose()
    empty = [place for place, ids in customers.items() if not ids]
    if empty:
        raise SystemExit(f"no customers at {empty}: seed more (--customers)")
    return [(place, next(codes[place])) for place in assignment], actors, customers


def _sign_in(http: httpx.Client, token: str, login: str) -> dict[str, Any]:
    """Sign `login` in on the device holding `token`: their staff session there."""
    response = http.post(
        "/v1/staff/sign-in", json={"login": login, "secret": DEMO_PIN}, headers=headers(token)
    )
    response.raise_for_status()
    session: dict[str, Any] = response.json()["session"]
    return session


def _count_written(target: Target) -> tuple[int, int]:
    db = open_database(target.url)
    try:
        with db.read() as session:
            notes = (
                session.scalar(
                    select(func.count()).select_from(Interaction).where(Interaction.kind == "note")
                )
                or 0
            )
            accepted = (
                session.scalar(
                    select(func.count())
                    .select_from(AppliedMutation)
                    .where(AppliedMutation.status == "accepted")
                )
                or 0
            )
    finally:
        db.dispose()
    return int(notes), int(accepted)


def run(args: argparse.Namespace) -> dict[str, Any]:
    with open_target(args.backend, "push") as target:
        seeded = seed(target.url, args.customers, args.products)
        devices, actors, customers = _prepare(target, args)
        notes_before, _ = _count_written(target)
        with ServerProcess(target.url, workers=args.workers, profile_dir=args.profile) as server:
            pushers = []
            with httpx.Client(base_url=server.base_url, timeout=60) as http:
                for n, (place, code) in enumerate(devices):
                    device = enrol(http, code, f"bench-push-{n:03d}")
                    session = _sign_in(http, device.token, PLACES[place])
                    pushers.append(
                        Pusher(
                            n,
                            f"{place}#{n}",
                            device.token,
                            actors[place],
                            customers[place],
                            uuid.UUID(session["id"]),
                            session["secret"],
                        )
                    )
            log(
                f"enrolled {len(pushers)} devices over {len(actors)} places; pushing "
                f"{args.batches} x {args.batch_size} mutations each"
            )
            cpu: dict[str, float] = {}

            def on_start() -> None:
                cpu.update(
                    server=server.cpu_seconds(),
                    db=cpu_seconds(target.server_pids()),
                    client=time.process_time(),
                )
                server.start_profiling("push")

            seconds = asyncio.run(_run_all(server.base_url, pushers, args, on_start))
            cpu = {
                "server": server.cpu_seconds() - cpu["server"],
                "db": cpu_seconds(target.server_pids()) - cpu["db"],
                "client": time.process_time() - cpu["client"],
            }
            server.stop_profiling()
        notes_after, applied = _count_written(target)
        version = backend_version(args.backend, target.url)
    return _figures(
        args, pushers, seconds, cpu, seeded.seconds, notes_after - notes_before, applied, version
    )


def _figures(
    args: argparse.Namespace,
    pushers: list[Pusher],
    seconds: float,
    cpu: dict[str, float],
    seed_seconds: float,
    notes: int,
    applied: int,
    version: str,
) -> dict[str, Any]:
    latencies = [x for p in pushers for x in p.latencies]
    accepted = sum(p.accepted for p in pushers)
    errors = [e for p in pushers for e in p.errors]
    sent = args.devices * args.batches * args.batch_size
    rate = accepted / seconds if seconds else 0.0
    p99_ms = percentile(latencies, 99) * 1000
    ms = {f"p{q}": rounded(percentile(latencies, q) * 1000, 1) for q in (50, 95, 99)}
    log(
        f"{accepted:,} of {sent:,} mutations accepted in {seconds:.2f}s = {rate:,.0f}/s; "
        f"push p50 {ms['p50']} ms, p99 {ms['p99']} ms; {len(errors)} errors"
    )
    for error in sorted(set(errors))[:5]:
        log(f"error: {error}")
    return {
        "backend": args.backend,
        "backend_version": version,
        "workers": args.workers,
        "offered_per_second": args.rate or None,
        "devices": args.devices,
        "batches_per_device": args.batches,
        "batch_size": args.batch_size,
        "mutations_planned": sent,
        "mutations_accepted": accepted,
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:5],
        "seconds": rounded(seconds),
        "mutations_per_second": rounded(rate, 1),
        "pushes": len(latencies),
        "push_latency_ms": {
            **ms,
            "max": rounded(max(latencies, default=0) * 1000, 1),
            "mean": rounded(sum(latencies) / max(len(latencies), 1) * 1000, 1),
        },
        # A mutation is answered with its batch: its latency is its push's; this is the
        # push latency shared out over the mutations of the batch.
        "amortised_mutation_ms": {k: rounded(v / args.batch_size, 2) for k, v in ms.items()},
        "cpu_seconds": {k: rounded(v, 2) for k, v in cpu.items()},
        "notes_written": notes,
        "applied_mutations_accepted": applied,
        "seed_seconds": rounded(seed_seconds, 1),
        "customers": args.customers,
        "load_average": rounded(os.getloadavg()[0], 2),
        "products": args.products,
        "warmup_batches_per_device": args.warmup,
        "target": {"mutations_per_second": TARGET_RATE, "p99_ms": TARGET_P99_MS, "errors": 0},
        "passed": (
            rate >= TARGET_RATE and p99_ms <= TARGET_P99_MS and not errors and accepted == sent
        ),
    }
