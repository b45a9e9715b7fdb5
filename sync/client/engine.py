"""The sync engine: push then pull, once or live, with back-off when the network drops.

Qt-free: the desktop runs `SyncEngine.run` in a worker thread and shows what it reports
through `on_status`; the command line runs it in the foreground.
"""

from __future__ import annotations

import random as _random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from datetime import datetime

from sync.client import outbox, state
from sync.client.identity import WrongDevice, check_identity
from sync.client.pull import pull_changes, pull_snapshot
from sync.client.push import push_pending
from sync.client.recovery import catch_up_numbering, device_info
from sync.client.replica import Replica
from sync.client.snapshot import ProgressFn
from sync.client.tables import LAST_SYNC_AT
from sync.client.transport import (
    Http,
    ProtocolError,
    ServerError,
    ServerUnreachable,
    UntrustedServer,
)
from sync.client.wipe import wipe_ordered

LIVE = "/v1/sync/live"
LIVE_WAIT = 25.0
SLICE = 0.25  # the longest the engine waits without looking at its stop event

KNOWN_ERRORS = (ServerUnreachable, ServerError, ProtocolError, UntrustedServer, WrongDevice)


@dataclass(frozen=True)
class Backoff:
    """Exponential back-off with full jitter: uniform in (floor, min(cap, base * 2**n))."""

    base: float = 1.0
    cap: float = 60.0
    floor: float = 0.1  # never a hot loop, even with an unlucky draw

    def ceiling(self, failures: int) -> float:
        return min(self.cap, self.base * 2 ** min(failures, 32))

    def delay(self, failures: int, draw: float) -> float:
        """Seconds to wait after `failures` failures in a row (0-based); `draw` in [0, 1]."""
        return max(self.floor, self.ceiling(failures) * draw)


@dataclass(frozen=True)
class SyncReport:
    """What one `sync_once` did (the summary `omnidesk sync` prints)."""

    pushed: int
    accepted: int
    rejected: int
    pulled: int
    cursor: int | None
    duration: float

    def summary(self) -> str:
        return (f"pushed {self.pushed} change(s) ({self.accepted} accepted, {self.rejected} "
                f"rejected), pulled {self.pulled} row(s), cursor {self.cursor}, "
                f"{self.duration:.2f} s")


@dataclass(frozen=True)
class EngineStatus:
    online: bool
    last_sync_at: datetime | None
    pending: int
    rejected: int
    message: str
    wipe_ordered: bool = False  # revoked with a wipe: `run` has stopped (`sync.client.wipe`)


StatusFn = Callable[[EngineStatus], None]


def is_offline(error: BaseException) -> bool:
    """A network failure (worth retrying soon) rather than a refusal or a misconfiguration."""
    if isinstance(error, ServerUnreachable):
        return True
    return isinstance(error, ServerError) and (error.status >= 500 or error.status == 429)


def describe(error: BaseException) -> str:
    if isinstance(error, ServerError):
        return error.message
    return str(error)


