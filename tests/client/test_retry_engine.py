"""The sync engine is the one retry layer of a live device: it waits as long as the server
asks, says so in its status, and stops promptly whatever it is waiting for (a back-off,
a long poll, a server that never answers), leaving nothing for the app's exit to wait on."""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import Request
from fastapi.responses import JSONResponse, Response

from sync.client.engine import Backoff, EngineStatus, SyncEngine
from sync.client.transport import Http, ServerUnreachable
from sync.server.app import build
from tests.client.conftest import TillFactory
from tests.client.fake_servers import FakeHangingServer
from tests.client.helpers import Till, note_args
from tests.server.conftest import Api
from tests.server.live_server import free_port, serve
from tests.server.world import build_world

STOP_BOUND = 2.0
"""Seconds a stop may take: a bound on a behaviour (the waits cut short are 30 s and
more), not a measure of speed."""

SLOW = Backoff(base=600, cap=600, floor=600)  # only a stop ends such a back-off


@dataclass
class Busy:
    """Makes the real API answer its next `left` device look-ups with 503 and
    `Retry-After: 1`, as a busy server does."""

    left: int = 0
    answered: list[int] = field(default_factory=list)


@contextmanager
def busy_api(url: str) -> Iterator[tuple[Api, Busy]]:
    app = build(url)
    busy = Busy()

    @app.middleware("http")
    async def _busy(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.url.path == "/v1/devices/me" and busy.left > 0:
            busy.left -= 1
            busy.answered.append(503)
            return JSONResponse(
                {"error": {"code": "database_unavailable", "message": "busy"}},
                status_code=503,
                headers={"Retry-After": "1"},
            )
        return await call_next(request)

    db = app.state.db
    world = build_world(db)
    try:
        with serve(app) as base, httpx.Client(base_url=base, timeout=30) as http:
            yield Api(base, db, world, http), busy
    finally:
        db.dispose()


class Running:
    """`SyncEngine.run` on a thread of its own, its statuses noted."""

    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.statuses: list[EngineStatus] = []
        self._changed = threading.Condition()
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=engine.run, args=(self.stop, self._note), name="test-sync", daemon=True
        )

    def _note(self, status: EngineStatus) -> None:
        with self._changed:
            self.statuses.append(status)
            self._changed.notify_all()

    def wait_for(self, seen: Callable[[EngineStatus], bool], seconds: float = 20) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: any(seen(s) for s in self.statuses), seconds), [
                s.message for s in self.statuses
            ]

    def stopped_within(self, seconds: float) -> bool:
        self.stop.set()
        self.thread.join(seconds)
        return not self.thread.is_alive()


@contextmanager
def running(engine: SyncEngine) -> Iterator[Running]:
    run = Running(engine)
    run.thread.start()
    try:
        yield run
    finally:
        assert run.stopped_within(10)
        engine.close()


def _threads_left(before: set[threading.Thread]) -> list[threading.Thread]:
    """Threads started since `before` that the process's exit would wait for."""
    return [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]


def test_the_engine_waits_as_long_as_the_server_asks_and_says_so(
    sqlite_url: str, make_till: TillFactory
) -> None:
    waits: list[float] = []
    with busy_api(sqlite_url) as (api, busy):
        till = make_till(api)
        busy.left = 1
        # A back-off of 30 s: only the server's Retry-After can make the wait 1 s.
        engine = SyncEngine(
            till.replica,
            lambda: Http(api.url, till.token),
            sleep=waits.append,
            random=lambda: 1.0,
            backoff=Backoff(base=30, cap=30),
        )
        with running(engine) as run:
            run.wait_for(lambda s: s.online)
    offline = [s for s in run.statuses if not s.online]
    assert [s.message for s in offline] == ["offline, retrying in 1 s (busy)"]
    # One wait, of what the server asked: the engine's requests are sent once (a retry
    # of the request inside the engine's own would have waited first, unnoted here).
    assert waits == [1.0] and busy.answered == [503]


def _engine(till: Till, url: str, **options: Any) -> SyncEngine:
    return SyncEngine(till.replica, lambda: Http(url, till.token, timeout=30), **options)


def test_a_stop_cuts_a_long_back_off_short(server: Api, make_till: TillFactory) -> None:
    till = make_till(server)
    nowhere = f"http://127.0.0.1:{free_port()}"  # nothing listens: refused at once
    with running(_engine(till, nowhere, backoff=SLOW)) as run:
        run.wait_for(lambda s: s.message.startswith("offline, retrying in 600 s"))
        assert run.stopped_within(STOP_BOUND)


def test_a_stop_gives_up_a_request_to_a_server_that_never_answers(
    server: Api, make_till: TillFactory
) -> None:
    till = make_till(server)
    before = set(threading.enumerate())
    with FakeHangingServer() as hanging:
        with running(_engine(till, hanging.url, backoff=SLOW)) as run:
            assert hanging.accepted.wait(10)  # the first request is in flight, unanswered
            assert run.stopped_within(STOP_BOUND)
        assert not any(not s.online and "retrying" in s.message for s in run.statuses)
        assert _threads_left(before) == []


class Polling(Http):
    """The real client, telling when the engine's long poll has been sent."""

    def __init__(self, url: str, token: str, polling: threading.Event) -> None:
        super().__init__(url, token)
        self.polling = polling

    def submit(self, method: str, path: str, **options: Any) -> Any:
        answer = super().submit(method, path, **options)
        if path == "/v1/sync/live":
            self.polling.set()
        return answer


def test_a_stop_mid_long_poll_leaves_no_thread_for_the_exit_to_wait_on(
    server: Api, make_till: TillFactory
) -> None:
    till = make_till(server)
    polling = threading.Event()
    before = set(threading.enumerate())
    engine = SyncEngine(
        till.replica, lambda: Polling(server.url, till.token, polling), live_wait=25
    )
    with running(engine) as run:
        run.wait_for(lambda s: s.online)
        assert polling.wait(10)  # the server holds the poll up to 25 s
        assert run.stopped_within(STOP_BOUND)
    assert _threads_left(before) == []


def test_sync_now_cuts_a_back_off_short_and_answers_with_that_sync(
    server: Api, make_till: TillFactory
) -> None:
    till = make_till(server)
    nowhere = f"http://127.0.0.1:{free_port()}"  # nothing listens: refused at once
    with running(_engine(till, nowhere, backoff=SLOW)) as run:
        run.wait_for(lambda s: s.message.startswith("offline, retrying in 600 s"))
        tried = len(run.statuses)
        # "Sync now" does not wait out the 600 s (TimeoutError): it tries at once and
        # raises why that attempt failed.
        with pytest.raises(ServerUnreachable):
            run.engine.sync_now(timeout=STOP_BOUND * 5)
        assert len(run.statuses) > tried

    with running(_engine(till, server.url, backoff=SLOW)) as run:
        run.wait_for(lambda s: s.online)
        till.do("interaction.add", note_args(server, "asked to send now"))
        run.engine.sync_now(timeout=20)  # returns once a sync begun after the ask is done
        assert run.engine.status().pending == 0
