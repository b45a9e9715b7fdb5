"""A sheet of A4 paper, portrait: pages that are not receipts (the pick list) print and
save on it, laid out by the same QTextDocument as the till roll."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.shared.receipt.till_roll import text_document

A4 = QPageSize(QPageSize.PageSizeId.A4)
MARGINS = QMarginsF(15, 15, 15, 15)  # millimetres


def page_layout() -> QPageLayout:
    return QPageLayout(A4, QPageLayout.Orientation.Portrait, MARGINS, QPageLayout.Unit.Millimeter)


def save_pdf(html_text: str, title: str, path: Path, qr_text: str | None = None) -> Path:
    """Write the page as an A4 PDF at `path` (created or replaced)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Omnidesk")
    writer.setPageLayout(page_layout())
    text_document(html_text, qr_text).print_(writer)
    del writer  # the file is complete when the writer is gone
    return path


def printer(title: str) -> QPrinter:
    """A printer set to A4 portrait with the sheet's margins."""
    device = QPrinter(QPrinter.PrinterMode.HighResolution)
    device.setDocName(title)
    device.setPageSize(A4)
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageLayout(page_layout())
    return device


def print_page(
    html_text: str, title: str, parent: QWidget | None = None, qr_text: str | None = None
) -> bool:
    """Ask which printer, then print on A4; False if staff cancelled."""
    device = printer(title)
    dialog = QPrintDialog(device, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text_document(html_text, qr_text).print_(device)
    return True
