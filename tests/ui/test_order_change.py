"""Changing an online order at the pickup desk before it is collected: products added
with the sale's product search or taken off, paid now instead of at pickup; the summary
previews the change by the same rules that record it, priced by the one engine — and
the online shop sees the changed order after sync."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.orders.change_dialog import ChangeOrderDialog
from desktop.orders.page import SHORTCUTS, PickupPage
from desktop.services.ops import pending_ops
from desktop.shared.formatting import money
from desktop.shared.payment_dialog import PaymentDialog
from sync.client import outbox
from tests.server.conftest import Api
from tests.ui.conftest import Desk
from tests.ui.test_pickup import show_page, synced, web_order, web_view
from tests.ui.test_sale import key, web_quote


@pytest.fixture
def page(desk: Desk, qtbot: QtBot) -> Iterator[PickupPage]:
    yield show_page(desk, qtbot)
    qtbot.waitUntil(lambda: pending_ops() == 0)


def open_order(qtbot: QtBot, page: PickupPage, desk: Desk, order_id: str) -> None:
    synced(qtbot, page, desk)
    page.open_order(order_id)
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    assert page.detail.change_button.isVisible()


def open_change(qtbot: QtBot, page: PickupPage) -> ChangeOrderDialog:
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.change_dialog is not None and page.change_dialog.isVisible())
    dialog = page.change_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.waitUntil(dialog.is_ready)
    return dialog


def lines(page: PickupPage) -> list[tuple[str, int]]:
    assert page.order is not None
    return [(line.sku, line.quantity) for line in page.order.lines]


def test_a_product_added_and_a_line_removed_are_priced_as_the_web_quotes_them(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 1, "SKU-TV": 1})
    open_order(qtbot, page, desk, placed["order_id"])
    dialog = open_change(qtbot, page)
    assert dialog.quantity("SKU-KETTLE").value() == 1
    assert "ordered 1" in dialog.lines_form.labelForField(dialog.quantity("SKU-KETTLE")).text()
    assert dialog.payment.currentText() == "Pay at pickup"
    assert "Nothing changed yet" in dialog.summary.text()
    assert not dialog.save.isEnabled()
    assert page.order is not None
    total = money(page.order.total, "PLN")
    assert dialog.summary.text().startswith(f"Total {total} · due {total}")  # before any edit
    for line in page.order.lines:
        label = dialog.lines_form.labelForField(dialog.quantity(line.sku)).text()
        assert f"line total {money(line.total, 'PLN')}" in label
    kettle_label = dialog.lines_form.labelForField(dialog.quantity("SKU-KETTLE")).text()
    assert kettle_label.endswith("· PLN\u00a0129.99 each · line total PLN\u00a0129.99")

    key(qtbot, Qt.Key.Key_F4)  # the sale's product search
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.isVisible())
    picker = dialog.picker
    assert picker is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.search)
    qtbot.keyClicks(picker.search, "HDMI")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.picker is None and dialog.added != [])
    cable = dialog.quantity("SKU-CABLE")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cable)
    qtbot.keyClicks(cable, "3")  # the new line's quantity, selected: typed over
    assert cable.value() == 3
    kettle = dialog.quantity("SKU-KETTLE")
    kettle.setFocus()
    kettle.selectAll()
    qtbot.keyClicks(kettle, "0")  # removes the kettle
    qtbot.waitUntil(dialog.is_ready)

    web_total = web_quote(server, "retail", [("SKU-TV", 1), ("SKU-CABLE", 3)])
    assert web_total == "3038.98"  # 3 cables for 2, by the one engine
    assert dialog.summary.text() == (
        f"New total {money(Decimal(web_total), 'PLN')} · due at pickup PLN\u00a03,038.98"
    )
    with qtbot.waitSignal(page.order_changed, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return)  # save
    qtbot.waitUntil(
        lambda: (
            page.change_dialog is None
            and page.is_ready()
            and page.order is not None
            and page.order.total == Decimal(web_total)
        )
    )
    assert lines(page) == [("SKU-TV", 1), ("SKU-CABLE", 3)]
    assert page.message.text() == (
        f"Order {placed['order_number']} changed: new total PLN\u00a03,038.98; "
        "PLN\u00a03,038.98 due at pickup."
    )
    assert "PLN\u00a03,038.98 due" in page.detail.payment.text()

    desk.sync()
    seen = web_view(server, placed["order_id"])
    assert seen["order"]["total"] == web_total
    assert [(line["sku"], line["quantity"]) for line in seen["lines"]] == [
        ("SKU-TV", 1),
        ("SKU-CABLE", 3),
    ]


def test_a_line_taken_off_a_prepaid_order_is_refunded_to_the_online_payment(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 1, "SKU-CABLE": 1}, prepaid=True)
    open_order(qtbot, page, desk, placed["order_id"])
    dialog = open_change(qtbot, page)
    assert dialog.payment.currentText() == "Pay now at the till"
    key(qtbot, Qt.Key.Key_Tab)  # from the kettle to the cable
    assert QApplication.focusWidget() is dialog.quantity("SKU-CABLE")
    key(qtbot, Qt.Key.Key_Down)  # 1 -> 0: removed
    qtbot.waitUntil(dialog.is_ready)
    assert dialog.summary.text() == (
        "New total PLN\u00a0129.99 · refunded PLN\u00a019.99 to the original payment · "
        "due now PLN\u00a00.00"
    )
    with qtbot.waitSignal(page.order_changed, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return)
    assert dialog.payment_dialog is None  # nothing to take
    qtbot.waitUntil(
        lambda: (
            page.change_dialog is None
            and page.is_ready()
            and page.order is not None
            and len(page.order.lines) == 1
        )
    )
    assert "new total PLN\u00a0129.99; refunded PLN\u00a019.99" in page.message.text()
    assert page.detail.payment.text() == "Total PLN\u00a0129.99 · Paid"

    desk.sync()
    seen = web_view(server, placed["order_id"])
    assert seen["order"]["total"] == "129.99"
    assert sorted((p["kind"], p["method"], p["amount"]) for p in seen["payments"]) == [
        ("payment", "online", "149.98"),
        ("refund", "online", "19.99"),
    ]


def test_a_pay_on_pickup_order_is_paid_now_by_card_at_the_till(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 1})
    open_order(qtbot, page, desk, placed["order_id"])
    dialog = open_change(qtbot, page)
    dialog.payment.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # pay now at the till
    assert dialog.payment.currentText() == "Pay now at the till"
    qtbot.waitUntil(dialog.is_ready)
    assert dialog.summary.text() == "New total PLN\u00a0129.99 · due now PLN\u00a0129.99"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.payment_dialog is not None and dialog.payment_dialog.isVisible())
    payment = dialog.payment_dialog
    assert isinstance(payment, PaymentDialog) and payment.total == Decimal("129.99")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is payment.cash)
    key(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # the rest by card
    qtbot.waitUntil(lambda: QApplication.focusWidget() is payment.card_reference)
    assert payment.card_amount.text() == "129.99"
    qtbot.keyClicks(payment.card_reference, "TERMINAL-7")
    with qtbot.waitSignal(page.order_changed, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            page.change_dialog is None
            and page.is_ready()
            and page.order is not None
            and page.order.payment_state == "paid"
        )
    )
    assert page.order.payment_mode == "pay_now"
    assert page.detail.payment.text() == "Total PLN\u00a0129.99 · Paid"

    desk.sync()
    seen = web_view(server, placed["order_id"])
    assert (seen["order"]["payment_state"], seen["order"]["payment_mode"]) == ("paid", "pay_now")
    assert [(p["kind"], p["method"], p["amount"]) for p in seen["payments"]] == [
        ("payment", "card", "129.99")
    ]


def test_removing_every_line_is_refused_with_a_sentence_and_changes_nothing(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 1, "SKU-CABLE": 1})
    open_order(qtbot, page, desk, placed["order_id"])
    dialog = open_change(qtbot, page)
    dialog.quantity("SKU-KETTLE").setValue(0)
    dialog.quantity("SKU-CABLE").setValue(0)
    qtbot.waitUntil(dialog.is_ready)
    assert "cancel the order instead" in dialog.summary.text()
    assert "Traceback" not in dialog.summary.text()
    assert not dialog.save.isEnabled()
    key(qtbot, Qt.Key.Key_Return)  # refused, said in a sentence
    assert dialog.error.isVisible() and "cancel the order instead" in dialog.error.text()
    assert dialog.isVisible()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.change_dialog is None and page.is_ready())
    assert lines(page) == [("SKU-KETTLE", 1), ("SKU-CABLE", 1)]
    with desk.workspace.read() as session:
        assert outbox.counts(session).pending == 0


def test_an_order_already_handed_over_cannot_be_changed(
    page: PickupPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    assert SHORTCUTS["change"] == "Ctrl+E"
    placed = web_order(server, {"SKU-CABLE": 1}, prepaid=True)
    open_order(qtbot, page, desk, placed["order_id"])
    ready = desk.workspace.apply("order.mark_ready", {"order_id": placed["order_id"]})
    handed = desk.workspace.apply("order.hand_over", {"order_id": placed["order_id"]})
    page.replica_changed(ready.touched.merged(handed.touched))
    qtbot.waitUntil(
        lambda: page.is_ready() and page.order is not None and page.order.status == "picked_up"
    )
    assert not page.detail.change_button.isVisible()
    page.detail.lines.setFocus()
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.change_dialog is None
