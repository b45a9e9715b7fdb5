"""Adding a product to an order being changed: the shared product search, then the
product picked read from the replica as a new line of the order."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.orders.order_change import product_line
from desktop.orders.records import AddedLine
from desktop.services.ops import QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.product_picker import ProductPicker


class ProductAdding(QObject):
    """Emits `line_read(AddedLine)` for each product picked, or `refused(sentence)`;
    nothing once `stop()`ped (the change was closed)."""

    line_read = Signal(object)
    refused = Signal(str)

    def __init__(self, workspace: Workspace, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.workspace = workspace
        self._dialog = dialog
        self.picker: ProductPicker | None = None
        self._reading = 0  # picked products being read
        self._stopped = False

    def busy(self) -> bool:
        return self._reading > 0

    def stop(self) -> None:
        self._stopped = True

    def start(self) -> None:
        """Open the product search (or bring it to the front)."""
        if self.picker is not None:
            self.picker.raise_()
            return
        picker = ProductPicker(self.workspace, parent=self._dialog)
        picker.picked.connect(self._picked)
        picker.finished.connect(lambda _: self._picker_closed(picker))
        self.picker = picker
        picker.open()

    def _picker_closed(self, picker: ProductPicker) -> None:
        if self.picker is picker:
            self.picker = None
        picker.deleteLater()
        self._dialog.activateWindow()

    def _picked(self, product_id: uuid.UUID) -> None:
        self._reading += 1
        workspace = self.workspace

        def read(line: AddedLine | None) -> None:
            self._reading -= 1
            if self._stopped:
                return
            if line is None:
                self.refused.emit(tr("This product is not on this till."))
            else:
                self.line_read.emit(line)

        def failed(error: BaseException) -> None:
            self._reading -= 1
            if not self._stopped:
                self.refused.emit(explain(error))

        QueryOp(parent=self, op=lambda: product_line(workspace, product_id), success=read).failure(
            failed
        ).start()
