"""The sync engine: push then pull, once or live, with back-off when the network drops.

Qt-free: the desktop runs `SyncEngine.run` in a worker thread and shows what it reports
through `on_status`; the command line runs it in the foreground.

`run` is the one retry layer of a live device: its requests are each sent once
(`Http.for_loop`), and a failed sync is tried again after the back-off of
`sync.client.retry` (or the server's `Retry-After`). Setting the stop event ends `run`
promptly whatever it is doing: the back-off is a wait on that event, and a request in
flight (the long poll included) is given up within `SLICE` however long the server
takes; nothing is left for the process's exit to wait for.
"""

from __future__ import annotations

import random as _random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sync.client import outbox, state
from sync.client.files.store import FileStore
from sync.client.files.transfer import DOWNLOAD_BUDGET, FileTransfers, Progress
from sync.client.identity import WrongDevice, check_identity
from sync.client.pull import pull_changes, pull_snapshot
from sync.client.push import PushSummary, push_pending
from sync.client.recovery import catch_up_numbering, device_info
from sync.client.replica import Replica
from sync.client.retry import Backoff
from sync.client.snapshot import ProgressFn
from sync.client.tables import LAST_SYNC_AT, OutboxRow
from sync.client.touched import Touched
from sync.client.transport import (
    SLICE,
    Http,
    ProtocolError,
    ServerError,
    ServerUnreachable,
    Stopped,
    UntrustedServer,
)
from sync.client.wipe import wipe_ordered

__all__ = [
    "KNOWN_ERRORS",
    "LIVE",
    "LIVE_WAIT",
    "SLICE",
    "Backoff",
    "EngineStatus",
    "StatusFn",
    "SyncEngine",
    "SyncReport",
    "describe",
    "is_offline",
]

LIVE = "/v1/sync/live"
LIVE_WAIT = 25.0

KNOWN_ERRORS = (ServerUnreachable, ServerError, ProtocolError, UntrustedServer, WrongDevice)


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
        return (
            f"pushed {self.pushed} change(s) ({self.accepted} accepted, {self.rejected} "
            f"rejected), pulled {self.pulled} row(s), cursor {self.cursor}, "
            f"{self.duration:.2f} s"
        )


@dataclass(frozen=True)
class EngineStatus:
    online: bool
    last_sync_at: datetime | None
    pending: int
    rejected: int
    message: str
    wipe_ordered: bool = False  # revoked with a wipe: `run` has stopped (`sync.client.wipe`)
    files: Progress | None = None  # the application files fetched so far (`progress.text()`)


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


def _asked(error: BaseException) -> float | None:
    """The wait the server asked for with its refusal (`Retry-After`), if it did."""
    return error.retry_after if isinstance(error, ServerError) else None


def _changed(answer: dict[str, Any]) -> bool:
    changed = answer.get("changed")
    if not isinstance(changed, bool):
        raise ProtocolError("the server's live answer has no 'changed' flag")
    return changed


