"""Adding a note, call, visit or complaint to a customer's timeline.

The note is recorded with `interaction.add` through the workspace (on the replica at once
and queued for the server), so every channel sees it after the next sync.
"""

from __future__ import annotations

import uuid

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

from desktop.customers import queries
from desktop.customers.queries import TimelineEvent
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared import labels
from desktop.ui.errors import explain

MAX_LENGTH = 4000


class NoteEditor(QWidget):
    """A kind, a text and "Add note" (Ctrl+Enter)."""

    note_added = Signal(object, object)  # customer id (UUID), TimelineEvent

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.customer_id: uuid.UUID | None = None
        self._busy = False
        self.kind = QComboBox()
        self.kind.setObjectName("noteKind")
        for kind in labels.NOTE_KINDS:
            self.kind.addItem(labels.kind(kind), kind)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(self.tr("What happened? Every channel will see this."))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.text.textChanged.connect(self._update)
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setToolTip(self.tr("Add to the timeline (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.submit)
        self.error = QLabel()
        self.error.setObjectName("noteError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.submit)
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

    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        if customer_id != self.customer_id:
            self.text.clear()
            self.error.hide()
        self.customer_id = customer_id
        self._update()

    def focus(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update(self) -> None:
        self.add_button.setEnabled(self.customer_id is not None and not self._busy
                                   and bool(self.text.toPlainText().strip()))

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        customer_id = self.customer_id
        if customer_id is None or not text or self._busy:
            return
        if len(text) > MAX_LENGTH:
            self._show_error(self.tr("A note can be at most {n} characters long.")
                             .format(n=MAX_LENGTH))
            return
        kind = self.kind.currentData()
        interaction_id = uuid.uuid4()
        workspace = self.workspace

        def add() -> TimelineEvent | None:
            workspace.apply("interaction.add", {
                "interaction_id": str(interaction_id), "customer_id": str(customer_id),
                "kind": kind, "text": text})
            with workspace.read() as session:
                return queries.timeline_event(session, interaction_id)

        self._busy = True
        self._update()
        self.error.hide()
        run_in_background(add, lambda event: self._added(customer_id, event), self._failed)

    def _added(self, customer_id: uuid.UUID, event: TimelineEvent | None) -> None:
        self._busy = False
        if customer_id == self.customer_id:
            self.text.clear()
        self._update()
        if event is not None:
            self.note_added.emit(customer_id, event)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update()
        self._show_error(explain(error))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
