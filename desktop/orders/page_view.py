"""The pickup page's view: the find field, the queue, one order's detail, the last
hand-over's receipt and the messages. It lays them out and says what staff asked for
(its signals and the detail panel's); the page (`page.PickupPage`) decides what follows.

Keyboard first — see SHORTCUTS and the hint line at the bottom of the page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
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

from desktop.orders.detail_panel import OrderDetailPanel
from desktop.orders.done_panel import HandOverDonePanel
from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.queue_model import queue_model
from desktop.orders.records import DetailLine, OrderDetail, QueueFilter, QueueRow
from desktop.services.workspace import Workspace
from desktop.shared.empty_state import EmptyState
from desktop.shared.fit_columns import fit_columns
from desktop.shared.i18n import tr
from desktop.shared.page import Page

SHORTCUTS = {
    "find": "Ctrl+F",
    "ready": "Ctrl+R",
    "missing": "Ctrl+M",
    "change": "Ctrl+E",
    "pick": "Ctrl+Shift+P",
    "hand_over": "F12",
    "back": "Esc",
    "print": "Ctrl+P",
    "save": "Ctrl+S",
}


class PickupView(Page):
    """Emits `find_requested(text)`, `filter_changed`, `order_picked(order id)`; the detail
    panel's signals (`detail.mark_ready`, ...) say what staff asked of the order shown.
    `queue_shown` and `order_shown` follow each re-read put on screen."""

    queue_shown = Signal()  # the queue on screen was re-read from the replica
    order_shown = Signal()  # the order on screen was re-read from the replica
    find_requested = Signal(str)  # Enter in the find field (a number typed or scanned)
    filter_changed = Signal()
    order_picked = Signal(object)  # uuid.UUID: a queue row opened

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("pickupPage")
        self.rows: list[QueueRow] = []
        self._build()
        self._shortcuts()

    def title(self) -> str:
        return tr("Pickup")

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.find_field = QLineEdit()
        self.find_field.setObjectName("pickupFind")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setPlaceholderText(
            tr("Order number, or scan the QR code of the order confirmation (Ctrl+F)")
        )
        self.find_field.returnPressed.connect(
            lambda: self.find_requested.emit(self.find_field.text())
        )
        self.find_field.installEventFilter(self)
        self.filter = QComboBox()
        self.filter.setObjectName("pickupFilter")
        self.filter.addItem(tr("All waiting"), QueueFilter.ALL)
        self.filter.addItem(tr("To prepare"), QueueFilter.TO_PREPARE)
        self.filter.addItem(tr("Ready for pickup"), QueueFilter.READY)
        self.filter.currentIndexChanged.connect(lambda _: self.filter_changed.emit())
        top = QHBoxLayout()
        top.addWidget(self.find_field, 1)
        top.addWidget(self.filter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._queue())
        self.detail = OrderDetailPanel()
        self.stack.addWidget(self.detail)
        self.message = QLabel()
        self.message.setObjectName("pickupMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.done = HandOverDonePanel()
        self.done.failed.connect(lambda text: self.show_message(text, error=True))
        hint = QLabel(
            tr(
                "Ctrl+F find · ↓ into the queue · Enter open · Ctrl+R mark ready · Ctrl+M mark "
                "missing · Ctrl+E change order · Ctrl+Shift+P pick list · F12 hand over · Esc back "
                "to the queue · Ctrl+P "
                "print receipt · Ctrl+S save receipt PDF"
            )
        )
        hint.setObjectName("pickupShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.done)
        layout.addWidget(hint)

    def _queue(self) -> QWidget:
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
        # Narrow: no channel, then no items, no age; the customer's name always whole.
        fit_columns(self.table, (2, 6, 4), whole=(1,))
        self.table.activated.connect(lambda index: self._row_opened(index.row()))
        self.empty = EmptyState(self.table)  # its sentence comes with the first rows read
        self.count = QLabel()
        self.count.setObjectName("pickupCount")
        self.count.setProperty("kind", "muted")
        queue = QWidget()
        layout = QVBoxLayout(queue)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        return queue

    def _shortcuts(self) -> None:
        detail = self.detail
        slots: dict[str, Callable[[], Any]] = {
            "find": self.focus_find,
            "ready": detail.mark_ready.emit,
            "missing": detail.mark_missing.emit,
            "change": detail.change_order.emit,
            "pick": detail.print_pick_list.emit,
            "hand_over": detail.hand_over.emit,
            "back": self._escape,
            "print": self.done.print_receipt,
            "save": self.done.save_receipt,
        }
        for name, keys in SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[name])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.find_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not self.showing_order()
            and self.model.rowCount() > 0
        ):
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.table.selectRow(max(0, self.table.currentIndex().row()))
            return True
        return super().eventFilter(watched, event)

    def _row_opened(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.order_picked.emit(self.rows[row].order_id)

    def _escape(self) -> None:
        if self.showing_order():
            self.detail.closed.emit()
        else:
            self.find_field.clear()
            self.show_message("")

    # -- what is on screen --------------------------------------------------------------

    @property
    def order(self) -> OrderDetail | None:
        """The order on screen, if one is open."""
        return self.detail.detail if self.showing_order() else None

    @property
    def receipt(self) -> HandOverReceipt | None:
        """The receipt of the last hand-over done here."""
        return self.done.receipt

    def showing_order(self) -> bool:
        return self.stack.currentIndex() == 1

    def current_filter(self) -> QueueFilter:
        return QueueFilter(self.filter.currentData())

    def selected_line(self) -> DetailLine | None:
        return self.detail.selected_line()

    # -- setters ------------------------------------------------------------------------

    def show_rows(self, rows: Sequence[QueueRow]) -> None:
        """The queue re-read: the same order stays selected, the list where it was."""
        current = self.table.currentIndex().row()
        selected = self.rows[current].order_id if 0 <= current < len(self.rows) else None
        scrolled = self.table.verticalScrollBar().value()
        self.rows = list(rows)
        self.model.set_rows(self.rows)
        self.select_order(selected)
        self.table.verticalScrollBar().setValue(scrolled)
        self.count.setText(tr("%n order(s) waiting here", "", len(rows)))
        self.empty.set_text(self._empty_text())
        self.queue_shown.emit()

    def _empty_text(self) -> str:
        shown = self.current_filter()
        if shown is QueueFilter.TO_PREPARE:
            return tr("No orders to prepare. New orders for this store appear as they come in.")
        if shown is QueueFilter.READY:
            return tr(
                "No orders ready for pickup. Mark an order ready (Ctrl+R) once it is prepared."
            )
        return tr("No orders waiting here. New orders for this store appear as they come in.")

    def select_order(self, order_id: uuid.UUID | None) -> None:
        """Select the queue's row of `order_id` (if it is in the queue)."""
        row = next((n for n, r in enumerate(self.rows) if r.order_id == order_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def show_order(self, detail: OrderDetail) -> None:
        self.detail.show_order(detail)
        if not self.showing_order():
            self.stack.setCurrentIndex(1)
            self.detail.lines.setFocus(Qt.FocusReason.OtherFocusReason)
        self.order_shown.emit()

    def show_queue(self) -> None:
        self.stack.setCurrentIndex(0)
        self.focus_find()

    def focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def select_find_text(self) -> None:
        """What was entered stays, selected: the next scan replaces it."""
        self.find_field.selectAll()

    def focus_after_dialog(self) -> None:
        """A dialog closed: back to where work goes on."""
        self.window().activateWindow()
        if self.showing_order():
            self.detail.lines.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_find()

    def show_receipt(self, receipt: HandOverReceipt) -> None:
        self.done.show_receipt(receipt)

    def hide_receipt(self) -> None:
        self.done.hide()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("kind", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
