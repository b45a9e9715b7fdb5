"""Returns at the till: an order from any channel found by its number (on the till or
online), goods taken back into this store's stock, refunded by the shared rule against
the original payment; over-returns refused, late returns only with a manager, and a
return made twice offline settled by the server and shown in the sync centre."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.customers.queries import timeline
from desktop.returns.lines_model import ReturnLinesModel
from desktop.returns.page import ReturnsPage
from desktop.returns.receipt import return_receipt
from desktop.services.ops import pending_ops
from desktop.shared.receipt.document import plain_text
from desktop.sync_centre.page import SyncCentrePage
from sync import model as m
from sync.client import staff_key, state
from sync.client.lookup import find_local_order
from sync.client.tables import DEVICE_ID
from sync.client.touched import Touched
from sync.model.types import utcnow
from sync.rules.returns import ItemCondition, RefundMethod
from tests.server.conftest import Api
from tests.server.world import PIN
from tests.ui.conftest import Desk, DeskFactory, RestartableApi, web_command

KETTLE = "129.99"
UNKNOWN = "O-0000000000"  # a well-formed order number no till has seen


# -- the world: a web order paid online, collected in a store ------------------------------


def collected_web_order(
    api: Api, quantity: int = 2, customer: str = "ala", closed_days_ago: int = 0
) -> tuple[str, str]:
    """A web order of kettles paid online, picked up whole at PL-WAW-01: (id, number)."""
    order_id = str(uuid.uuid4())
    total = f"{float(KETTLE) * quantity:.2f}"
    placed = web_command(
        api,
        "order.place",
        {
            "order_id": order_id,
            "customer_id": str(api.world.customers[customer]),
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_now",
            "expected_total": total,
            "payments": [
                {
                    "payment_id": str(uuid.uuid4()),
                    "method": "online",
                    "amount": total,
                    "reference": "PSP-77",
                }
            ],
            "lines": [
                {
                    "line_id": str(uuid.uuid4()),
                    "quantity": quantity,
                    "product_id": str(api.world.products["SKU-KETTLE"]),
                }
            ],
        },
    )["result"]
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    cashier = api.world.staff["cashier.waw"]
    results = till.push(
        till.mutation("order.mark_ready", cashier, {"order_id": order_id}),
        till.mutation("order.hand_over", cashier, {"order_id": order_id}),
    )
    assert [r["status"] for r in results] == ["accepted", "accepted"], results
    if closed_days_ago:
        with api.db.write() as session:
            order = session.get(m.Order, uuid.UUID(order_id))
            order.closed_at = utcnow() - timedelta(days=closed_days_ago)
    return order_id, placed["order_number"]


def stock(api: Api, store: str) -> int:
    with api.db.read() as session:
        return session.scalars(
            select(m.Stock.on_hand).where(
                m.Stock.store_id == api.world.stores[store],
                m.Stock.product_id == api.world.products["SKU-KETTLE"],
            )
        ).one()


def server_return(api: Api, return_id: uuid.UUID) -> tuple[m.Return, list[m.Payment]]:
    with api.db.read() as session:
        ret = session.get(m.Return, return_id)
        refunds = session.scalars(select(m.Payment).where(m.Payment.return_id == return_id)).all()
        session.expunge_all()
        return ret, list(refunds)


# -- driving the page ---------------------------------------------------------------------


def open_page(qtbot: QtBot, desk: Desk) -> ReturnsPage:
    page = ReturnsPage(desk.workspace)
    page.set_sign_in(desk.sign_in)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitActive(page)
    page.activated()
    qtbot.waitUntil(page.is_ready)
    return page


@pytest.fixture
def pages(qtbot: QtBot) -> Iterator[list[ReturnsPage]]:
    made: list[ReturnsPage] = []
    yield made
    qtbot.waitUntil(lambda: pending_ops() == 0)


def find(qtbot: QtBot, page: ReturnsPage, text: str) -> None:
    """Type or scan the order's number and press Enter; wait for the form."""
    page.find_panel.field.setText(text)
    with qtbot.waitSignal(page.order_shown, timeout=15000):
        qtbot.keyClick(page.find_panel.field, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.form


def choose(
    page: ReturnsPage,
    quantity: int,
    reason: str = "Does not boil",
    condition: ItemCondition = ItemCondition.SELLABLE,
    method: RefundMethod = RefundMethod.ORIGINAL,
) -> None:
    lines = page.form.lines
    row = lines.row_of_sku("SKU-KETTLE")
    assert lines.set_quantity(row, quantity)
    assert lines.set_condition(row, condition)
    page.form.reason.setText(reason)
    page.form.method.setCurrentIndex(page.form.method.findData(method.value))


def confirm(qtbot: QtBot, page: ReturnsPage) -> Any:
    with qtbot.waitSignal(page.return_recorded, timeout=15000) as recorded:
        qtbot.mouseClick(page.form.confirm_button, Qt.MouseButton.LeftButton)
    return recorded.args[0]


def line_cells(page: ReturnsPage) -> list[str]:
    model = page.form.lines
    return [model.index(0, column).data() for column in range(model.columnCount())]


# -- (a) an online order returned in another store ------------------------------------------


def test_a_web_order_paid_online_is_returned_in_another_store(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, pages: list[ReturnsPage], tmp_path: Path
) -> None:
    order_id, number = collected_web_order(server, quantity=2)
    waw2 = make_desk(server, store="PL-WAW-02", login="cashier.waw2", profile_name="waw2")
    with waw2.workspace.read() as session:
        assert find_local_order(session, number) is None  # not this store's customer
    page = open_page(qtbot, waw2)
    pages.append(page)

    find(qtbot, page, f"OMNIDESK:ORDER:{number}")  # the QR code on the confirmation
    assert "Web" in page.form.heading.text() and number in page.form.heading.text()
    assert line_cells(page)[:5] == ["Kettle (SKU-KETTLE)", "2", "0", "2", "0"]
    assert not page.form.window_notice.isVisible()

    view = page.form.lines_view  # the cursor waits in the first line's quantity
    assert view.hasFocus() and view.currentIndex().column() == ReturnLinesModel.QUANTITY
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Escape)  # leaves the editor, not the form
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert page.stack.currentWidget() is page.form
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QSpinBox) and editor.maximum() == 2
    editor.selectAll()
    qtbot.keyClicks(editor, "1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.form.lines.chosen()) == 1)  # committed when idle
    assert page.form.lines.chosen()[0].quantity == 1 and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)  # Tab after a quantity goes on to the reason
    qtbot.keyClicks(view.focusWidget(), "1")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.form.reason.hasFocus())
    assert page.form.lines.chosen()[0].quantity == 1
    choose(page, 1)
    assert page.form.refund.text() == (
        "Refund PLN\u00a0129.99 to the original payment (Paid online)"
    )
    assert line_cells(page)[ReturnLinesModel.REFUND] == "PLN\u00a0129.99"
    receipt = confirm(qtbot, page)

    assert page.receipt is receipt and page.done.isVisible()
    assert page.done.summary.text() == (
        f"Return {receipt.number} of order {number} recorded: 1 unit taken back."
    )
    assert page.done.refunds.text() == "Refund PLN\u00a0129.99 back to the online payment"
    assert [(r.method, str(r.amount), r.reference) for r in receipt.refunds] == [
        ("online", "129.99", "PSP-77")
    ]
    text = plain_text(return_receipt(receipt, "en"))
    for expected in (
        receipt.number,
        f"of order {number}",
        "Kettle (SKU-KETTLE)",
        "1 × Sellable (back to stock)",
        "Refund: Paid online (ref. PSP-77)",
        "TOTAL REFUNDED",
        "Reason: Does not boil",
    ):
        assert expected in text, (expected, text)
    pdf = page.done.save_receipt_pdf(tmp_path / "return.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")

    waw2.sync()
    ret, refunds = server_return(server, receipt.return_id)
    assert ret.store_id == server.world.stores["PL-WAW-02"] and ret.override_by is None
    assert [(p.kind, p.method, str(p.amount), p.reference) for p in refunds] == [
        ("refund", "online", "129.99", "PSP-77")
    ]
    assert stock(server, "PL-WAW-02") == 11  # back on the returning store's shelf
    assert stock(server, "PL-WAW-01") == 8  # left with the customer from there
    order = server.web("GET", f"/v1/web/orders/{order_id}").json()["order"]
    assert order["payment_state"] == "partially_refunded"

    waw1 = make_desk(server)  # the store the order was collected in
    ala = server.world.customers["ala"]
    waw2.sync()
    for desk in (waw1, waw2):
        with desk.workspace.read() as session:
            events = timeline(session, ala)
        returns = [e for e in events if e.kind == "return"]
        assert len(returns) == 1 and receipt.number in returns[0].text, events
        assert returns[0].store == "Omnidesk Warszawa"


