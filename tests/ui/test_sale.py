"""The sale work area: a cashier sells with the keyboard, at the price the web quotes,
finishing carts started online, taking cash, card or both, with a receipt."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.sale.page import SalePage
from desktop.sale.receipt import sale_receipt
from desktop.services.ops import pending_ops
from desktop.shared.page import ShowCustomer
from desktop.shared.payment import Entered, PaymentProblem, parse_amount, plan_payment
from desktop.shared.payment_dialog import PaymentDialog
from desktop.shared.receipt.document import plain_text
from sync.client.touched import Touched
from tests.server.conftest import Api
from tests.ui.conftest import Desk, web_command

BARCODES = {"SKU-TV": "5900000000001", "SKU-KETTLE": "5900000000002", "SKU-CABLE": "5900000000003"}


# -- helpers ------------------------------------------------------------------------------


@pytest.fixture
def page(desk: Desk, qtbot: QtBot) -> Any:
    sale = SalePage(desk.workspace)
    qtbot.addWidget(sale)
    sale.resize(1100, 700)
    sale.show()
    sale.activateWindow()
    qtbot.waitActive(sale)
    sale.activated()
    qtbot.waitUntil(sale.is_ready)
    yield sale
    qtbot.waitUntil(lambda: pending_ops() == 0)


def web_quote(api: Api, segment: str, lines: list[tuple[str, int]]) -> str:
    """The total the web channel quotes for these lines at PL-WAW-01."""
    response = api.web(
        "POST",
        "/v1/prices/quote",
        {
            "store_id": str(api.world.stores["PL-WAW-01"]),
            "segment": segment,
            "lines": [
                {"product_id": str(api.world.products[sku]), "quantity": quantity}
                for sku, quantity in lines
            ],
        },
    )
    assert response.status_code == 200, response.text
    return response.json()["total"]


def key(
    qtbot: QtBot, keys: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed wherever the focus is, as a cashier would."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, keys, modifier)


def rows(page: SalePage) -> list[tuple[str, int, str]]:
    """(SKU, quantity, promotion code) of each line on screen."""
    model = page.cart.model
    return [
        (line.sku, line.quantity, line.promotion_code or "")
        for line in (model.line(row) for row in range(model.rowCount()))
        if line
    ]


def open_payment(qtbot: QtBot, page: SalePage) -> PaymentDialog:
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: page.payment_dialog is not None and page.payment_dialog.isVisible())
    dialog = page.payment_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.cash)
    return dialog


def pay_and_wait(qtbot: QtBot, page: SalePage) -> None:
    with qtbot.waitSignal(page.sale_completed, timeout=10000):
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.is_ready() and page.payment_dialog is None)


# -- the whole sale by keyboard -----------------------------------------------------------


def test_a_walk_in_sale_with_the_keyboard_only_reaches_the_server_at_the_web_price(
    desk: Desk, page: SalePage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert QApplication.focusWidget() is page.scan_field
    assert page.customer_button.text() == "Walk-in customer"
    for sku in ("SKU-TV", "SKU-CABLE"):
        qtbot.keyClicks(page.scan_field, BARCODES[sku])
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda sku=sku: sku in [r[0] for r in rows(page)] and page.is_ready())
    assert rows(page) == [("SKU-TV", 1, ""), ("SKU-CABLE", 1, "")]
    assert page.cart.selected_line().sku == "SKU-CABLE"  # the line just scanned

    key(qtbot, Qt.Key.Key_F6)  # quantity of the cable line
    assert QApplication.focusWidget() is page.quantity
    qtbot.keyClicks(page.quantity, "3")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("SKU-CABLE", 3, "CABLES-3FOR2") in rows(page) and page.is_ready())
    assert QApplication.focusWidget() is page.scan_field  # back to scanning
    web_total = web_quote(desk.api, "retail", [("SKU-TV", 1), ("SKU-CABLE", 3)])
    assert web_total == "3038.98"
    assert page.cart.total.text() == "PLN\u00a03,038.98"
    assert page.cart.discount.text() == "−PLN\u00a019.99"  # one cable free, shown

    dialog = open_payment(qtbot, page)
    qtbot.keyClicks(dialog.cash, "3100")
    assert dialog.status.text() == "Change: PLN\u00a061.02"
    pay_and_wait(qtbot, page)

    receipt = page.receipt
    assert receipt is not None and receipt.total == Decimal(web_total)
    assert page.done.isVisible() and "61.02" in page.done.change.text()
    assert rows(page) == [] and page.cart_view is not None and page.cart_view.cart_id is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan_field)  # next customer

    desk.sync()
    order = desk.api.web("GET", f"/v1/web/orders/{receipt.order_id}").json()
    assert order["order"]["total"] == web_total
    assert order["order"]["status"] == "completed" and order["order"]["customer_id"] is None
    assert [(p["method"], p["amount"]) for p in order["payments"]] == [("cash", web_total)]
    cart = desk.api.web("GET", f"/v1/web/carts/{order['order']['cart_id']}").json()
    assert cart["cart"]["status"] == "checked_out"

    saved = tmp_path / "receipt.pdf"
    monkeypatch.setattr(
        "desktop.shared.receipt.panel.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(saved), "PDF documents (*.pdf)"),
    )
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.read_bytes().startswith(b"%PDF")
    text = plain_text(sale_receipt(receipt, "en"))
    assert "PLN\u00a03,038.98" in text and receipt.number in text and "PLN\u00a061.02" in text


# -- a cart started on the web, finished at the till ---------------------------------------


def test_a_cart_filled_on_the_web_is_continued_and_completed_at_the_till(
    desk: Desk, page: SalePage, qtbot: QtBot
) -> None:
    api, world = desk.api, desk.api.world
    ala = str(world.customers["ala"])
    cart_id = str(uuid.uuid4())
    web_command(api, "cart.open", {"cart_id": cart_id, "customer_id": ala, "currency": "PLN"})
    for sku, quantity in (("SKU-TV", 1), ("SKU-CABLE", 2)):
        web_command(
            api,
            "cart.add_item",
            {
                "cart_id": cart_id,
                "line_id": str(uuid.uuid4()),
                "product_id": str(world.products[sku]),
                "quantity": quantity,
            },
        )
    desk.sync()

    page.open_for(ala, None)  # the customer's existing cart, found on the replica
    qtbot.waitUntil(
        lambda: (
            page.is_ready()
            and page.cart_view is not None
            and str(page.cart_view.cart_id) == cart_id
        )
    )
    assert rows(page) == [("SKU-TV", 1, ""), ("SKU-CABLE", 2, "")]
    assert "Ala Nowak" in page.customer_button.text()
    assert page.origin.isVisible() and "web" in page.origin.text()
    with qtbot.waitSignal(page.navigate) as shown:
        page.customer_button.click()
    assert shown.args == [ShowCustomer(uuid.UUID(str(ala)))]

    qtbot.keyClicks(page.scan_field, BARCODES["SKU-KETTLE"])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(rows(page)) == 3 and page.is_ready())
    desk.sync()  # the till's addition is on the web cart too
    web_cart = api.web("GET", f"/v1/web/carts/{cart_id}").json()
    assert len(web_cart["lines"]) == 3
    shown = page.cart_view
    assert shown is not None and f"{shown.total:.2f}" == web_cart["priced"]["total"]

    dialog = open_payment(qtbot, page)
    key(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # the rest by card
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card_reference)
    assert dialog.card_amount.text() == "3,168.97"  # as the locale writes it, read back
    assert parse_amount(dialog.card_amount.text()) == Decimal(web_cart["priced"]["total"])
    qtbot.keyClicks(dialog.card_reference, "TERM-0042")
    pay_and_wait(qtbot, page)
    receipt = page.receipt
    assert receipt is not None and "Ala Nowak" in receipt.customer

    desk.sync()
    cart = api.web("GET", f"/v1/web/carts/{cart_id}").json()
    assert cart["cart"]["status"] == "checked_out"
    assert cart_id not in api.web("GET", f"/v1/web/customers/{ala}").json()["open_carts"]
    order = api.web("GET", f"/v1/web/orders/{receipt.order_id}").json()
    assert order["order"]["cart_id"] == cart_id and order["order"]["customer_id"] == ala
    assert order["order"]["total"] == web_cart["priced"]["total"]
    assert [(p["method"], p["amount"], p["reference"]) for p in order["payments"]] == [
        ("card", web_cart["priced"]["total"], "TERM-0042")
    ]


# -- split payment ------------------------------------------------------------------------


def test_split_payment_card_with_reference_and_cash_with_change_short_is_refused(
    desk: Desk, page: SalePage, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.scan_field, BARCODES["SKU-TV"])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(page) == [("SKU-TV", 1, "")] and page.is_ready())

    dialog = open_payment(qtbot, page)
    qtbot.keyClicks(dialog.cash, "50")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.card_amount, "2900")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.card_reference, "TERM-7")
    assert dialog.status.text() == "Still due: PLN\u00a049.00"
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and "Still due: PLN\u00a049.00" in dialog.error.text()
    assert page.payment_dialog is dialog and page.receipt is None  # nothing recorded

    dialog.cash.setFocus()
    dialog.cash.selectAll()
    qtbot.keyClicks(dialog.cash, "100")
    assert dialog.status.text() == "Change: PLN\u00a01.00"
    pay_and_wait(qtbot, page)
    receipt = page.receipt
    assert receipt is not None and receipt.change == Decimal("1.00")
    text = plain_text(sale_receipt(receipt, "en"))
    assert "Card (ref. TERM-7)" in text and "PLN\u00a0100.00" in text and "PLN\u00a01.00" in text

    desk.sync()
    order = desk.api.web("GET", f"/v1/web/orders/{receipt.order_id}").json()
    assert order["order"]["payment_state"] == "paid"
    assert sorted((p["method"], p["amount"], p["reference"]) for p in order["payments"]) == [
        ("card", "2900.00", "TERM-7"),
        ("cash", "99.00", None),
    ]  # cash net of the change


def test_payment_rules_are_exact() -> None:
    total = Decimal("2999.00")
    assert parse_amount("1 234,50") == Decimal("1234.50")
    assert parse_amount("") is None
    for bad in ("12.345", "abc", "-5", "1e400"):
        with pytest.raises(PaymentProblem):
            parse_amount(bad)
    with pytest.raises(PaymentProblem, match="reference"):
        plan_payment(total, "PLN", Entered(card="2999"))
    with pytest.raises(PaymentProblem, match="only cash"):
        plan_payment(total, "PLN", Entered(card="3000", reference="T"))
    with pytest.raises(PaymentProblem, match=r"Still due: PLN\u00a00\.01"):
        plan_payment(total, "PLN", Entered(cash="2998.99"))
    plan = plan_payment(total, "PLN", Entered(cash="0.10", card="2998.95", reference="T"))
    assert plan.change == Decimal("0.05")
    assert [(t.method, t.amount) for t in plan.tenders] == [
        ("card", Decimal("2998.95")),
        ("cash", Decimal("0.10")),
    ]


def test_a_refused_payment_puts_the_cursor_where_the_cashier_must_correct_it(
    qtbot: QtBot,
) -> None:
    dialog = PaymentDialog(Decimal("2999.00"), "PLN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.card_amount, "2999")
    dialog.submit()  # no terminal reference: the cursor goes there, not to the cash
    qtbot.waitUntil(lambda: dialog.card_reference.hasFocus())
    assert "reference" in dialog.error.text()
    qtbot.keyClicks(dialog.card_reference, "T-1")
    dialog.card_amount.setText("3000")
    dialog.submit()  # the card pays more than the total: the card amount is to correct
    qtbot.waitUntil(lambda: dialog.card_amount.hasFocus())
    dialog.card_amount.setText("2000")
    dialog.submit()  # still due: more cash
    qtbot.waitUntil(lambda: dialog.cash.hasFocus())
    assert "Still due" in dialog.error.text()


# -- stock, search, removing ---------------------------------------------------------------


def _stock(page: SalePage) -> list[tuple[str, int, bool]]:
    model = page.cart.stock_model
    return [
        (level.store_code, level.on_hand, level.here)
        for level in (model.level(row) for row in range(model.rowCount()))
        if level
    ]


def test_stock_here_and_at_the_neighbour_store_is_shown_for_the_line(
    desk: Desk, page: SalePage, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.scan_field, BARCODES["SKU-TV"])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stock(page) == [("PL-WAW-01", 10, True), ("PL-WAW-02", 10, False)])
    assert "Television 55in" in page.cart.stock_title.text()
    assert page.cart.stock_model.data(page.cart.stock_model.index(1, 0)).startswith("PL-WAW-02")

    dialog = open_payment(qtbot, page)
    qtbot.keyClicks(dialog.cash, "2999")
    pay_and_wait(qtbot, page)
    qtbot.keyClicks(page.scan_field, BARCODES["SKU-TV"])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            _stock(page)
            == [
                ("PL-WAW-01", 9, True),  # one just sold here
                ("PL-WAW-02", 10, False),
            ]
        )
    )


def test_find_by_name_remove_and_unknown_code_by_keyboard(
    desk: Desk, page: SalePage, qtbot: QtBot
) -> None:
    key(qtbot, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: page.picker is not None and page.picker.isVisible())
    picker = page.picker
    assert picker is not None
    qtbot.keyClicks(picker.search, "kettle")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    price_column = picker.model.columnCount() - 1
    assert picker.model.headerData(price_column, Qt.Orientation.Horizontal) == "Price"
    shown_price = picker.model.index(0, price_column).data()
    assert shown_price and picker.model.index(0, price_column).data(
        Qt.ItemDataRole.TextAlignmentRole
    ) & int(Qt.AlignmentFlag.AlignRight)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(page) == [("SKU-KETTLE", 1, "")] and page.is_ready())
    assert page.picker is None and QApplication.focusWidget() is page.scan_field
    cart = page.cart.model
    assert cart.index(0, cart.columnCount() - 1).data() == shown_price  # what the sale charges

    qtbot.keyClicks(page.scan_field, BARCODES["SKU-CABLE"])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(rows(page)) == 2 and page.is_ready())
    key(qtbot, Qt.Key.Key_Up)  # highlight the kettle, without leaving the scan field
    assert page.cart.selected_line().sku == "SKU-KETTLE"
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: rows(page) == [("SKU-CABLE", 1, "")] and page.is_ready())

    qtbot.keyClicks(page.scan_field, "0000000000000")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert "0000000000000" in page.error.text()
    assert rows(page) == [("SKU-CABLE", 1, "")]

    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: page.payment_dialog is not None)
    assert page.payment_dialog is not None
    qtbot.keyClick(page.payment_dialog, Qt.Key.Key_Escape)  # back to the sale, nothing sold
    qtbot.waitUntil(lambda: page.payment_dialog is None)
    assert rows(page) == [("SKU-CABLE", 1, "")] and page.receipt is None


def test_a_customer_cart_is_continued_even_when_scanning_at_once_or_a_new_one_started(
    desk: Desk, page: SalePage, qtbot: QtBot
) -> None:
    api, world = desk.api, desk.api.world
    ala = str(world.customers["ala"])
    cart_id = str(uuid.uuid4())
    web_command(api, "cart.open", {"cart_id": cart_id, "customer_id": ala, "currency": "PLN"})
    desk.sync()

    page.open_for(ala, None)
    qtbot.keyClicks(page.scan_field, BARCODES["SKU-KETTLE"])  # before the cart is on screen
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(page) == [("SKU-KETTLE", 1, "")] and page.is_ready())
    shown = page.cart_view
    assert shown is not None and str(shown.cart_id) == cart_id  # not a second cart
    assert page.cart_choice.isVisible() and page.cart_choice.count() == 2  # it, "New cart"

    page.cart_choice.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # "New cart" for the same customer
    qtbot.waitUntil(lambda: page.is_ready() and rows(page) == [])
    assert page.cart_choice.currentText() == "New cart" and "Ala Nowak" in (
        page.customer_button.text()
    )
    qtbot.keyClicks(page.scan_field, BARCODES["SKU-CABLE"])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(page) == [("SKU-CABLE", 1, "")] and page.is_ready())
    assert page.cart_view is not None and str(page.cart_view.cart_id) != cart_id
    assert page.cart_choice.count() == 3  # both open carts of Ala, and "New cart"

    desk.sync()
    open_carts = api.web("GET", f"/v1/web/customers/{ala}").json()["open_carts"]
    assert sorted(open_carts) == sorted([cart_id, str(page.cart_view.cart_id)])


def test_a_new_sale_gives_up_a_walk_in_cart_only_when_confirmed(
    desk: Desk, page: SalePage, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.scan_field, BARCODES["SKU-TV"])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(rows(page)) == 1 and page.is_ready())
    assert page.cart_view is not None
    walk_in_cart = str(page.cart_view.cart_id)

    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QMessageBox))
    key(qtbot, Qt.Key.Key_Escape)  # keep selling
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan_field)
    assert len(rows(page)) == 1

    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: page.is_ready() and rows(page) == [])
    assert page.cart_view is not None and page.cart_view.cart_id is None

    desk.sync()
    cart = desk.api.web("GET", f"/v1/web/carts/{walk_in_cart}").json()
    assert cart["cart"]["status"] == "abandoned"


# -- a sync while the page is on screen ----------------------------------------------------


def test_a_sync_re_reads_only_what_it_touched_keeping_the_line_and_the_quantity_typed(
    desk: Desk, page: SalePage, qtbot: QtBot
) -> None:
    api, world = desk.api, desk.api.world
    ala = str(world.customers["ala"])
    cart_id = str(uuid.uuid4())
    web_command(api, "cart.open", {"cart_id": cart_id, "customer_id": ala, "currency": "PLN"})
    for sku, quantity in (("SKU-TV", 1), ("SKU-CABLE", 2)):
        web_command(
            api,
            "cart.add_item",
            {
                "cart_id": cart_id,
                "line_id": str(uuid.uuid4()),
                "product_id": str(world.products[sku]),
                "quantity": quantity,
            },
        )
    desk.sync()
    page.open_for(ala, None)
    qtbot.waitUntil(lambda: page.is_ready() and len(rows(page)) == 2)
    key(qtbot, Qt.Key.Key_Up)  # the television, not the last line
    assert page.cart.selected_line().sku == "SKU-TV"
    key(qtbot, Qt.Key.Key_F6)
    qtbot.keyClicks(page.quantity, "4")  # being typed, not applied yet
    reads: list[None] = []
    page.cart_shown.connect(lambda: reads.append(None))

    for unrelated in (
        Touched.of_tables({"orders", "payments", "interactions"}),
        Touched.of_rows([("customers", world.customers["jan"])]),
        Touched.of_rows([("products", world.products["SKU-KETTLE"])]),
    ):
        page.replica_changed(unrelated)
    qtbot.waitUntil(lambda: pending_ops() == 0)
    assert reads == [] and page.is_ready()
    with qtbot.waitSignal(page.cart.stock_model.modelReset):  # the stock alone
        page.replica_changed(Touched.of_tables({"stock"}))
    qtbot.waitUntil(lambda: pending_ops() == 0)
    assert reads == []

    web_command(
        api,
        "cart.add_item",
        {
            "cart_id": cart_id,
            "line_id": str(uuid.uuid4()),
            "product_id": str(world.products["SKU-KETTLE"]),
            "quantity": 1,
        },
    )
    desk.sync()
    with qtbot.waitSignal(page.cart_shown):
        page.replica_changed(Touched.of_tables({"cart_lines"}))
    assert [sku for sku, _, _ in rows(page)] == ["SKU-TV", "SKU-CABLE", "SKU-KETTLE"]
    assert page.cart.selected_line().sku == "SKU-TV"  # still the line staff chose
    assert QApplication.focusWidget() is page.quantity and page.quantity.value() == 4
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(page)[0][:2] == ("SKU-TV", 4) and page.is_ready())
    assert len(reads) == 2  # the sync's, then the change's
