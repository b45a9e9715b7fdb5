"""Killing the client process (SIGKILL) anywhere in pull and push, again and again,
loses nothing, applies nothing twice and leaves a sound replica file.

Each worker (`tests.client.crash_worker`) says where it is and waits there for the test
to let it go on; the test kills it at a point chosen in advance: the n-th time it has an
answer from the server, is inside a transaction or has just committed one, in a pull, a
change or a push. Most kills land while the worker waits at that point; some just after
it was let go on, wherever it has got to by then. So kills land at many points of pull
and push however fast or busy the machine is.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sync import model as m
from sync.client.replica import integrity_check, open_replica
from sync.client.tables import ACCEPTED
from sync.server.tables import AppliedMutation
from tests.client.conftest import TillFactory
from tests.client.helpers import assert_same_as_server
from tests.server.conftest import Api

KILLS = 50
ROOT = Path(__file__).resolve().parents[2]
LINE_WAIT = 120.0  # seconds: only a bound for a worker that hangs, never reached otherwise
POINTS = {
    "pull": ("answered", "writing", "committed"),
    "change": ("writing", "committed", "made"),
    "push": ("answered", "writing", "committed"),
}
TARGETS = [f"{phase} {point}" for phase, points in POINTS.items() for point in points]
MADE = "change made "

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


@dataclass(frozen=True)
class Kill:
    """Where one worker dies: the `nth` time it reaches `point`, while it waits there
    (`held`) or just after it was let go on."""

    point: str
    nth: int
    held: bool


def _plan(chance: random.Random) -> list[Kill]:
    # Every point in turn, reached 1 to 8 times first: early and late in a worker's life,
    # at the first page of a pull or batch of a push and at later ones.
    return [
        Kill(TARGETS[number % len(TARGETS)], chance.randint(1, 8), number % 4 != 3)
        for number in range(KILLS)
    ]


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str | None]:
    """The worker's lines as they come; None once it has ended."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _go_on(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    try:
        process.stdin.write("go\n")
        process.stdin.flush()
    except BrokenPipeError:
        pass  # it died: its output ends, and the test says so


@dataclass(frozen=True)
class Death:
    said: list[str]  # every line the worker printed
    earlier: int  # commits of this pull (its pages) or push (its batches) before the kill


def _run_until(process: subprocess.Popen[str], kill: Kill, errors: Path) -> Death:
    """Let the worker go on, point after point, until `kill` says; kill it there."""
    lines, seen, said = _lines(process), Counter[str](), []
    phase, committed = "", 0  # the part of the loop it is in, and its commits there
    while True:
        try:
            line = lines.get(timeout=LINE_WAIT)
        except queue.Empty:
            process.kill()
            pytest.fail(f"the worker hung after {said[-3:]}; {errors.read_text()}")
        if line is None:
            pytest.fail(f"the worker ended before {kill}, after {said[-3:]}: {errors.read_text()}")
        said.append(line)
        point = line[: len(MADE) - 1] if line.startswith(MADE) else line
        if point.split()[0] != phase:
            phase, committed = point.split()[0], 0
        seen[point] += 1
        if point == kill.point and seen[point] == kill.nth:
            break
        committed += point.endswith(" committed")
        _go_on(process)
    if not kill.held:
        _go_on(process)  # and kill it at once: wherever it has got to by then
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    while (line := lines.get(timeout=LINE_WAIT)) is not None:  # what it said meanwhile
        said.append(line)
    return Death(said, committed)


def test_many_kills_lose_nothing_and_double_nothing(
    server: Api, make_till: TillFactory, tmp_path: Path
) -> None:
    api = server
    till = make_till(api)  # enrolled; its replica is still empty: the first runs snapshot
    till.replica.close()
    customer = api.world.customers["ala"]
    command = [
        sys.executable,
        "-m",
        "tests.client.crash_worker",
        str(till.path),
        api.url,
        till.token,
        str(till.staff),
        str(till.store_id),
        str(customer),
    ]
    session_json = json.dumps(
        {
            "id": str(till.key.session_id),
            "secret": till.key.secret,
            "expires_at": till.key.expires_at.isoformat(),
            "replica_key": till.replica_key.hex(),
        }
    )
    plan = _plan(random.Random(2024))
    errors = tmp_path / "worker-errors.txt"
    confirmed: list[str] = []
    deaths: list[tuple[str, int]] = []  # (pull, change or push, Death.earlier)
    for number, kill in enumerate(plan):
        if number % 5 == 0:  # the server moves on too, so pulls have work to do
            with api.db.write() as session:
                session.add(
                    m.Interaction(
                        id=uuid.uuid4(),
                        customer_id=customer,
                        channel="phone",
                        kind="call",
                        text=f"call {number}",
                    )
                )
        with (
            errors.open("w") as stderr,
            subprocess.Popen(
                command,
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            ) as process,
        ):
            assert process.stdin is not None
            process.stdin.write(session_json + "\n")
            process.stdin.flush()
            death = _run_until(process, kill, errors)
        confirmed += [line.removeprefix(MADE) for line in death.said if line.startswith(MADE)]
        deaths.append((kill.point.split()[0], death.earlier))
        with open_replica(till.path, till.replica_key) as replica:  # detected at start if damaged
            assert integrity_check(replica) == ["ok"]

    # Kills landed in every part of the work, inside transactions and between pages too.
    phases = Counter(phase for phase, _ in deaths)
    assert min(phases[phase] for phase in POINTS) >= KILLS // 4, phases
    assert sum(kill.held and kill.point.endswith(" writing") for kill in plan) >= KILLS // 5
    later = Counter(phase for phase, earlier in deaths if earlier > 0)
    assert later["pull"] >= 3 and later["push"] >= 3, later  # after a page (batch) of it

    till.reopen()
    till.sync()
    till.pull()
    outbox = till.outbox()
    ids = {str(row.id) for row in outbox}
    assert set(confirmed) <= ids  # every change reported done survived
    assert len(confirmed) >= KILLS // 2  # and the workers did get work done
    assert all(row.state == ACCEPTED for row in outbox)
    assert [row.seq for row in outbox] == list(range(1, len(outbox) + 1))
    with api.db.read() as session:
        applied = session.scalars(select(AppliedMutation.id).order_by(AppliedMutation.seq)).all()
        assert [str(i) for i in applied] == [str(row.id) for row in outbox]  # once, in order
        notes = session.scalar(
            select(func.count())
            .select_from(m.Interaction)
            .where(m.Interaction.text.like("crash test %"))
        )
    assert notes == len(outbox)
    assert_same_as_server(till)
