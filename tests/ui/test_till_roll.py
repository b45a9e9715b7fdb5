"""The till roll: any receipt document laid out on the 80 mm roll, each row as its style
says; receipts end with the order's QR code, which any till scans to find the order (for a
return), on paper and in the PDF alike."""

from __future__ import annotations

from pathlib import Path

import segno
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from desktop.shared.receipt import till_roll
from desktop.shared.receipt.document import (
    Header,
    ReceiptDocument,
    detail,
    heading,
    item,
    line,
    separator,
    total,
)
from sync.order_codes import order_number_from_scan, order_qr_text

TEXT = order_qr_text("O-7K3M9Q2XBT")


def receipt(qr: str | None = TEXT) -> ReceiptDocument:
    return ReceiptDocument(
        name="Receipt S-1",
        file_name="S-1.pdf",
        header=Header(
            place=("Warszawa", "Marszałkowska 1, Warszawa"),
            title="Sale S-1",
            lines=("2025-01-02 10:00", "", "Served by Ala & Ola"),
        ),
        rows=(
            separator(),
            heading("Handed over"),
            item("Kettle", "SKU-KETTLE"),
            detail("1 × 129.99 zł", "129.99 zł"),
            line("of which VAT", "24.31 zł"),
            total("TOTAL", "129.99 zł"),
        ),
        footer=("Thank you for shopping with us.",),
        qr=qr,
    )


def test_the_qr_image_holds_exactly_the_orders_code(qapp: object) -> None:
    image = till_roll.qr_image(TEXT)
    matrix = segno.make(TEXT, error="m").matrix  # rows of 0/1 modules, without border
    border = 2
    assert image.width() == image.height() == len(matrix) + 2 * border
    dark = [
        [
            int(image.pixelColor(x + border, y + border).lightness() < 128)
            for x in range(len(matrix))
        ]
        for y in range(len(matrix))
    ]
    assert dark == [list(row) for row in matrix]
    assert order_number_from_scan(TEXT) == "O-7K3M9Q2XBT"  # what a scanner types back


def test_a_receipt_with_a_qr_code_has_it_on_the_page_and_in_the_pdf(
    qapp: object, tmp_path: Path
) -> None:
    html = "<p>Receipt O-7K3M9Q2XBT</p>"
    page = till_roll.text_document(html, TEXT)
    resource = page.resource(QTextDocument.ResourceType.ImageResource, QUrl(till_roll.QR_URL))
    assert resource is not None and till_roll.QR_URL in page.toHtml()
    assert till_roll.QR_URL not in till_roll.text_document(html).toHtml()
    with_qr = till_roll.save_pdf(html, "Receipt", tmp_path / "qr.pdf", TEXT).read_bytes()
    without = till_roll.save_pdf(html, "Receipt", tmp_path / "plain.pdf").read_bytes()
    assert b"/Subtype /Image" in with_qr and b"/Subtype /Image" not in without


def test_every_row_is_laid_out_as_its_style_says(qapp: object) -> None:
    html = till_roll.receipt_html(receipt())
    assert (
        "<p align='center'>Warszawa<br>Marszałkowska 1, Warszawa<br><b>Sale S-1</b><br>"
        "2025-01-02 10:00<br>Served by Ala &amp; Ola</p>"
    ) in html  # no empty line
    assert "<tr><td colspan='2'><hr></td></tr>" in html
    assert "<tr><td colspan='2'><b>Handed over</b></td></tr>" in html
    assert "<tr><td colspan='2'>Kettle <small>(SKU-KETTLE)</small></td></tr>" in html
    assert "<tr><td>&#160;&#160;1 × 129.99 zł</td><td align='right'>129.99 zł</td></tr>" in html
    assert "<tr><td>of which VAT</td><td align='right'>24.31 zł</td></tr>" in html
    assert "<tr><td><b>TOTAL</b></td><td align='right'><b>129.99 zł</b></td></tr>" in html
    assert html.endswith("<p align='center'>Thank you for shopping with us.</p>")
    page = till_roll.receipt_page(receipt()).toPlainText()
    for text in (
        "Sale S-1",
        "Kettle (SKU-KETTLE)",
        "Handed over",
        "TOTAL",
        "129.99 zł",
        "Served by Ala & Ola",
        "Thank you for shopping with us.",
    ):
        assert text in page, (text, page)


def test_a_receipt_is_saved_with_its_name_and_its_orders_qr_code(
    qapp: object, tmp_path: Path
) -> None:
    saved = till_roll.save_receipt_pdf(receipt(), tmp_path / "S-1.pdf").read_bytes()
    assert saved.startswith(b"%PDF") and b"/Subtype /Image" in saved
    plain = till_roll.save_receipt_pdf(receipt(qr=None), tmp_path / "plain.pdf").read_bytes()
    assert plain.startswith(b"%PDF") and b"/Subtype /Image" not in plain
