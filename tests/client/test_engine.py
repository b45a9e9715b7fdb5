"""The sync engine: push first then pull, retries on its own, live changes, back-off."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from sync import model as m
from sync.client import state
from sync.client.engine import Backoff, EngineStatus, SyncEngine
from sync.client.tables import DEVICE_ID
from sync.client.transport import Http
from sync.server.app import build
from sync.server.tables import AppliedMutation
from tests.client.conftest import TillFactory
from tests.client.helpers import FAST_RETRY, Till, note_args, running_api
from tests.server.conftest import Api
from tests.server.live_server import long_polling, serve

QUICK = Backoff(base=0.05, cap=0.2, floor=0.01)


class Recorder(Http):
    """The real client, noting every request as (method, path, answered?)."""

    def __init__(self, url: str, token: str, calls: list[tuple[str, str, bool]]) -> None:
        super().__init__(url, token, retry=FAST_RETRY, connect_timeout=1.0)
        self.calls = calls

    def request_json(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            answer = super().request_json(method, path, **kwargs)
        except Exception:
            self.calls.append((method, path, False))
            raise
        self.calls.append((method, path, True))
        return answer


def factory(till: Till, calls: list[tuple[str, str, bool]]) -> Callable[[], Http]:
    return lambda: Recorder(till.api.url, till.token, calls)


WOKEN = 20.0
"""Seconds within which a woken long-poll (of 25 s) must answer: less than its timeout."""


def wait_until(condition: Callable[[], bool], seconds: float = 10.0) -> float:
    """Poll `condition` until true (returns the seconds it took) or fail at the deadline."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < seconds, "timed out"
        time.sleep(0.02)
    return time.monotonic() - start


@contextmanager
def running(engine: SyncEngine) -> Iterator[list[EngineStatus]]:
    statuses: list[EngineStatus] = []
    stop = threading.Event()
    worker = threading.Thread(target=engine.run, args=(stop, statuses.append), daemon=True)
    worker.start()
    try:
        yield statuses
    finally:
        stop.set()
        started = time.monotonic()
        worker.join(5)
        assert not worker.is_alive()
        assert time.monotonic() - started < 4  # stops promptly, even mid (25 s) long-poll


def _pending(till: Till) -> int:
    return SyncEngine(till.replica, lambda: till.http).status().pending


def test_backoff_grows_exponentially_with_full_jitter_and_is_capped() -> None:
    policy = Backoff()
    assert [policy.delay(n, 1.0) for n in range(8)] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert policy.delay(1000, 1.0) == 60  # no overflow after a very long outage
    assert policy.delay(3, 0.5) == 4.0  # full jitter: anywhere up to the ceiling
    assert policy.delay(5, 0.0) == policy.floor  # never a zero wait, never a hot loop
    draws = iter([0.25, 0.5, 1.0])
    engine = SyncEngine(None, lambda: None, random=lambda: next(draws))  # type: ignore[arg-type]
    assert [engine.backoff.delay(n, engine._random()) for n in range(3)] == [0.25, 1.0, 4.0]


def test_sync_once_pushes_then_pulls_and_reports(server: Api, make_till: TillFactory) -> None:
    till = make_till(server)
    calls: list[tuple[str, str, bool]] = []
    engine = SyncEngine(till.replica, factory(till, calls))
    first = engine.sync_once()
    assert (first.pushed, first.pulled > 0, first.cursor is not None) == (0, True, True)
    till.do("interaction.add", note_args(server, "hello"))
    calls.clear()
    report = engine.sync_once()
    assert (report.pushed, report.accepted, report.rejected) == (1, 1, 0)
    assert [path for _, path, _ in calls][:2] == ["/v1/sync/push", "/v1/sync/changes"]
    status = engine.status()
    assert (status.online, status.pending, status.rejected) == (True, 0, 0)
    assert status.last_sync_at is not None
    assert "pushed 1 change(s) (1 accepted, 0 rejected)" in report.summary()


def test_live_a_server_change_wakes_the_long_poll_and_a_till_change_is_pushed_at_once(
    server: Api, make_till: TillFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    till = make_till(server)
    in_long_poll = long_polling(monkeypatch)
    engine = SyncEngine(till.replica, factory(till, []), live_wait=25)
    with running(engine) as statuses:
        wait_until(lambda: any(s.online for s in statuses))
        assert in_long_poll.wait(60)  # the engine has settled into its long-poll
        text = f"live {uuid.uuid4()}"
        with server.db.write() as session:
            session.add(
                m.Interaction(
                    id=uuid.uuid4(),
                    customer_id=server.world.customers["ala"],
                    channel="phone",
                    kind="call",
                    text=text,
                )
            )
        # The long-poll is woken by the change: it arrives before the poll's 25 s would
        # have run out (how fast is the change_latency benchmark's business).
        wait_until(
            lambda: any(r["text"] == text for r in till.rows("interactions").values()), WOKEN
        )
        # A change made at the till is pushed without waiting for the long-poll.
        till.do("interaction.add", note_args(server, "from the till"))
        wait_until(lambda: _pending(till) == 0, WOKEN)


def test_a_failed_push_is_retried_on_its_own_push_first_then_pull(
    sqlite_url: str, make_till: TillFactory
) -> None:
    with running_api(sqlite_url) as api:
        till = make_till(api)
        till.pull()
    port = urlsplit(till.api.url).port
    # The server is down; staff make a change; the engine starts with no network.
    till.do("interaction.add", note_args(till.api, "made offline"))
    calls: list[tuple[str, str, bool]] = []
    engine = SyncEngine(till.replica, factory(till, calls), backoff=QUICK)
    with running(engine) as statuses:
        wait_until(lambda: sum(not s.online for s in statuses) >= 3)
        offline = [s for s in statuses if not s.online]
        assert all(s.message.startswith("offline, retrying in") for s in offline)
        assert offline[-1].pending == 1
        assert not any(ok for *_, ok in calls)
        # The server comes back on the same port and database: no new change is made.
        app = build(sqlite_url)
        try:
            with serve(app, port):
                wait_until(lambda: _pending(till) == 0)
                wait_until(lambda: statuses[-1].online)
        finally:
            app.state.db.dispose()
    answered = [(method, path) for method, path, ok in calls if ok]
    # First contact: where the device's numbering stands on the server; then push, pull.
    assert answered[:3] == [
        ("GET", "/v1/devices/me"),
        ("POST", "/v1/sync/push"),
        ("GET", "/v1/sync/changes"),
    ]
    with till.replica.read() as session:
        device_id = uuid.UUID(state.get(session, DEVICE_ID) or "")
    with till.api.db.read() as session:
        applied = session.scalar(
            select(func.count())
            .select_from(AppliedMutation)
            .where(AppliedMutation.device_id == device_id)
        )
    assert applied == 1
