"""Gathers the pushes that arrive while others are being applied, to apply them together.

A push that finds a free slot is applied at once, on its own. Pushes that arrive while
every slot is busy wait, and the next free slot takes all of them (up to a limit) into
one transaction (`sync.server.push.apply_pushes`): the busier the server, the more
pushes share a commit, so its cost per push falls just when it matters.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Sequence

from starlette.concurrency import run_in_threadpool

from sync.server.push import Outcome, Push

Apply = Callable[[Sequence[Push]], list[Outcome]]


class PushQueue:
    """Pushes waiting for one of `slots` threads, taken in arrival order."""

    def __init__(self, apply: Apply, *, slots: int, max_mutations: int) -> None:
        self._apply = apply
        self._slots = slots
        self._max_mutations = max_mutations
        self._waiting: deque[tuple[Push, asyncio.Future[Outcome]]] = deque()
        self._running: set[asyncio.Task[None]] = set()

    async def submit(self, push: Push) -> Outcome:
        """Apply `push` (with whatever else is waiting) and return its outcome."""
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._waiting.append((push, future))
        self._start()
        return await future

    def _start(self) -> None:
        while len(self._running) < self._slots and self._waiting:
            group = self._take()
            if not group:
                continue
            task = asyncio.ensure_future(self._run(group))
            self._running.add(task)
            task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        self._start()

    def _take(self) -> list[tuple[Push, asyncio.Future[Outcome]]]:
        """The waiting pushes, oldest first, up to `max_mutations` in all (at least one);
        those whose requests were given up are dropped."""
        group: list[tuple[Push, asyncio.Future[Outcome]]] = []
        count = 0
        while self._waiting:
            push, future = self._waiting[0]
            if group and count + len(push.mutations) > self._max_mutations:
                break
            self._waiting.popleft()
            if future.done():
                continue
            group.append((push, future))
            count += len(push.mutations)
        return group

    async def _run(self, group: list[tuple[Push, asyncio.Future[Outcome]]]) -> None:
        try:
            outcomes = await run_in_threadpool(self._apply, [push for push, _ in group])
        except Exception as error:  # e.g. the database is unreachable: each request says so
            for _, future in group:
                if not future.done():
                    future.set_exception(error)
            return
        for (_, future), outcome in zip(group, outcomes, strict=True):
            if not future.done():
                future.set_result(outcome)
