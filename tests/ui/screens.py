"""Screens as staff see them: what is cut or clipped on a window, and every text it shows.

`clipped(window)` walks the visible widgets of a window and says, for each, what does not
fit: a button's text wider than its contents, a label wider (or, wrapped, taller) than
itself, a table header wider than its column, tabs elided or scrolled, a check box cut, a
horizontal scroll bar. `visible_texts(window)` lists what a person can read on it.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import Desktop
from desktop.applications.page import ApplicationsPage
from desktop.customers.customer_form import CustomerForm
from desktop.customers.page import CustomersPage
from desktop.orders.page import PickupPage
from desktop.prices.page import PricesPage
from desktop.resources import stylesheet
from desktop.returns.page import ReturnsPage
from desktop.sale.page import SalePage
from desktop.services.ops import pending_ops
from desktop.sync_centre.page import SyncCentrePage
from desktop.ui.enrol_dialog import EnrolDialog
from desktop.ui.pin_change import PinChangeDialog
from desktop.ui.unlock_dialog import UnlockDialog
from sync import model as m
from sync.rules.returns import ItemCondition
from tests.client.helpers import sale_args
from tests.ui.conftest import Desk
from tests.ui.test_pickup import WEB_ORDERS, web_order
from tests.ui.test_returns import collected_web_order
from tests.ui.test_sale import BARCODES

SMALL = QSize(1366, 768)  # a till's screen
LARGE = QSize(1920, 1080)


@dataclass(frozen=True)
class Clipped:
    """One text that does not fit: where, what, and how much room it needs and has."""

    screen: str
    widget: str
    name: str
    text: str
    needed: int
    available: int

    def __str__(self) -> str:
        return (
            f"{self.screen}: {self.widget}#{self.name} {self.text!r} "
            f"needs {self.needed}px, has {self.available}px"
        )


def plain(text: str) -> str:
    """A widget's text as read: mnemonics' & removed, `&&` kept as one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def widgets(window: QWidget) -> Iterator[QWidget]:
    """The window and every widget in it that is on screen."""
    if shown(window):
        yield window
    for child in window.findChildren(QWidget):
        if shown(child) and child.window() is window:
            yield child


def _button(button: QAbstractButton) -> tuple[int, int] | None:
    text = plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if isinstance(button, QCheckBox | QRadioButton):
        return button.sizeHint().width(), button.width()
    if isinstance(button, QToolButton):
        style = button.toolButtonStyle()
        if style == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        return button.sizeHint().width(), button.width()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        if button.menu() is not None:
            needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        return needed, contents.width()
    return None


def _label(label: QLabel) -> tuple[int, int] | None:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return (needed, label.height()) if needed > label.height() else None
    return label.sizeHint().width(), label.width()


