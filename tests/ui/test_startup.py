"""Start-up: a splash is on screen at once and says what is being done while the keyring is
read and the replica checked, updated or rebuilt off the GUI thread; the window comes
after; what goes wrong is said in a sentence."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import cli, demo, launch
from desktop.app import Desktop
from desktop.demo_setup import DEMO_LOGIN
from desktop.ui import splash as splash_module
from desktop.ui.splash import Splash
from sync.client import cipher
from sync.client.credentials import MemoryCredentialStore, NoKeyring
from sync.client.profile import Profile, enrol_profile, profile_path
from sync.client.replica import alembic_config
from sync.client.replica_key import replica_key
from sync.model.types import utcnow
from sync.server import enrolment
from tests.server.conftest import Api

KEYS = "Reading this device's keys…"
CHECK = "Checking the local data…"
MIGRATE = "Updating the local data to this version…"
RECOVER = "Recovering the local data…"


class ThreadNotingStore(MemoryCredentialStore):
    """A keyring in memory that notes the threads it is read and written on."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[int] = set()

    def _note(self) -> None:
        self.threads.add(threading.get_ident())

    def get(self, name: str) -> str | None:
        self._note()
        return super().get(name)

    def put(self, name: str, value: str) -> None:
        self._note()
        super().put(name, value)

    def delete(self, name: str) -> None:
        self._note()
        super().delete(name)

    def device_token(self, profile: str) -> str | None:
        self._note()
        return super().device_token(profile)


@dataclass
class Start:
    """What `omnidesk` put on screen, in order, as it started."""

    events: list[str] = field(default_factory=list)
    splashes: list[Splash] = field(default_factory=list)
    desktops: list[Desktop] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def steps(self) -> list[str]:
        return [event.removeprefix("step: ") for event in self.events if event.startswith("step: ")]


@pytest.fixture
def start(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[Start]:
    seen = Start()

    class WatchedSplash(Splash):
        def __init__(self) -> None:
            super().__init__()
            seen.splashes.append(self)
            self.step_shown.connect(lambda text: seen.events.append(f"step: {text}"))

        def showEvent(self, event: QShowEvent) -> None:
            seen.events.append("splash shown")
            super().showEvent(event)

    def desktop(*args: Any, **kwargs: Any) -> Desktop:
        shown = any(splash.isVisible() for splash in seen.splashes)
        seen.events.append(f"desktop built{' behind the splash' if shown else ''}")
        seen.desktops.append(Desktop(*args, **kwargs, start_sync=False))
        return seen.desktops[-1]

    def run(app: QApplication) -> int:
        # The window is built and shown as `omnidesk` does it; its event loop ends at once
        # (see tests/ui/test_trust_warnings.py).
        window = seen.desktops[-1].window if seen.desktops else None
        splash_up = any(splash.isVisible() for splash in seen.splashes)
        seen.events.append(
            f"window {'shown' if window and window.isVisible() else 'hidden'}"
            f"{', splash still up' if splash_up else ''}"
        )
        return 0

    def warn(parent: QWidget | None, title: str, text: str) -> None:
        seen.events.append("warning")
        seen.warnings.append(text)

    def fail(parent: QWidget | None, title: str, text: str) -> None:
        seen.events.append("error")
        seen.errors.append(text)

    monkeypatch.setattr(launch, "Splash", WatchedSplash)
    monkeypatch.setattr(demo, "Splash", WatchedSplash)
    monkeypatch.setattr(splash_module, "Splash", WatchedSplash)  # `omnidesk` puts up
    monkeypatch.setattr(launch, "Desktop", desktop)
    monkeypatch.setattr(demo, "Desktop", desktop)
    monkeypatch.setattr(QApplication, "exec", run)
    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "critical", fail)
    yield seen
    for splash in seen.splashes:
        splash.close()


