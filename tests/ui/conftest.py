"""Fixtures for the desktop tests: a real API on loopback, an enrolled profile, a signed-in
workspace, all driven through real Qt widgets (offscreen)."""

from __future__ import annotations

import contextlib
import gc
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtBotTimeout
from pytestqt.qtbot import QtBot

from desktop.services.language import set_device_language
from desktop.services.language import use as use_language
from desktop.services.ops import pending_ops
from desktop.services.workspace import Workspace
from sync.client.credentials import MemoryCredentialStore
from sync.client.engine import SyncEngine
from sync.client.profile import Profile, enrol_profile
from sync.client.staff import StaffSignIn
from sync.model.types import utcnow
from sync.server import enrolment
from sync.server.app import build
from sync.server.embedded import free_port, serve
from tests.client.helpers import running_api
from tests.server.conftest import Api, headers
from tests.server.world import PIN, build_world
from tests.ui.gui_thread_guard import GuiThreadGuard

# Files whose blocking of the GUI thread is known and being moved to background ops: an
# offence there warns instead of failing. Emptied as they are fixed; never add to it.
KNOWN_OFFENDERS: frozenset[str] = frozenset()

GUI_THREAD_IO_ALLOWED = "gui_thread_io_allowed"


@pytest.fixture(autouse=True)
def gui_thread_guard(
    request: pytest.FixtureRequest, qapp: QApplication
) -> Iterator[GuiThreadGuard]:
    """Fail the test if desktop code queried a database (the replica above all),
    committed, or sent an HTTP request on the GUI thread, naming where (file:line and the
    desktop frames that led there). Checked by thread in the engines' connection events
    and in `httpx.Client.send`, not by timing.

    Only desktop code counts (the rule is `tests/ui/gui_thread_guard.py`'s): desktop code
    entered from the event loop, a timer or a library's callback, or entered by the test
    through GUI code (a module that uses Qt). Set-up does not: the test's own code, and
    desktop code without Qt that it calls (fixtures preparing a replica, seeding data,
    signing in, `Workspace.apply`, reading the replica to assert), with whatever that
    calls back. A test that must let the GUI thread block opts out with
    `@pytest.mark.gui_thread_io_allowed(reason="why")`: offences are still recorded
    (`gui_thread_guard.offences`), not failed."""
    assert qapp.thread().isCurrentThread(), "the tests run on the GUI thread"
    guard = GuiThreadGuard(threading.get_ident())
    with guard.installed():
        yield guard
    allowed = request.node.get_closest_marker(GUI_THREAD_IO_ALLOWED)
    if allowed is not None:
        if not str(allowed.kwargs.get("reason", "")).strip():
            pytest.fail(f'@pytest.mark.{GUI_THREAD_IO_ALLOWED} needs a reason="..."', pytrace=False)
        return
    guard.check(KNOWN_OFFENDERS)


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(
    qtbot: QtBot, gui_thread_guard: GuiThreadGuard
) -> Iterator[None]:
    """Collect each test's leftovers (widgets, replica connections) here, on the GUI
    thread, once its background work has answered: a collection that happens to run on a
    worker thread later would destroy Qt objects and database handles from the wrong
    thread. (It runs inside the GUI-thread guard: answers delivered while it waits are
    watched too.)"""
    gc.collect()
    yield
    with contextlib.suppress(QtBotTimeout):  # work still waiting on a network: leave it
        qtbot.waitUntil(lambda: pending_ops() == 0, timeout=10_000)
    QApplication.processEvents()
    gc.collect()


@dataclass
class Desk:
    """An enrolled desktop profile, synced once, with a cashier signed in."""

    api: Api
    profile: Profile
    workspace: Workspace
    engine: SyncEngine
    credentials: MemoryCredentialStore
    sign_in: StaffSignIn

    def sync(self) -> None:
        self.engine.sync_once()


@pytest.fixture
def server(sqlite_url: str) -> Iterator[Api]:
    with running_api(sqlite_url) as api:
        yield api


def enrol_desk(
    api: Api,
    data_dir: Path,
    store: str = "PL-WAW-01",
    login: str = "cashier.waw",
    profile_name: str = "default",
    *,
    synced: bool = True,
) -> Desk:
    credentials = MemoryCredentialStore()
    with api.db.write() as session:
        code = enrolment.create_code(session, store, utcnow())
    enrol_profile(profile_name, api.url, code, f"desk-{store}", credentials)
    profile = Profile(profile_name, credentials)
    engine = SyncEngine(profile.replica, profile.http)
    if synced:
        engine.sync_once()
    workspace = Workspace(profile)
    sign_in = StaffSignIn(profile_name, credentials, profile.replica, profile.http)
    workspace.staff = sign_in.sign_in(login, PIN)
    return Desk(api, profile, workspace, engine, credentials, sign_in)


DeskFactory = Callable[..., Desk]


@pytest.fixture
def make_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DeskFactory]:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    made: list[Desk] = []

    def make(
        api: Api,
        store: str = "PL-WAW-01",
        login: str = "cashier.waw",
        profile_name: str = "default",
        *,
        synced: bool = True,
    ) -> Desk:
        desk = enrol_desk(api, tmp_path, store, login, profile_name, synced=synced)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.engine.close()
        desk.profile.close()


@pytest.fixture
def desk(server: Api, make_desk: DeskFactory) -> Desk:
    return make_desk(server)


def web_command(api: Api, name: str, args: dict[str, Any]) -> dict[str, Any]:
    """Run a web-channel command through the real API (the online shop); its answer."""
    response = api.http.post(
        f"/v1/web/commands/{name}",
        json=args,
        headers=headers(api.world.channel_key) | {"Idempotency-Key": str(uuid.uuid4())},
    )
    assert response.status_code == 200, response.text
    return response.json()


class RestartableApi:
    """The central API on one port, which can be stopped and started again (the network
    going down and coming back, for a till)."""

    def __init__(self, url: str) -> None:
        self.app = build(url)
        self.world = build_world(self.app.state.db)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._running: ExitStack | None = None

    def start(self) -> None:
        self._running = ExitStack()
        self._running.enter_context(serve(self.app, self.port))

    def stop(self) -> None:
        if self._running is not None:
            self._running.close()
            self._running = None

    def api(self, http: httpx.Client) -> Api:
        return Api(self.url, self.app.state.db, self.world, http)


@pytest.fixture
def restartable(sqlite_url: str) -> Iterator[RestartableApi]:
    server = RestartableApi(sqlite_url)
    server.start()
    yield server
    server.stop()
    server.app.state.db.dispose()


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Qt's settings (`QSettings()`) of each test in a folder of its own, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _english_unless_asked() -> Iterator[None]:
    """Screens read in English in tests (as `--lang en`), whatever the store's country; a
    test of another language switches it and is put back to English after."""
    set_device_language("en")
    use_language("en")
    yield
    set_device_language("en")
    use_language("en")
