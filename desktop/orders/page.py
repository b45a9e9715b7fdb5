"""The pickup work area: the store's queue of orders to collect here, from every channel;
finding one by number or QR code, preparing it and handing it over.

Reads and changes run in the background (changes in order, through a ChangeQueue); the
order and the queue are then re-read from the replica. Keyboard first — see SHORTCUTS
and the hint line at the bottom of the page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.orders.change_dialog import ChangeOrderDialog
from desktop.orders.detail_panel import OrderDetailPanel
from desktop.orders.done_panel import HandOverDonePanel
from desktop.orders.handing_over import HandingOver
from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.order_change import ChangeOutcome
from desktop.orders.pick_list import print_pick_list
from desktop.orders.preparing import Preparing
from desktop.orders.queries import (
    OrderDetail,
    QueueFilter,
    QueueRow,
    find_order,
    load_order,
    load_queue,
)
from desktop.orders.queue_model import queue_model
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.formatting import money
from desktop.shared.page import Destination, OpenOrder, Page
from desktop.ui.errors import explain
from sync.client.touched import Touched
from sync.commands.permissions import SELLERS
from sync.model import Role
from sync.order_codes import order_number_from_scan

SHORTCUTS = {"find": "Ctrl+F", "ready": "Ctrl+R", "missing": "Ctrl+M", "change": "Ctrl+E",
             "pick": "Ctrl+Shift+P", "hand_over": "F12", "back": "Esc", "print": "Ctrl+P",
             "save": "Ctrl+S"}


class PickupPage(Page):
    """Orders collected at this store: queue, find, prepare, hand over (sellers)."""

    key = "pickup"
    icon_name = "pickup"
    # Store staff: a field rep's laptop has no store to collect orders at.
    roles = frozenset(role.value for role in SELLERS if role is not Role.FIELD_REP)
    watches = frozenset({"orders", "order_lines", "customers", "stock", "products"})

    queue_shown = Signal()  # the queue on screen was re-read from the replica
    order_shown = Signal()  # the order on screen was re-read from the replica
    handed_over = Signal(object)  # HandOverReceipt
    order_changed = Signal(object)  # ChangeOutcome

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("pickupPage")
        self.changes = ChangeQueue(self)
        self._reading = 0  # reads in flight
        self._queue_asked = 0
        self._order_asked = 0
        self._order_id: uuid.UUID | None = None
        self.change_dialog: ChangeOrderDialog | None = None
        self.rows: list[QueueRow] = []
        self._build()
        self.preparing = Preparing(workspace, self.changes, self)
        self.preparing.changed.connect(self._changed)
        self.preparing.refused.connect(self._refused)
        self.handing = HandingOver(workspace, self.changes, self.preparing, self)
        self.handing.done.connect(self._handed)
        self.handing.refused.connect(lambda _: self.replica_changed())  # shown in its dialog
        self.handing.closed.connect(self._back_from_dialog)
        self._shortcuts()

    def title(self) -> str:
        return self.tr("Pickup")

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.find_field = QLineEdit()
        self.find_field.setObjectName("pickupFind")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setPlaceholderText(self.tr(
            "Order number, or scan the QR code of the order confirmation (Ctrl+F)"))
        self.find_field.returnPressed.connect(lambda: self.find(self.find_field.text()))
        self.find_field.installEventFilter(self)
        self.filter = QComboBox()
        self.filter.setObjectName("pickupFilter")
        self.filter.addItem(self.tr("All waiting"), QueueFilter.ALL)
        self.filter.addItem(self.tr("To prepare"), QueueFilter.TO_PREPARE)
        self.filter.addItem(self.tr("Ready for pickup"), QueueFilter.READY)
        self.filter.currentIndexChanged.connect(lambda _: self.reload_queue())
        top = QHBoxLayout()
        top.addWidget(self.find_field, 1)
        top.addWidget(self.filter)
        self.model = queue_model(self)
        self.table = QTableView()
        self.table.setObjectName("pickupQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the customer
        self.table.activated.connect(lambda index: self._row_opened(index.row()))
        self.count = QLabel()
        self.count.setObjectName("pickupCount")
        self.count.setProperty("kind", "muted")
        queue = QWidget()
        queue_layout = QVBoxLayout(queue)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.table, 1)
        queue_layout.addWidget(self.count)
        self.detail = OrderDetailPanel()
        self.detail.closed.connect(self.back_to_queue)
        self.detail.mark_ready.connect(self.mark_ready)
        self.detail.mark_missing.connect(self.mark_missing)
        self.detail.change_order.connect(self.change_order)
        self.detail.print_pick_list.connect(self.print_pick_list)
        self.detail.hand_over.connect(self.hand_over)
        self.stack = QStackedWidget()
        self.stack.addWidget(queue)
        self.stack.addWidget(self.detail)
        self.message = QLabel()
        self.message.setObjectName("pickupMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.done = HandOverDonePanel()
        self.done.failed.connect(lambda text: self._show_message(text, error=True))
        hint = QLabel(self.tr(
            "Ctrl+F find · ↓ into the queue · Enter open · Ctrl+R mark ready · Ctrl+M mark "
            "missing · Ctrl+E change order · Ctrl+Shift+P pick list · F12 hand over · Esc back "
            "to the queue · Ctrl+P "
            "print receipt · Ctrl+S save receipt PDF"))
        hint.setObjectName("pickupShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.done)
        layout.addWidget(hint)

    def _shortcuts(self) -> None:
        slots: dict[str, Callable[[], Any]] = {
            "find": self.focus_find, "ready": self.mark_ready, "missing": self.mark_missing,
            "change": self.change_order, "pick": self.print_pick_list,
            "hand_over": self.hand_over, "back": self._escape,
            "print": self.done.print_receipt, "save": self.done.save_receipt}
        for name, keys in SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[name])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.find_field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.stack.currentIndex() == 0 and self.model.rowCount() > 0):
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.table.selectRow(max(0, self.table.currentIndex().row()))
            return True
        return super().eventFilter(watched, event)

    # -- what the main window calls -----------------------------------------------------

    def activated(self) -> None:
        self.replica_changed()
        self.focus_find()

    def open(self, destination: Destination) -> None:
        if isinstance(destination, OpenOrder) and destination.page == self.key:
            self.open_order(destination.order_id)

    def focus_main(self) -> None:
        self.focus_find()

    def replica_changed(self, touched: Touched | None = None) -> None:
        self.reload_queue()
        if self._order_id is not None:
            self._load_order(self._order_id)

    def open_order(self, order_id: str | uuid.UUID) -> None:
        """Show one order (from the customer 360, or found here)."""
        self._order_id = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(order_id)
        self._show_message("")
        self._load_order(self._order_id)

    def focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def is_ready(self) -> bool:
        """No read or change in flight: what is on screen is current (tests wait for it)."""
        return self._reading == 0 and not self.changes.busy()

    @property
    def order(self) -> OrderDetail | None:
        """The order on screen, if one is open."""
        return self.detail.detail if self.stack.currentIndex() == 1 else None

    @property
    def receipt(self) -> HandOverReceipt | None:
        """The receipt of the last hand-over done here."""
        return self.done.receipt

    # -- reading ------------------------------------------------------------------------

    def _read(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._reading += 1

        def done(result: Any) -> None:
            self._reading -= 1
            on_done(result)

        def failed(error: BaseException) -> None:
            self._reading -= 1
            self._show_message(explain(error), error=True)

        run_in_background(fn, done, failed)

    def reload_queue(self) -> None:
        self._queue_asked += 1
        asked, which = self._queue_asked, QueueFilter(self.filter.currentData())

        def load() -> list[QueueRow]:
            with self.workspace.read() as session:
                return load_queue(session, which)

        self._read(load, lambda rows: self._queue_loaded(asked, rows))

    def _queue_loaded(self, asked: int, rows: list[QueueRow]) -> None:
        if asked != self._queue_asked:
            return  # an older read answered after a newer one was asked
        current = self.table.currentIndex().row()
        selected = self.rows[current].order_id if 0 <= current < len(self.rows) else None
        self.rows = rows
        self.model.set_rows(rows)
        row = next((n for n, r in enumerate(rows) if r.order_id == selected), -1)
        if row >= 0:
            self.table.selectRow(row)
        self.count.setText(self.tr("{count} orders waiting here").format(count=len(rows)))
        self.queue_shown.emit()

    def _row_opened(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_order(self.rows[row].order_id)

    def _load_order(self, order_id: uuid.UUID) -> None:
        self._order_asked += 1
        asked = self._order_asked

        def load() -> OrderDetail | None:
            with self.workspace.read() as session:
                return load_order(session, order_id)

        self._read(load, lambda detail: self._order_loaded(asked, detail))

    def _order_loaded(self, asked: int, detail: OrderDetail | None) -> None:
        if asked != self._order_asked:
            return
        if detail is None:
            self._order_id = None
            self._show_message(self.tr("This order is not on this till."), error=True)
            self.back_to_queue()
            return
        self._order_id = detail.order_id
        self.detail.show_order(detail)
        if self.stack.currentIndex() != 1:
            self.stack.setCurrentIndex(1)
            self.detail.lines.setFocus(Qt.FocusReason.OtherFocusReason)
        self.order_shown.emit()
        self.handing.order_loaded(detail)

    def find(self, text: str) -> None:
        """Open the order whose number (typed or scanned from its QR code) is `text`."""
        if not text.strip():
            return
        number = order_number_from_scan(text)
        self.find_field.selectAll()
        if number is None:
            self._show_message(self.tr("“{text}” is not an order number or an order's QR "
                                       "code.").format(text=text.strip()), error=True)
            return

        def look() -> OrderDetail | None:
            with self.workspace.read() as session:
                return find_order(session, number)

        self._read(look, lambda detail: self._found(number, detail))

    def _found(self, number: str, detail: OrderDetail | None) -> None:
        if detail is None:
            self._show_message(self.tr(
                "No order {number} on this till: check the number. An order placed a "
                "moment ago arrives with the next sync.").format(number=number), error=True)
            return
        self._show_message("" if detail.waiting else self.tr(
            "Order {number} is not waiting for pickup here; shown read-only.").format(
                number=number))
        self._order_id = detail.order_id
        self._order_loaded(self._order_asked, detail)

    def back_to_queue(self) -> None:
        self._order_id = None
        self.stack.setCurrentIndex(0)
        self.focus_find()

    def _escape(self) -> None:
        if self.stack.currentIndex() == 1:
            self.back_to_queue()
        else:
            self.find_field.clear()
            self._show_message("")

    # -- changing -----------------------------------------------------------------------

    def mark_ready(self) -> None:
        if self.order is not None:
            self.preparing.mark_ready(self.order)

    def mark_missing(self) -> None:
        if self.order is None:
            return
        line = self.detail.selected_line()
        if line is None:
            self._show_message(self.tr("Choose the line with missing units first."),
                               error=True)
            return
        self.preparing.ask_missing(self.order, line)

    def print_pick_list(self) -> None:
        """Print what to fetch from the shelves for the order on screen."""
        if self.order is not None and self.order.waiting:
            print_pick_list(self.order, self)

    def change_order(self) -> None:
        """Open "Change order" for the order on screen, if it can still be changed here."""
        order = self.order
        if order is None or not order.waiting or any(line.handed_over
                                                     for line in order.lines):
            return
        if self.change_dialog is not None:
            self.change_dialog.raise_()
            return
        dialog = ChangeOrderDialog(self.workspace, order, self.changes, self)
        dialog.changed.connect(lambda outcome: self._order_was_changed(order, outcome))
        dialog.finished.connect(lambda _: self._change_closed(dialog))
        self.change_dialog = dialog
        self.done.hide()
        dialog.open()

    def _change_closed(self, dialog: ChangeOrderDialog) -> None:
        if self.change_dialog is dialog:
            self.change_dialog = None
        dialog.deleteLater()
        self._back_from_dialog()

    def _order_was_changed(self, order: OrderDetail, outcome: ChangeOutcome) -> None:
        currency = outcome.currency
        text = self.tr("Order {number} changed: new total {total}").format(
            number=outcome.order_number or order.number, total=money(outcome.total, currency))
        if outcome.refunded > 0:
            text += self.tr("; refunded {amount}").format(
                amount=money(outcome.refunded, currency))
        if outcome.change_due > 0:
            text += self.tr("; change to give {amount}").format(
                amount=money(outcome.change_due, currency))
        if outcome.due > 0:
            text += self.tr("; {amount} due at pickup").format(
                amount=money(outcome.due, currency))
        self._show_message(text + ".")
        self.replica_changed()
        self.order_changed.emit(outcome)

    def hand_over(self) -> None:
        if self.order is not None:
            self.done.hide()
            self.handing.start(self.order)

    def _changed(self, message: str) -> None:
        self._show_message(message)
        self.replica_changed()

    def _refused(self, error: BaseException) -> None:
        self._show_message(explain(error), error=True)
        self.replica_changed()

    def _handed(self, receipt: HandOverReceipt) -> None:
        self.done.show_receipt(receipt)
        self._show_message("")
        self.back_to_queue()
        self.reload_queue()
        self.handed_over.emit(receipt)

    def _back_from_dialog(self) -> None:
        self.window().activateWindow()
        if self.stack.currentIndex() == 1:
            self.detail.lines.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_find()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("kind", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
