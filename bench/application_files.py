"""application_files: a branch's first sync with many applications and their documents.

The central API (uvicorn in its own process) serves the demo data set (small: its
people, places and a few thousand customers) plus `--applications` draft loan
applications of the branch's customers (`--place`, default PL-WAW-B1) with
`--documents` files of `--file-kib` KiB each, spread over them (rows in
`application_files`, bytes in the server's file store, each file different). Everything
is written straight into the database and the file store (`OMNIDESK_FILES_DIR`, a
temporary folder), not through the API.

A fresh device of the branch, in a third process (its CPU time is its own), enrols and
runs the real sync engine (`sync.client.engine.SyncEngine` with its `FileStore`, files
sealed at rest) cycle after cycle, as the desktop's sync thread does: rows first, then at
most `DOWNLOAD_BUDGET` bytes of files per cycle. Figures:

* `rows_seconds`: from the first request until the snapshot's last page is in the replica;
* `usable_seconds`: until the first sync cycle has ended and the replica has answered the
  desk's applications queue query (`desktop.applications.queries.load_queue`) with every
  application (that cycle also fetched its first budget of files);
* `complete_seconds`: until every file the rows name is kept whole on the device
  (hash checked by the store);
* CPU seconds of the device and of the server, per application row and per MiB of files.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import timedelta
from decimal import Decimal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.common import log, rounded

if TYPE_CHECKING:
    from bench.backends import Target
    from sync.server.db import Database

DESCRIPTION = (
    "a branch's first sync with N applications and M documents: time to usable, to complete"
)
DOCUMENTS = ("id_card", "income_statement")
STALL_CYCLES = 20  # sync cycles in a row without a file fetched before the run gives up


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--applications", type=int, default=1_000)
    parser.add_argument("--documents", type=int, default=5_000, help="files in all")
    parser.add_argument(
        "--file-kib", type=int, default=1024, help="size of each file in KiB (1024 = 1 MiB)"
    )
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--place", default="PL-WAW-B1", help="the branch of the device")
    parser.add_argument("--customers", type=int, default=4_000, help="demo customers seeded")
    parser.add_argument("--products", type=int, default=200, help="demo products seeded")


@contextlib.contextmanager
def _database(args: argparse.Namespace, folder: Path) -> Iterator[Target]:
    from bench.backends import Target, postgres, sqlite_url

    if args.backend == "postgres":
        with postgres("application-files") as target:
            yield target
    else:
        yield Target("sqlite", sqlite_url(folder / "server.db"))


def _kept(blobs: Any, data: bytes, application_id: uuid.UUID) -> str:
    """The file put in the central API's store, as uploaded for its application."""
    sha: str = blobs.put(data)
    blobs.claim(sha, application_id)
    return sha


def _seed_applications(
    db: Database, place: str, applications: int, documents: int, file_bytes: int, files: Path
) -> tuple[int, int]:
    """Draft loan applications of the branch's customers and their files; (rows, bytes)."""
    from sqlalchemy import insert, select

    from bench.data import customers_of
    from sync import model as m
    from sync.commands.numbering import application_number
    from sync.model.types import utcnow
    from sync.rules.offers import quote
    from sync.server.blobs import BlobStore

    customers = customers_of(db, place, applications)
    if not customers:
        raise SystemExit(f"{place} has no customers in the demo data")
    with db.read() as session:
        branch = session.scalars(select(m.Store).where(m.Store.code == place)).one()
        branch_id, currency = branch.id, branch.currency
    now = utcnow()
    offer = quote("PL-CASH", Decimal("12000.00"), 36, "retail", now).to_json()
    apps: list[dict[str, Any]] = []
    for n in range(applications):
        app_id = uuid.uuid4()
        apps.append(
            {
                "id": app_id,
                "number": application_number(app_id),
                "customer_id": customers[n % len(customers)],
                "kind": "loan",
                "status": "draft",
                "channel": "web" if n % 2 else "branch",
                "branch_store_id": branch_id,
                "current_step": "documents",
                "fields": {"amount": "12000.00", "term_months": 36},
                "documents": {code: "received" for code in DOCUMENTS},
                "signatures": {},
                "amount": Decimal("12000.00"),
                "currency": currency,
                "product": "PL-CASH",
                "offer": offer,
                "version": 1,
                "consents": {},
                "created_at": now - timedelta(minutes=n),
                "updated_at": now - timedelta(minutes=n),
            }
        )
    blobs = BlobStore(files)
    noise = os.urandom(file_bytes)
    rows: list[dict[str, Any]] = []
    written = 0
    for n in range(documents):
        app = apps[n % applications]
        head = b"%PDF-1.7\n%" + n.to_bytes(8, "big")  # every file different
        data = head + noise[len(head) : file_bytes]
        rows.append(
            {
                "id": uuid.uuid4(),
                "application_id": app["id"],
                "document": DOCUMENTS[n % len(DOCUMENTS)],
                "sha256": _kept(blobs, data, app["id"]),
                "size": len(data),
                "media_type": "application/pdf",
                "filename": f"scan-{n}.pdf",
                "app_version": 1,
                "status": "received",
                "channel": app["channel"],
                "uploaded_at": now - timedelta(seconds=n),
                "updated_at": now - timedelta(seconds=n),
            }
        )
        written += len(data)
        if (n + 1) % 1000 == 0:
            log(f"seeded {n + 1:,} of {documents:,} files")
    with db.write() as session:
        for start in range(0, len(apps), 1000):
            session.execute(insert(m.Application), apps[start : start + 1000])
        for start in range(0, len(rows), 1000):
            session.execute(insert(m.ApplicationFile), rows[start : start + 1000])
    return len(rows), written


