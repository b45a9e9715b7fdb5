"""An empty list says what is empty and what to do, and the sentence goes with the first row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from desktop.services.ops import pending_ops
from desktop.shared.empty_state import EmptyState
from desktop.shared.page import Shell
from desktop.sync_centre.page import SyncCentrePage
from tests.client.helpers import sale_args
from tests.ui.conftest import Desk


def test_the_sentence_shows_while_the_model_has_no_rows(qtbot: Any) -> None:
    model = QStandardItemModel(0, 2)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    empty = EmptyState(view, "Nothing here yet.")
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert empty.label.isVisible() and empty.label.text() == "Nothing here yet."
    assert view.viewport().rect().contains(empty.label.geometry())

    model.appendRow([QStandardItem("a"), QStandardItem("b")])
    assert not empty.label.isVisible()

    model.removeRow(0)
    assert empty.label.isVisible()

    model.appendRow([QStandardItem("c")])
    model.clear()  # a reset
    assert empty.label.isVisible()

    empty.set_text("")  # nothing to say (an answer is awaited)
    assert not empty.label.isVisible()
    empty.set_text("Still nothing.")
    assert empty.label.isVisible() and empty.text == "Still nothing."


def test_the_sentence_follows_the_views_size(qtbot: Any) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStandardItemModel(0, 1))
    empty = EmptyState(view, "Nothing here yet.")
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    small = empty.label.width()
    view.resize(600, 400)
    qtbot.waitUntil(lambda: empty.label.width() > small)
    assert view.viewport().rect().contains(empty.label.geometry())
    view.resize(600, 70)  # a list two rows high: the sentence is still whole
    qtbot.waitUntil(lambda: view.viewport().height() < 60)
    assert empty.label.height() >= empty.label.sizeHint().height()


@pytest.fixture
def sync_centre(desk: Desk, qtbot: Any) -> Iterator[SyncCentrePage]:
    widget = SyncCentrePage(desk.workspace)
    qtbot.addWidget(widget)
    widget.attach(Shell(sync_now=desk.sync, sign_in=desk.sign_in))
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activated()
    qtbot.waitUntil(lambda: not widget.busy)
    yield widget
    qtbot.waitUntil(lambda: pending_ops() == 0 and not widget.busy)


def test_the_sync_centre_says_when_every_change_has_been_sent(
    desk: Desk, sync_centre: SyncCentrePage, qtbot: Any
) -> None:
    page = sync_centre
    attention, waiting, log = page.empty_states
    assert page.waiting_model.rowCount() == 0
    assert waiting.label.isVisible() and waiting.text == "Every change has been sent."
    assert attention.label.isVisible() and attention.text == "Nothing needs attention."
    assert log.label.isVisible() and log.text == "No decisions yet."

    desk.workspace.apply("sale.complete", sale_args(desk.api))  # one change waits to be sent
    page.refresh()
    qtbot.waitUntil(lambda: page.waiting_model.rowCount() == 1)
    assert not waiting.label.isVisible()
    assert attention.label.isVisible()
