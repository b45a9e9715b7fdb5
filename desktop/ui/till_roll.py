"""Printing on the till's 80 mm roll, or saving the same page as a PDF.

Receipts of every kind (sale, hand-over, return) are HTML laid out by one QTextDocument,
so the PDF and the printed roll are the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

ROLL = QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter, "Till roll 80 mm")
MARGINS = QMarginsF(4, 4, 4, 4)


def page_layout() -> QPageLayout:
    return QPageLayout(ROLL, QPageLayout.Orientation.Portrait, MARGINS,
                       QPageLayout.Unit.Millimeter)


def document(html_text: str) -> QTextDocument:
    page = QTextDocument()
    page.setDocumentMargin(0)
    page.setHtml(html_text)
    return page


def save_pdf(html_text: str, title: str, path: Path) -> Path:
    """Write the page as a PDF at `path` (created or replaced)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Omnidesk")
    writer.setPageLayout(page_layout())
    document(html_text).print_(writer)
    del writer  # the file is complete when the writer is gone
    return path


def print_page(html_text: str, title: str, parent: QWidget | None = None) -> bool:
    """Ask which printer, then print; False if staff cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(page_layout())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document(html_text).print_(printer)
    return True
