"""The pickup work area: an order placed online is found by its QR code, prepared and
handed over at the store, whole or in part, paid on pickup with the checkout's payment
dialog, with a receipt — and the online shop sees it picked up, online or not."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.orders import texts
from desktop.orders.hand_over_dialog import HandOverDialog
from desktop.orders.handover_receipt import hand_over_receipt
from desktop.orders.page import PickupPage
from desktop.orders.pick_list import pick_list_text, save_pick_list
from desktop.services.ops import pending_ops
from desktop.shared.payment_dialog import PaymentDialog
from desktop.shared.receipt.document import plain_text
from sync.client import outbox
from sync.client.touched import Touched
from sync.order_codes import order_qr_text
from tests.server.conftest import Api
from tests.ui.conftest import Desk, DeskFactory, RestartableApi, web_command
from tests.ui.test_sale import key

PRICES = {"SKU-KETTLE": "129.99", "SKU-CABLE": "19.99", "SKU-TV": "2999.00"}
WEB_ORDERS = Touched.of_tables({"orders", "order_lines", "payments"})  # what their pull touches


# -- helpers ------------------------------------------------------------------------------


def show_page(desk: Desk, qtbot: QtBot) -> PickupPage:
    page = PickupPage(desk.workspace)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.activated()
    qtbot.waitUntil(page.is_ready)
    return page


@pytest.fixture
def page(desk: Desk, qtbot: QtBot) -> Iterator[PickupPage]:
    yield show_page(desk, qtbot)
    qtbot.waitUntil(lambda: pending_ops() == 0)


def web_order(
    api: Api, lines: dict[str, int], *, prepaid: bool = False, customer: str = "ala"
) -> dict[str, Any]:
    """An order for pickup at PL-WAW-01 placed in the online shop; its answer."""
    total = sum(float(PRICES[sku]) * units for sku, units in lines.items())
    args: dict[str, Any] = {
        "order_id": str(uuid.uuid4()),
        "customer_id": str(api.world.customers[customer]),
        "fulfilment": "pickup",
        "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
        "payment_mode": "pay_now" if prepaid else "pay_on_pickup",
        "expected_total": f"{total:.2f}",
        "lines": [
            {
                "line_id": str(uuid.uuid4()),
                "quantity": units,
                "product_id": str(api.world.products[sku]),
            }
            for sku, units in lines.items()
        ],
    }
    if prepaid:
        args["payments"] = [
            {
                "payment_id": str(uuid.uuid4()),
                "method": "online",
                "amount": f"{total:.2f}",
                "reference": "PSP-0001",
            }
        ]
    return web_command(api, "order.place", args)["result"]


def queue_rows(page: PickupPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def synced(qtbot: QtBot, page: PickupPage, desk: Desk) -> None:
    """A sync brought rows: the page re-reads what it shows."""
    desk.sync()
    page.replica_changed(WEB_ORDERS)
    qtbot.waitUntil(page.is_ready)


def find(qtbot: QtBot, page: PickupPage, text: str) -> None:
    page.focus_find()
    page.find_field.clear()
    qtbot.keyClicks(page.find_field, text)
    qtbot.keyClick(page.find_field, Qt.Key.Key_Return)
    qtbot.waitUntil(page.is_ready)


def mark_ready(qtbot: QtBot, page: PickupPage) -> None:
    key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            page.is_ready() and page.order is not None and page.order.status == "ready_for_pickup"
        )
    )


def open_hand_over(qtbot: QtBot, page: PickupPage) -> HandOverDialog:
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: page.handing.dialog is not None and page.handing.dialog.isVisible())
    dialog = page.handing.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def open_payment(qtbot: QtBot, page: PickupPage) -> PaymentDialog:
    qtbot.waitUntil(
        lambda: page.handing.payment_dialog is not None and page.handing.payment_dialog.isVisible()
    )
    dialog = page.handing.payment_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.cash)
    return dialog


def web_view(api: Api, order_id: str) -> dict[str, Any]:
    response = api.web("GET", f"/v1/web/orders/{order_id}")
    assert response.status_code == 200, response.text
    return response.json()


def units(dialog: HandOverDialog, sku: str) -> Any:
    return next(spin for spin in dialog.units.values() if spin.objectName() == f"units-{sku}")


# -- the whole journey --------------------------------------------------------------------


def test_a_web_order_is_found_by_qr_prepared_paid_in_cash_and_picked_up(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 1})
    number = placed["order_number"]
    assert queue_rows(page) == []
    synced(qtbot, page, desk)
    [row] = queue_rows(page)
    assert row[0] == number and row[1] == "Ala Nowak"
    assert row[2:4] == ["Web", "Placed"]
    assert row[5] == "Pay on pickup: PLN\u00a0129.99 due" and row[6] == "1"
    assert row[4].endswith("min") and row[7] == ""  # held until: only once ready

    find(qtbot, page, order_qr_text(number))
    order = page.order
    assert order is not None and order.number == number
    assert "Ala Nowak (C-ALA)" in page.detail.identity.text()
    assert "••• ••• 200" in page.detail.identity.text()
    assert "a•••@example.com" in page.detail.identity.text()
    assert "photo ID" in page.detail.check.text()
    assert "PLN\u00a0129.99 due" in page.detail.payment.text()

    mark_ready(qtbot, page)
    assert "held until" in page.detail.state.text()
    dialog = open_hand_over(qtbot, page)
    assert "Due now: PLN\u00a0129.99" in dialog.summary.text()
    key(qtbot, Qt.Key.Key_Return)
    payment = open_payment(qtbot, page)
    assert payment.total == Decimal("129.99")
    qtbot.keyClicks(payment.cash, "200")
    assert payment.status.text() == "Change: PLN\u00a070.01"
    with qtbot.waitSignal(page.handed_over, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return)
    receipt = page.receipt
    assert receipt is not None
    text = plain_text(hand_over_receipt(receipt, "en"))
    assert number in text and "Ala Nowak (C-ALA)" in text
    assert "1 × Kettle (SKU-KETTLE)" in text
    assert "Cash received" in text and "PLN\u00a0200.00" in text and "PLN\u00a070.01" in text
    assert page.done.change.text() == "Change to give: PLN\u00a070.01"
    assert page.done.save_receipt_pdf(tmp_path / "pickup.pdf") is not None
    qtbot.waitUntil(lambda: page.is_ready() and queue_rows(page) == [])
    assert QApplication.focusWidget() is page.find_field

    desk.sync()
    seen = web_view(server, placed["order_id"])
    assert seen["order"]["status"] == "picked_up"
    assert seen["order"]["payment_state"] == "paid"
    assert [(p["kind"], p["method"], p["amount"]) for p in seen["payments"]] == [
        ("payment", "cash", "129.99")
    ]


def test_the_queue_filters_and_an_unknown_or_collected_order_is_said_so(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    first = web_order(server, {"SKU-KETTLE": 1})
    second = web_order(server, {"SKU-CABLE": 2}, prepaid=True)
    synced(qtbot, page, desk)
    assert [row[0] for row in queue_rows(page)] == [first["order_number"], second["order_number"]]
    find(qtbot, page, second["order_number"].lower())  # typed by hand
    mark_ready(qtbot, page)
    page.back_to_queue()
    page.filter.setCurrentIndex(2)  # ready
    qtbot.waitUntil(page.is_ready)
    [ready] = queue_rows(page)
    assert ready[0] == second["order_number"] and ready[5] == "Paid" and ready[7]
    page.filter.setCurrentIndex(1)  # to prepare
    qtbot.waitUntil(page.is_ready)
    assert [row[0] for row in queue_rows(page)] == [first["order_number"]]

    page.filter.setCurrentIndex(0)  # all waiting
    qtbot.waitUntil(page.is_ready)
    page.focus_find()
    key(qtbot, Qt.Key.Key_Down)  # into the queue
    key(qtbot, Qt.Key.Key_Return)  # open the first order
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    assert page.order is not None and page.order.number == first["order_number"]
    assert page.order.status == "placed" and page.detail.ready_button.isVisible()
    key(qtbot, Qt.Key.Key_Escape)
    assert page.order is None and QApplication.focusWidget() is page.find_field

    find(qtbot, page, "O-0000000000")
    assert page.message.isVisible() and "No order O-0000000000" in page.message.text()
    find(qtbot, page, "hello")
    assert "not an order number" in page.message.text()


def test_a_sync_re_reads_only_what_it_touched_and_keeps_the_selection(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    first = web_order(server, {"SKU-KETTLE": 1, "SKU-CABLE": 1})
    second = web_order(server, {"SKU-CABLE": 2})
    synced(qtbot, page, desk)
    reads = {"queue": 0, "order": 0}
    page.queue_shown.connect(lambda: reads.__setitem__("queue", reads["queue"] + 1))
    page.order_shown.connect(lambda: reads.__setitem__("order", reads["order"] + 1))
    page.table.selectRow(1)  # the second order

    # products and prices are not on this page: nothing is read again
    elsewhere = Touched.of_tables({"products", "stock", "prices"})
    assert not elsewhere.concerns(*page.watches)
    rows = page.rows
    page.replica_changed(elsewhere)
    assert pending_ops() == 0 and page.is_ready()  # no read was even started
    assert page.rows is rows and reads == {"queue": 0, "order": 0}

    # a new web order arrives: the queue is read again, the same order stays selected
    third = web_order(server, {"SKU-TV": 1})
    synced(qtbot, page, desk)
    assert reads == {"queue": 1, "order": 0}
    assert [row[0] for row in queue_rows(page)] == [
        first["order_number"],
        second["order_number"],
        third["order_number"],
    ]
    [selected] = page.table.selectionModel().selectedRows()
    assert page.rows[selected.row()].order_id == uuid.UUID(second["order_id"])

    # an order open: another order's change re-reads the queue only, its own re-reads it
    page.open_order(first["order_id"])
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    page.detail.lines.selectRow(1)  # the cable
    reads.update(queue=0, order=0)
    page.replica_changed(Touched.of_rows([("orders", uuid.UUID(second["order_id"]))]))
    qtbot.waitUntil(page.is_ready)
    assert reads == {"queue": 1, "order": 0}
    page.replica_changed(Touched.of_rows([("orders", uuid.UUID(first["order_id"]))]))
    qtbot.waitUntil(page.is_ready)
    assert reads == {"queue": 2, "order": 1}
    line = page.detail.selected_line()
    assert line is not None and line.sku == "SKU-CABLE"


def test_the_age_of_an_order_is_short() -> None:
    now = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
    assert texts.age(now - timedelta(minutes=12), now) == "12 min"
    assert texts.age(now - timedelta(hours=3, minutes=40), now) == "3 h"
    assert texts.age(now - timedelta(days=2, hours=5), now) == "2 d"
    assert texts.payment("pay_on_pickup", Decimal("129.99"), "PLN") == (
        "Pay on pickup: PLN\u00a0129.99 due"
    )
    assert texts.payment("pay_now", Decimal("0.00"), "PLN") == "Paid"


# -- part of an order ---------------------------------------------------------------------


def test_a_partial_pickup_keeps_the_rest_then_the_rest_is_cancelled_and_refunded(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 2, "SKU-CABLE": 1}, prepaid=True)
    synced(qtbot, page, desk)
    page.open_order(placed["order_id"])
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    mark_ready(qtbot, page)

    dialog = open_hand_over(qtbot, page)
    units(dialog, "SKU-KETTLE").setValue(1)
    units(dialog, "SKU-CABLE").setValue(0)
    summary = dialog.summary.text()
    assert "Handing over 1 unit." in summary and "Nothing to pay now." in summary
    assert "2 units still waiting for pickup." in summary
    with qtbot.waitSignal(page.handed_over, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return)
    assert page.handing.payment_dialog is None  # prepaid: nothing to take
    receipt = page.receipt
    assert receipt is not None and receipt.still_waiting == 2
    text = plain_text(hand_over_receipt(receipt, "en"))
    assert "1 × Kettle (SKU-KETTLE)" in text and "STILL WAITING FOR PICKUP" in text
    assert "Nothing to pay" in text
    qtbot.waitUntil(page.is_ready)
    [row] = queue_rows(page)
    assert row[3] == "Ready for pickup" and row[6] == "2"

    page.open_order(placed["order_id"])
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    assert [(line.sku, line.handed_over, line.waiting) for line in page.order.lines] == [
        ("SKU-KETTLE", 1, 1),
        ("SKU-CABLE", 0, 1),
    ]
    assert not page.detail.missing_button.isVisible()  # part has left: no more changes
    dialog = open_hand_over(qtbot, page)
    units(dialog, "SKU-CABLE").setValue(0)
    dialog.rest.setCurrentIndex(1)  # cancel and refund
    summary = dialog.summary.text()
    assert "1 unit cancelled." in summary and "Refund now: PLN\u00a019.99." in summary
    with qtbot.waitSignal(page.handed_over, timeout=10_000):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    receipt = page.receipt
    assert receipt is not None and receipt.still_waiting == 0
    text = plain_text(hand_over_receipt(receipt, "en"))
    assert "CANCELLED" in text and "HDMI cable (SKU-CABLE)" in text
    assert "REFUNDED" in text and "PLN\u00a019.99" in text
    qtbot.waitUntil(lambda: page.is_ready() and queue_rows(page) == [])

    desk.sync()
    seen = web_view(server, placed["order_id"])
    assert seen["order"]["status"] == "picked_up"
    assert sorted((p["kind"], p["amount"]) for p in seen["payments"]) == [
        ("payment", "279.97"),
        ("refund", "19.99"),
    ]
    assert [line["handed_over_quantity"] for line in seen["lines"]] == [2, 0]


def test_a_missing_unit_is_taken_off_the_order_before_it_is_ready(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 2})
    synced(qtbot, page, desk)
    page.open_order(placed["order_id"])
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preparing.missing_dialog is not None)
    asked = page.preparing.missing_dialog
    assert asked is not None and "Kettle" in asked.labelText()
    asked.setIntValue(1)
    asked.accept()
    qtbot.waitUntil(
        lambda: page.is_ready() and page.order is not None and page.order.lines[0].quantity == 1
    )
    assert page.message.isVisible() and "missing" in page.message.text()
    assert "PLN\u00a0129.99 due" in page.detail.payment.text()
    desk.sync()
    seen = web_view(server, placed["order_id"])
    assert seen["order"]["total"] == "129.99"


def test_the_pick_list_lists_what_is_still_to_fetch(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 2, "SKU-CABLE": 1})
    synced(qtbot, page, desk)
    page.open_order(placed["order_id"])
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    assert page.detail.pick_button.isVisible()
    order = page.order
    assert order is not None
    text = pick_list_text(order)
    assert f"Order {placed['order_number']}" in text and "Ala Nowak" in text
    assert "[ ] 2 × Kettle" in text and "[ ] 1 × " in text and "SKU-CABLE" in text
    assert save_pick_list(order, tmp_path / "pick.pdf").stat().st_size > 0


# -- refusals -----------------------------------------------------------------------------


def test_handing_over_an_order_picked_up_meanwhile_is_refused_with_a_clear_message(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-CABLE": 1}, prepaid=True)
    synced(qtbot, page, desk)
    page.open_order(placed["order_id"])
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    mark_ready(qtbot, page)
    dialog = open_hand_over(qtbot, page)
    # another till at this store hands it over while the dialog is open
    desk.workspace.apply("order.hand_over", {"order_id": placed["order_id"]})
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.is_ready() and dialog.error.isVisible())
    assert "already picked up" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.handing.dialog is None)

    find(qtbot, page, placed["order_number"])
    assert page.order is not None and page.order.status == "picked_up"
    assert "read-only" in page.message.text()
    assert not page.detail.hand_over_button.isVisible()
    key(qtbot, Qt.Key.Key_F12)
    assert page.handing.dialog is None


def test_a_placed_order_is_offered_to_be_marked_ready_first(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-CABLE": 1}, prepaid=True)
    synced(qtbot, page, desk)
    find(qtbot, page, placed["order_number"])
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: page.handing.question is not None and page.handing.question.isVisible())
    question = page.handing.question
    assert question is not None and "not prepared yet" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Yes
    qtbot.waitUntil(lambda: page.handing.dialog is not None, timeout=10_000)
    assert page.order is not None and page.order.status == "ready_for_pickup"


# -- offline ------------------------------------------------------------------------------


def test_a_hand_over_with_the_api_stopped_is_done_locally_and_sent_once(
    restartable: RestartableApi, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    with httpx.Client(base_url=restartable.url, timeout=30) as http:
        api = restartable.api(http)
        desk = make_desk(api)
        placed = web_order(api, {"SKU-KETTLE": 1})
        desk.sync()
        page = show_page(desk, qtbot)
        find(qtbot, page, order_qr_text(placed["order_number"]))
        restartable.stop()
        mark_ready(qtbot, page)
        open_hand_over(qtbot, page)
        key(qtbot, Qt.Key.Key_Return)
        payment = open_payment(qtbot, page)
        qtbot.keyClicks(payment.cash, "129.99")
        with qtbot.waitSignal(page.handed_over, timeout=10_000):
            key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.is_ready() and queue_rows(page) == [])
        with desk.workspace.read() as session:
            assert outbox.counts(session).pending == 2  # ready, handed over

        restartable.start()
        desk.sync()
        desk.sync()  # a second sync sends nothing again
        with desk.workspace.read() as session:
            assert outbox.counts(session).pending == 0
        seen = web_view(api, placed["order_id"])
        assert seen["order"]["status"] == "picked_up"
        assert seen["order"]["payment_state"] == "paid"
        assert [(p["kind"], p["amount"]) for p in seen["payments"]] == [("payment", "129.99")]
        qtbot.waitUntil(lambda: pending_ops() == 0)