class SyncEngine:
    """Keeps one replica in step with the central API."""

    def __init__(self, replica: Replica, http_factory: Callable[[], Http], *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] | None = None,
                 random: Callable[[], float] = _random.random,
                 backoff: Backoff | None = None, live_wait: float = LIVE_WAIT,
                 progress: ProgressFn | None = None) -> None:
        self.replica = replica
        self.progress = progress  # called from the sync thread as pages land
        self._factory = http_factory
        self._clock = clock
        self._sleep = sleep
        self._random = random
        self.backoff = backoff or Backoff()
        self.live_wait = live_wait
        self._http: Http | None = None
        self._online = False
        self._message = "not synced yet"
        self._wake = threading.Event()
        self.wipe_ordered = False
        self._numbering_checked = False  # with the server, once per engine (start)

    # -- one sync ---------------------------------------------------------------------

    def _client(self) -> Http:
        if self._http is None:
            self._http = self._factory()
        return self._http

    def close(self) -> None:
        """Close the engine's connection (after `run` has ended)."""
        self._drop_client()

    def _drop_client(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def sync_once(self) -> SyncReport:
        """Push every pending change, then pull (a snapshot first if there is none yet)."""
        started = self._clock()
        http = self._client()
        try:
            if not self._numbering_checked:
                info = device_info(http)
                check_identity(self.replica, info)  # never sync as another device
                catch_up_numbering(self.replica, info.high_seq)  # e.g. restored from a copy
                self._numbering_checked = True
            pushed = push_pending(self.replica, http)
            with self.replica.read() as session:
                fresh = state.cursor(session) is None or state.snapshot_in_progress(session)
            pulled = pull_snapshot(self.replica, http, self.progress) if fresh else 0
            pulled += pull_changes(self.replica, http, self.progress)
        except KNOWN_ERRORS as error:
            self._online = not is_offline(error)
            self._message = describe(error)
            self._drop_client()
            raise
        with self.replica.read() as session:
            cursor = state.cursor(session)
        self._online, self._message = True, "up to date"
        return SyncReport(pushed.sent, pushed.accepted, pushed.rejected, pulled, cursor,
                          self._clock() - started)

    def status(self) -> EngineStatus:
        with self.replica.read() as session:
            counts = outbox.counts(session)
            raw = state.get(session, LAST_SYNC_AT)
        last = datetime.fromisoformat(raw) if raw else None
        return EngineStatus(self._online, last, counts.pending, counts.rejected,
                            self._message, self.wipe_ordered)

    def wake(self) -> None:
        """Staff made a change: push it now rather than at the next check."""
        self._wake.set()

    # -- live -------------------------------------------------------------------------

    def _pending(self) -> int:
        with self.replica.read() as session:
            return outbox.counts(session).pending

    def _pause(self, stop: threading.Event, seconds: float) -> None:
        end = self._clock() + seconds
        while not stop.is_set():
            left = end - self._clock()
            if left <= 0:
                return
            if self._sleep is None:
                stop.wait(min(SLICE, left))
            else:
                self._sleep(min(SLICE, left))

    def _poll(self, http: Http) -> bool:
        with self.replica.read() as session:
            cursor = state.cursor(session) or 0
        body = http.get_json(LIVE, {"cursor": cursor, "wait": self.live_wait},
                             timeout=self.live_wait + 15)
        changed = body.get("changed")
        if not isinstance(changed, bool):
            raise ProtocolError("the server's live answer has no 'changed' flag")
        return changed

    def _listen(self, stop: threading.Event, pool: ThreadPoolExecutor,
                live: Callable[[], Http], poll: Future[bool] | None
                ) -> tuple[bool, Future[bool] | None]:
        """Wait for a change on the server, a local change or `stop`.

        Returns (sync now?, the poll still in flight). Raises the poll's error.
        """
        while not stop.is_set():
            if poll is None:
                poll = pool.submit(self._poll, live())
            done, _ = wait_for([poll], timeout=SLICE)
            if done:
                changed = poll.result()
                poll = None
                if changed:
                    return True, None
                continue
            if self._wake.is_set() or self._pending():
                return True, poll
        return False, poll

    def run(self, stop: threading.Event, on_status: StatusFn | None = None) -> None:
        """Stay in step until `stop` is set: sync, listen, sync again; back off offline."""
        report = on_status or (lambda status: None)
        failures = 0
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="omnidesk-live")
        live_http: list[Http] = []

        def live() -> Http:
            if not live_http:
                live_http.append(self._factory())
            return live_http[0]

        poll: Future[bool] | None = None
        try:
            while not stop.is_set():
                try:
                    self._wake.clear()
                    before = self._pending()
                    summary = self.sync_once()
                    left = self._pending()
                    if left and left >= before and summary.accepted + summary.rejected == 0:
                        raise ServerUnreachable(f"{left} change(s) not answered yet")
                    failures = 0
                    report(self.status())
                    if left:
                        continue  # changes made during the sync: send them at once
                    _, poll = self._listen(stop, pool, live, poll)
                except KNOWN_ERRORS as error:
                    if wipe_ordered(error):  # the app erases the data: nothing more to sync
                        self.wipe_ordered, self._online = True, False
                        self._message = describe(error)
                        report(self.status())
                        return
                    poll = None
                    for http in live_http:
                        http.close()
                    live_http.clear()
                    delay = self.backoff.delay(failures, self._random())
                    failures += 1
                    self._online = False
                    shown = f"{max(delay, 1):.0f}"
                    self._message = (f"offline, retrying in {shown} s ({describe(error)})"
                                     if is_offline(error) else
                                     f"sync failed, retrying in {shown} s: {describe(error)}")
                    report(self.status())
                    self._pause(stop, delay)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
            for http in live_http:
                http.close()
            self._drop_client()
