"""The till roll: any receipt document on the till's continuous roll (80 mm wide, or 58 mm
as the device's setting says), one page as long as the receipt, printed, saved as a PDF or
rendered as an image for the preview on screen.

A document becomes HTML (`roll_html`) laid out by one QTextDocument at the roll's width on
the device it goes to, measured, and painted on a page of exactly that height: the PDF,
the printout and the preview are the same. A receipt may end with a QR code (the order's
`OMNIDESK:ORDER:<number>`), 30 mm wide with its quiet zone on the 80 mm roll (22 mm on the
58 mm roll) so a till's scanner reads it; scanned at any till, it finds the order for a
return. Pages printed on A4 (the pick list) go through `sheet`, with the same
`text_document`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.shared.receipt.document import ReceiptDocument
from desktop.shared.receipt.roll_html import receipt_html
from desktop.shared.receipt.roll_width import roll_width

QR_URL = "omnidesk-qr:receipt"
MM_PER_INCH = 25.4
CSS_DPI = 96  # an image's width in HTML is in pixels of a 96 dpi screen
PRINTER_DPI = 203  # a thermal till printer's dots per inch
FONTS = ["DejaVu Sans Mono", "Consolas", "Menlo", "Liberation Mono", "Courier New"]


@dataclass(frozen=True)
class Roll:
    """The paper: its width, the unprinted edge each side, the type size, the QR code's."""

    width_mm: float
    margin_mm: float
    font_pt: float
    qr_mm: float

    @property
    def content_mm(self) -> float:
        return self.width_mm - 2 * self.margin_mm


ROLLS = {
    80: Roll(width_mm=80, margin_mm=4, font_pt=8, qr_mm=30),
    58: Roll(width_mm=58, margin_mm=3, font_pt=6.5, qr_mm=22),
}


def roll(width_mm: int | None = None) -> Roll:
    """The roll `width_mm` wide; without a width, the one this till is set to."""
    return ROLLS[width_mm or roll_width()]


def roll_font(paper: Roll) -> QFont:
    font = QFont()
    font.setFamilies(FONTS)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSizeF(paper.font_pt)
    return font


def page_layout(paper: Roll | None = None, height_mm: float | None = None) -> QPageLayout:
    """The page of `paper` (this till's roll), `height_mm` long (at first as long as wide)."""
    paper = paper or roll()
    size = QPageSize(
        QSizeF(paper.width_mm, max(height_mm or 0, paper.width_mm + 1)),
        QPageSize.Unit.Millimeter,
        f"Till roll {paper.width_mm:g} mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    margins = QMarginsF(paper.margin_mm, paper.margin_mm, paper.margin_mm, paper.margin_mm)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


# -- the page ------------------------------------------------------------------------------


def qr_image(text: str) -> QImage:
    """The QR code of `text`, a black-on-white image one pixel a module (scaled on paper)."""
    png = io.BytesIO()
    segno.make(text, error="m").save(png, kind="png", scale=1, border=2)
    return QImage.fromData(png.getvalue())  # a PNG, known by its signature


def text_document(
    html_text: str, qr_text: str | None = None, paper: Roll | None = None
) -> QTextDocument:
    """The page; with `qr_text`, its QR code is printed centred at the end (`paper.qr_mm`
    wide on a roll). Lines wrap between words only, never inside one."""
    page = QTextDocument()
    page.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    page.setDefaultTextOption(option)
    if paper is not None:
        page.setDefaultFont(roll_font(paper))
    if qr_text:
        image = qr_image(qr_text)
        page.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_URL), image)
        side = round(paper.qr_mm / MM_PER_INCH * CSS_DPI) if paper else image.width() * 3
        html_text += f"<p align='center'><img src='{QR_URL}' width='{side}' height='{side}'></p>"
    page.setHtml(html_text)
    return page


