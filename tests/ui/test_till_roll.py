"""The till roll: receipts end with the order's QR code, which any till scans to find the
order (for a return), on paper and in the PDF alike."""

from __future__ import annotations

from pathlib import Path

import segno
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from desktop.ui import till_roll
from sync.order_codes import order_number_from_scan, order_qr_text

TEXT = order_qr_text("O-7K3M9Q2XBT")


def test_the_qr_image_holds_exactly_the_orders_code(qapp: object) -> None:
    image = till_roll.qr_image(TEXT)
    matrix = segno.make(TEXT, error="m").matrix  # rows of 0/1 modules, without border
    border = 2
    assert image.width() == image.height() == len(matrix) + 2 * border
    dark = [[int(image.pixelColor(x + border, y + border).lightness() < 128)
             for x in range(len(matrix))] for y in range(len(matrix))]
    assert dark == [list(row) for row in matrix]
    assert order_number_from_scan(TEXT) == "O-7K3M9Q2XBT"  # what a scanner types back


def test_a_receipt_with_a_qr_code_has_it_on_the_page_and_in_the_pdf(
        qapp: object, tmp_path: Path) -> None:
    html = "<p>Receipt O-7K3M9Q2XBT</p>"
    page = till_roll.document(html, TEXT)
    resource = page.resource(QTextDocument.ResourceType.ImageResource,
                             QUrl(till_roll.QR_URL))
    assert resource is not None and till_roll.QR_URL in page.toHtml()
    assert till_roll.QR_URL not in till_roll.document(html).toHtml()
    with_qr = till_roll.save_pdf(html, "Receipt", tmp_path / "qr.pdf", TEXT).read_bytes()
    without = till_roll.save_pdf(html, "Receipt", tmp_path / "plain.pdf").read_bytes()
    assert b"/Subtype /Image" in with_qr and b"/Subtype /Image" not in without
