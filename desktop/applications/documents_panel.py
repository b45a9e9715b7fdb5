"""The checklist of an application's documents, each with its files.

A view: it shows `DocumentItem`s and emits what staff ask for (attach files to a
document, check a file, view a file); the controller runs the ops. Files are attached
with "Attach…" (a file dialog) or dropped onto the document's row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.applications.documents_data import DocumentItem, FileItem
from desktop.shared import formatting, labels
from desktop.shared.i18n import tr

KEPT_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")


def _status_text(item: FileItem) -> str:
    if item.status == "rejected":
        return tr("rejected: {reason}").format(reason=item.reason or "")
    return labels.document_state(item.status)


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[str]:
    """The local files an event carries."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]


class FileRow(QFrame):
    """One file: its name and status (with the reason of a rejection) above its channel
    and time; View / Verify / Reject… beside them."""

    def __init__(self, item: FileItem, read_only: bool, panel: DocumentsPanel) -> None:
        super().__init__(panel)
        self.item = item
        self.setObjectName(f"file:{item.file_id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 2, 0, 2)
        self.name = QLabel(item.filename)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(_status_text(item))
        self.status.setObjectName("file_status")
        self.status.setWordWrap(True)  # a long reason of a rejection wraps
        self.channel = QLabel(labels.channel(item.channel))
        self.when = QLabel(formatting.local_time(item.uploaded_at))
        self.arrival = QLabel("" if item.arrived else tr("on its way"))
        self.arrival.setObjectName("file_arrival")
        # Two lines, to fit a narrow pane: the name and status, then where and when.
        first, second, lines = QHBoxLayout(), QHBoxLayout(), QVBoxLayout()
        first.addWidget(self.name)
        first.addWidget(self.status, 1)
        for label in (self.channel, self.when, self.arrival):
            label.setProperty("kind", "muted")
            second.addWidget(label)
        second.addStretch(1)
        lines.addLayout(first)
        lines.addLayout(second)
        layout.addLayout(lines, 1)
        self.view = self._button(
            tr("View"), "view", lambda: panel.view_requested.emit(item.file_id)
        )
        self.verify = self._button(
            tr("Verify"), "verify", lambda: panel.check_requested.emit(item.file_id, "verified", "")
        )
        self.reject = self._button(tr("Reject…"), "reject", lambda: panel.ask_reason(item))
        for button in (self.view, self.verify, self.reject):
            layout.addWidget(button)
        self.verify.setVisible(not read_only and item.status != "verified")
        self.reject.setVisible(not read_only and item.status != "rejected")

    def _button(self, text: str, name: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    def text(self) -> str:
        """What the row says, in one line (for tests and screen readers)."""
        parts = (self.name, self.status, self.channel, self.when, self.arrival)
        return " · ".join(label.text() for label in parts if label.text())


class DocumentRow(QFrame):
    """One document of the checklist: its state, "Attach…", its files; takes drops."""

    def __init__(self, item: DocumentItem, read_only: bool, panel: DocumentsPanel) -> None:
        super().__init__(panel)
        self.item = item
        self._panel = panel
        self.setObjectName(f"document:{item.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(not read_only)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(f"<b>{labels.document(item.code)}</b>")
        self.state = QLabel(labels.document_state(item.state))
        self.state.setObjectName("document_state")
        self.attach = QPushButton(tr("Attach…"), self)
        self.attach.setObjectName("attach")
        self.attach.setAutoDefault(False)
        self.attach.setToolTip(tr("Attach a PDF, JPEG or PNG, or drop files on this row"))
        self.attach.clicked.connect(lambda: panel.choose_files(item.code))
        self.attach.setVisible(not read_only)
        head.addWidget(self.title)
        head.addWidget(self.state)
        head.addStretch(1)
        head.addWidget(self.attach)
        layout.addLayout(head)
        self.files = [FileRow(file, read_only, panel) for file in item.files]
        for row in self.files:
            layout.addWidget(row)
        if not item.files:
            none = QLabel(tr("No file attached yet."))
            none.setEnabled(False)
            layout.addWidget(none)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self._panel.attach_requested.emit(self.item.code, paths)


class DocumentsPanel(QWidget):
    """The checklist: per document its state and files; attach, view, verify, reject."""

    attach_requested = Signal(str, list)  # document code, local paths
    check_requested = Signal(str, str, str)  # file id, verdict, reason
    view_requested = Signal(str)  # file id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        self._items: list[DocumentItem] = []
        self._rows: list[DocumentRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._message = QLabel(self)
        self._message.setObjectName("documents_message")
        self._message.setWordWrap(True)
        self._message.hide()
        self._layout.addWidget(self._message)
        self._layout.addStretch(1)

    # Setters

    def show_documents(self, items: Sequence[DocumentItem]) -> None:
        self._items = list(items)
        self._rebuild()

    def set_read_only(self, read_only: bool) -> None:
        """A signed application: its documents are shown, never changed."""
        if read_only != self._read_only:
            self._read_only = read_only
            self._rebuild()

    def show_message(self, text: str) -> None:
        """A sentence above the checklist (a refusal); empty hides it."""
        self._message.setText(text)
        self._message.setVisible(bool(text))

    def _rebuild(self) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows = [DocumentRow(item, self._read_only, self) for item in self._items]
        for index, row in enumerate(self._rows):
            self._layout.insertWidget(1 + index, row)

    # What the panel holds

    def is_read_only(self) -> bool:
        return self._read_only

    def document_row(self, code: str) -> DocumentRow | None:
        return next((row for row in self._rows if row.item.code == code), None)

    def file_row(self, file_id: str) -> FileRow | None:
        rows = (file for row in self._rows for file in row.files)
        return next((row for row in rows if row.item.file_id == file_id), None)

    def message(self) -> str:
        return "" if self._message.isHidden() else self._message.text()

    # Asking staff

    def choose_files(self, code: str) -> None:
        """The file dialog for document `code` (PDF, JPEG, PNG)."""
        dialog = QFileDialog(
            self, tr("Attach to {document}").format(document=labels.document(code))
        )
        dialog.setObjectName("attach_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [tr("Scans and photos (*.pdf *.jpg *.jpeg *.png)"), tr("All files (*)")]
        )
        dialog.filesSelected.connect(
            lambda paths: self.attach_requested.emit(code, [str(Path(p)) for p in paths])
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_reason(self, item: FileItem) -> None:
        """Ask why file `item` is rejected; an empty reason is refused."""
        dialog = QInputDialog(self)
        dialog.setObjectName("reject_dialog")
        dialog.setWindowTitle(tr("Reject {filename}").format(filename=item.filename))
        dialog.setLabelText(tr("Why is this document rejected? The customer is told."))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(lambda text: self._rejected(item, text))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _rejected(self, item: FileItem, reason: str) -> None:
        if not reason.strip():
            self.show_message(tr("Say why the document is rejected."))
            return
        self.show_message("")
        self.check_requested.emit(item.file_id, "rejected", reason.strip())