def _header(header: QHeaderView) -> Iterator[tuple[str, int, int]]:
    """Each column whose header (its text, the style's padding and bold) is wider than it."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    for section in range(header.count()):
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if header.isSectionHidden(section) or not text:
            continue
        needed = header.sectionSizeFromContents(section).width()
        yield text, needed, header.sectionSize(section)


def _tabs(bar: QTabBar) -> Iterator[tuple[str, int, int]]:
    scrolled = any(isinstance(child, QToolButton) and child.isVisible() for child in bar.children())
    natural = bar.sizeHint().width()
    if scrolled or natural > bar.width():
        texts = " | ".join(bar.tabText(i) for i in range(bar.count()))
        yield texts, natural, bar.width()


def clipped(window: QWidget, screen: str, size: QSize = SMALL) -> list[Clipped]:
    """Every text on `window` that is cut, elided or needs horizontal scrolling."""
    found: list[Clipped] = []

    def note(widget: QWidget, text: str, needed: int, available: int) -> None:
        if needed > available:
            name = widget.objectName()
            found.append(Clipped(screen, type(widget).__name__, name, text, needed, available))

    if window.isWindow() and isinstance(window, QMainWindow):
        note(window, "window size", window.width(), size.width())
        note(window, "window height", window.height(), size.height())
    for widget in widgets(window):
        if isinstance(widget, QAbstractButton):
            sizes = _button(widget)
            if sizes is not None:
                note(widget, plain(widget.text()), *sizes)
        elif isinstance(widget, QLabel):
            sizes = _label(widget)
            if sizes is not None:
                note(widget, widget.text(), *sizes)
        elif isinstance(widget, QHeaderView):
            for text, needed, available in _header(widget):
                note(widget, text, needed, available)
        elif isinstance(widget, QTabBar):
            for text, needed, available in _tabs(widget):
                note(widget, text, needed, available)
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(plain(widget.title())) + 16
            note(widget, widget.title(), needed, widget.width())
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            note(
                widget,
                "horizontal scroll bar",
                widget.horizontalScrollBar().maximum() + widget.viewport().width(),
                widget.viewport().width(),
            )
    return found


# -- what a person reads ---------------------------------------------------------------------


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    """A list's or a table's headers and the text of its cells (the first 200 rows)."""
    model = view.model()
    if model is None:
        return
    table = view if isinstance(view, QTableView) else None
    columns = [
        column
        for column in (range(model.columnCount()) if table else range(1))
        if table is None or not table.isColumnHidden(column)
    ]
    if table is not None and table.horizontalHeader().isVisible():
        for column in columns:
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(), 200)):
        if isinstance(view, QListView) and view.isRowHidden(row):
            continue
        for column in columns:
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value


def visible_texts(window: QWidget) -> list[str]:
    """Every text on `window` a person can read: titles, labels, buttons, fields' hints,
    tables' headers and cells, the status bar's."""
    texts: list[str] = [window.windowTitle()]
    for widget in widgets(window):
        if isinstance(widget, QAbstractButton):
            texts.append(plain(widget.text()))
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(plain(widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget))
    return [text for text in texts if text and text.strip()]


# -- the screens of the cashier's journeys and the rest, each in a state with data -----------

READY = "ready_for_pickup"
JOURNEYS = ("sale", "pickup", "returns", "sync")  # the cashier's, where no English may show


@dataclass
class Screen:
    """A window as it stands now, and the work area it belongs to."""

    name: str
    area: str
    window: QWidget


@contextlib.contextmanager
def styled(app: QApplication) -> Iterator[None]:
    """The app's own look (Fusion and its stylesheet), as `omnidesk` starts it."""
    style, sheet = app.style().name(), app.styleSheet()
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    try:
        yield
    finally:
        app.setStyleSheet(sheet)
        app.setStyle(style)


def settle(qtbot: QtBot) -> None:
    """Background work answered and layouts applied."""
    qtbot.waitUntil(lambda: pending_ops() == 0, timeout=15_000)
    for _ in range(3):  # answers shown, then the layouts they changed
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def open_desktop(desk: Desk, qtbot: QtBot, size: QSize = SMALL) -> Desktop:
    """The whole app filling a screen of `size`, the desk's person signed in."""
    app = Desktop(desk.profile, desk.credentials, start_sync=False)
    qtbot.addWidget(app.window)
    app.window.resize(size)
    app.window.show()
    qtbot.waitExposed(app.window)
    qtbot.waitUntil(lambda: app.window.size() == size)
    assert desk.workspace.staff is not None
    app.enter(desk.workspace.staff)
    settle(qtbot)
    return app


def _dialog(widget: QWidget, qtbot: QtBot) -> QWidget:
    """A dialog shown (not run) at its natural size."""
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot)
    return widget


def sale_screens(app: Desktop, desk: Desk, qtbot: QtBot) -> Iterator[Screen]:
    window = app.window
    page = window.show_page("sale")
    assert isinstance(page, SalePage)
    qtbot.waitUntil(page.is_ready)
    settle(qtbot)
    yield Screen("sale, empty", "sale", window)
    page.open_for(str(desk.api.world.customers["ala"]), None)
    qtbot.waitUntil(lambda: page.is_ready() and page.cart_view is not None)
    for barcode in [*BARCODES.values(), BARCODES["SKU-TV"], BARCODES["SKU-TV"]]:
        page.scan_field.setText(barcode)
        page.scan_field.returnPressed.emit()
        qtbot.waitUntil(page.is_ready)
    qtbot.waitUntil(lambda: page.cart.model.rowCount() == len(BARCODES))
    page.cart.table.selectRow(0)
    settle(qtbot)
    yield Screen("sale, a cart of a customer", "sale", window)
    page.controller.pay()
    qtbot.waitUntil(lambda: page.payment_dialog is not None and page.payment_dialog.isVisible())
    assert page.payment_dialog is not None
    yield Screen("payment", "sale", _dialog(page.payment_dialog, qtbot))
    page.payment_dialog.reject()
    qtbot.waitUntil(lambda: page.payment_dialog is None)
    page.controller.edits.find_product("kettle")
    picker = page.picker
    assert picker is not None
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    yield Screen("product picker", "sale", _dialog(picker, qtbot))
    picker.reject()
    qtbot.waitUntil(lambda: page.picker is None)
    page.controller.pay()
    qtbot.waitUntil(lambda: page.payment_dialog is not None and page.payment_dialog.isVisible())
    payment = page.payment_dialog
    assert payment is not None
    payment.cash.setText("99999")
    with qtbot.waitSignal(page.sale_completed, timeout=15_000):
        qtbot.keyClick(payment.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.is_ready() and page.done.isVisible())
    settle(qtbot)
    yield Screen("sale, done: the change and the receipt", "sale", window)


