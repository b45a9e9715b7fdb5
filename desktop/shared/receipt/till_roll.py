"""The till roll: any receipt document printed on the till's 80 mm roll, or saved as the
same page in a PDF.

A document becomes HTML laid out by one QTextDocument, so the PDF and the printed roll are
the same. A receipt may end with a QR code (the order's `OMNIDESK:ORDER:<number>`): scanned
at any till, it finds the order for a return. `save_pdf` and `print_page` take any HTML
for the roll; pages printed on A4 (the pick list) go through `sheet`.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.shared.receipt.document import Header, ReceiptDocument, Row, Style

ROLL = QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter, "Till roll 80 mm")
MARGINS = QMarginsF(4, 4, 4, 4)
QR_URL = "omnidesk-qr:receipt"
INDENT = "&#160;&#160;"


def page_layout() -> QPageLayout:
    return QPageLayout(ROLL, QPageLayout.Orientation.Portrait, MARGINS, QPageLayout.Unit.Millimeter)


# -- a receipt document as HTML ---------------------------------------------------------


def _cells(left: str, right: str, bold: bool = False, indent: str = "") -> str:
    start, end = ("<b>", "</b>") if bold else ("", "")
    return (
        f"<tr><td>{indent}{start}{html.escape(left)}{end}</td>"
        f"<td align='right'>{start}{html.escape(right)}{end}</td></tr>"
    )


def _spanning(content: str) -> str:
    return f"<tr><td colspan='2'>{content}</td></tr>"


def row_html(row: Row) -> str:
    """One row of the receipt's table (two columns: the label and the amount)."""
    match row.style:
        case Style.SEPARATOR:
            return _spanning("<hr>")
        case Style.HEADING:
            return _spanning(f"<b>{html.escape(row.label)}</b>")
        case Style.ITEM:
            note = f" <small>({html.escape(row.note)})</small>" if row.note else ""
            return _spanning(f"{html.escape(row.label)}{note}")
        case Style.DETAIL:
            return _cells(row.label, row.amount, indent=INDENT)
        case Style.LINE:
            return _cells(row.label, row.amount)
        case Style.TOTAL:
            return _cells(row.label, row.amount, bold=True)


def _header_html(header: Header) -> str:
    lines = [html.escape(text) for text in header.place if text]
    if header.title:
        lines.append(f"<b>{html.escape(header.title)}</b>")
    lines += [html.escape(text) for text in header.lines if text]
    return "<br>".join(lines)


def receipt_html(document: ReceiptDocument) -> str:
    """The receipt laid out for the roll: the centred header, the rows, the footer."""
    rows = "".join(row_html(row) for row in document.rows)
    footer = "<br>".join(html.escape(text) for text in document.footer)
    return (
        f"<p align='center'>{_header_html(document.header)}</p>"
        f"<table width='100%' cellspacing='0'>{rows}</table>"
        + (f"<p align='center'>{footer}</p>" if footer else "")
    )


# -- a page on the roll -------------------------------------------------------------------


def qr_image(text: str) -> QImage:
    """The QR code of `text`, a black-on-white image one pixel a module (scaled on paper)."""
    png = io.BytesIO()
    segno.make(text, error="m").save(png, kind="png", scale=1, border=2)
    return QImage.fromData(png.getvalue())  # a PNG, known by its signature


def text_document(html_text: str, qr_text: str | None = None) -> QTextDocument:
    """The page; with `qr_text`, its QR code is printed centred at the end."""
    page = QTextDocument()
    page.setDocumentMargin(0)
    if qr_text:
        image = qr_image(qr_text)
        page.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_URL), image)
        side = image.width() * 3
        html_text += f"<p align='center'><img src='{QR_URL}' width='{side}' height='{side}'></p>"
    page.setHtml(html_text)
    return page


def save_pdf(html_text: str, title: str, path: Path, qr_text: str | None = None) -> Path:
    """Write the page as a PDF at `path` (created or replaced)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Omnidesk")
    writer.setPageLayout(page_layout())
    text_document(html_text, qr_text).print_(writer)
    del writer  # the file is complete when the writer is gone
    return path


def print_page(
    html_text: str, title: str, parent: QWidget | None = None, qr_text: str | None = None
) -> bool:
    """Ask which printer, then print; False if staff cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(page_layout())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text_document(html_text, qr_text).print_(printer)
    return True


# -- a receipt on the roll ----------------------------------------------------------------


def receipt_page(document: ReceiptDocument) -> QTextDocument:
    return text_document(receipt_html(document), document.qr)


def save_receipt_pdf(document: ReceiptDocument, path: Path) -> Path:
    """Write the receipt as a PDF at `path` (created or replaced)."""
    return save_pdf(receipt_html(document), document.name, path, document.qr)


def print_receipt(document: ReceiptDocument, parent: QWidget | None = None) -> bool:
    """Ask which printer, then print the receipt; False if staff cancelled."""
    return print_page(receipt_html(document), document.name, parent, document.qr)
