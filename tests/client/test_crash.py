"""Killing the client process (SIGKILL) anywhere in pull and push, again and again,
loses nothing, applies nothing twice and leaves a sound replica file."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
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

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32",
                                                   reason="SIGKILL is POSIX")]


def _lines(process: subprocess.Popen[str], into: list[str]) -> threading.Thread:
    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            into.append(line.strip())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_many_kills_lose_nothing_and_double_nothing(server: Api, make_till: TillFactory
                                                   ) -> None:
    api = server
    till = make_till(api)  # enrolled; its replica is still empty: the first runs snapshot
    till.replica.close()
    customer = api.world.customers["ala"]
    command = [sys.executable, "-m", "tests.client.crash_worker", str(till.path), api.url,
               till.token, str(till.staff), str(till.store_id), str(customer)]
    session_json = json.dumps({"id": str(till.key.session_id), "secret": till.key.secret,
                               "expires_at": till.key.expires_at.isoformat(),
                               "replica_key": till.replica_key.hex()})
    chance = random.Random(2024)
    confirmed: list[str] = []
    for kill in range(KILLS):
        if kill % 5 == 0:  # the server moves on too, so pulls have work to do
            with api.db.write() as session:
                session.add(m.Interaction(id=uuid.uuid4(), customer_id=customer,
                                          channel="phone", kind="call", text=f"call {kill}"))
        output: list[str] = []
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                   stdin=subprocess.PIPE,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert process.stdin is not None
        process.stdin.write(session_json + "\n")
        process.stdin.close()
        reader = _lines(process, output)
        deadline = time.monotonic() + 60
        while "ready" not in output:
            assert process.poll() is None, f"the worker died: {output}"
            assert time.monotonic() < deadline, "the worker did not start"
            time.sleep(0.01)
        time.sleep(chance.uniform(0.0, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        reader.join(timeout=10)
        confirmed += [line for line in output if line != "ready"]
        with open_replica(till.path, till.replica_key) as replica:  # detected at start if damaged
            assert integrity_check(replica) == ["ok"]

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
        applied = session.scalars(select(AppliedMutation.id)
                                  .order_by(AppliedMutation.seq)).all()
        assert [str(i) for i in applied] == [str(row.id) for row in outbox]  # once, in order
        notes = session.scalar(select(func.count()).select_from(m.Interaction)
                               .where(m.Interaction.text.like("crash test %")))
    assert notes == len(outbox)
    assert_same_as_server(till)
