"""`omnidesk enrol`, `sync` and `status`, end to end against the API on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from sync import model as m
from sync.client.cli import main
from sync.client.credentials import default_store
from sync.client.device import workplace
from sync.client.local import apply_local
from sync.client.profile import Profile, profile_path
from sync.client.replica import open_replica
from sync.client.replica_key import read_sidecar, replica_key
from sync.client.staff_key import StaffKey
from sync.client.staff_sign_in import sign_in_online
from sync.model.types import utcnow
from sync.server import enrolment
from tests.client.helpers import note_args, sale_args
from tests.client.test_credentials import MemoryKeyring
from tests.server.conftest import Api
from tests.server.live_server import free_port, long_polling
from tests.server.world import PIN

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private data directory and an in-memory test keyring."""
    data = tmp_path / "data"
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(data))
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield data
    keyring.set_keyring(before)


def _code(api: Api, store: str = "PL-WAW-01") -> str:
    with api.db.write() as session:
        return enrolment.create_code(session, store, utcnow())


def _key(login: str) -> StaffKey:
    """`login` signed in online on the enrolled profile's device."""
    profile = Profile("default", default_store())
    try:
        with profile.http() as http:
            return sign_in_online(http, login, PIN).key
    finally:
        profile.close()


def _note(api: Api, text: str) -> None:
    key = _key("cashier.waw")
    path = profile_path("default")
    with open_replica(path, replica_key(path, default_store())) as replica:
        with replica.read() as session:
            place = workplace(session)
        apply_local(
            replica, "interaction.add", note_args(api, text), key, place.store_id, place.channel
        )


def _server_change(api: Api) -> None:
    with api.db.write() as session:
        session.add(
            m.Interaction(
                id=uuid.uuid4(),
                customer_id=api.world.customers["ala"],
                channel="phone",
                kind="call",
                text="on the server",
            )
        )


def test_enrol_sync_and_status(server: Api, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = _code(server)
    assert main(["enrol", server.url, code, "--name", "till 1"]) == 0
    out = capsys.readouterr().out
    assert "enrolled as device" in out and "MemoryKeyring" in out
    device_id = read_sidecar(profile_path("default"))["device_id"]
    assert default_store().get(f"device-token:{device_id}")  # bound to the device
    assert profile_path("default") == home / "profiles" / "default.db"

    assert main(["sync"]) == 0
    out = capsys.readouterr().out
    assert f"synced with {server.url}: pushed 0 change(s)" in out
    _note(server, "from the command line")
    assert main(["sync"]) == 0
    assert "pushed 1 change(s) (1 accepted, 0 rejected)" in capsys.readouterr().out

    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert f"server:      {server.url}" in out
    assert "store PL-WAW-01" in out and "last sync:   never" not in out
    assert "pending:     0" in out and "rejected:    0" in out
    assert "cursor:      none" not in out

    # The code is used now: a second enrolment is refused and explained.
    assert main(["enrol", server.url, code, "--profile", "second"]) == 1
    err = capsys.readouterr().err
    assert "used already" in err and "Traceback" not in err
    assert main(["enrol", server.url, _code(server)]) == 2  # enrolled already
    assert "enrolled already" in capsys.readouterr().err


def test_status_lists_rejected_changes_with_their_reasons(
    server: Api, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["enrol", server.url, _code(server)]) == 0
    assert main(["sync"]) == 0
    with server.db.write() as session:  # the till does not know yet
        session.get(m.Product, server.world.products["SKU-CABLE"]).active = False
    key = _key("cashier.waw")
    path = profile_path("default")
    with open_replica(path, replica_key(path, default_store())) as replica:
        with replica.read() as session:
            place = workplace(session)
        apply_local(replica, "sale.complete", sale_args(server), key, place.store_id, place.channel)
    capsys.readouterr()
    assert main(["sync"]) == 0
    assert "1 change(s) need attention" in capsys.readouterr().out
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "rejected:    1 change(s) need attention" in out
    assert "sale.complete (" in out


def test_sync_watch_stays_live_until_stopped(
    server: Api, home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["enrol", server.url, _code(server)]) == 0
    in_long_poll = long_polling(monkeypatch)
    stop = threading.Event()
    codes: list[int] = []
    worker = threading.Thread(target=lambda: codes.append(main(["sync", "--watch"], stop=stop)))
    worker.start()
    deadline = time.monotonic() + 60
    while "online: up to date" not in capsys.readouterr().out:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert in_long_poll.wait(60)  # settled into its long-poll, as it would be for hours
    stop.set()
    worker.join(5)
    assert codes == [0]
    # The server answers the long-poll left behind at once, so it shuts down at once.
    _server_change(server)


def test_errors_are_one_clear_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    assert main(["enrol", dead, "CODE"]) == 1
    assert "cannot reach the server at" in capsys.readouterr().err
    assert main(["enrol", "not a url", "CODE"]) == 2
    assert "is not a server address" in capsys.readouterr().err
    assert main(["status"]) == 2
    assert "is not enrolled" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2
    keyring.set_keyring(fail.Keyring())
    assert main(["enrol", dead, "CODE"]) == 2
    err = capsys.readouterr().err
    assert "no OS keyring" in err and "Traceback" not in err


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "OMNIDESK_DATA_DIR": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "tests.client.test_credentials.MemoryKeyring",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sync.client.cli",
            "enrol",
            f"http://127.0.0.1:{free_port()}",
            "CODE",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert done.stderr.strip().count("\n") == 0
    assert "cannot reach the server" in done.stderr