@pytest.fixture
def enrolled(server: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ThreadNotingStore:
    """This machine enrolled as profile `default`; `omnidesk` reads this keyring."""
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    credentials = ThreadNotingStore()
    with server.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    enrol_profile("default", server.url, code, "till", credentials)
    monkeypatch.setattr(launch, "default_store", lambda: credentials)
    return credentials


def _from_an_older_version(credentials: MemoryCredentialStore) -> None:
    """The replica as the previous version of Omnidesk left it (one migration behind)."""
    profile = Profile("default", credentials)
    try:
        with profile.replica.writer.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
    finally:
        profile.close()


def _order(events: list[str], *wanted: str) -> list[int]:
    return [events.index(event) for event in wanted]


def test_the_splash_is_up_first_and_says_the_local_data_is_updated_then_the_window(
    enrolled: ThreadNotingStore, start: Start
) -> None:
    _from_an_older_version(enrolled)
    enrolled.threads.clear()

    assert launch.run_app("default") == launch.OK

    events = start.events
    assert events[0] == "splash shown"
    assert start.steps() == [KEYS, CHECK, MIGRATE]
    first_step, updating, built, shown = _order(
        events,
        f"step: {KEYS}",
        f"step: {MIGRATE}",
        "desktop built behind the splash",
        "window shown",
    )
    assert 0 < first_step < updating < built < shown
    assert len(start.desktops) == 1 and not start.errors and not start.warnings
    # The keyring was read, and only ever off the GUI thread.
    assert enrolled.threads and threading.get_ident() not in enrolled.threads
    reopened = Profile("default", enrolled)  # updated to this version: nothing left to do
    reopened.close()


def test_a_damaged_replica_is_rebuilt_behind_the_splash_and_staff_are_told(
    enrolled: ThreadNotingStore, start: Start
) -> None:
    path = profile_path("default")
    with path.open("r+b") as damaged:  # the file's end is lost (a disk filled up, say)
        damaged.truncate(path.stat().st_size - 4096)

    assert launch.run_app("default") == launch.OK

    assert start.steps()[-1] == RECOVER and CHECK in start.steps()
    recovering, built, told, shown = _order(
        start.events,
        f"step: {RECOVER}",
        "desktop built behind the splash",
        "warning",
        "window shown",
    )
    assert recovering < built < told < shown
    assert "rebuilt" in start.warnings[0] and "damaged" in start.warnings[0]
    assert not start.errors


def test_a_replica_from_a_newer_version_is_refused_in_a_sentence(
    enrolled: ThreadNotingStore, start: Start
) -> None:
    path = profile_path("default")
    connection = cipher.connect(path, replica_key(path, enrolled))
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    finally:
        connection.close()

    assert launch.run_app("default") == launch.USAGE

    assert start.events[0] == "splash shown" and start.steps()[-1] == CHECK
    assert start.events[-1] == "error" and not start.desktops
    assert "newer Omnidesk" in start.errors[0] and "Traceback" not in start.errors[0]
    assert not any(splash.isVisible() for splash in start.splashes)


def test_omnidesk_puts_the_splash_up_before_anything_and_explains_a_missing_keyring(
    start: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_keyring() -> MemoryCredentialStore:
        raise NoKeyring("keyring.backends.fail.Keyring")

    monkeypatch.setattr(launch, "default_store", no_keyring)

    assert cli.main(["--profile", "default"]) == launch.USAGE

    assert start.events == ["splash shown", f"step: {KEYS}", "error"]
    assert "keyring" in start.errors[0] and "omnidesk demo" in start.errors[0]
    assert len(start.splashes) == 1 and not start.splashes[0].isVisible()


def test_the_demo_is_prepared_behind_the_same_splash(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))  # put back after the test
    monkeypatch.setattr(demo, "prepare", functools.partial(demo.prepare, customers=200))

    assert demo.run_demo() == 0

    assert start.events[0] == "splash shown"
    assert start.steps() == [
        "Starting the central API with demo data…",
        "Enrolling this device…",
        KEYS,
        CHECK,
        "Signing the demo cashier in…",
    ]
    assert start.events[-2:] == ["desktop built behind the splash", "window shown"]
    window = start.desktops[0].window
    assert window.staff is not None and window.staff.login == DEMO_LOGIN