def pickup_screens(app: Desktop, desk: Desk, qtbot: QtBot) -> Iterator[Screen]:
    window = app.window
    placed = web_order(desk.api, {"SKU-KETTLE": 1, "SKU-CABLE": 2})
    web_order(desk.api, {"SKU-TV": 1}, prepaid=True, customer="ala")
    web_order(desk.api, {"SKU-TV": 6, "SKU-KETTLE": 2})  # a large sum to pay on pickup
    desk.sync()
    page = window.show_page("pickup")
    assert isinstance(page, PickupPage)
    page.replica_changed(WEB_ORDERS)
    qtbot.waitUntil(lambda: page.is_ready() and page.model.rowCount() > 0)
    settle(qtbot)
    yield Screen("pickup, the queue", "pickup", window)
    page.look_up(placed["order_number"])
    qtbot.waitUntil(lambda: page.is_ready() and page.order is not None)
    settle(qtbot)
    yield Screen("pickup, an order placed", "pickup", window)
    page.hand_over()  # not prepared yet: the till asks first
    question = page.handing.question
    assert question is not None
    yield Screen("hand over before it is ready", "pickup", _dialog(question, qtbot))
    question.reject()
    qtbot.waitUntil(lambda: page.handing.question is None)
    page.mark_ready()
    qtbot.waitUntil(
        lambda: page.is_ready() and page.order is not None and page.order.status == READY
    )
    settle(qtbot)
    yield Screen("pickup, an order ready", "pickup", window)
    page.hand_over()
    qtbot.waitUntil(lambda: page.handing.dialog is not None and page.handing.dialog.isVisible())
    assert page.handing.dialog is not None
    yield Screen("hand-over", "pickup", _dialog(page.handing.dialog, qtbot))
    page.handing.dialog.reject()
    qtbot.waitUntil(lambda: page.handing.dialog is None)
    page.change_order()
    dialog = page.change_dialog
    assert dialog is not None
    settle(qtbot)
    yield Screen("change order", "pickup", _dialog(dialog, qtbot))
    dialog.reject()
    qtbot.waitUntil(lambda: page.change_dialog is None)


def returns_screens(app: Desktop, desk: Desk, qtbot: QtBot) -> Iterator[Screen]:
    window = app.window
    _, number = collected_web_order(desk.api, quantity=2, closed_days_ago=45)  # late
    desk.sync()
    page = window.show_page("returns")
    assert isinstance(page, ReturnsPage)
    qtbot.waitUntil(page.is_ready)
    yield Screen("returns, find", "returns", window)
    page.find_panel.field.setText(number)
    with qtbot.waitSignal(page.order_shown, timeout=15_000):
        page.find_panel.field.returnPressed.emit()
    lines = page.form.lines
    row = lines.row_of_sku("SKU-KETTLE")
    lines.set_quantity(row, 1)
    lines.set_condition(row, ItemCondition.SELLABLE)
    page.form.reason.setText("—")
    settle(qtbot)
    yield Screen("returns, an order found", "returns", window)
    page.form.confirm_button.click()
    qtbot.waitUntil(lambda: page.approval is not None and page.approval.isVisible())
    assert page.approval is not None
    yield Screen("manager approval", "returns", _dialog(page.approval, qtbot))
    page.approval.reject()
    qtbot.waitUntil(lambda: page.approval is None)


