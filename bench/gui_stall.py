"""gui_stall: the longest the desktop's GUI thread stops answering during a first sync.

The central API serves the demo data set (sized as for pull_throughput: about --rows
rows in the device's scope, 200,000 by default; the SQLite seed cached) as uvicorn in
its own process. The desktop runs in a third process (spawned, so its heap holds what
the desktop imports and not the server-side modules the benchmark itself needs: the
cost of a full garbage collection grows with the heap), with Qt offscreen: the
QApplication from `desktop.app.create_application`, a profile enrolled over HTTP
(`enrol_profile`, a `MemoryCredentialStore`, OMNIDESK_DATA_DIR in a temp folder),
`desktop.app.Desktop`, the demo cashier signed in (`StaffSignIn.sign_in`, then
`Desktop.enter`) and the window shown. Then the real `SyncService` takes the first sync
on its thread while a 10 ms `QTimer` (PreciseTimer) on the GUI thread notes when it
fires: a stall is the gap between two ticks minus the interval. The heartbeat runs
--idle seconds before the sync (a baseline: the machine's own jitter) and stops --settle
seconds after the GUI has been told the sync is done (`last_sync_at` set, progress at
its total), so what the window does after a sync (page refresh, queries) is counted.

To say what was happening during a stall, the desktop process also records, without
changing the app's code: each snapshot page's fetch+parse and write (by wrapping
`sync.client.snapshot._fetch` and `_write_snapshot_page`), the change-feed pull, each
progress report, every garbage collection (`gc.callbacks`: generation, thread,
duration; a collection holds the GIL, so every thread waits) and the time spent in the
GUI-thread slots a sync drives (status bar, page refresh, answers of background reads).
`--diagnose` adds a watchdog thread that prints every thread's Python stack whenever the
heartbeat is late by more than --diagnose-ms. The app itself freezes the heap once its
window is built (`desktop.app.settle_heap`); `--gc-freeze` freezes it again after sign-in.
"""

from __future__ import annotations

import argparse
import gc
import inspect
import multiprocessing
import os
import sys
import tempfile
import threading
import time
import traceback
from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from bench.common import REPO_ROOT, log, percentile, rounded

if TYPE_CHECKING:
    from bench.sizing import Sizes

DESCRIPTION = "worst GUI-thread stall (QTimer heartbeat) while the desktop takes a first sync"
TARGET_STALL_MS = 100.0
QUICK_ROWS = 20_000
PROFILE = "bench-gui"
WORST = 5


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rows", type=int, default=200_000, help="rows the device's scope should hold (about)"
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"about {QUICK_ROWS:,} rows instead (a smoke run)"
    )
    parser.add_argument("--place", default="PL-WAW-01", help="store of the device")
    parser.add_argument("--login", default="cashier.waw", help="staff login signed in")
    parser.add_argument("--pin", default="135790", help="that person's PIN (the demo's)")
    parser.add_argument(
        "--customer-share", type=float, default=0.8, help="customers seeded per row asked for"
    )
    parser.add_argument("--customers", type=int, default=None, help="override the sizing")
    parser.add_argument("--products", type=int, default=None, help="override the sizing")
    parser.add_argument("--interval", type=int, default=10, help="heartbeat period, ms")
    parser.add_argument(
        "--idle",
        type=float,
        default=1.0,
        help="seconds of heartbeat before the sync starts (a baseline)",
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=1.0,
        help="seconds of heartbeat after the sync is reported done",
    )
    parser.add_argument(
        "--timeout", type=float, default=900.0, help="give up after this many seconds of sync"
    )
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help="dump every thread's stack when the heartbeat is late",
    )
    parser.add_argument(
        "--diagnose-ms",
        type=float,
        default=60.0,
        help="how late the heartbeat must be for --diagnose to dump",
    )
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() again once signed in (the app freezes after building)",
    )
    parser.add_argument(
        "--live-wait",
        type=float,
        default=5.0,
        help="the engine's long-poll after the sync, s (the app's is 25; "
        "shorter only so the run ends sooner)",
    )


