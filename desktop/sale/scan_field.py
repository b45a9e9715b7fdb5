"""The field a barcode scanner types into: the code, then Enter.

Up and Down move through the cart's lines without leaving the field, and Del (with the
field empty) removes the highlighted line, so a cashier can scan, pick a line and
change it without touching the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.shared.i18n import tr

MAX_CODE = 64


class ScanField(QLineEdit):
    """Emits `scanned(code)` on Enter (and clears itself); `step(±1)` on Down/Up;
    `remove_requested` on Del when empty."""

    scanned = Signal(str)
    step = Signal(int)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setMaxLength(MAX_CODE)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(tr("Scan a barcode, or type a code or SKU and press Enter (F3)"))
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.step.emit(1)
        elif event.key() == Qt.Key.Key_Up:
            self.step.emit(-1)
        elif event.key() == Qt.Key.Key_Delete and not self.text():
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)
