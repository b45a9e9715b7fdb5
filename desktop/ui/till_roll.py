"""Printing on the till's 80 mm roll, or saving the same page as a PDF.

Receipts of every kind (sale, hand-over, return) are HTML laid out by one QTextDocument,
so the PDF and the printed roll are the same. A receipt may end with a QR code (the order's
`OMNIDESK:ORDER:<number>`): scanned at any till, it finds the order for a return.
"""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

ROLL = QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter, "Till roll 80 mm")
MARGINS = QMarginsF(4, 4, 4, 4)


def page_layout() -> QPageLayout:
    return QPageLayout(ROLL, QPageLayout.Orientation.Portrait, MARGINS,
                       QPageLayout.Unit.Millimeter)


QR_URL = "omnidesk-qr:receipt"


def qr_image(text: str) -> QImage:
    """The QR code of `text`, a black-on-white image one pixel a module (scaled on paper)."""
    png = io.BytesIO()
    segno.make(text, error="m").save(png, kind="png", scale=1, border=2)
    return QImage.fromData(png.getvalue(), "PNG")


def document(html_text: str, qr_text: str | None = None) -> QTextDocument:
    """The page; with `qr_text`, its QR code is printed centred at the end."""
    page = QTextDocument()
    page.setDocumentMargin(0)
    if qr_text:
        image = qr_image(qr_text)
        page.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_URL), image)
        side = image.width() * 3
        html_text += (f"<p align='center'><img src='{QR_URL}' width='{side}' "
                      f"height='{side}'></p>")
    page.setHtml(html_text)
    return page


def save_pdf(html_text: str, title: str, path: Path, qr_text: str | None = None) -> Path:
    """Write the page as a PDF at `path` (created or replaced)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Omnidesk")
    writer.setPageLayout(page_layout())
    document(html_text, qr_text).print_(writer)
    del writer  # the file is complete when the writer is gone
    return path


def print_page(html_text: str, title: str, parent: QWidget | None = None,
               qr_text: str | None = None) -> bool:
    """Ask which printer, then print; False if staff cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(page_layout())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document(html_text, qr_text).print_(printer)
    return True
