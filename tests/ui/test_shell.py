"""The main window's shell: sign-in per person, roles, lock, and the sync state bar."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from desktop.services.changes import announce
from desktop.services.ops import ChangeOp, QueryOp
from desktop.services.sync_service import SyncService
from desktop.services.workspace import Workspace
from desktop.shared.page import Page
from desktop.ui.main_window import MainWindow
from desktop.ui.sign_in import SignInScreen
from sync.client.engine import Backoff, SyncEngine
from sync.client.touched import Touched
from tests.client.helpers import running_api
from tests.server.world import PIN
from tests.ui.conftest import Desk, DeskFactory


class _Area(Page):
    """A plain work area standing in for the real ones, to test the shell alone."""

    def __init__(self, workspace: Workspace, key: str, roles: frozenset[str] | None) -> None:
        super().__init__(workspace)
        self.key = key
        self.roles = roles
        self.shown = 0
        self.told: list[Touched] = []
        self.watches = frozenset({"customers"})
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(key))

    def title(self) -> str:
        return self.key.title()

    def activated(self) -> None:
        self.shown += 1

    def replica_changed(self, touched: Touched) -> None:
        self.told.append(touched)


def _window(
    desk: Desk, qtbot: QtBot, lock_after_ms: int = 60_000
) -> tuple[MainWindow, SyncService]:
    desk.workspace.staff = None
    engine = SyncEngine(
        desk.profile.replica, desk.profile.http, backoff=Backoff(base=0.2, cap=0.5), live_wait=1
    )
    sync = SyncService(engine)
    desk.workspace.set_on_change(sync.changed)
    pages = [
        _Area(desk.workspace, "till", None),
        _Area(desk.workspace, "reports", frozenset({"manager"})),
    ]
    window = MainWindow(
        desk.workspace,
        SignInScreen(desk.sign_in, "PL-WAW-01"),
        sync,
        pages,
        place="PL-WAW-01",
        lock_after_ms=lock_after_ms,
    )
    qtbot.addWidget(window)
    window.show()
    return window, sync


def _sign_in(window: MainWindow, qtbot: QtBot, login: str, pin: str = PIN) -> None:
    screen = window.sign_in
    screen.login.clear()
    qtbot.keyClicks(screen.login, login)
    qtbot.keyClick(screen.login, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)


def _visible_pages(window: MainWindow) -> list[str]:
    return [
        window.navigation.item(i).text()
        for i in range(window.navigation.count())
        if not window.navigation.item(i).isHidden()
    ]


def test_each_person_signs_in_and_sees_what_their_role_allows(desk: Desk, qtbot: QtBot) -> None:
    window, _ = _window(desk, qtbot)
    assert window.screens.currentWidget() is window.sign_in
    _sign_in(window, qtbot, "cashier.waw")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 1, timeout=10_000)
    assert "Cashier" in window.who.text()
    assert desk.workspace.staff is not None and desk.workspace.staff.login == "cashier.waw"
    assert _visible_pages(window) == ["Till"]
    window.sign_out()
    assert window.screens.currentWidget() is window.sign_in and desk.workspace.staff is None
    _sign_in(window, qtbot, "manager.waw")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 1, timeout=10_000)
    assert _visible_pages(window) == ["Till", "Reports"]


def test_a_wrong_pin_is_refused_on_screen(desk: Desk, qtbot: QtBot) -> None:
    window, _ = _window(desk, qtbot)
    _sign_in(window, qtbot, "cashier.waw", "0000")
    qtbot.waitUntil(lambda: "Wrong login or PIN" in window.sign_in.error.text(), timeout=10_000)
    assert window.screens.currentIndex() == 0 and desk.workspace.staff is None


def test_ctrl_l_and_inactivity_lock_the_device(desk: Desk, qtbot: QtBot) -> None:
    window, _ = _window(desk, qtbot, lock_after_ms=300)
    _sign_in(window, qtbot, "cashier.waw")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0, timeout=10_000)  # idle
    assert "Locked" in window.sign_in.notice.text() and desk.workspace.staff is None
    _sign_in(window, qtbot, "cashier.waw")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 1, timeout=10_000)
    window.inactivity.stop()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screens.currentIndex() == 0


@pytest.fixture
def stoppable(make_desk: DeskFactory, sqlite_url: str) -> Iterator[tuple[Desk, object]]:
    context = running_api(sqlite_url)
    api = context.__enter__()
    stopped = False

    def stop() -> None:
        nonlocal stopped
        if not stopped:
            stopped = True
            context.__exit__(None, None, None)

    yield make_desk(api), stop
    stop()


def test_status_bar_shows_online_then_offline_with_pending_changes(
    stoppable: tuple[Desk, object], qtbot: QtBot
) -> None:
    desk, stop = stoppable
    window, sync = _window(desk, qtbot)
    status = window.status
    sync.start()
    try:
        qtbot.waitUntil(lambda: status.online is True, timeout=15_000)
        assert "all changes sent" in status.pending.text()
        assert "last sync" in status.last_sync.text()
        stop()  # type: ignore[operator]
        desk.workspace.staff = desk.sign_in.sign_in("cashier.waw", PIN)  # offline sign-in
        assert desk.workspace.staff.offline
        customer = str(desk.api.world.customers["ala"])
        saved: list[object] = []
        ChangeOp(
            parent=window,
            success=saved.append,
            op=lambda: desk.workspace.apply(
                "interaction.add",
                {
                    "interaction_id": str(uuid.uuid4()),
                    "customer_id": customer,
                    "kind": "note",
                    "text": "called about the TV",
                },
            ),
        ).start()
        qtbot.waitUntil(lambda: bool(saved))
        qtbot.waitUntil(lambda: status.online is False, timeout=15_000)
        qtbot.waitUntil(lambda: "1 waiting to be sent" in status.pending.text(), timeout=15_000)
    finally:
        sync.stop()


def test_first_sync_progress_shows_rows_and_time_left(desk: Desk, qtbot: QtBot) -> None:
    window, sync = _window(desk, qtbot)
    sync.progress_changed.emit(2_500, 10_000, 42.0)
    assert window.status.progress.isVisible()
    assert "2,500 of 10,000 rows" in window.status.progress_text.text()
    assert "42 s left" in window.status.progress_text.text()
    sync.progress_changed.emit(10_000, 10_000, 0.0)
    assert not window.status.progress.isVisible()


def test_a_real_first_sync_reports_its_progress_in_the_status_bar(
    server: object, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk(server, synced=False)  # enrolled, nothing pulled yet
    window, sync = _window(desk, qtbot)
    seen: list[tuple[int, int]] = []
    sync.progress_changed.connect(lambda done, total, left: seen.append((done, total)))
    sync.start()
    try:
        qtbot.waitUntil(lambda: window.status.online is True, timeout=20_000)
    finally:
        sync.stop()
    counted = [(done, total) for done, total in seen if total]
    assert len(counted) > 1 and counted[0][0] < counted[0][1]  # rows came in page by page
    assert counted[-1][0] == counted[-1][1]  # ends with every row in
    assert not window.status.progress.isVisible()


def test_work_in_the_background_that_fails_unhandled_is_shown_and_logged(
    desk: Desk, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    window, _ = _window(desk, qtbot)

    def broken() -> None:
        raise KeyError("lost")

    with caplog.at_level(logging.ERROR, logger="omnidesk.desktop"):
        QueryOp(parent=window, op=broken).start()
        qtbot.waitUntil(
            lambda: "Something went wrong (KeyError)" in window.statusBar().currentMessage()
        )
    assert "Traceback" not in window.statusBar().currentMessage()
    assert any(record.exc_info and "lost" in str(record.exc_info[1]) for record in caplog.records)


def test_a_sync_refreshes_the_page_on_screen_only_when_it_touched_what_it_shows(
    desk: Desk, qtbot: QtBot
) -> None:
    window, _ = _window(desk, qtbot)
    _sign_in(window, qtbot, "cashier.waw")
    qtbot.waitUntil(lambda: window.staff is not None)
    till = window.pages["till"]
    assert isinstance(till, _Area)
    announce(Touched.of_tables({"prices"}))
    announce(Touched.of_tables({"customers"}, local=True))  # made here: its page showed it
    ala = uuid.uuid4()
    announce(Touched.of_rows([("customers", ala)]))
    announce(Touched.of_tables({"carts"}))
    qtbot.waitUntil(lambda: bool(till.told))
    told = till.told[0]
    assert told.concerns("customers") and told.concerns_row("customers", ala)
    assert not told.concerns_row("customers", uuid.uuid4())
    assert told.concerns("prices") and not told.local
    before = len(till.told)
    with qtbot.waitSignal(window._refresh.timeout):
        announce(Touched.of_tables({"prices"}))  # nothing the page shows
    assert len(till.told) == before
