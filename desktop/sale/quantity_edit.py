"""The quantity of the selected line, typed: Enter applies it, Esc goes back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSpinBox, QWidget

from desktop.shared.i18n import tr
from sync.rules.carts import MAX_LINE_QUANTITY


class QuantityEdit(QSpinBox):
    """Emits `submitted(quantity)` on Enter (0 removes the line) and `cancelled` on Esc."""

    submitted = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quantityEdit")
        self.setRange(0, MAX_LINE_QUANTITY)
        self.setAccelerated(True)
        self.setToolTip(tr("Quantity of the selected line (F6); Enter applies, 0 removes the line"))

    def begin(self, quantity: int) -> None:
        """Show `quantity`, selected, ready to be typed over."""
        self.setValue(quantity)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.submitted.emit(self.value())
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