def test_a_customers_returnable_orders_are_listed_and_opened(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, pages: list[ReturnsPage]
) -> None:
    _, number = collected_web_order(server, quantity=1)
    desk = make_desk(server)
    page = open_page(qtbot, desk)
    pages.append(page)
    page.find_panel.search.field.setText("Nowak")
    page.find_panel.search.run_query()
    qtbot.waitUntil(lambda: page.find_panel.search.model.rowCount() == 1)
    page.find_panel.search.results.clicked.emit(page.find_panel.search.model.index(0, 0))
    qtbot.waitUntil(lambda: page.find_panel.orders.rowCount() == 1)
    assert page.find_panel.orders.index(0, 0).data() == number
    assert page.find_panel.orders.index(0, 4).data() == "1"
    with qtbot.waitSignal(page.order_shown):
        page.find_panel.orders_view.activated.emit(page.find_panel.orders.index(0, 0))
    assert number in page.form.heading.text()
    choose(page, 1)
    confirm(qtbot, page)
    # Nothing is left to return of that order: the customer's list says so at once.
    qtbot.waitUntil(lambda: page.find_panel.orders.rowCount() == 0)


def test_an_unknown_or_unreadable_number_says_so(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, pages: list[ReturnsPage]
) -> None:
    page = open_page(qtbot, make_desk(server))
    pages.append(page)
    page.find_panel.field.setText("OMNIDESK:RETURN:R-0000000000")
    qtbot.keyClick(page.find_panel.field, Qt.Key.Key_Return)
    assert page.error.text() == (
        "“OMNIDESK:RETURN:R-0000000000” is not an order number "
        "(like O-0123456789) nor an order's QR code."
    )
    page.find_panel.field.setText(UNKNOWN)
    with qtbot.waitSignal(page.problem_shown, timeout=15000) as shown:
        qtbot.keyClick(page.find_panel.field, Qt.Key.Key_Return)
    assert shown.args[0].startswith(f"There is no order {UNKNOWN}; check the number")
    assert page.stack.currentWidget() is page.find_panel


