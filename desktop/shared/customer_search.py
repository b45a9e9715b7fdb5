"""Type-ahead customer search: by name, phone, e-mail, loyalty card or customer number.

Keystrokes are gathered for a moment (DEBOUNCE_MS) before the query runs in the
background; Down moves into the results, Enter opens the customer, Esc clears. Read
again (`refresh`), the list keeps the customer selected and its scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.workspace import Workspace
from desktop.shared.customer_search_columns import FittedColumns
from desktop.shared.customer_search_model import COLUMNS, PAGE_SIZE, CustomerSearchModel
from desktop.shared.empty_state import EmptyState
from desktop.shared.i18n import tr
from desktop.shared.paged_model import keep_place

DEBOUNCE_MS = 150


class CustomerSearch(QWidget):
    """A search field over a lazily filled list of customers. With `can_create`, the
    empty list also points to creating a customer (Ctrl+N, which the page binds)."""

    customer_chosen = Signal(object)  # the customer's id (UUID)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        page_size: int | None = None,
        *,
        can_create: bool = False,
    ) -> None:
        super().__init__(parent)
        self.can_create = can_create
        self.model = CustomerSearchModel(workspace, self, page_size or PAGE_SIZE)
        self.field = QLineEdit()
        self.field.setObjectName("customerSearch")
        self.field.setPlaceholderText(tr("Name, phone, e-mail or loyalty card (F2)"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setProperty("kind", "muted")
        self.status.setWordWrap(True)
        self.results = QTableView()
        self.results.setObjectName("customerResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.verticalHeader().hide()
        # Within the list's width: the name, phone, city and segment read whole first.
        self.columns = FittedColumns(self.results, COLUMNS)
        keep_place(self.results)
        self.empty = EmptyState(self.results)
        self.setMinimumWidth(340)
        self.results.activated.connect(self._chosen)
        self.results.clicked.connect(self._chosen)
        self.model.loading_changed.connect(lambda _: self._show_status())
        self.model.answered.connect(self._answered)
        self.model.rowsInserted.connect(lambda *_: self._show_status())
        self.model.total_changed.connect(lambda _: self._show_status())
        self.model.failed.connect(self.status.setText)
        self.model.failed.connect(lambda _: self.empty.set_text(""))
        self.status_row = QHBoxLayout()  # the status, and any buttons the page adds
        self.status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(self.status_row)
        layout.addWidget(self.results, 1)
        self._started = False
        self._choose_when_answered = False

    # -- querying -----------------------------------------------------------------------

    def start(self) -> None:
        """The first time the list is shown: list everyone, and count them."""
        if not self._started:
            self._started = True
            self.model.count()
            self.run_query()

    def shown(self) -> None:
        """The page holding the list is shown: start it, or read the customers listed
        again (a sync may have changed them while it was off screen), keeping the one
        selected and the scroll."""
        if self._started:
            self.refresh()
        else:
            self.start()

    def refresh(self) -> None:
        """Read the customers listed again (a customer was created or changed), keeping
        the one selected and the scroll; they stay on screen until the answer."""
        self.model.count()
        self.model.refresh()

    def _typed(self) -> None:
        self.timer.start()  # restarts: the query runs once typing pauses

    def run_query(self) -> None:
        self.timer.stop()
        self.model.search(self.field.text())

    def _show_status(self) -> None:
        self.status.setText(self._status_text())
        self.empty.set_text(self._empty_text())

    def _empty_text(self) -> str:
        """What the empty list says: nothing while the answer is awaited."""
        model = self.model
        if model.loading:
            return ""
        if model.text:
            if self.can_create:
                return tr(
                    "No customer matches “{text}”. Check the spelling, or create one (Ctrl+N)."
                ).format(text=model.text)
            return tr("No customer matches “{text}”. Check the spelling.").format(text=model.text)
        if self.can_create:
            return tr("No customers on this device yet. Create one (Ctrl+N).")
        return tr("No customers on this device yet.")

    def _status_text(self) -> str:
        model, shown, locale = self.model, self.model.rowCount(), QLocale()
        if shown == 0:
            if model.loading:
                return tr("Searching…")
            if model.text:
                return tr("No customer matches “{text}”.").format(text=model.text)
            return tr("No customers on this device yet.")
        if not (model.canFetchMore() or model.loading):
            return tr("%Ln customer(s) found.", "", shown)
        if not model.text and model.total is not None:
            return tr("%Ln customer(s) shown of {total}; scroll for more.", "", shown).format(
                total=locale.toString(model.total)
            )
        return tr("%Ln customer(s) shown; scroll for more.", "", shown)

    # -- choosing -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.customer_chosen.emit(self.model.row(index.row()).id)

    def _choose_current(self) -> None:
        if self.timer.isActive():
            self.run_query()  # Enter before the pause: search now
        if self.model.loading and self.model.rowCount() == 0:
            self._choose_when_answered = True  # and open the first customer found
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        self._chosen(index)

    def _answered(self) -> None:
        self._show_status()
        if self._choose_when_answered:
            self._choose_when_answered = False
            if self.model.rowCount() > 0:
                self._chosen(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                self.results.selectRow(max(self.results.currentIndex().row(), 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_current()
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(watched, event)
