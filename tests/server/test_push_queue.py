"""The push queue: a push finding a free slot goes at once; pushes arriving while every
slot is busy go together, in arrival order, within the size limit; each request gets
its own outcome, or the error that stopped its group."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from sync.server.push import BatchOutcome, Outcome, Push
from sync.server.push_queue import PushQueue


def _push(token: str, size: int = 1) -> Push:
    return Push(token, [object()] * size, datetime.now(UTC))  # type: ignore[list-item]


class _Recorder:
    """Stands in for `apply_pushes`: notes each group, and holds the first until let go."""

    def __init__(self) -> None:
        self.groups: list[list[str]] = []
        self.first_started = threading.Event()
        self.release = threading.Event()

    def __call__(self, pushes: Sequence[Push]) -> list[Outcome]:
        self.groups.append([p.token for p in pushes])
        if len(self.groups) == 1:
            self.first_started.set()
            self.release.wait(10)
        return [BatchOutcome([], len(p.token)) for p in pushes]


async def _while_busy(queue: PushQueue, recorder: _Recorder, later: list[Push]) -> list[Outcome]:
    first = asyncio.ensure_future(queue.submit(_push("a")))
    await asyncio.get_running_loop().run_in_executor(None, recorder.first_started.wait, 10)
    waiting = [asyncio.ensure_future(queue.submit(p)) for p in later]
    await asyncio.sleep(0)  # one turn of the loop: each submit queues its push at its first step
    recorder.release.set()
    return await asyncio.gather(first, *waiting)


def test_pushes_arriving_while_busy_are_applied_together() -> None:
    recorder = _Recorder()
    queue = PushQueue(recorder, slots=1, max_mutations=500)
    outcomes = asyncio.run(_while_busy(queue, recorder, [_push("bb"), _push("ccc")]))
    assert recorder.groups == [["a"], ["bb", "ccc"]]
    assert [o.head for o in outcomes] == [1, 2, 3]  # type: ignore[union-attr]


def test_a_group_stays_within_the_size_limit() -> None:
    recorder = _Recorder()
    queue = PushQueue(recorder, slots=1, max_mutations=10)
    asyncio.run(
        _while_busy(queue, recorder, [_push("b", 6), _push("c", 4), _push("d", 1), _push("e", 12)])
    )
    assert recorder.groups == [["a"], ["b", "c"], ["d"], ["e"]]


def test_an_error_reaches_every_request_of_its_group_and_the_queue_goes_on() -> None:
    calls: list[list[str]] = []

    def failing_once(pushes: Sequence[Push]) -> list[Outcome]:
        calls.append([p.token for p in pushes])
        if len(calls) == 1:
            raise ConnectionError("database unreachable")
        return [BatchOutcome([], 0) for _ in pushes]

    async def scenario() -> Outcome:
        queue = PushQueue(failing_once, slots=1, max_mutations=500)
        with pytest.raises(ConnectionError):
            await queue.submit(_push("a"))
        return await queue.submit(_push("b"))

    assert asyncio.run(scenario()) == BatchOutcome([], 0)
    assert calls == [["a"], ["b"]]
