"""Finding the order to return: its number typed or its QR code scanned, or a customer
and then one of their orders that can still take a return."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.returns.state import CustomerOrder
from desktop.services.workspace import Workspace
from desktop.shared import labels
from desktop.shared.customer_search import CustomerSearch
from desktop.shared.empty_state import EmptyState
from desktop.shared.fit_columns import fit_columns
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column
from desktop.shared.records_model import RecordsModel


def orders_model(parent: QWidget) -> RecordsModel[CustomerOrder]:
    return RecordsModel(
        [
            Column(tr("Order"), lambda o: o.number),
            Column(tr("Placed"), lambda o: local_time(o.placed_at)),
            Column(tr("Channel"), lambda o: labels.channel(o.channel)),
            Column(tr("Total"), lambda o: money(o.total, o.currency), align_right=True),
            Column(tr("Returnable units"), lambda o: str(o.returnable_units), align_right=True),
        ],
        parent,
    )


class FindOrderPanel(QWidget):
    """`number_entered(text)`: find that order; `customer_chosen(id)`: list their orders;
    `order_chosen(id)`: one of those orders was picked."""

    number_entered = Signal(str)
    customer_chosen = Signal(object)
    order_chosen = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("returnOrderNumber")
        self.field.setPlaceholderText(tr("Order number or scan the order's QR code"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self._entered)
        self.find_button = QPushButton(tr("Find order"))
        self.find_button.setObjectName("findReturnOrder")
        self.find_button.clicked.connect(self._entered)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.find_button)
        self.search = CustomerSearch(workspace, self, page_size=50)
        self.search.customer_chosen.connect(self.customer_chosen)
        self.search.model.answered.connect(self._customers_answered)
        self.search.field.textChanged.connect(self._forget_selection)
        self._keep: tuple[uuid.UUID | None, int] | None = None  # to restore after a refresh
        self.orders = orders_model(self)
        self.orders_view = QTableView()
        self.orders_view.setObjectName("customerReturnableOrders")
        self.orders_view.setModel(self.orders)
        self.orders_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.orders_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orders_view.verticalHeader().hide()
        self.orders_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.orders_view.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.orders_view, (2, 1))  # narrow: no channel, then no date
        self.orders_view.activated.connect(self._order_picked)
        self.orders_view.doubleClicked.connect(self._order_picked)
        self.orders_empty = EmptyState(self.orders_view)
        self.orders_status = QLabel()
        self.orders_status.setObjectName("customerOrdersStatus")
        self.orders_status.setProperty("kind", "muted")
        self.orders_status.setWordWrap(True)
        self.clear_orders()
        orders = QVBoxLayout()
        orders.addWidget(QLabel(tr("The customer's orders that can take a return:")))
        orders.addWidget(self.orders_view, 1)
        orders.addWidget(self.orders_status)
        by_customer = QHBoxLayout()
        by_customer.addWidget(self.search, 1)
        by_customer.addLayout(orders, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Find the order by its number:")))
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("…or by the customer:")))
        layout.addLayout(by_customer, 1)

    def focus_number(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_orders(self, orders: list[CustomerOrder]) -> None:
        """The customer's orders; the one selected stays selected (else the first), and
        the list keeps its scroll."""
        index = self.orders_view.currentIndex()
        selected = self.orders.row(index.row()).order_id if index.isValid() else None
        scroll = self.orders_view.verticalScrollBar().value()
        self.orders.set_rows(orders)
        self.orders_empty.set_text(
            tr("No order of this customer can take a return here. Find it by its number.")
        )
        self.orders_status.setText(
            tr("Nothing of this customer's orders on this till can be returned.")
            if not orders
            else ""
        )
        rows = [order.order_id for order in orders]
        if selected in rows:
            self.orders_view.selectRow(rows.index(selected))
            self.orders_view.verticalScrollBar().setValue(scroll)
        elif orders:
            self.orders_view.selectRow(0)

    def clear_orders(self) -> None:
        """No customer chosen: no orders listed, and the list says how to fill it."""
        self.orders.set_rows([])
        self.orders_status.setText("")
        self.orders_empty.set_text(
            tr("Choose a customer to see their orders that can take a return.")
        )

    def refresh_customers(self) -> None:
        """Read the customers again, keeping the one selected and the scroll."""
        results, model = self.search.results, self.search.model
        index = results.currentIndex()
        selected = model.row(index.row()).id if index.isValid() else None
        self._keep = (selected, results.verticalScrollBar().value())
        self.search.refresh()

    def _customers_answered(self) -> None:
        if self._keep is None:
            return
        (selected, scroll), self._keep = self._keep, None
        rows = [hit.id for hit in self.search.model.rows()]
        if selected in rows:
            self.search.results.selectRow(rows.index(selected))
        self.search.results.verticalScrollBar().setValue(scroll)

    def _forget_selection(self) -> None:
        self._keep = None  # another search: nothing of the old list to restore

    def _entered(self) -> None:
        text = self.field.text().strip()
        if text:
            self.number_entered.emit(text)

    def _order_picked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.order_chosen.emit(self.orders.row(index.row()).order_id)