# -- sizing and the server --------------------------------------------------------------


def _sizes(args: argparse.Namespace) -> Sizes:
    from bench.sizing import Sizes, probe, sizes_for

    rows = QUICK_ROWS if args.quick else args.rows
    sizes = sizes_for(rows, args.customer_share, probe(REPO_ROOT, args.place))
    return Sizes(
        args.customers if args.customers is not None else sizes.customers,
        args.products if args.products is not None else sizes.products,
        sizes.expected_rows,
    )


# -- what happened, and when (time.perf_counter) -----------------------------------------


@dataclass
class Span:
    what: str
    start: float
    end: float


@dataclass
class Recorder:
    """Timestamps from the sync threads and from the GUI thread's slots."""

    spans: list[Span] = field(default_factory=list)  # sync work and GUI slots
    progress: list[tuple[float, int, int, str]] = field(default_factory=list)
    # Re-entrant: a garbage collection (whose callback records a span) can start in any
    # allocation, including one made while this thread holds the lock.
    lock: threading.RLock = field(default_factory=threading.RLock)

    def span(self, what: str, start: float, end: float) -> None:
        span = Span(what, start, end)
        with self.lock:
            self.spans.append(span)

    def progress_at(self, when: float) -> tuple[int, int, str]:
        """(rows done, rows total, table) as last reported by the engine before `when`."""
        with self.lock:
            times = [p[0] for p in self.progress]
            at = bisect_right(times, when) - 1
            if at < 0:
                return 0, 0, ""
            _, done, total, entity = self.progress[at]
            return done, total, entity

    def overlapping(self, start: float, end: float) -> list[Span]:
        with self.lock:
            return [s for s in self.spans if s.start < end and s.end > start]


def _ms(span: Span) -> float:
    return (span.end - span.start) * 1000


def _overlap_ms(spans: list[Span], start: float, end: float) -> float:
    return sum(max(0.0, min(s.end, end) - max(s.start, start)) for s in spans) * 1000


@contextmanager
def _patched(owner: Any, name: str, make: Callable[[Any], Any]) -> Iterator[None]:
    original = getattr(owner, name)
    setattr(owner, name, make(original))
    try:
        yield
    finally:
        setattr(owner, name, original)