class SyncEngine:
    """Keeps one replica in step with the central API."""

    def __init__(
        self,
        replica: Replica,
        http_factory: Callable[[], Http],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] | None = None,
        random: Callable[[], float] = _random.random,
        backoff: Backoff | None = None,
        live_wait: float = LIVE_WAIT,
        progress: ProgressFn | None = None,
        touched: Callable[[Touched], None] | None = None,
        files: FileStore | None = None,
        file_budget: int = DOWNLOAD_BUDGET,
    ) -> None:
        """`http_factory` makes a new client at each call (the engine closes the ones it
        made; `run` hands them to its loop). `sleep`: called with each back-off instead
        of waiting on the stop event (for tests that note the waits asked for); `random`
        draws the back-off's jitter. `files`: the device's files, uploaded and downloaded
        after each push and pull (rows never wait for files; a problem with one file is
        recorded on it, never stops the sync), `file_budget` bytes a sync at most."""
        self.replica = replica
        self.progress = progress  # called from the sync thread as pages land
        self.touched = touched  # told what each committed pull page or push answer changed
        self._factory = http_factory
        self._clock = clock
        self._sleep = sleep
        self._stop: threading.Event | None = None  # while `run` runs: its stop event
        self._random = random
        self.backoff = backoff or Backoff()
        self.live_wait = live_wait
        self._http: Http | None = None
        self._online = False
        self._message = "not synced yet"
        self._wake = threading.Event()
        self._now = threading.Event()  # staff asked for a sync now: no back-off
        self._attempts = threading.Condition()  # `run`'s sync attempts, for `sync_now`
        self._finished = 0  # attempts finished
        self._in_attempt = False
        self._outcome: BaseException | None = None  # of the last attempt
        self.wipe_ordered = False
        self._numbering_checked = False  # with the server, once per engine (start)
        self.files = None if files is None else FileTransfers(replica, files, self._client)
        self.file_budget = file_budget
        self.files_more = False  # a budget ran out: sync again at once for the rest

    # -- one sync ---------------------------------------------------------------------

    def _new_client(self) -> Http:
        http = self._factory()
        return http if self._stop is None else http.for_loop(self._stop)

    def _client(self) -> Http:
        if self._http is None:
            self._http = self._new_client()
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
            self._tell_pushed(pushed)
            with self.replica.read() as session:
                fresh = state.cursor(session) is None or state.snapshot_in_progress(session)
            pulled = pull_snapshot(self.replica, http, self.progress) if fresh else 0
            if fresh and self.touched is not None:
                self.touched(Touched.everything())
            pulled += pull_changes(self.replica, http, self.progress, touched=self.touched)
            if self.files is not None:  # after the rows: files never hold a sync up
                uploads = self.files.upload_pending(self.file_budget)
                fetched = self.files.download_missing(self.file_budget)
                self.files_more = fetched.more or uploads.more
        except KNOWN_ERRORS as error:
            self._online = not is_offline(error)
            self._message = describe(error)
            self._drop_client()
            raise
        with self.replica.read() as session:
            cursor = state.cursor(session)
        self._online, self._message = True, "up to date"
        return SyncReport(
            pushed.sent, pushed.accepted, pushed.rejected, pulled, cursor, self._clock() - started
        )

    def _tell_pushed(self, pushed: PushSummary) -> None:
        """Answers change the outbox; a refusal also unwinds the refused change's rows."""
        if self.touched is None or not pushed.accepted + pushed.rejected:
            return
        self.touched(
            Touched.everything()
            if pushed.rejected
            else Touched.of_tables({OutboxRow.__tablename__})
        )

    def status(self) -> EngineStatus:
        with self.replica.read() as session:
            counts = outbox.counts(session)
            raw = state.get(session, LAST_SYNC_AT)
        last = datetime.fromisoformat(raw) if raw else None
        return EngineStatus(
            self._online,
            last,
            counts.pending,
            counts.rejected,
            self._message,
            self.wipe_ordered,
            self.files.last if self.files else None,
        )

    def sync_now(self, timeout: float = 120.0) -> None:
        """While `run` runs: have it sync at once (cutting a back-off short) and wait for
        that sync; raises its error, or `TimeoutError`. Otherwise: one `sync_once`."""
        if self._stop is None:
            self.sync_once()
            return
        with self._attempts:
            target = self._finished + (2 if self._in_attempt else 1)  # one begun after now
        self._now.set()
        self.wake()
        with self._attempts:
            if not self._attempts.wait_for(lambda: self._finished >= target, timeout):
                raise TimeoutError("the sync did not finish in time")
            if self._outcome is not None:
                raise self._outcome

    def _attempt(self, started: bool, outcome: BaseException | None = None) -> None:
        with self._attempts:
            self._in_attempt = started
            if not started:
                self._finished += 1
                self._outcome = outcome
                self._attempts.notify_all()

    def wake(self) -> None:
        """Staff made a change: push it now rather than at the next check."""
        self._wake.set()

    # -- live -------------------------------------------------------------------------

    def _pending(self) -> int:
        with self.replica.read() as session:
            return outbox.counts(session).pending

    def _pause(self, stop: threading.Event, seconds: float) -> None:
        """The back-off: over after `seconds`, or at once when `stop` is set or staff ask
        for a sync now (`sync_now`; a change made meanwhile waits for the back-off)."""
        if self._sleep is not None:
            self._sleep(seconds)
            return
        deadline = time.monotonic() + seconds
        while not stop.is_set() and not self._now.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            stop.wait(min(SLICE, left))

    def _start_poll(self, http: Http) -> Future[dict[str, Any]]:
        """Ask the server to answer once something past our cursor changed (or after
        `live_wait` seconds); the answer comes in the future, on a thread of its own."""
        with self.replica.read() as session:
            cursor = state.cursor(session) or 0
        return http.submit(
            "GET",
            LIVE,
            params={"cursor": cursor, "wait": self.live_wait},
            timeout=self.live_wait + 15,
        )

    def _listen(
        self, stop: threading.Event, live: Callable[[], Http], poll: Future[dict[str, Any]] | None
    ) -> tuple[bool, Future[dict[str, Any]] | None]:
        """Wait for a change on the server, a local change or `stop`.

        Returns (sync now?, the poll still in flight). Raises the poll's error.
        """
        while not stop.is_set():
            if poll is None:
                poll = self._start_poll(live())
            done, _ = wait_for([poll], timeout=SLICE)
            if done:
                changed = _changed(poll.result())
                poll = None
                if changed:
                    return True, None
                continue
            if self._wake.is_set() or self._pending():
                return True, poll
        return False, poll

    def run(self, stop: threading.Event, on_status: StatusFn | None = None) -> None:
        """Stay in step until `stop` is set: sync, listen, sync again; back off offline.

        Returns within about `SLICE` of `stop` being set, even with a request in flight
        to a server that never answers (the request is given up: `Stopped`)."""
        report = on_status or (lambda status: None)
        failures = 0
        self._stop = stop
        live_http: list[Http] = []

        def live() -> Http:
            if not live_http:
                live_http.append(self._new_client())
            return live_http[0]

        poll: Future[dict[str, Any]] | None = None
        try:
            while not stop.is_set():
                try:
                    self._wake.clear()
                    self._now.clear()
                    self._attempt(started=True)
                    before = self._pending()
                    summary = self.sync_once()
                    left = self._pending()
                    if left and left >= before and summary.accepted + summary.rejected == 0:
                        raise ServerUnreachable(f"{left} change(s) not answered yet")
                    failures = 0
                    report(self.status())
                    self._attempt(started=False)
                    if left or self.files_more:
                        continue  # changes made during the sync, or files: at once
                    _, poll = self._listen(stop, live, poll)
                except Stopped as stopped:
                    self._attempt(started=False, outcome=stopped)
                    return
                except KNOWN_ERRORS as error:
                    if wipe_ordered(error):  # the app erases the data: nothing more to sync
                        self.wipe_ordered, self._online = True, False
                        self._message = describe(error)
                        report(self.status())
                        self._attempt(started=False, outcome=error)
                        return
                    poll = None
                    for http in live_http:
                        http.close()
                    live_http.clear()
                    delay = self.backoff.wait(failures, self._random(), _asked(error))
                    failures += 1
                    self._online = False
                    shown = f"{max(delay, 1):.0f}"
                    self._message = (
                        f"offline, retrying in {shown} s ({describe(error)})"
                        if is_offline(error)
                        else f"sync failed, retrying in {shown} s: {describe(error)}"
                    )
                    report(self.status())
                    self._attempt(started=False, outcome=error)
                    self._pause(stop, delay)
        finally:
            with self._attempts:
                if self._in_attempt:  # ended by a fault: whoever waits hears of it
                    self._in_attempt = False
                    self._finished += 1
                    self._outcome = RuntimeError("the sync stopped")
                    self._attempts.notify_all()
            self._stop = None
            for http in live_http:
                http.close()
            self._drop_client()