# -- what a sync touched ----------------------------------------------------------------------


def test_a_sync_reads_again_only_what_it_touched_keeping_the_selection(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, pages: list[ReturnsPage]
) -> None:
    first_id, first = collected_web_order(server, quantity=1)
    second_id, second = collected_web_order(server, quantity=2)
    desk = make_desk(server)
    page = open_page(qtbot, desk)
    pages.append(page)
    reads: list[str] = []
    page.orders_listed.connect(lambda _: reads.append("orders"))
    page.order_shown.connect(lambda _: reads.append("order"))
    search, orders = page.find_panel.search, page.find_panel.orders
    search.field.setText("Nowak")
    search.run_query()
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    search.results.selectRow(0)
    search.results.clicked.emit(search.model.index(0, 0))
    qtbot.waitUntil(lambda: orders.rowCount() == 2)
    view = page.find_panel.orders_view
    row_of = {orders.row(row).number: row for row in range(orders.rowCount())}
    view.selectRow(row_of[first])

    def selected_order() -> str:
        return orders.row(view.currentIndex().row()).number

    def idle() -> bool:
        return pending_ops() == 0 and not search.model.loading

    qtbot.waitUntil(idle)
    reads.clear()
    page.replica_changed(Touched.of_tables({"prices", "stock"}))  # nothing shown here
    assert idle() and reads == []

    with qtbot.waitSignal(page.orders_listed):  # an order changed: the list is read again
        page.replica_changed(Touched.of_tables({"orders"}))
    assert reads == ["orders"] and selected_order() == first  # still the one selected

    page.replica_changed(Touched.of_tables({"customers"}))  # the search is read again
    assert search.model.loading
    qtbot.waitUntil(idle)
    assert (
        search.model.row(search.results.currentIndex().row()).id == (server.world.customers["ala"])
    )

    # The order on the form: read again when its own rows changed, keeping the cell.
    with qtbot.waitSignal(page.order_shown):
        view.activated.emit(orders.index(row_of[second], 0))
    lines = page.form.lines
    page.form.lines_view.setCurrentIndex(lines.index(0, ReturnLinesModel.CONDITION))
    line_id = lines.line(0).order_line_id
    desk.workspace.apply(
        "return.submit",
        {  # meanwhile, one unit came back elsewhere
            "return_id": str(uuid.uuid4()),
            "order_id": second_id,
            "lines": [
                {
                    "return_line_id": str(uuid.uuid4()),
                    "order_line_id": str(line_id),
                    "quantity": 1,
                    "condition": "sellable",
                }
            ],
            "reason": "Wrong colour",
            "refund_method": "original",
        },
    )
    qtbot.waitUntil(idle)
    reads.clear()
    page.replica_changed(Touched.of_rows([("orders", uuid.UUID(first_id))]))  # another order
    qtbot.waitUntil(idle)
    assert reads == ["orders"] and line_cells(page)[:4] == ["Kettle (SKU-KETTLE)", "2", "0", "2"]

    with qtbot.waitSignal(page.order_shown):
        page.replica_changed(Touched.of_rows([("order_lines", line_id)]))
    assert line_cells(page)[:4] == ["Kettle (SKU-KETTLE)", "2", "1", "1"]
    assert page.form.lines_view.currentIndex().column() == ReturnLinesModel.CONDITION
    assert page.stack.currentWidget() is page.form

    qtbot.waitUntil(idle)
    page.form.reason.setText("Does not boil")  # staff are entering the return: kept as is
    reads.clear()
    page.replica_changed(Touched.of_rows([("order_lines", line_id)]))
    qtbot.waitUntil(idle)
    assert "order" not in reads and page.form.reason.text() == "Does not boil"


