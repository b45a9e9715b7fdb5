"""Adding a note, call, visit or complaint to a customer's timeline: the editor's widgets.

What is typed is recorded by the timeline's controller (`timeline_controller`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shared import labels
from desktop.shared.i18n import tr


class NoteEditor(QWidget):
    """A kind, a text and "Add note" (Ctrl+Enter): `submit_requested` when staff add it."""

    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = False  # a customer is shown and no note of theirs is being saved
        self.kind = QComboBox()
        self.kind.setObjectName("noteKind")
        for kind in labels.NOTE_KINDS:
            self.kind.addItem(labels.kind(kind), kind)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(tr("What happened? Every channel will see this."))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(60)  # three lines; the history below keeps its room
        self.text.textChanged.connect(self._update)
        self.add_button = QPushButton(tr("&Add note"))
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setToolTip(tr("Add to the timeline (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.submit_requested)
        self.error = QLabel()
        self.error.setObjectName("noteError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.submit_requested)
        side = QVBoxLayout()
        side.addWidget(self.kind)
        side.addWidget(self.add_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addLayout(side)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.error)
        self.setTabOrder(self.text, self.kind)
        self.setTabOrder(self.kind, self.add_button)
        self._update()

    def written(self) -> tuple[str, str]:
        """The kind chosen and the text typed (trimmed)."""
        return self.kind.currentData(), self.text.toPlainText().strip()

    def set_ready(self, ready: bool) -> None:
        """Whether a note can be added now (a customer shown, none being saved)."""
        self._ready = ready
        self._update()

    def start_over(self) -> None:
        """Another customer: nothing typed, no message."""
        self.text.clear()
        self.error.hide()

    def clear_text(self) -> None:
        self.text.clear()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def hide_error(self) -> None:
        self.error.hide()

    def focus(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update(self) -> None:
        self.add_button.setEnabled(self._ready and bool(self.text.toPlainText().strip()))
