"""sign_in_flood: another device's pulls while 25 clients sign staff in as fast as they can.

A fresh SQLite central database holds the demo data; the API runs as uvicorn in a
separate process (one worker). --flooders + 1 devices are enrolled for --place. One of
them pulls `GET /v1/sync/changes` from its cursor, one request every --gap seconds, while
this process adds an interaction of a customer of that place every 0.1 s through the
server database (so pulls carry changes). First --seconds of pulls alone (baseline), then
--seconds with the flood: each flooder (its own device, thread and connection) signs the
place's staff in with the right PIN, one after another without pause, so every request
costs a scrypt run (wrong PINs would be locked out after five and cost nothing). Figures:
pull latency p50/p95/p99 in both phases, sign-in answers by status, server CPU seconds per
sign-in and per pull.
"""

from __future__ import annotations

import argparse
import os
import threading
import time
import uuid
from collections import Counter
from typing import Any

import httpx
from sqlalchemy import select

from bench.backends import temporary_sqlite
from bench.common import headers, log, percentile, rounded
from bench.data import customers_of, enrol, enrolment_codes, seed
from bench.server_process import ServerProcess
from sync import model as m
from sync.server.db import Database, open_database
from sync.server.demo import DEMO_PIN

DESCRIPTION = (
    "another device's GET /v1/sync/changes latency (p95) under a flood of sign-ins from 25 clients"
)
TARGET_P95_MS = 200.0


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--flooders", type=int, default=25, help="clients signing in")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    parser.add_argument("--gap", type=float, default=0.05, help="pause between pulls (s)")
    parser.add_argument("--place", default="PL-WAW-01", help="store of every device")
    parser.add_argument("--customers", type=int, default=2_000, help="demo customers seeded")
    parser.add_argument("--products", type=int, default=200, help="demo products seeded")
    parser.add_argument(
        "--hashing-workers",
        type=int,
        default=0,
        help="OMNIDESK_HASHING_WORKERS for the server (0: its default)",
    )


def _logins(db: Database, place: str) -> list[str]:
    with db.read() as session:
        store_id = session.scalar(select(m.Store.id).where(m.Store.code == place))
        return list(
            session.scalars(
                select(m.StaffUser.login).where(
                    m.StaffUser.store_id == store_id, m.StaffUser.active.is_(True)
                )
            )
        )


def _writer(db: Database, place: str, stop: threading.Event) -> None:
    customers = customers_of(db, place, 100)
    with db.read() as session:
        store_id = session.scalar(select(m.Store.id).where(m.Store.code == place))
    n = 0
    while not stop.wait(0.1):
        with db.write() as session:
            session.add(
                m.Interaction(
                    id=uuid.uuid4(),
                    customer_id=customers[n % len(customers)],
                    channel="store",
                    kind="note",
                    text=f"bench flood #{n}",
                    store_id=store_id,
                )
            )
        n += 1


def _puller(
    http: httpx.Client, token: str, gap: float, stop: threading.Event, latencies: list[float]
) -> None:
    cursor = http.get("/v1/devices/me", headers=headers(token)).json()["head"]
    while not stop.is_set():
        began = time.perf_counter()
        response = http.get(
            "/v1/sync/changes", params={"cursor": cursor, "limit": 1000}, headers=headers(token)
        )
        latencies.append(time.perf_counter() - began)
        if response.status_code != 200:
            raise SystemExit(f"pull answered {response.status_code}: {response.text}")
        cursor = response.json()["cursor"]
        stop.wait(gap)


def _flooder(
    base_url: str,
    token: str,
    logins: list[str],
    stop: threading.Event,
    answers: Counter[int],
    times: list[float],
    lock: threading.Lock,
) -> None:
    n = 0
    with httpx.Client(base_url=base_url, timeout=60) as http:
        while not stop.is_set():
            began = time.perf_counter()
            response = http.post(
                "/v1/staff/sign-in",
                json={"login": logins[n % len(logins)], "secret": DEMO_PIN},
                headers=headers(token),
            )
            took = time.perf_counter() - began
            with lock:
                answers[response.status_code] += 1
                if response.status_code == 200:
                    times.append(took)
            n += 1