# -- (b) more than is left is refused at once ------------------------------------------------


def test_an_over_return_is_refused_at_once_with_the_reason(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, pages: list[ReturnsPage]
) -> None:
    _, number = collected_web_order(server, quantity=1)
    desk = make_desk(server)
    page = open_page(qtbot, desk)
    pages.append(page)
    find(qtbot, page, number.lower().replace("0", "o"))  # typed by hand, forgivingly
    lines = page.form.lines
    assert not lines.set_quantity(0, 2)  # the spin box stops at what is returnable
    assert lines.index(0, ReturnLinesModel.QUANTITY).data(Qt.ItemDataRole.EditRole) == 0

    qtbot.keyClick(page.form.lines_view, Qt.Key.Key_F12)  # nothing chosen yet
    assert page.error.text() == "Choose how many units of which line come back."
    choose(page, 1, reason="  ")
    qtbot.keyClick(page.form.lines_view, Qt.Key.Key_F12)
    assert page.error.text() == "Write why the customer brings the goods back."

    # meanwhile the same unit came back at this till's other window
    order_id = page.form.order.order_id if page.form.order else None
    line_id = lines.line(0).order_line_id
    desk.workspace.apply(
        "return.submit",
        {
            "return_id": str(uuid.uuid4()),
            "order_id": str(order_id),
            "lines": [
                {
                    "return_line_id": str(uuid.uuid4()),
                    "order_line_id": str(line_id),
                    "quantity": 1,
                    "condition": "sellable",
                }
            ],
            "reason": "Wrong colour",
            "refund_method": "original",
        },
    )
    page.form.reason.setText("Does not boil")
    with qtbot.waitSignal(page.problem_shown, timeout=10000) as shown:
        qtbot.keyClick(page.form.lines_view, Qt.Key.Key_F12)
    assert shown.args[0] == (
        "Nothing is left to return of Kettle (SKU-KETTLE): the one "
        "unit bought was already returned."
    )
    qtbot.waitUntil(page.is_ready)
    assert page.error.isVisible() and page.stack.currentWidget() is page.form
    with desk.workspace.read() as session:
        assert len(session.scalars(select(m.Return)).all()) == 1

    qtbot.keyClick(page.form.lines_view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.find_panel and page.find_panel.field.hasFocus()
    find(qtbot, page, number)  # read again: nothing left
    assert not page.form.confirm_button.isEnabled()
    assert "has been returned already" in page.error.text()


# -- (c) a late return needs a manager -----------------------------------------------------


def test_a_late_return_needs_a_manager_and_records_who_approved_it(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, pages: list[ReturnsPage]
) -> None:
    _, number = collected_web_order(server, quantity=1, closed_days_ago=45)
    desk = make_desk(server)
    page = open_page(qtbot, desk)
    pages.append(page)
    find(qtbot, page, number)
    notice = page.form.window_notice
    assert notice.isVisible()
    assert notice.text().startswith("The 30-day return window closed on ")
    assert notice.text().endswith("; a manager must approve this return.")

    page.set_sign_in(None)  # no way for a manager to sign in: refused, nothing recorded
    choose(page, 1, reason="Broke after a month", method=RefundMethod.STORE_CREDIT)
    assert page.form.refund.text() == "Refund PLN\u00a0129.99 as store credit"
    qtbot.keyClick(page.form.lines_view, Qt.Key.Key_F12)
    assert "needs a manager's approval" in page.error.text()

    page.set_sign_in(desk.sign_in)
    qtbot.keyClick(page.form.lines_view, Qt.Key.Key_F12)
    dialog = page.approval
    assert dialog is not None and dialog.isVisible()
    dialog.login.setText("cashier.waw")
    dialog.pin.setText(PIN)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
    assert dialog.isVisible() and dialog.error.text().startswith(
        "Cashier.Waw is not a manager: only a manager can approve this."
    )
    dialog.login.setText("manager.waw")
    dialog.pin.setText("0000")
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
    assert dialog.error.text() == "Wrong login or PIN."
    with desk.workspace.read() as session:
        assert session.scalars(select(m.Return)).all() == []

    dialog.pin.setText(PIN)
    with qtbot.waitSignal(page.return_recorded, timeout=15000) as recorded:
        dialog.check()
    receipt = recorded.args[0]
    manager = server.world.staff["manager.waw"]
    assert receipt.approved_by == "Manager.Waw"
    assert "Late return approved by Manager.Waw" in plain_text(return_receipt(receipt, "en"))
    with desk.workspace.read() as session:
        assert session.get(m.Return, receipt.return_id).override_by == manager
    desk.sync()
    ret, refunds = server_return(server, receipt.return_id)
    assert ret.override_by == manager and ret.refund_method == "store_credit"
    assert [(p.method, str(p.amount)) for p in refunds] == [("store_credit", "129.99")]
    qtbot.waitUntil(lambda: page.approval is None)
    # The approval, signed by the manager and accepted as theirs, left none of their
    # secrets on the cashier's till.
    with desk.workspace.read() as session:
        device_id = state.get(session, DEVICE_ID)
    assert device_id
    assert staff_key.kept(desk.credentials, uuid.UUID(device_id), manager) is None
    assert desk.credentials.get(f"staff-pin:{device_id}:manager.waw") is None


# -- (d) the same unit returned at two tills, both offline ----------------------------------


def test_one_unit_returned_at_two_offline_tills_is_settled_by_the_server(
    restartable: RestartableApi, make_desk: DeskFactory, qtbot: QtBot, pages: list[ReturnsPage]
) -> None:
    with httpx.Client(base_url=restartable.url, timeout=30) as http:
        api = restartable.api(http)
        _, number = collected_web_order(api, quantity=1)
        waw1 = make_desk(api)
        waw2 = make_desk(api, store="PL-WAW-02", login="cashier.waw2", profile_name="waw2")
        first, second = open_page(qtbot, waw1), open_page(qtbot, waw2)
        pages.extend([first, second])
        find(qtbot, second, number)  # looked up online once: now on this till too

        restartable.stop()
        second.back_to_find()
        second.find_panel.field.setText(UNKNOWN)
        with qtbot.waitSignal(second.problem_shown, timeout=15000) as shown:
            qtbot.keyClick(second.find_panel.field, Qt.Key.Key_Return)
        assert shown.args[0].startswith(
            "This order is not on this till and the look-up needs a connection; "
        )

        for page in (first, second):
            find(qtbot, page, number)
            choose(page, 1, method=RefundMethod.CASH)
            confirm(qtbot, page)

        restartable.start()
        waw1.sync()
        waw2.sync()
        centre = SyncCentrePage(waw2.workspace)
        qtbot.addWidget(centre)
        centre.show()
        centre.activated()
        qtbot.waitUntil(
            lambda: not centre.busy and centre.attention_model.rowCount() == 1, timeout=15000
        )
        model = centre.attention_model
        assert model.text(0, model.WHAT).endswith("Return of 1 item — Ala Nowak")
        assert model.text(0, model.STATE) == "Refused by the server"
        assert model.text(0, model.REASON) == (
            "Nothing is left to return of Kettle (SKU-KETTLE): the one unit bought was "
            "already returned."
        )
        centre.attention_view.selectRow(0)
        assert "already returned elsewhere" in centre.advice.text()
        qtbot.waitUntil(lambda: not centre.busy)
        with api.db.read() as session:
            stored = session.scalars(select(m.Return)).all()
            assert [r.store_id for r in stored] == [api.world.stores["PL-WAW-01"]]
        with waw2.workspace.read() as session:  # undone on the till that lost
            assert [r.store_id for r in session.scalars(select(m.Return))] == [
                api.world.stores["PL-WAW-01"]
            ]