def lay_out(page: QTextDocument, device: QPaintDevice, paper: Roll) -> float:
    """Lay `page` out at the roll's printable width on `device`; its height in mm."""
    page.documentLayout().setPaintDevice(device)
    page.setTextWidth(paper.content_mm / MM_PER_INCH * device.logicalDpiX())
    return page.size().height() / device.logicalDpiY() * MM_PER_INCH


def page_height_mm(page: QTextDocument, device: QPaintDevice, paper: Roll) -> float:
    """How long the page is for `page` laid out on `device`: the text and both margins."""
    return lay_out(page, device, paper) + 2 * paper.margin_mm + 1  # 1 mm against rounding


def _paint(page: QTextDocument, device: QPagedPaintDevice, paper: Roll) -> None:
    """Set `device` to one page as long as `page`, and paint it there."""
    device.setPageLayout(page_layout(paper, page_height_mm(page, device, paper)))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page could not be started")
    page.drawContents(painter)
    painter.end()


def save_pdf(
    html_text: str, title: str, path: Path, qr_text: str | None = None, paper: Roll | None = None
) -> Path:
    """Write the page as a one-page PDF on the roll at `path` (created or replaced)."""
    paper = paper or roll()
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Omnidesk")
    writer.setResolution(600)
    _paint(text_document(html_text, qr_text, paper), writer, paper)
    del writer  # the file is complete when the writer is gone
    return path


def print_page(
    html_text: str,
    title: str,
    parent: QWidget | None = None,
    qr_text: str | None = None,
    paper: Roll | None = None,
) -> bool:
    """Ask which printer, then print on the roll; False if staff cancelled."""
    paper = paper or roll()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(page_layout(paper))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_on(printer, html_text, qr_text, paper)
    return True


def print_on(printer: QPrinter, html_text: str, qr_text: str | None, paper: Roll) -> None:
    """Print the page on `printer` (chosen by staff): one page of the roll, as long as the
    page, whatever paper size the printer was set to."""
    _paint(text_document(html_text, qr_text, paper), printer, paper)


def image(
    html_text: str, qr_text: str | None = None, paper: Roll | None = None, dpi: float = PRINTER_DPI
) -> QImage:
    """The page as the printer puts it on paper: white, `dpi` dots per inch."""
    paper = paper or roll()
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)

    def blank(width: int, height: int) -> QImage:
        picture = QImage(max(width, 1), max(height, 1), QImage.Format.Format_RGB32)
        picture.setDotsPerMeterX(dots_per_metre)
        picture.setDotsPerMeterY(dots_per_metre)
        picture.fill(QColor("white"))
        return picture

    page = text_document(html_text, qr_text, paper)
    height_mm = page_height_mm(page, blank(1, 1), paper)
    to_dots = dpi / MM_PER_INCH
    picture = blank(round(paper.width_mm * to_dots), round(height_mm * to_dots))
    lay_out(page, picture, paper)
    painter = QPainter(picture)
    painter.translate(paper.margin_mm * to_dots, paper.margin_mm * to_dots)
    page.drawContents(painter)
    painter.end()
    return picture


# -- a receipt on the roll ----------------------------------------------------------------


def receipt_page(document: ReceiptDocument, paper: Roll | None = None) -> QTextDocument:
    return text_document(receipt_html(document), document.qr, paper or roll())


def save_receipt_pdf(document: ReceiptDocument, path: Path, paper: Roll | None = None) -> Path:
    """Write the receipt as a one-page PDF at `path` (created or replaced)."""
    return save_pdf(receipt_html(document), document.name, path, document.qr, paper)


def print_receipt(
    document: ReceiptDocument, parent: QWidget | None = None, paper: Roll | None = None
) -> bool:
    """Ask which printer, then print the receipt; False if staff cancelled."""
    return print_page(receipt_html(document), document.name, parent, document.qr, paper)


def receipt_image(
    document: ReceiptDocument, paper: Roll | None = None, dpi: float = PRINTER_DPI
) -> QImage:
    """The receipt as it comes out of the printer, for the preview or a PNG."""
    return image(receipt_html(document), document.qr, paper, dpi)