def _pull_phase(http: httpx.Client, token: str, args: argparse.Namespace) -> list[float]:
    latencies: list[float] = []
    stop = threading.Event()
    worker = threading.Thread(target=_puller, args=(http, token, args.gap, stop, latencies))
    worker.start()
    time.sleep(args.seconds)
    stop.set()
    worker.join()
    return latencies


def _ms(values: list[float]) -> dict[str, float]:
    return {f"p{q}": rounded(percentile(values, q) * 1000, 1) for q in (50, 95, 99)} | {
        "max": rounded(max(values) * 1000, 1) if values else 0.0
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    if args.hashing_workers:
        os.environ["OMNIDESK_HASHING_WORKERS"] = str(args.hashing_workers)
    with temporary_sqlite("flood") as url:
        seed(url, args.customers, args.products)
        db = open_database(url)
        stop_writing = threading.Event()
        try:
            logins = _logins(db, args.place)
            codes = enrolment_codes(db, args.place, args.flooders + 1)
            with (
                ServerProcess(url) as server,
                httpx.Client(base_url=server.base_url, timeout=60) as http,
            ):
                devices = [enrol(http, code, f"bench-{n}") for n, code in enumerate(codes)]
                puller, flooders = devices[0], devices[1:]
                writer = threading.Thread(target=_writer, args=(db, args.place, stop_writing))
                writer.start()
                log(f"{len(devices)} devices enrolled; pulls alone for {args.seconds:.0f} s")
                cpu = server.cpu_seconds()
                alone = _pull_phase(http, puller.token, args)
                cpu_alone = server.cpu_seconds() - cpu
                log(f"pull ms alone: {_ms(alone)}; now {args.flooders} clients sign in")
                answers: Counter[int] = Counter()
                sign_in_times: list[float] = []
                lock = threading.Lock()
                stop_flood = threading.Event()
                threads = [
                    threading.Thread(
                        target=_flooder,
                        args=(
                            server.base_url,
                            device.token,
                            logins,
                            stop_flood,
                            answers,
                            sign_in_times,
                            lock,
                        ),
                    )
                    for device in flooders
                ]
                for thread in threads:
                    thread.start()
                time.sleep(1.0)  # let the flood build up before measuring
                cpu = server.cpu_seconds()
                counted = sum(answers.values())
                flooded = _pull_phase(http, puller.token, args)
                cpu_flood = server.cpu_seconds() - cpu
                sign_ins = sum(answers.values()) - counted
                ok_during = answers[200]
                stop_flood.set()
                for thread in threads:
                    thread.join()
                stop_writing.set()
                writer.join()
        finally:
            stop_writing.set()
            db.dispose()
    flood_ms = _ms(flooded)
    log(f"pull ms under the flood: {flood_ms}; sign-in answers {dict(answers)}")
    per_second = sign_ins / args.seconds
    return {
        "place": args.place,
        "flooders": args.flooders,
        "phase_seconds": args.seconds,
        "pulls_alone": len(alone),
        "pull_ms_alone": _ms(alone),
        "pulls_under_flood": len(flooded),
        "pull_ms_under_flood": flood_ms,
        "sign_in_answers": {str(k): v for k, v in sorted(answers.items())},
        "sign_ins_per_second_during_pulls": rounded(per_second, 1),
        "sign_in_ms_ok": _ms(sign_in_times),
        "sign_ins_ok_total": ok_during,
        "server_cpu_seconds_alone": rounded(cpu_alone, 2),
        "server_cpu_seconds_flood": rounded(cpu_flood, 2),
        "server_cpu_ms_per_pull_alone": rounded(cpu_alone / max(1, len(alone)) * 1000, 2),
        "server_cpu_ms_per_sign_in_flood": rounded(
            (cpu_flood - cpu_alone) / max(1, sign_ins) * 1000, 1
        ),
        "hashing_workers": args.hashing_workers or "default",
        "load_average": rounded(os.getloadavg()[0], 2),
        "target_p95_ms": TARGET_P95_MS,
        "passed": flood_ms["p95"] < TARGET_P95_MS,
    }