def _instrument(stack: ExitStack, recorder: Recorder) -> None:
    """Wrap the snapshot's fetch and write, and the GUI-thread slots a sync drives."""
    from desktop.customers.page import CustomersPage
    from desktop.customers.profile_controller import ProfileController
    from desktop.shared.paged_model import PagedTableModel
    from desktop.sync_centre.controller import SyncCentreController
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sync_status import SyncStatusBar
    from sync.client import engine, snapshot

    def fetch(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(http: Any, token: Any, limit: int) -> Any:
            started = time.perf_counter()
            page = original(http, token, limit)
            recorder.span(
                f"fetch+parse {page.entity} page ({len(page.params):,} rows)",
                started,
                time.perf_counter(),
            )
            return page

        return wrapper

    def write(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(session: Any, token: Any, page: Any) -> Any:
            started = time.perf_counter()
            done = original(session, token, page)
            recorder.span(
                f"write {page.entity} page ({len(page.params):,} rows)",
                started,
                time.perf_counter(),
            )
            return done

        return wrapper

    def changes(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                recorder.span("pull_changes", started, time.perf_counter())

        return wrapper

    def slot(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def make(original: Callable[..., Any]) -> Callable[..., Any]:
            code = original.__code__
            # Qt passes a slot only the arguments it takes: so does this wrapper.
            takes = None if code.co_flags & inspect.CO_VARARGS else code.co_argcount

            def wrapper(*args: Any) -> Any:
                started = time.perf_counter()
                try:
                    return original(*args[:takes])
                finally:
                    recorder.span(f"GUI {name}", started, time.perf_counter())

            return wrapper

        return make

    gc_started: dict[int, float] = {}

    def collection(phase: str, info: dict[str, int]) -> None:  # any thread, GIL held
        thread = threading.get_ident()
        if phase == "start":
            gc_started[thread] = time.perf_counter()
        elif thread in gc_started:
            started = gc_started.pop(thread)
            name = threading.current_thread().name
            recorder.span(
                f"gc gen{info['generation']} on {name} ({info['collected']:,} freed)",
                started,
                time.perf_counter(),
            )

    gc.callbacks.append(collection)
    stack.callback(gc.callbacks.remove, collection)
    stack.enter_context(_patched(snapshot, "_fetch", fetch))
    stack.enter_context(_patched(snapshot, "_write_snapshot_page", write))
    stack.enter_context(_patched(engine, "pull_changes", changes))
    for owner, name in (
        (SyncStatusBar, "show_progress"),
        (SyncStatusBar, "show_status"),
        (MainWindow, "_after_first_sync"),
        (MainWindow, "_refresh_current"),
        (CustomersPage, "replica_changed"),
        (CustomersPage, "activated"),
        (ProfileController, "refresh"),
        (PagedTableModel, "_arrived"),
        (SyncCentreController, "refresh"),
        (SyncCentreController, "_loaded"),
    ):
        stack.enter_context(_patched(owner, name, slot(f"{owner.__name__}.{name}")))


# -- the heartbeat and the optional watchdog ----------------------------------------------


class Watchdog(threading.Thread):
    """Dumps every thread's Python stack while the GUI thread's heartbeat is late."""

    def __init__(self, last_tick: Callable[[], float], late_s: float) -> None:
        super().__init__(name="bench-watchdog", daemon=True)
        self.last_tick = last_tick
        self.late_s = late_s
        self.halt = threading.Event()
        self.dumps: list[tuple[float, float, str]] = []  # (when, late by, stacks)

    def run(self) -> None:
        dumped_for = -1.0
        while not self.halt.wait(0.01):
            tick = self.last_tick()
            late = time.perf_counter() - tick
            if tick and late > self.late_s and tick != dumped_for:
                dumped_for = tick
                self.dumps.append((time.perf_counter(), late, _stacks()))


def _stacks() -> str:
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    out = []
    for ident, frame in sys._current_frames().items():
        if names.get(ident) == "bench-watchdog":
            continue
        lines = traceback.format_stack(frame, limit=12)
        out.append(f"--- thread {names.get(ident, ident)}\n" + "".join(lines))
    return "\n".join(out)


# -- the desktop process -----------------------------------------------------------------


@dataclass
class Outcome:
    ticks: list[float]
    sync_started: float
    sync_done: float | None
    ended: float
    rows_done: int
    rows_total: int
    status_message: str
    cpu_seconds: float  # this process, all threads, from the sync's start to its end
    tracked_objects: int  # objects the cyclic GC tracks when the sync starts
    frozen_objects: int
    dumps: list[tuple[float, float, str]]


def _desktop(base_url: str, code: str, args: argparse.Namespace, answer: Connection) -> None:
    """The desktop process: runs the desktop and sends its figures (or an error) back."""
    try:
        recorder = Recorder()
        result = _analyse(args, _desktop_run(base_url, code, args, recorder), recorder)
    except BaseException as error:  # reported to the parent, which fails the run
        result = {"error": f"{type(error).__name__}: {error}\n{traceback.format_exc()}"}
    answer.send(result)
    answer.close()


def _desktop_run(base_url: str, code: str, args: argparse.Namespace, recorder: Recorder) -> Outcome:
    """Enrol, sign in, show the window, then the first sync under the heartbeat."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer

    from desktop.app import Desktop, create_application
    from desktop.services.ops import pending_ops
    from sync.client.credentials import MemoryCredentialStore
    from sync.client.profile import DATA_DIR_ENV, Profile, enrol_profile
    from sync.client.staff import StaffSignIn

    app = create_application(["omnidesk-bench"])
    with tempfile.TemporaryDirectory(prefix="omnidesk-bench-gui-") as folder, ExitStack() as stack:
        os.environ[DATA_DIR_ENV] = folder
        _instrument(stack, recorder)
        credentials = MemoryCredentialStore()
        enrol_profile(PROFILE, base_url, code, "bench till", credentials)
        profile = Profile(PROFILE, credentials)
        desktop = Desktop(profile, credentials, start_sync=False, live_wait=args.live_wait)
        stack.callback(desktop.close)
        staff = StaffSignIn(PROFILE, credentials, profile.replica, profile.http).sign_in(
            args.login, args.pin
        )
        desktop.enter(staff)
        desktop.window.show()
        app.processEvents()
        if args.gc_freeze:
            gc.collect()
            gc.freeze()
        tracked, frozen = len(gc.get_objects()), gc.get_freeze_count()
        log(
            f"desktop: up, {staff.login} signed in; {tracked:,} objects tracked by the GC"
            + (f", {frozen:,} frozen" if frozen else "")
            + f"; heartbeat every {args.interval} ms"
        )

        ticks: list[float] = []
        marks: dict[str, float] = {}
        last = {"done": 0, "total": 0}
        original_progress = desktop.engine.progress

        def progress(done: Any) -> None:  # on the sync thread, before the GUI is told
            entry = (time.perf_counter(), done.rows_done, done.rows_total, done.entity or "")
            with recorder.lock:
                recorder.progress.append(entry)
            if original_progress is not None:
                original_progress(done)

        desktop.engine.progress = progress

        def on_progress(done: int, total: int, left: float) -> None:
            if total > 0:  # the snapshot's pages (the change feed's come with 0 after it)
                last["done"], last["total"] = done, total

        desktop.sync.progress_changed.connect(on_progress)

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(args.interval)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        watcher = QTimer()
        watcher.setInterval(50)

        watchdog = None
        if args.diagnose:
            watchdog = Watchdog(
                lambda: ticks[-1] if ticks else 0.0, (args.interval + args.diagnose_ms) / 1000
            )
            watchdog.start()

        def start_sync() -> None:
            marks["started"], marks["cpu"] = time.perf_counter(), time.process_time()
            log("desktop: sync started")
            desktop.sync.start()

        def finish() -> None:  # the heartbeat stops before quit() closes the window
            marks["ended"] = time.perf_counter()
            heartbeat.stop()
            watcher.stop()
            app.quit()

        def check() -> None:
            if "started" not in marks or "done" in marks:
                return
            now = time.perf_counter()
            status = desktop.sync.last_status
            if (
                status is not None
                and status.last_sync_at is not None
                and last["total"] > 0
                and last["done"] >= last["total"]
            ):
                marks["done"], marks["cpu"] = now, time.process_time() - marks["cpu"]
                log(
                    f"desktop: sync reported done, {last['done']:,} rows in "
                    f"{now - marks['started']:.1f}s; {args.settle:.1f}s more of heartbeat"
                )
                QTimer.singleShot(round(args.settle * 1000), finish)
            elif now - marks["started"] > args.timeout:
                log(f"desktop: timeout at {last['done']:,} of {last['total']:,} rows")
                marks["cpu"] = time.process_time() - marks["cpu"]
                finish()
            elif now >= marks.get("report", 0.0):
                marks["report"] = now + 10
                log(f"desktop: {last['done']:,} of {last['total']:,} rows")

        watcher.timeout.connect(check)
        heartbeat.start()
        watcher.start()
        QTimer.singleShot(round(args.idle * 1000), start_sync)
        app.exec()
        if watchdog is not None:
            watchdog.halt.set()
            watchdog.join()
        deadline = time.monotonic() + 30
        while pending_ops() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        status = desktop.sync.last_status
        return Outcome(
            ticks,
            marks.get("started", 0.0),
            marks.get("done"),
            marks.get("ended", time.perf_counter()),
            last["done"],
            last["total"],
            status.message if status else "",
            marks.get("cpu", 0.0),
            tracked,
            frozen,
            watchdog.dumps if watchdog else [],
        )


# -- the figures ------------------------------------------------------------------------


def _stalls(
    ticks: list[float], interval_ms: float, start: float, end: float
) -> list[tuple[float, float, float]]:
    """(stall ms, gap start, gap end) for each tick gap that ends within [start, end]."""
    return [((b - a) * 1000 - interval_ms, a, b) for a, b in pairwise(ticks) if start <= b <= end]


def _summary(stalls: list[tuple[float, float, float]]) -> dict[str, float]:
    values = [max(0.0, s[0]) for s in stalls]
    return {
        "heartbeats": len(values),
        **{f"p{q}_ms": rounded(percentile(values, q), 1) for q in (50, 90, 99)},
        "max_ms": rounded(max(values, default=0.0), 1),
        "over_50_ms": sum(v > 50 for v in values),
        "over_100_ms": sum(v > TARGET_STALL_MS for v in values),
    }


def _gc_summary(spans: list[Span]) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    for generation in (0, 1, 2):
        times = [_ms(s) for s in spans if s.what.startswith(f"gc gen{generation} ")]
        found[f"gen{generation}"] = {
            "count": len(times),
            "total_ms": rounded(sum(times), 1),
            "max_ms": rounded(max(times, default=0.0), 1),
        }
    return found


def _noteworthy(span: Span) -> bool:
    """Leave out the many short young-generation collections."""
    return not span.what.startswith("gc ") or _ms(span) >= 5


def _analyse(args: argparse.Namespace, outcome: Outcome, recorder: Recorder) -> dict[str, Any]:
    ticks, started, done = outcome.ticks, outcome.sync_started, outcome.sync_done
    end = outcome.ended
    sync_seconds = (done if done else end) - started
    during = _stalls(ticks, args.interval, started, end)
    gc_spans = [s for s in recorder.spans if s.what.startswith("gc ") and started <= s.start <= end]
    full = [s for s in gc_spans if s.what.startswith("gc gen2 ")]
    worst = []
    for stall, a, b in sorted(during, reverse=True)[:WORST]:
        rows_done, rows_total, entity = recorder.progress_at(a)
        worst.append(
            {
                "stall_ms": rounded(stall, 1),
                "at_s": rounded(a - started, 2),
                "progress": f"{rows_done:,}/{rows_total:,}"
                + (f" after {entity}" if entity else ""),
                "gc_ms": rounded(_overlap_ms(gc_spans, a, b), 1),
                "during": [
                    f"{s.what} ({_ms(s):.0f} ms)"
                    for s in recorder.overlapping(a, b)
                    if _noteworthy(s)
                ],
            }
        )
    slow = [(stall, a, b) for stall, a, b in during if stall > 50]
    slots = [s for s in recorder.spans if s.what.startswith("GUI ") and started <= s.start <= end]
    slowest = sorted(slots, key=_ms, reverse=True)[:WORST]
    for when, late, stacks in outcome.dumps:
        log(f"desktop: heartbeat {late * 1000:.0f} ms late at {when - started:.2f} s:\n{stacks}")
    return {
        "rows": outcome.rows_done,
        "rows_total": outcome.rows_total,
        "finished": done is not None,
        "status": outcome.status_message,
        "sync_seconds": rounded(sync_seconds, 2),
        "rows_per_second": round(outcome.rows_done / sync_seconds) if sync_seconds > 0 else 0,
        "interval_ms": args.interval,
        "stall": _summary(during),
        "idle_stall": _summary(_stalls(ticks, args.interval, 0.0, started)),
        "worst_stalls": worst,
        "stalls_over_50_ms_during_full_gc": sum(
            _overlap_ms(full, a, b) >= 0.5 * stall for stall, a, b in slow
        ),
        "gc": _gc_summary(gc_spans),
        "gc_tracked_objects_at_start": outcome.tracked_objects,
        "gc_frozen_objects": outcome.frozen_objects,
        "slowest_gui_slots_ms": [{"slot": s.what[4:], "ms": rounded(_ms(s), 1)} for s in slowest],
        "gui_slots_total_ms": rounded(sum(_ms(s) for s in slots), 1),
        "client_cpu_seconds": rounded(outcome.cpu_seconds, 2),
        "watchdog_dumps": len(outcome.dumps),
    }


# -- the benchmark process --------------------------------------------------------------


def _run_desktop(base_url: str, code: str, args: argparse.Namespace) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_desktop, args=(base_url, code, args, send), name="bench-desktop"
    )
    process.start()
    send.close()
    try:
        result: dict[str, Any] = receive.recv()
    except EOFError:
        result = {"error": "the desktop process died without an answer"}
    finally:
        process.join(timeout=60)
        if process.is_alive():
            process.kill()
            process.join()
    if "error" in result:
        raise SystemExit(f"the desktop run failed: {result['error']}")
    return result


def run(args: argparse.Namespace) -> dict[str, Any]:
    from bench.data import cached_sqlite, enrolment_codes
    from bench.server_process import ServerProcess
    from sync.server.db import open_database

    sizes = _sizes(args)
    log(
        f"seeding for about {sizes.expected_rows:,} rows in scope of {args.place}: "
        f"{sizes.customers:,} customers, {sizes.products:,} products"
    )
    url, seeded = cached_sqlite(REPO_ROOT, sizes.customers, sizes.products)
    db = open_database(url)
    try:
        (code,) = enrolment_codes(db, args.place, 1)
    finally:
        db.dispose()
    load_before = os.getloadavg()
    with ServerProcess(url) as server:
        server_cpu = server.cpu_seconds()
        figures = _run_desktop(server.base_url, code, args)
        server_cpu = server.cpu_seconds() - server_cpu
    stall = figures["stall"]
    passed = figures["finished"] and stall["max_ms"] < TARGET_STALL_MS
    log(
        f"{figures['rows']:,} rows in {figures['sync_seconds']:.1f}s = "
        f"{figures['rows_per_second']:,} rows/s; {stall['heartbeats']:,} heartbeats; stall "
        f"p50 {stall['p50_ms']} ms, p99 {stall['p99_ms']} ms, max {stall['max_ms']} ms "
        f"(idle baseline max {figures['idle_stall']['max_ms']} ms) -> "
        f"{'pass' if passed else 'FAIL'}"
    )
    for item in figures["worst_stalls"]:
        log(
            f"  {item['stall_ms']} ms at {item['at_s']} s, rows {item['progress']}, "
            f"GC {item['gc_ms']} ms: " + "; ".join(item["during"])
        )
    full = figures["gc"]["gen2"]
    log(
        f"full collections during the sync: {full['count']}, {full['total_ms']} ms in all, "
        f"longest {full['max_ms']} ms ({figures['gc_tracked_objects_at_start']:,} objects "
        f"tracked at the start)"
    )
    return {
        "place": args.place,
        **figures,
        "expected_rows": sizes.expected_rows,
        "customers_seeded": sizes.customers,
        "products_seeded": sizes.products,
        "seed_seconds": rounded(seeded.seconds, 1),
        "server_cpu_seconds": rounded(server_cpu, 2),
        "gc_freeze_experiment": args.gc_freeze,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "load_average_before": [rounded(v, 2) for v in load_before],
        "load_average": [rounded(v, 2) for v in os.getloadavg()],
        "target_max_stall_ms": TARGET_STALL_MS,
        "passed": passed,
    }
