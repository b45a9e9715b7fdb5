"""A file of an application shown in the document viewer (a view: bytes and pages come
from the controller's ops)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.shared.fit_screen import resize_within_screen
from desktop.shared.i18n import tr
from desktop.shared.pdf_view import PdfView


class FileViewer(QDialog):
    """One file: its pages, or why they cannot be shown (still on its way, damaged)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_viewer")
        self.setWindowTitle(tr("Document"))
        resize_within_screen(self, 820, 900)
        self.view = PdfView(self)
        self.view.show_message(tr("Opening the file…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_file(self, filename: str, pages: list[QImage]) -> None:
        self.setWindowTitle(filename)
        self.view.show_pages(pages)

    def show_on_its_way(self, filename: str) -> None:
        self.setWindowTitle(filename)
        self.view.show_on_its_way()

    def show_message(self, text: str) -> None:
        self.view.show_message(text)
