"""Preparing a pickup order: marking it ready, or marking units of a line missing.

Each change is a shared command run in the background, in turn, through the page's
ChangeQueue; `changed(message)` or `refused(error)` follows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.orders import actions
from desktop.orders.records import DetailLine, OrderDetail
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.i18n import tr


class Preparing(QObject):
    """Emits `changed(str)` (a sentence for staff) or `refused(error)`; `closed` when the
    question about missing units is answered or given up."""

    changed = Signal(str)
    refused = Signal(object)
    closed = Signal()

    def __init__(self, workspace: Workspace, changes: ChangeQueue, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.changes = changes
        self._parent = parent
        self.missing_dialog: QInputDialog | None = None

    def mark_ready(self, order: OrderDetail) -> None:
        if not order.waiting or order.status != "placed":
            return
        workspace, order_id = self.workspace, order.order_id
        message = tr("Order {number} is ready for pickup; the customer is told.").format(
            number=order.number
        )
        self.changes.submit(
            lambda: actions.mark_ready(workspace, order_id),
            lambda _: self.changed.emit(message),
            self.refused.emit,
        )

    def ask_missing(self, order: OrderDetail, line: DetailLine) -> None:
        """Ask how many units of `line` are missing, then take them off the order."""
        if self.missing_dialog is not None:
            self.missing_dialog.raise_()
            return
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("missingDialog")
        dialog.setWindowTitle(tr("Missing units"))
        dialog.setLabelText(
            tr("How many units of {name} ({sku}) are missing? {quantity} ordered.").format(
                name=line.name, sku=line.sku, quantity=line.quantity
            )
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, line.quantity)
        dialog.setIntValue(1)
        dialog.setOkButtonText(tr("Take them off the order"))
        dialog.intValueSelected.connect(lambda missing: self._missing(order, line, missing))
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        self.missing_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QInputDialog) -> None:
        if self.missing_dialog is dialog:
            self.missing_dialog = None
        dialog.deleteLater()
        self.closed.emit()

    def _missing(self, order: OrderDetail, line: DetailLine, missing: int) -> None:
        workspace, remaining = self.workspace, line.quantity - missing
        message = tr(
            "{missing} of {quantity} × {name} taken off order {number} as missing."
        ).format(missing=missing, quantity=line.quantity, name=line.name, number=order.number)
        self.changes.submit(
            lambda: actions.mark_missing(workspace, order.order_id, line.line_id, remaining),
            lambda _: self.changed.emit(message),
            self.refused.emit,
        )