def sync_screens(app: Desktop, desk: Desk, qtbot: QtBot) -> Iterator[Screen]:
    window = app.window
    page = window.show_page("sync")
    assert isinstance(page, SyncCentrePage)
    with desk.api.db.write() as session:
        cable = session.get(m.Product, desk.api.world.products["SKU-CABLE"])
        assert cable is not None
        cable.active = False  # the server refuses a sale of cables now
    desk.workspace.apply("sale.complete", sale_args(desk.api))
    desk.sync()
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.attention_model.rowCount() == 1)
    page.attention_view.selectRow(0)
    settle(qtbot)
    yield Screen("sync centre, a refused change", "sync", window)
    page.fix_button.click()
    qtbot.waitUntil(lambda: page.fix_dialog is not None and page.fix_dialog.isVisible())
    assert page.fix_dialog is not None
    yield Screen("fix a refused change", "sync", _dialog(page.fix_dialog, qtbot))
    page.fix_dialog.reject()
    qtbot.waitUntil(lambda: page.fix_dialog is None)


def customer_screens(app: Desktop, desk: Desk, qtbot: QtBot) -> Iterator[Screen]:
    window = app.window
    page = window.show_page("customers")
    assert isinstance(page, CustomersPage)
    page.search.field.setText("Nowak")
    page.search.run_query()
    page.show_customer(str(desk.api.world.customers["ala"]))
    qtbot.waitUntil(lambda: page.profile.overview is not None)
    tabs = page.profile.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot)
        yield Screen(f"customer 360, tab {index}", "customers", window)
    for form in (CustomerForm("PL", parent=window), CustomerForm("IT", parent=window)):
        yield Screen("customer form", "customers", _dialog(form, qtbot))
        form.close()


def sign_in_dialogs(window: QWidget, qtbot: QtBot) -> Iterator[Screen]:
    def refuse(*_: object) -> Any:
        raise AssertionError("not asked in this test")

    for dialog in (
        PinChangeDialog("cashier.waw", refuse, window),
        UnlockDialog("cashier.waw", refuse, window),
        EnrolDialog(refuse, window),
    ):
        yield Screen(dialog.windowTitle(), "sign-in", _dialog(dialog, qtbot))
        dialog.close()


def cashier_screens(app: Desktop, desk: Desk, qtbot: QtBot) -> Iterator[Screen]:
    """The cashier's journeys with data: a sale, a pickup, a return, the sync centre."""
    yield from sale_screens(app, desk, qtbot)
    yield from pickup_screens(app, desk, qtbot)
    yield from returns_screens(app, desk, qtbot)
    yield from sync_screens(app, desk, qtbot)


def applications_screens(app: Desktop, desk: Desk, qtbot: QtBot) -> Iterator[Screen]:
    """The applications desk at a branch: the queue, an application opened, and its
    change-offer dialog."""
    application_id = uuid.uuid4()
    desk.workspace.apply(
        "application.start",
        {
            "application_id": str(application_id),
            "customer_id": str(desk.api.world.customers["ewa"]),
            "kind": "loan",
            "branch_store_id": str(desk.api.world.stores["PL-WAW-B1"]),
            "fields": {"first_name": "Ewa", "amount": "20000.00", "term_months": 36},
        },
    )
    window = app.window
    page = window.show_page("applications")
    assert isinstance(page, ApplicationsPage)
    page.activated()  # already on screen (an advisor's first page): read the new one
    qtbot.waitUntil(lambda: page.queue.model.rowCount() == 1)
    settle(qtbot)
    yield Screen("applications queue", "applications", window)
    page.controller.open_application(application_id)
    qtbot.waitUntil(lambda: page.controller.detail is not None and page.is_ready())
    settle(qtbot)
    yield Screen("application opened", "applications", window)
    page.detail.change_offer.click()
    dialog = page.controller.dialog
    yield Screen("change offer", "applications", _dialog(dialog, qtbot))
    dialog.reject()
    qtbot.waitUntil(lambda: page.controller.dialog is None)


def prices_screens(app: Desktop, qtbot: QtBot) -> Iterator[Screen]:
    window = app.window
    page = window.show_page("prices")
    assert isinstance(page, PricesPage)
    qtbot.waitUntil(lambda: page.price_list.count() > 0)
    with qtbot.waitSignal(page.products_found):
        qtbot.keyClicks(page.search, "Television")
    settle(qtbot)
    yield Screen("prices", "prices", window)
