"""The GUI-thread guard of the desktop tests: a page that reads the replica, commits or
asks the server in a slot fails, named by file and line; the same work on a worker
thread, or done by the test itself, does not."""

from __future__ import annotations

import inspect
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.services.sync_service import SyncService
from desktop.services.workspace import Workspace
from tests.server.conftest import Api
from tests.ui.conftest import Desk, DeskFactory
from tests.ui.gui_thread_guard import (
    REPO,
    GuiThreadGuard,
    GuiThreadOffence,
    GuiThreadWarning,
)

HERE = Path(__file__)
SHOWN = HERE.resolve().relative_to(REPO).as_posix()


def _tables(workspace: Workspace) -> int:
    with workspace.read() as session:
        return int(session.scalar(text("SELECT count(*) FROM sqlite_master")) or 0)


class Shelf(QWidget):
    """A purpose-built page: it counts the replica's tables, wrongly in a slot on the GUI
    thread, or rightly on a worker thread."""

    counted = Signal(int)
    done = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    @Slot()
    def count_here(self) -> None:
        with self.workspace.read() as session:
            tables = session.scalar(text("SELECT count(*) FROM sqlite_master"))
        self.counted.emit(int(tables or 0))

    @Slot()
    def count_on_a_worker(self) -> None:
        threading.Thread(target=lambda: self.counted.emit(_tables(self.workspace))).start()

    @Slot()
    def write_here(self) -> None:
        with self.workspace.replica.write() as session:
            session.execute(text("SELECT 1"))
        self.done.emit()

    @Slot()
    def ask_here(self) -> None:
        with self.workspace.profile.http() as http:
            http.get_json("/v1/devices/me")
        self.done.emit()


def _line(method: Callable[..., object], snippet: str) -> int:
    lines, first = inspect.getsourcelines(method)
    return first + next(number for number, line in enumerate(lines) if snippet in line)


@pytest.fixture
def desk(server: Api, make_desk: DeskFactory) -> Desk:
    """A desk enrolled and signed in, not synced (nothing here needs the catalogue)."""
    return make_desk(server, synced=False)


def _guard() -> GuiThreadGuard:
    guard = GuiThreadGuard()
    guard.watch(HERE)  # the shelf stands in for desktop code
    return guard


def _shelf(qtbot: QtBot, desk: Desk) -> Shelf:
    shelf = Shelf(desk.workspace)
    qtbot.addWidget(shelf)
    return shelf


def test_a_page_reading_the_replica_in_a_slot_fails_naming_the_line(
    desk: Desk, qtbot: QtBot
) -> None:
    shelf = _shelf(qtbot, desk)
    guard = _guard()
    with guard.installed(), qtbot.waitSignal(shelf.counted):
        QTimer.singleShot(0, shelf.count_here)

    with pytest.raises(GuiThreadOffence) as failure:
        guard.check()
    line = _line(Shelf.count_here, "session.scalar")
    assert (
        f"{SHOWN}:{line} in count_here: SQL on default.db: "
        "SELECT count(*) FROM sqlite_master (2 times)"
    ) in str(failure.value)  # and BEGIN

    with pytest.warns(GuiThreadWarning, match=f"known offender.*{SHOWN}:{line}"):
        guard.check(known={SHOWN})  # a file listed as a known offender only warns


def test_a_commit_and_a_request_in_a_slot_are_named(desk: Desk, qtbot: QtBot) -> None:
    shelf = _shelf(qtbot, desk)
    guard = _guard()
    with guard.installed():
        with qtbot.waitSignal(shelf.done):
            QTimer.singleShot(0, shelf.write_here)
        shelf.ask_here()  # called by the test, but a page's code: it counts as well

    with pytest.raises(GuiThreadOffence) as failure:
        guard.check()
    message = str(failure.value)
    assert f"{SHOWN}:{_line(Shelf.write_here, 'with self')} in write_here: COMMIT" in message
    assert (
        f"{SHOWN}:{_line(Shelf.ask_here, 'get_json')} in ask_here: "
        f"HTTP GET {desk.api.url}/v1/devices/me"
    ) in message


def test_the_same_read_on_a_worker_thread_is_no_offence(desk: Desk, qtbot: QtBot) -> None:
    shelf = _shelf(qtbot, desk)
    guard = _guard()
    with guard.installed(), qtbot.waitSignal(shelf.counted) as counted:
        QTimer.singleShot(0, shelf.count_on_a_worker)

    assert counted.args is not None and counted.args[0] > 0
    assert guard.offences == []
    guard.check()


def test_the_test_reading_and_writing_the_replica_itself_is_set_up(
    server: Api, make_desk: DeskFactory
) -> None:
    desk = make_desk(server)
    service = SyncService(desk.engine)  # GUI code, called back by a change made here
    desk.workspace.set_on_change(service.changed)
    guard = GuiThreadGuard()  # desktop/ only: this test's own code is set-up
    with guard.installed():
        desk.workspace.apply(
            "interaction.add",
            {
                "interaction_id": str(uuid.uuid4()),
                "kind": "note",
                "text": "set-up",
                "customer_id": str(desk.api.world.customers["ala"]),
            },
        )
        assert _tables(desk.workspace) > 0
        assert desk.workspace.workplace().store_id is not None  # desktop code, called here
        with desk.workspace.replica.write() as session:
            session.execute(text("SELECT 1"))
        with desk.profile.http() as http:
            http.get_json("/v1/devices/me")

    assert guard.offences == []


@pytest.mark.gui_thread_io_allowed(reason="blocks the GUI thread on purpose, checked here")
def test_desktop_code_the_event_loop_runs_counts_even_without_qt(desk: Desk, qtbot: QtBot) -> None:
    guard = GuiThreadGuard()  # desktop/ only
    ran = threading.Event()
    with guard.installed():
        QTimer.singleShot(0, desk.workspace.workplace)
        QTimer.singleShot(0, ran.set)
        qtbot.waitUntil(ran.is_set)

    with pytest.raises(GuiThreadOffence) as failure:
        guard.check()
    line = _line(Workspace.workplace, "workplace(session)")
    assert f"desktop/services/workspace.py:{line} in workplace: SQL" in str(failure.value)


@pytest.mark.gui_thread_io_allowed(reason="shows that a marked test is not failed")
def test_a_marked_test_may_block_the_gui_thread(
    desk: Desk, qtbot: QtBot, gui_thread_guard: GuiThreadGuard
) -> None:
    gui_thread_guard.watch(HERE)
    shelf = _shelf(qtbot, desk)
    with qtbot.waitSignal(shelf.counted):
        QTimer.singleShot(0, shelf.count_here)

    assert [offence.where.function for offence in gui_thread_guard.offences] == ["count_here"]
