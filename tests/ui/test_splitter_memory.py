"""Splitters keep the widths staff dragged them to: from one customer (one change) to the
next, and from one run to the next (Qt's settings, in the test's own folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QWidget
from pytestqt.qtbot import QtBot

from desktop.customers.page import CustomersPage
from desktop.services.ops import pending_ops
from desktop.shared.page import Shell
from desktop.shared.splitter_memory import saved_sizes
from desktop.sync_centre.page import SyncCentrePage
from tests.server.conftest import Api
from tests.ui.conftest import Desk
from tests.ui.test_customers import open_360, search_for, web_customer

# The room a page has in the main window at 1366×768 (less the navigation and the bars).
PAGE = (1366 - 210, 768 - 100)


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(*PAGE)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()


def customers_page(desk: Desk, qtbot: QtBot) -> CustomersPage:
    page = CustomersPage(desk.workspace)
    shown(qtbot, page)
    page.activated()
    qtbot.waitUntil(lambda: pending_ops() == 0)
    return page


def drag(splitter: QSplitter, handle: int, position: int) -> None:
    """As staff drag the handle (what the handle itself calls on a mouse move)."""
    with_signal = splitter.sizes()
    splitter.moveSplitter(position, handle)
    assert splitter.sizes() != with_signal, "the handle moved"


def test_the_customer_list_and_the_360_keep_their_widths_across_customers_and_runs(
    server: Api, desk: Desk, qtbot: QtBot, settings_dir: Path
) -> None:
    long_one = web_customer(
        server,
        "Maximiliana-Konstantyna",
        "Wiśniewska-Brzęczyszczykiewicz",
        email="maximiliana.konstantyna.wisniewska-brzeczyszczykiewicz@example-company.com",
        phone="+48 600 100 200",
        city="Bielsko-Biała",
    )
    desk.sync()
    page = customers_page(desk, qtbot)
    splitter = page.splitter
    assert splitter.objectName() == "customersSplitter"
    list_width, detail_width = splitter.sizes()
    assert 0 < list_width < detail_width  # first run: the list narrower than the 360
    assert list_width >= 340

    drag(splitter, 1, 620)  # a wide list: the 360 at its narrowest here
    dragged = splitter.sizes()
    assert dragged[0] > list_width
    open_360(qtbot, page, server.world.customers["ala"])
    assert splitter.sizes() == dragged
    open_360(qtbot, page, long_one)  # a longer name and e-mail: the handle stays
    assert splitter.sizes() == dragged
    search_for(qtbot, page, "Wiś")
    open_360(qtbot, page, server.world.customers["ala"])
    assert splitter.sizes() == dragged

    assert saved_sizes(splitter) == dragged  # saved as dragged, in the test's own settings
    assert "customersSplitter" in "".join(
        path.read_text() for path in settings_dir.rglob("*") if path.is_file()
    )

    next_run = customers_page(desk, qtbot)
    assert next_run.splitter.sizes() == dragged


def test_a_first_run_shares_the_room_and_bad_saved_sizes_are_ignored(
    desk: Desk, qtbot: QtBot
) -> None:
    QSettings().setValue("splitters/customersSplitter", ["0", "oops"])
    page = customers_page(desk, qtbot)
    list_width, detail_width = page.splitter.sizes()
    assert 340 <= list_width < detail_width


def test_the_sync_centre_keeps_its_heights_across_selections_and_runs(
    desk: Desk, qtbot: QtBot
) -> None:
    def centre() -> SyncCentrePage:
        page = SyncCentrePage(desk.workspace)
        page.attach(Shell(sync_now=desk.sync, sign_in=desk.sign_in))
        shown(qtbot, page)
        page.activated()
        qtbot.waitUntil(lambda: not page.busy)
        return page

    page = centre()
    splitter = page.splitter
    assert splitter.objectName() == "syncCentreSplitter"
    assert all(size > 0 for size in splitter.sizes())
    drag(splitter, 1, splitter.sizes()[0] + 120)
    dragged = splitter.sizes()
    page.show_advice("Ask the customer to come back with the receipt. " * 12)  # a long advice
    assert splitter.sizes() == dragged
    page.show_advice("")
    assert splitter.sizes() == dragged

    assert centre().splitter.sizes() == dragged
