"""The desk's queue: a filter, a search field and the applications. Keyboard first, like
the till: typing goes to the search, Up/Down move in the list, Enter opens. Widgets only;
`ApplicationsController` decides what they show."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.applications.filters import Filter
from desktop.applications.queue_model import queue_model
from desktop.applications.records import QueueRow
from desktop.shared.empty_state import EmptyState
from desktop.shared.fit_columns import fit_columns
from desktop.shared.i18n import N_, tr
from desktop.shared.paged_model import ROW_ROLE, keep_place

FILTERS = (
    (Filter.OPEN, N_("All open")),
    (Filter.ONLINE, N_("Started online")),
    (Filter.PHONE, N_("By phone")),
    (Filter.HERE, N_("Started here")),
    (Filter.WAITING_DOCUMENTS, N_("Waiting for documents")),
    (Filter.STALLED, N_("Stalled")),
    (Filter.READY_TO_SIGN, N_("Ready to sign")),
    (Filter.WAITING_APPROVAL, N_("Waiting for approval")),
    (Filter.APPROVED, N_("Approved")),
)

_EMPTY = {
    Filter.OPEN: N_("No open applications here."),
    Filter.ONLINE: N_("No open application was started online."),
    Filter.PHONE: N_("No open application was started by phone."),
    Filter.HERE: N_("No open application was started here."),
    Filter.WAITING_DOCUMENTS: N_("No application is waiting for documents."),
    Filter.STALLED: N_("No application is stalled."),
    Filter.READY_TO_SIGN: N_("No application is ready to sign."),
    Filter.WAITING_APPROVAL: N_("No application is waiting for approval."),
    Filter.APPROVED: N_("No application approved yet."),
}

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}


class SearchField(QLineEdit):
    """Up/Down (and Page Up/Down) move in the list; Enter opens."""

    step = Signal(int)
    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _MOVES:
            self.step.emit(_MOVES[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return
        super().keyPressEvent(event)


class QueueView(QWidget):
    """Says what staff ask for: a filter, a search text, to open an application."""

    filter_changed = Signal(object)  # Filter
    search_changed = Signal(str)
    search_entered = Signal(str)  # Enter in the search field
    open_requested = Signal(object)  # the application's id (UUID)
    selected_changed = Signal(object)  # QueueRow | None
    new_requested = Signal()  # New…: an application for a customer to choose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationsQueue")
        self.filter = QComboBox()
        self.filter.setObjectName("applicationsFilter")
        for value, text in FILTERS:
            self.filter.addItem(tr(text), value)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.filter_changed.emit(self.current_filter())
        )
        self.search = SearchField()
        self.search.setObjectName("applicationsSearch")
        self.search.setPlaceholderText(
            tr("Application number, QR code, customer name, phone or number")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_changed)
        self.search.step.connect(self.step)
        self.search.entered.connect(lambda: self.search_entered.emit(self.search.text()))
        self.model = queue_model(self)
        self.table = QTableView()
        self.table.setObjectName("applicationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The stage takes the rest, elided when narrow (whole in its tooltip).
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        keep_place(self.table)
        # Narrow: no time of the last change, then no next step, product, channel, amount;
        # the number, the customer's name (always whole) and the stage stay.
        fit_columns(self.table, (6, 7, 2, 4, 3), whole=(1, 5))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selected_changed.emit(self.selected())
        )
        self.table.installEventFilter(self)
        self.empty = EmptyState(self.table, tr(_EMPTY[Filter.OPEN]))
        self.count = QLabel()
        self.count.setObjectName("applicationsCount")
        self.count.setProperty("kind", "muted")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter)
        self.new_button = QPushButton(tr("&New…"))
        self.new_button.setObjectName("newApplicationButton")
        self.new_button.setToolTip(tr("A new application: choose the customer (Ctrl+Shift+A)"))
        self.new_button.clicked.connect(self.new_requested)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.search)

    # -- what staff ask for -------------------------------------------------------------

    def current_filter(self) -> Filter:
        return Filter(self.filter.currentData())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing in the list goes to the search field."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if (
                text
                and text.isprintable()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                self.search.insert(text)
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, QueueRow):
            self.open_requested.emit(row.id)

    def step(self, delta: int) -> None:
        """Move the highlighted row by `delta` (from the search field)."""
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        target = 0 if current < 0 else max(0, min(rows - 1, current + delta))
        self.table.selectRow(target)

    # -- what the controller shows ------------------------------------------------------

    def selected(self) -> QueueRow | None:
        rows = self.table.selectionModel().selectedRows()
        found = rows[0].data(ROW_ROLE) if rows else None
        return found if isinstance(found, QueueRow) else None

    def show_rows(self, rows: list[QueueRow], selected: uuid.UUID | None, searching: bool) -> None:
        self.model.set_rows(rows)
        if searching:
            self.empty.set_text(tr("No application matches this search."))
        else:
            self.empty.set_text(tr(_EMPTY[self.current_filter()]))
        for number, row in enumerate(rows):
            if row.id == selected:
                self.table.selectRow(number)
                break
        else:
            if rows and (searching or selected is None):
                self.table.selectRow(0)
        self.count.setText(tr("%n application(s)", "", len(rows)))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