@dataclass
class DeviceFigures:
    """What the device process reports about its first sync."""

    rows: int = 0
    rows_seconds: float = 0.0
    usable_seconds: float = 0.0
    complete_seconds: float = 0.0
    queue_rows: int = 0
    queue_seconds: float = 0.0
    cycles: int = 0
    files: int = 0
    file_bytes: int = 0
    cpu_rows: float = 0.0  # device CPU seconds until the rows are in
    cpu_files: float = 0.0  # device CPU seconds after that, until every file is in
    files_on_disk_mb: float = 0.0
    error: str | None = None


def _device(base_url: str, code: str, folder: str, answer: Connection) -> None:
    figures = DeviceFigures()
    try:
        _first_sync(base_url, code, Path(folder) / "replica.db", figures)
    except BaseException as error:  # reported to the parent, which fails the run
        figures.error = f"{type(error).__name__}: {error}"
    answer.send(asdict(figures))
    answer.close()


def _first_sync(base_url: str, code: str, path: Path, figures: DeviceFigures) -> None:
    from desktop.applications.queries import load_queue
    from sync.client.device import enrol
    from sync.client.engine import SyncEngine
    from sync.client.files.store import FileStore, files_folder
    from sync.client.replica import ReplicaKey, open_replica
    from sync.client.snapshot import Progress
    from sync.client.transport import Http
    from sync.model.types import utcnow

    key = ReplicaKey.new()
    rows_in = threading.Event()
    started = cpu = 0.0

    def progress(done: Progress) -> None:  # on the sync thread, once a page is written
        if done.rows_total and done.rows_done >= done.rows_total and not rows_in.is_set():
            figures.rows = done.rows_done
            figures.rows_seconds = time.perf_counter() - started
            figures.cpu_rows = time.process_time() - cpu
            rows_in.set()

    def desk() -> None:  # the desk's read, on its own thread as in the desktop
        rows_in.wait()
        asked = time.perf_counter()
        with replica.read() as session:
            figures.queue_rows = len(load_queue(session, utcnow(), 7))
        figures.queue_seconds = time.perf_counter() - asked
        figures.usable_seconds = time.perf_counter() - started
        log(
            f"device: rows in after {figures.rows_seconds:.2f}s, the queue answered "
            f"{figures.queue_rows:,} applications after {figures.usable_seconds:.2f}s"
        )

    with open_replica(path, key) as replica:
        with Http(base_url) as http:
            token = enrol(replica, http, code, "bench-application-files").token
        store = FileStore(files_folder(path), key)
        engine = SyncEngine(
            replica, lambda: Http(base_url, token, timeout=300), files=store, progress=progress
        )
        reader = threading.Thread(target=desk, name="desk", daemon=True)
        reader.start()
        try:
            started, cpu = time.perf_counter(), time.process_time()
            idle, reported = 0, 0
            while True:
                engine.sync_once()
                figures.cycles += 1
                assert engine.files is not None and engine.files.last is not None
                done = engine.files.last
                figures.file_bytes += done.received
                if done.present >= done.total:
                    break
                idle = 0 if done.fetched or done.received else idle + 1
                if idle >= STALL_CYCLES:
                    raise RuntimeError(f"no file arrived in {idle} cycles: {done}")
                if done.present - reported >= 500:
                    reported = done.present
                    log(f"device: {done.present:,} of {done.total:,} files")
            figures.complete_seconds = time.perf_counter() - started
            figures.cpu_files = time.process_time() - cpu - figures.cpu_rows
            figures.files = done.total
            reader.join(timeout=300)
        finally:
            engine.close()
    figures.files_on_disk_mb = sum(
        p.stat().st_size for p in files_folder(path).rglob("*") if p.is_file()
    ) / (2**20)


