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
from desktop.shared.receipt.roll_html import readable, receipt_html, unbreakable
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
    html = readable(receipt_html(receipt()))
    assert (
        "<p align='center'><b>Warszawa</b><br>Marszałkowska 1, Warszawa<br><b>Sale S-1</b><br>"
        "2025-01-02 10:00<br>Served by Ala &amp; Ola</p>"
    ) in html  # no empty line; the store's name in bold
    block = "<p style='margin-top:0; margin-bottom:0'>{}</p>"
    amount = "<td align='right' style='white-space:nowrap; padding-left:6px'>{}</td>"
    assert "<hr>" + block.format("<b>Handed over</b>") in html
    assert block.format("Kettle <small>(SKU-KETTLE)</small>") in html
    detail = "<tr><td style='padding-left:12px'>1 × 129.99 zł</td>"  # indented, wrapped too
    assert detail + amount.format("129.99 zł") + "</tr>" in html
    assert "<tr><td>of which VAT</td>" + amount.format("24.31 zł") + "</tr>" in html
    assert "<tr><td><b>TOTAL</b></td>" + amount.format("<b>129.99 zł</b>") + "</tr>" in html
    assert html.count("<table") == 1  # the labels with amounts in a row share a table
    assert html.endswith("<p align='center'>Thank you for shopping with us.</p>")
    page = readable(till_roll.receipt_page(receipt()).toPlainText())
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


def test_identifiers_and_amounts_are_kept_whole_and_read_the_same(qapp: object) -> None:
    text = "2 × 1 234,50 zł, card (ref. TRM-7788-12), € 12.00, PLN 2,399.00, SKU-KETTLE"
    kept = unbreakable(text)
    assert readable(kept) == text
    assert "TRM-\ufeff7788-\ufeff12" in kept and "SKU-\ufeffKETTLE" in kept
    for amount in ("1\u00a0234,50\u00a0zł", "€\u00a012.00", "PLN\u00a02,399.00"):
        assert amount in kept
    assert "2 × " in kept and "card (ref. " in kept  # words still part at their spaces


def test_a_receipt_is_saved_with_its_name_and_its_orders_qr_code(
    qapp: object, tmp_path: Path
) -> None:
    saved = till_roll.save_receipt_pdf(receipt(), tmp_path / "S-1.pdf").read_bytes()
    assert saved.startswith(b"%PDF") and b"/Subtype /Image" in saved
    plain = till_roll.save_receipt_pdf(receipt(qr=None), tmp_path / "plain.pdf").read_bytes()
    assert plain.startswith(b"%PDF") and b"/Subtype /Image" not in plain
