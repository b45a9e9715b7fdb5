"""The last piece of work finished at the till — a sale, a hand-over, a return — shown
with the money to hand across the counter, and its receipt as it prints (a preview of the
roll) to print or save as a PDF, on the roll width this till is set to."""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.i18n import tr
from desktop.shared.receipt import save_folder, till_roll
from desktop.shared.receipt.document import ReceiptDocument
from desktop.shared.receipt.preview import ReceiptPreview
from desktop.shared.receipt.roll_width import WIDTHS, roll_width, set_roll_width

R = TypeVar("R")


class ReceiptPanel(QFrame, Generic[R]):
    """Shows the last receipt (`preview`) and prints or saves it; `failed(message)` if it
    cannot. `width` picks the roll (80 or 58 mm), kept in `settings` (Qt's, by default).

    Subclasses say what the receipt `R` was for: `describe` (the summary and the headline,
    e.g. the change to give; "" hides it) and `document` (the receipt to print).
    """

    failed = Signal(str)

    def __init__(self, name: str, print_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "card")
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.headline = QLabel()
        self.headline.setObjectName(f"{name}Headline")
        self.headline.setProperty("kind", "title")
        self.headline.setWordWrap(True)
        self.print_button = QPushButton(print_text)
        self.print_button.setObjectName(f"{name}Print")
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton(tr("Save PDF (Ctrl+S)"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.clicked.connect(self.save_receipt)
        self.width_box = QComboBox()
        self.width_box.setObjectName(f"{name}RollWidth")
        self.width_box.setAccessibleName(tr("Receipt roll width"))
        for width in WIDTHS:
            self.width_box.addItem(tr("{width} mm roll").format(width=width), width)
        self.width_box.activated.connect(self._width_chosen)
        self.preview = ReceiptPreview(f"{name}Preview")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.width_box)
        buttons.addStretch(1)
        texts = QVBoxLayout()
        texts.addWidget(self.summary)
        texts.addWidget(self.headline)
        texts.addLayout(buttons)
        texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.preview)
        self.settings: QSettings | None = None  # Qt's settings of the program
        self.receipt: R | None = None
        self.hide()

    # -- what a subclass says -----------------------------------------------------------

    def describe(self, receipt: R) -> tuple[str, str]:
        raise NotImplementedError

    def document(self, receipt: R) -> ReceiptDocument:
        raise NotImplementedError

    # -- showing, printing, saving ------------------------------------------------------

    def paper(self) -> till_roll.Roll:
        """The roll this till prints on (read each time: the setting may have changed)."""
        return till_roll.roll(roll_width(self.settings))

    def show_receipt(self, receipt: R) -> None:
        self.receipt = receipt
        summary, headline = self.describe(receipt)
        self.summary.setText(summary)
        self.headline.setText(headline)
        self.headline.setVisible(bool(headline))
        self._show_preview()
        self.show()

    def _show_preview(self) -> None:
        paper = self.paper()
        self.width_box.setCurrentIndex(self.width_box.findData(int(paper.width_mm)))
        if self.receipt is not None:
            self.preview.show_document(self.document(self.receipt), paper)

    def _width_chosen(self, index: int) -> None:
        set_roll_width(int(self.width_box.itemData(index)), self.settings)
        self._show_preview()

    def print_receipt(self) -> None:
        if self.receipt is not None:
            till_roll.print_receipt(self.document(self.receipt), self, self.paper())

    def save_receipt(self) -> None:
        """Ask where (the folder used last, at first the documents folder), then save the
        receipt there as a PDF."""
        if self.receipt is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save receipt"),
            save_folder.suggested_path(self.document(self.receipt).file_name),
            tr("PDF documents (*.pdf)"),
        )
        if path:
            save_folder.remember(Path(path))
            self.save_receipt_pdf(Path(path))

    def save_receipt_pdf(self, path: Path) -> Path | None:
        if self.receipt is None:
            return None
        till_roll.save_receipt_pdf(self.document(self.receipt), path, self.paper())
        if not path.is_file() or path.stat().st_size == 0:
            self.failed.emit(
                tr("The receipt could not be saved as {path}; choose another folder.").format(
                    path=path
                )
            )
            return None
        return path