def _run_device(base_url: str, code: str, folder: Path) -> DeviceFigures:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_device, args=(base_url, code, str(folder), send), name="bench-device"
    )
    process.start()
    send.close()
    try:
        figures = DeviceFigures(**receive.recv())
    except EOFError:
        figures = DeviceFigures(error="the device process died without an answer")
    finally:
        process.join(timeout=60)
        if process.is_alive():
            process.kill()
            process.join()
    if figures.error:
        raise SystemExit(f"the device's first sync failed: {figures.error}")
    return figures


def _space_needed(args: argparse.Namespace) -> int:
    return 2 * args.documents * args.file_kib * 1024  # server store + device store


def run(args: argparse.Namespace) -> dict[str, Any]:
    from bench.backends import backend_version
    from bench.data import enrolment_codes, seed
    from bench.server_process import ServerProcess
    from sync.server.db import open_database
    from sync.server.settings import FILES_DIR_ENV

    if args.applications < 1 or args.documents < 0 or args.file_kib < 1:
        raise SystemExit("need at least one application and files of at least 1 KiB")
    folder = Path(tempfile.mkdtemp(prefix="omnidesk-bench-files-"))
    free = shutil.disk_usage(folder).free
    if _space_needed(args) > free * 0.9:
        raise SystemExit(
            f"{_space_needed(args) / 2**30:.1f} GiB needed, {free / 2**30:.1f} GiB free in "
            f"{folder.parent}: use fewer or smaller files (--documents, --file-kib)"
        )
    load_before = os.getloadavg()
    previous = os.environ.get(FILES_DIR_ENV)
    os.environ[FILES_DIR_ENV] = str(folder / "server-files")  # the seed's and the server's
    try:
        with _database(args, folder) as target:
            seeded = seed(target.url, args.customers, args.products)
            db = open_database(target.url)
            try:
                started = time.perf_counter()
                files, written = _seed_applications(
                    db,
                    args.place,
                    args.applications,
                    args.documents,
                    args.file_kib * 1024,
                    folder / "server-files",
                )
                app_seconds = time.perf_counter() - started
                (code,) = enrolment_codes(db, args.place, 1)
            finally:
                db.dispose()
            log(f"seeded {args.applications:,} applications, {files:,} files ({app_seconds:.1f}s)")
            (folder / "device").mkdir()
            with ServerProcess(target.url) as server:
                server_cpu = server.cpu_seconds()
                device = _run_device(server.base_url, code, folder / "device")
                server_cpu = server.cpu_seconds() - server_cpu
            version = backend_version(args.backend, target.url)
    finally:
        if previous is None:
            os.environ.pop(FILES_DIR_ENV, None)
        else:
            os.environ[FILES_DIR_ENV] = previous
        shutil.rmtree(folder, ignore_errors=True)
    mib = device.file_bytes / 2**20
    log(
        f"usable after {device.usable_seconds:.2f}s (rows in {device.rows_seconds:.2f}s), "
        f"every file after {device.complete_seconds:.1f}s ({mib:,.0f} MiB)"
    )
    return {
        "backend": args.backend,
        "backend_version": version,
        "place": args.place,
        "applications_seeded": args.applications,
        "documents_seeded": args.documents,
        "file_bytes": args.file_kib * 1024,
        "seeded_bytes": written,
        "seed_seconds": rounded(seeded.seconds + app_seconds, 1),
        "rows": device.rows,
        "queue_rows": device.queue_rows,
        "rows_seconds": rounded(device.rows_seconds, 2),
        "usable_seconds": rounded(device.usable_seconds, 2),
        "queue_query_seconds": rounded(device.queue_seconds, 3),
        "complete_seconds": rounded(device.complete_seconds, 1),
        "files": device.files,
        "files_mib_received": rounded(mib, 1),
        "files_mib_per_second": rounded(
            mib / max(device.complete_seconds - device.rows_seconds, 1e-9), 1
        ),
        "sync_cycles_for_files": device.cycles,
        "device_files_on_disk_mib": rounded(device.files_on_disk_mb, 1),
        "cpu_seconds": {
            "device_rows": rounded(device.cpu_rows, 2),
            "device_files": rounded(device.cpu_files, 2),
            "server": rounded(server_cpu, 2),
        },
        "cpu_ms_per_row": rounded(1000 * device.cpu_rows / max(device.rows, 1), 3),
        "device_cpu_seconds_per_gib": rounded(device.cpu_files / max(mib / 1024, 1e-9), 2),
        "load_average_before": [rounded(x, 2) for x in load_before],
        "load_average": [rounded(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "passed": device.usable_seconds < device.complete_seconds
        and device.queue_rows >= args.applications,
    }
