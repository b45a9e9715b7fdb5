"""The sync centre: refused changes show with the server's reason; staff retry, correct or
discard them (after a confirmation), and every decision is in the history."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox
from sqlalchemy import func, select

from desktop.services.ops import pending_ops
from desktop.shared.page import Shell
from desktop.sync_centre.fix_values import editable_values, with_values
from desktop.sync_centre.models import DecisionLogModel, MutationTableModel
from desktop.sync_centre.page import SyncCentrePage
from sync import model as m
from sync.client import outbox
from sync.client.touched import Touched
from sync.model.types import utcnow
from sync.server import staff_sessions
from tests.client.helpers import new_id, note_args, sale_args, web
from tests.server.conftest import Api
from tests.server.world import PIN
from tests.ui.conftest import Desk


@pytest.fixture
def page(desk: Desk, qtbot: Any) -> Iterator[SyncCentrePage]:
    widget = SyncCentrePage(desk.workspace)
    qtbot.addWidget(widget)
    widget.attach(Shell(sync_now=desk.sync, sign_in=desk.sign_in))
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.activated()
    qtbot.waitUntil(lambda: not widget.busy)
    yield widget
    qtbot.waitUntil(lambda: pending_ops() == 0 and not widget.busy)


def _set_cable_active(api: Api, active: bool) -> None:
    with api.db.write() as session:
        session.get(m.Product, api.world.products["SKU-CABLE"]).active = active


def _sync_now(page: SyncCentrePage, qtbot: Any) -> None:
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)


def _cell(model: MutationTableModel | DecisionLogModel, row: int, column: int) -> str:
    return model.text(row, column)


def _refused_sale(desk: Desk, page: SyncCentrePage, qtbot: Any) -> dict[str, Any]:
    """A cable sale the server refuses (it stopped selling cables), after Sync now."""
    _set_cable_active(desk.api, False)
    sale = sale_args(desk.api)
    desk.workspace.apply("sale.complete", sale)
    _sync_now(page, qtbot)
    qtbot.waitUntil(lambda: page.attention_model.rowCount() == 1)
    return sale


def _server_orders(api: Api, order_id: str) -> int:
    with api.db.read() as session:
        return session.scalar(
            select(func.count()).select_from(m.Order).where(m.Order.id == uuid.UUID(order_id))
        )


def test_a_refused_sale_needs_attention_with_the_servers_reason(
    desk: Desk, page: SyncCentrePage, qtbot: Any
) -> None:
    counts: list[int] = []
    page.badge_changed.connect(counts.append)
    _set_cable_active(desk.api, False)
    desk.workspace.apply("sale.complete", sale_args(desk.api))
    page.refresh()
    qtbot.waitUntil(lambda: page.waiting_model.rowCount() == 1)
    assert "Sale of 3 items" in _cell(page.waiting_model, 0, MutationTableModel.WHAT)
    assert page.attention_model.rowCount() == 0

    _sync_now(page, qtbot)
    qtbot.waitUntil(lambda: page.attention_model.rowCount() == 1)
    with desk.workspace.read() as session:
        [refused] = outbox.rejected(session)
    model = page.attention_model
    assert "Sale of 3 items" in _cell(model, 0, MutationTableModel.WHAT)
    assert _cell(model, 0, MutationTableModel.REASON) == refused.message
    assert _cell(model, 0, MutationTableModel.WHO) == desk.workspace.staff.display_name
    assert _cell(model, 0, MutationTableModel.STATE) == "Refused by the server"
    assert page.waiting_model.rowCount() == 0
    assert page.attention_badge.text() == "1" and counts[-1] == 1
    assert page.retry_button.isEnabled() and page.discard_button.isEnabled()


def test_discard_asks_first_then_logs_and_never_sends(
    desk: Desk, page: SyncCentrePage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sale = _refused_sale(desk, page, qtbot)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent: object, title: str, text: str, *rest: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "never sent" in asked[0] and "cannot be undone" in asked[0]
    qtbot.waitUntil(lambda: not page.busy)
    assert page.attention_model.rowCount() == 1 and page.log_model.rowCount() == 0

    answer = QMessageBox.StandardButton.Yes
    qtbot.keyClicks(page.note, "customer changed her mind")
    page.attention_view.setFocus()
    qtbot.keyClick(page.attention_view, Qt.Key.Key_Delete)  # the keyboard way
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not page.busy)
    assert len(asked) == 2
    assert page.attention_model.rowCount() == 0 and page.attention_badge.text() == "0"
    assert not page.discard_button.isEnabled()
    log = page.log_model
    assert _cell(log, 0, DecisionLogModel.DECISION) == "Discarded"
    assert _cell(log, 0, DecisionLogModel.NOTE) == "customer changed her mind"
    assert _cell(log, 0, DecisionLogModel.WHO) == desk.workspace.staff.display_name
    assert "Sale of 3 items" in _cell(log, 0, DecisionLogModel.WHAT)
    assert _cell(log, 0, DecisionLogModel.REASON)  # the server's reason is kept

    _set_cable_active(desk.api, True)
    _sync_now(page, qtbot)
    assert _server_orders(desk.api, sale["order_id"]) == 0
    assert page.waiting_model.rowCount() == 0 and page.attention_model.rowCount() == 0


def test_retry_is_refused_while_the_cause_stays_then_goes_through_once(
    desk: Desk, page: SyncCentrePage, qtbot: Any
) -> None:
    sale = _refused_sale(desk, page, qtbot)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.isVisible())
    qtbot.waitUntil(lambda: not page.busy)
    assert "Traceback" not in page.error.text() and page.error.text()
    assert page.attention_model.rowCount() == 1 and page.log_model.rowCount() == 0

    _set_cable_active(desk.api, True)  # back on sale
    _sync_now(page, qtbot)
    assert page.attention_model.rowCount() == 1  # still the staff's decision
    page.attention_view.setFocus()
    qtbot.keyClick(page.attention_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.attention_model.rowCount() == 0
    assert page.waiting_model.rowCount() == 1
    assert not page.error.isVisible() and "#2" in page.message.text()
    assert _cell(page.log_model, 0, DecisionLogModel.DECISION) == "Sent again as #2"

    _sync_now(page, qtbot)
    assert page.waiting_model.rowCount() == 0 and page.attention_model.rowCount() == 0
    assert _server_orders(desk.api, sale["order_id"]) == 1


def test_a_change_whose_sign_in_ended_is_explained_and_a_retry_is_signed_anew(
    desk: Desk, page: SyncCentrePage, qtbot: Any
) -> None:
    """The cashier's sessions ended (their account was closed and opened again) before
    this till's sale reached the server: refused as unproven, with advice; a retry after a
    new online sign-in is signed with the new session and accepted, once."""
    sale = sale_args(desk.api)
    desk.workspace.apply("sale.complete", sale)
    with desk.api.db.write() as session:
        staff_sessions.end_for_staff(
            session, desk.api.world.staff["cashier.waw"], staff_sessions.ENDED_STAFF_LEFT, utcnow()
        )
    _sync_now(page, qtbot)
    qtbot.waitUntil(lambda: page.attention_model.rowCount() == 1)
    assert "account" in _cell(page.attention_model, 0, MutationTableModel.REASON)
    page.attention_view.selectRow(0)
    assert page.advice.isVisible() and "signed in as yourself" in page.advice.text()
    assert _server_orders(desk.api, sale["order_id"]) == 0

    desk.workspace.staff = desk.sign_in.sign_in("cashier.waw", PIN)  # a new session
    page.attention_view.setFocus()
    qtbot.keyClick(page.attention_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not page.busy)
    _sync_now(page, qtbot)
    assert page.waiting_model.rowCount() == 0 and page.attention_model.rowCount() == 0
    assert _server_orders(desk.api, sale["order_id"]) == 1


def test_a_sync_reads_the_lists_again_only_if_it_touched_them_keeping_the_selection(
    desk: Desk, page: SyncCentrePage, qtbot: Any
) -> None:
    _set_cable_active(desk.api, False)
    for _ in range(2):
        desk.workspace.apply("sale.complete", sale_args(desk.api))
    _sync_now(page, qtbot)
    qtbot.waitUntil(lambda: page.attention_model.rowCount() == 2)
    page.attention_view.selectRow(1)
    chosen = page.attention_model.mutation(1)
    assert chosen is not None
    reads: list[int] = []
    page.lists_shown.connect(lambda: reads.append(page.attention_model.rowCount()))

    # Tables the lists do not show, and a customer none of them names: nothing is read.
    elsewhere = Touched.of_rows(
        [("customers", uuid.uuid4())], also=("stock", "prices", "interactions")
    )
    assert elsewhere.concerns(*page.watches)  # the main window would pass it on
    page.replica_changed(elsewhere)
    assert pending_ops() == 0 and not page.busy and reads == []
    # The sync's counts are those shown: nothing is read either.
    page.sync_status_changed(desk.engine.status())
    assert pending_ops() == 0 and not page.busy and reads == []

    # A sync sends a note (the outbox changed): read again, the same change selected.
    touched: list[Touched] = []
    desk.engine.touched = touched.append
    desk.workspace.apply("interaction.add", note_args(desk.api, "called back"))
    desk.sync()
    assert touched
    synced = touched[0]
    for more in touched[1:]:
        synced = synced.merged(more)
    assert synced.concerns(*page.watches)
    page.replica_changed(synced)
    qtbot.waitUntil(lambda: reads == [2] and not page.busy)
    assert page.selected() == chosen and page.waiting_model.rowCount() == 0

    # A refusal seen by the sync's counts (the page off screen): read again for the badge.
    counts: list[int] = []
    page.badge_changed.connect(counts.append)
    desk.workspace.apply("sale.complete", sale_args(desk.api, "SKU-KETTLE", 1, "129.99", "129.99"))
    with desk.api.db.write() as session:
        session.get(m.Product, desk.api.world.products["SKU-KETTLE"]).active = False
    desk.sync()
    page.sync_status_changed(desk.engine.status())
    qtbot.waitUntil(lambda: len(reads) == 2 and not page.busy)
    assert counts == [3] and page.selected() == chosen


def _return(sale: dict[str, Any], quantity: int) -> dict[str, Any]:
    return {
        "return_id": new_id(),
        "order_id": sale["order_id"],
        "lines": [
            {
                "return_line_id": new_id(),
                "order_line_id": sale["lines"][0]["line_id"],
                "quantity": quantity,
                "condition": "sellable",
            }
        ],
        "reason": "does not fit",
        "refund_method": "cash",
    }


def test_fix_a_return_of_more_than_is_left_with_a_smaller_quantity(
    desk: Desk, page: SyncCentrePage, qtbot: Any
) -> None:
    sale = sale_args(desk.api)  # 3 cables
    desk.workspace.apply("sale.complete", sale)
    desk.sync()
    web(
        desk.api,
        "return.submit",
        {**_return(sale, 2), "refund_method": "original", "reason": "sent back by post"},
    )
    returned = _return(sale, 2)  # the till does not know about the postal return yet
    desk.workspace.apply("return.submit", returned)
    _sync_now(page, qtbot)
    qtbot.waitUntil(lambda: page.attention_model.rowCount() == 1)
    assert "Return of 2 items" in _cell(page.attention_model, 0, MutationTableModel.WHAT)
    assert "already returned" in _cell(page.attention_model, 0, MutationTableModel.REASON)
    page.attention_view.selectRow(0)
    assert page.advice.isVisible()  # what to do, beyond the server's reason
    assert "correct the quantity" in page.advice.text()

    qtbot.mouseClick(page.fix_button, Qt.MouseButton.LeftButton)
    dialog = page.fix_dialog
    assert dialog is not None and dialog.isVisible()
    quantity = dialog.findChild(QSpinBox, "fix_lines_0_quantity")
    assert quantity is not None and quantity.value() == 2
    # Sent unchanged, it is refused again here: the dialog says why and stays open.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    qtbot.waitUntil(lambda: not page.busy)
    assert "already returned" in dialog.error.text()
    assert page.attention_model.rowCount() == 1

    quantity.selectAll()
    qtbot.keyClicks(quantity, "1")
    assert quantity.value() == 1
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.fix_dialog is None)
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1 and not page.busy)
    assert page.attention_model.rowCount() == 0 and page.waiting_model.rowCount() == 1
    assert "Return of 1 item" in _cell(page.waiting_model, 0, MutationTableModel.WHAT)
    assert _cell(page.log_model, 0, DecisionLogModel.DECISION).startswith("Corrected and sent as #")

    _sync_now(page, qtbot)
    assert page.waiting_model.rowCount() == 0 and page.attention_model.rowCount() == 0
    with desk.api.db.read() as session:
        line = session.get(m.OrderLine, uuid.UUID(sale["lines"][0]["line_id"]))
        assert line.returned_quantity == 3


def test_the_fix_form_offers_values_not_ids(server: Api) -> None:
    sale = sale_args(server)
    offered = {item.path: item.value for item in editable_values(sale)}
    assert offered == {
        ("lines", 0, "quantity"): 3,
        ("payments", 0, "method"): "cash",
        ("payments", 0, "amount"): "50.00",
        ("expected_total",): "39.98",
    }
    fixed = with_values(sale, {("lines", 0, "quantity"): 1})
    assert fixed["lines"][0] == {**sale["lines"][0], "quantity": 1}
    assert sale["lines"][0]["quantity"] == 3  # the original is left as it was


def test_retry_fix_and_discard_wait_for_a_refused_change_to_be_selected(
    desk: Desk, qtbot: Any
) -> None:
    fresh = SyncCentrePage(desk.workspace)  # before its lists are read
    qtbot.addWidget(fresh)
    buttons = (fresh.retry_button, fresh.fix_button, fresh.discard_button)
    assert not any(button.isEnabled() for button in buttons)
    fresh.activated()
    qtbot.waitUntil(lambda: not fresh.busy)
    assert fresh.attention_model.rowCount() == 0
    assert not any(button.isEnabled() for button in buttons)
