"""The 360's orders: the list, and the two things a store does with one of them —
hand over an order waiting for pickup, or take goods back from an order received."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.customers.data import OrderSummary
from desktop.customers.record_table import record_table
from desktop.shared.i18n import tr
from desktop.shared.paged_model import ROW_ROLE
from desktop.shared.records_model import RecordsModel
from sync.rules.orders import Fulfilment, OrderStatus

WAITING = frozenset({OrderStatus.PLACED, OrderStatus.READY_FOR_PICKUP})
RECEIVED = frozenset({OrderStatus.COMPLETED, OrderStatus.PICKED_UP, OrderStatus.SHIPPED})

PICKUP = "pickup"  # the page keys the actions open
RETURNS = "returns"


def action_for(order: OrderSummary) -> str | None:
    """What the store can do with `order`: hand it over, take goods back, or nothing."""
    if order.fulfilment == Fulfilment.PICKUP and order.status in WAITING:
        return PICKUP
    if order.status in RECEIVED:
        return RETURNS
    return None


class OrdersPanel(QWidget):
    """Emits `open_order(page key, order id)`; double-click does what the order allows."""

    open_order = Signal(str, str)

    def __init__(self, model: RecordsModel[OrderSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = record_table("customerOrders", model, optional=(2, 3, 5, 1))
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.hand_over_button = QPushButton(tr("&Hand over…"))
        self.hand_over_button.setObjectName("handOverOrderButton")
        self.hand_over_button.setToolTip(
            tr("Open the selected order at the pickup desk to prepare or hand it over")
        )
        self.hand_over_button.clicked.connect(lambda: self._open(PICKUP))
        self.return_button = QPushButton(tr("&Return…"))
        self.return_button.setObjectName("returnOrderButton")
        self.return_button.setToolTip(tr("Take goods of the selected order back"))
        self.return_button.clicked.connect(lambda: self._open(RETURNS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hand_over_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> OrderSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        order = self.selected()
        action = action_for(order) if order is not None else None
        self.hand_over_button.setEnabled(action == PICKUP)
        self.return_button.setEnabled(action == RETURNS)

    def _open(self, key: str) -> None:
        order = self.selected()
        if order is not None and action_for(order) == key:
            self.open_order.emit(key, str(order.id))

    def _activated(self, index: QModelIndex) -> None:
        order = index.data(ROW_ROLE)
        action = action_for(order) if order is not None else None
        if action is not None:
            self.open_order.emit(action, str(order.id))
