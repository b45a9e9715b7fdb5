"""When a request is tried again and how long the device waits: back-off with jitter, the
server's `Retry-After` believed (up to a cap), and a stop that cuts every wait short."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response

from sync.client.retry import MAX_RETRY_AFTER, Backoff, RetryPolicy, parse_retry_after
from sync.client.transport import Http, ServerError, Stopped
from tests.client.fake_servers import FakeHangingServer
from tests.server.live_server import serve

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_retry_after_is_read_in_seconds_or_as_an_http_date() -> None:
    assert parse_retry_after("1", NOW) == 1.0
    assert parse_retry_after(" 120 ", NOW) == 120.0
    later = format_datetime(NOW + timedelta(seconds=90), usegmt=True)
    assert later.endswith("GMT") and parse_retry_after(later, NOW) == 90.0
    assert parse_retry_after("Mon, 02 Mar 2026 09:30:30 -0000", NOW) == 30.0
    past = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(past, NOW) == 0.0  # already over: no wait
    for unreadable in (None, "", "soon", "-5", "1.5", "Mon, 99 Foo 2026"):
        assert parse_retry_after(unreadable, NOW) is None


def test_one_back_off_for_both_layers_believing_the_server_up_to_a_cap() -> None:
    loop = Backoff(base=1, cap=60, floor=0.1)  # the engine's: full jitter
    assert [loop.delay(n, 1.0) for n in range(8)] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert loop.delay(3, 0.5) == 4.0 and loop.delay(3, 0.0) == 0.1
    assert loop.wait(6, 1.0, asked=1.0) == 1.0  # the server knows better than the curve
    assert loop.wait(0, 1.0, asked=0.0) == 0.1  # never a hot loop
    assert loop.wait(0, 1.0, asked=10_000.0) == MAX_RETRY_AFTER
    one = RetryPolicy(attempts=3, base_delay=1, max_delay=8)  # a single request's: equal
    assert [one.delay(n, 0.0) for n in range(5)] == [0.5, 1, 2, 4, 4]
    assert [one.wait(n, 1.0) for n in range(3)] == [1, 2, None]  # 3 attempts in all
    assert one.wait(0, 0.0, asked=5.0) == 5.0
    # A request waited for by someone is not held up longer than its policy allows:
    # the error comes at once, with what the server asked for.
    assert one.wait(0, 0.0, asked=9.0) is None


def _busy_server() -> FastAPI:
    """A fake server: busy (503, Retry-After: 1) at each first call, then answering."""
    app = FastAPI()
    calls = {"busy": 0, "locked": 0}

    @app.api_route("/busy", methods=["GET", "POST"])
    def busy() -> Response:
        calls["busy"] += 1
        if calls["busy"] % 2:
            return JSONResponse(
                {"error": {"code": "sign_in_busy", "message": "busy"}},
                status_code=503,
                headers={"Retry-After": "1"},
            )
        return JSONResponse({"ok": calls["busy"]})

    @app.get("/later")
    def later() -> Response:
        calls["locked"] += 1
        when = format_datetime(datetime.now(UTC) + timedelta(minutes=10), usegmt=True)
        return JSONResponse(
            {"error": {"code": "too_many", "message": "wait"}},
            status_code=429,
            headers={"Retry-After": when},
        )

    @app.get("/calls")
    def count() -> Response:
        return JSONResponse(calls)

    return app


@pytest.fixture(scope="module")
def busy_url() -> Iterator[str]:
    with serve(_busy_server()) as url:
        yield url


def test_a_request_waits_as_long_as_the_server_asks(busy_url: str) -> None:
    sleeps: list[float] = []
    with Http(busy_url, sleep=sleeps.append) as http:
        assert http.get_json("/busy") == {"ok": 2}
        assert sleeps == [1.0]  # not the back-off's 0.25 to 0.5 s
        # A request that is not idempotent is not sent again, but says how long to wait.
        with pytest.raises(ServerError) as busy:
            http.post_json("/busy", {})
    assert (busy.value.status, busy.value.retry_after, sleeps) == (503, 1.0, [1.0])


def test_a_wait_longer_than_a_request_can_bear_is_told_not_waited(busy_url: str) -> None:
    sleeps: list[float] = []
    with Http(busy_url, sleep=sleeps.append) as http:
        with pytest.raises(ServerError) as refused:
            http.get_json("/later")
        assert refused.value.status == 429 and sleeps == []
        assert refused.value.retry_after == pytest.approx(600, abs=5)
        assert http.get_json("/calls")["locked"] == 1


def test_a_stop_cuts_a_request_to_a_hanging_server_short() -> None:
    stop = threading.Event()
    with FakeHangingServer() as hanging, Http(hanging.url, timeout=30) as http:
        http.for_loop(stop)
        answer: list[Exception] = []

        def ask() -> None:
            try:
                http.get_json("/v1/devices/me")
            except Exception as error:  # noted for the test
                answer.append(error)

        asking = threading.Thread(target=ask)
        asking.start()
        assert hanging.accepted.wait(10)
        stop.set()
        asking.join(2)  # a bound on a behaviour (the read timeout is 30 s), not a speed
        assert not asking.is_alive()
        assert [type(error) for error in answer] == [Stopped]
        # Stopped: nothing more is sent.
        with pytest.raises(Stopped):
            http.get_json("/v1/devices/me")
        assert hanging.connections == 1
