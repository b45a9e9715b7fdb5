"""Transport: `omnidesk-server serve` over TLS with the device trusting its CA; plain
http:// refused except to this machine, at enrolment and for a saved profile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from sync import model as m
from sync.client.cli import main
from sync.client.credentials import MemoryCredentialStore
from sync.client.device import workplace
from sync.client.local import apply_local
from sync.client.profile import Profile, profile_path
from sync.client.staff_sign_in import sign_in_online
from sync.client.transport import Http, InsecureAddress, check_address
from sync.model.types import utcnow
from sync.server import enrolment
from sync.server.app import build
from tests.client.test_transport import _certificates
from tests.server.conftest import Api
from tests.server.live_server import free_port
from tests.server.world import PIN, World, build_world

ROOT = Path(__file__).resolve().parents[2]
CLEAR_TEXT = "would cross the network in clear"


def _server_cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sync.server.cli", *args]


def _env(url: str) -> dict[str, str]:
    return dict(os.environ, OMNIDESK_DATABASE_URL=url)


@contextmanager
def _https_server(url: str, cert: Path, key: Path) -> Iterator[str]:
    """`omnidesk-server serve --certfile --keyfile` on a loopback port, until the block ends."""
    port = free_port()
    process = subprocess.Popen(
        _server_cli("serve", "--port", str(port), "--certfile", str(cert), "--keyfile", str(key)),
        env=_env(url),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        banner = process.stdout.readline()
        assert banner.startswith(f"Omnidesk central API on https://127.0.0.1:{port}"), banner
        logged: list[str] = []
        for line in process.stderr:  # uvicorn says when it listens (or why it cannot)
            logged.append(line)
            if "Uvicorn running on https://" in line:
                break
        else:
            pytest.fail(f"the server did not start (exit {process.wait()}): {logged}")
        # The rest of its log is read as it comes, so the server never blocks writing it.
        threading.Thread(target=logged.extend, args=(process.stderr,), daemon=True).start()
        yield f"https://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def world_db(sqlite_url: str) -> Iterator[tuple[str, World]]:
    app = build(sqlite_url)
    world = build_world(app.state.db)
    app.state.db.dispose()
    yield sqlite_url, world


def _code(url: str) -> str:
    app = build(url)
    try:
        with app.state.db.write() as session:
            return enrolment.create_code(session, "PL-WAW-01", utcnow())
    finally:
        app.state.db.dispose()


def test_a_device_enrols_signs_in_and_syncs_over_tls(
    world_db: tuple[str, World],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, world = world_db
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path / "data"))
    ca, cert, key = _certificates(tmp_path)
    store = MemoryCredentialStore()
    with _https_server(url, cert, key) as base:
        # Without the server's CA the device does not trust it, and says what to do.
        assert main(["enrol", base, _code(url)], credentials=lambda: store) == 2
        err = capsys.readouterr().err
        assert "does not trust" in err and "--ca-bundle" in err
        assert (
            main(["enrol", base, _code(url), "--ca-bundle", str(ca)], credentials=lambda: store)
            == 0
        )
        assert f"with {base}" in capsys.readouterr().out
        assert main(["sync"], credentials=lambda: store) == 0  # the snapshot, over TLS
        assert f"synced with {base}" in capsys.readouterr().out

        profile = Profile("default", store)
        try:
            assert profile.url == base and profile.ca_bundle == str(ca.resolve())
            with profile.http() as http:  # the PIN travels inside TLS
                signed_in = sign_in_online(http, "cashier.waw", PIN)
            with profile.replica.read() as session:
                place = workplace(session)
            note = {
                "interaction_id": str(uuid.uuid4()),
                "kind": "note",
                "customer_id": str(world.customers["ala"]),
                "text": "sent over TLS",
            }
            apply_local(
                profile.replica,
                "interaction.add",
                note,
                signed_in.key,
                place.store_id,
                place.channel,
            )
        finally:
            profile.close()
        assert main(["sync"], credentials=lambda: store) == 0
        assert "pushed 1 change(s) (1 accepted, 0 rejected)" in capsys.readouterr().out
    app = build(url)
    try:
        with app.state.db.read() as session:
            texts = list(session.scalars(select(m.Interaction.text)))
    finally:
        app.state.db.dispose()
    assert texts.count("sent over TLS") == 1


def test_serve_refuses_half_or_wrong_tls_files(sqlite_url: str, tmp_path: Path) -> None:
    ca, cert, key = _certificates(tmp_path)
    for args, expected in (
        (["--certfile", str(cert)], "both --certfile and --keyfile"),
        (["--certfile", str(cert), "--keyfile", str(tmp_path / "none.key")], "cannot"),
        (["--certfile", str(ca), "--keyfile", str(key)], "cannot serve TLS"),
    ):
        for command in ("serve", "demo"):
            done = subprocess.run(
                _server_cli(command, *args),
                env=_env(sqlite_url),
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert done.returncode == 2, done.stderr
            assert expected in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "address",
    [
        "http://127.0.0.1:8470",
        "http://127.8.0.1",
        "http://localhost:8470/",
        "http://[::1]:8470",
        "https://omnidesk.example.com",
        "https://192.0.2.7",
    ],
)
def test_https_anywhere_and_plain_http_to_this_machine_are_accepted(address: str) -> None:
    check_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "http://omnidesk.example.com",
        "http://192.0.2.7:8470",
        "http://10.0.0.1",
        "http://[2001:db8::1]:8470",
        "http://localhost.example.com",
        "HTTP://Omnidesk.local",
    ],
)
def test_plain_http_to_another_machine_is_refused_with_the_reason(address: str) -> None:
    with pytest.raises(InsecureAddress, match=CLEAR_TEXT):
        check_address(address)
    with pytest.raises(InsecureAddress):
        Http(address)


def test_enrolling_over_plain_http_to_another_machine_is_refused_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    store = MemoryCredentialStore()
    assert main(["enrol", "http://192.0.2.7:8470", "ABCD-EFGH"], credentials=lambda: store) == 2
    err = capsys.readouterr().err
    assert CLEAR_TEXT in err and "https://" in err and "Traceback" not in err
    assert not any(tmp_path.iterdir())  # no replica, no profile file


def test_a_saved_plain_http_address_of_another_machine_is_not_used(
    server: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    store = MemoryCredentialStore()
    with server.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    assert main(["enrol", server.url, code], credentials=lambda: store) == 0
    sidecar = profile_path("default").with_suffix(".json")
    saved = json.loads(sidecar.read_text("utf-8"))
    # As an older version let it be saved: plain http to another machine.
    sidecar.write_text(json.dumps({**saved, "server_url": "http://192.0.2.7:8470"}))
    capsys.readouterr()
    for command in (["sync"], ["status"]):
        assert main(command, credentials=lambda: store) == 2
        err = capsys.readouterr().err
        assert CLEAR_TEXT in err and "http://192.0.2.7:8470" in err
        assert "Traceback" not in err
    with pytest.raises(InsecureAddress):
        Profile("default", store)
