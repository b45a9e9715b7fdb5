"""Receipts as a till prints them: a sale of four lines, a hand-over and a return, each
saved as a PDF and rendered as a PNG on the 80 mm roll (and on the 58 mm roll when the till
is set to it): one page as long as the receipt, no amount wrapped, no identifier broken,
the store named once, a QR code a scanner reads, in the store's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTextBlock, QTextDocument, QTextTable
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.orders.handover_receipt import hand_over_receipt
from desktop.returns.receipt import return_receipt
from desktop.sale.done_panel import SaleDonePanel
from desktop.sale.receipt import sale_receipt
from desktop.shared.formatting import local_time, locale_for, money
from desktop.shared.i18n import Translation
from desktop.shared.receipt import till_roll
from desktop.shared.receipt.document import ReceiptDocument
from desktop.shared.receipt.roll_html import AMOUNT, IDENTIFIER, escaped, readable, receipt_html
from desktop.shared.receipt.roll_width import roll_width, set_roll_width
from tests.ui import receipt_samples as samples

POINTS_PER_MM = 72 / 25.4


def documents() -> dict[str, ReceiptDocument]:
    return {
        "sale": sale_receipt(samples.sale(4)),
        "hand-over": hand_over_receipt(samples.hand_over()),
        "return": return_receipt(samples.return_()),
    }


def pdf_pages(pdf: Path) -> list[tuple[float, float]]:
    """Each page's width and height in millimetres."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf.read_bytes())
    return [(float(w) / POINTS_PER_MM, float(h) / POINTS_PER_MM) for w, h in boxes]


def blocks(page: QTextDocument) -> Iterator[QTextBlock]:
    block = page.begin()
    while block.isValid():
        yield block
        block = block.next()


def lines_of(block: QTextBlock) -> list[str]:
    """The block's text as laid out, one string a line (as it reads)."""
    layout, text = block.layout(), block.text()
    return [
        readable(text[line.textStart() : line.textStart() + line.textLength()])
        for line in (layout.lineAt(n) for n in range(layout.lineCount()))
    ]


def laid_out_for_pdf(document: ReceiptDocument, paper: till_roll.Roll, tmp: Path) -> QTextDocument:
    """The receipt laid out as the PDF lays it out (on a PDF writer, at the roll's width)."""
    page = till_roll.receipt_page(document, paper)
    writer = QPdfWriter(str(tmp / "layout.pdf"))
    writer.setResolution(600)
    till_roll.lay_out(page, writer, paper)
    return page


def assert_nothing_wrapped_or_broken(page: QTextDocument) -> None:
    """Every amount cell is one line; no identifier and no amount is split across lines."""
    tables = [frame for frame in page.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    assert tables
    for table in tables:
        assert table.columns() == 2
        for row in range(table.rows()):
            block = table.cellAt(row, 1).firstCursorPosition().block()
            assert block.text() and block.layout().lineCount() == 1, lines_of(block)
    for block in blocks(page):
        text, lines = readable(block.text()), lines_of(block)
        for pattern in (IDENTIFIER, AMOUNT):
            for found in pattern.finditer(text):
                assert any(found.group(0) in line for line in lines), (found.group(0), lines)


def qr_width_mm(picture: QImage, dpi: float) -> float:
    """The width of the QR code's dark modules: the lowest dark shape on the roll."""
    dark_rows: list[tuple[int, int]] = []
    y = picture.height() - 1
    while y >= 0:
        xs = [x for x in range(picture.width()) if QImage.pixel(picture, x, y) & 0xFF < 128]
        if xs:
            dark_rows.append((min(xs), max(xs)))
        elif dark_rows:
            break
        y -= 1
    assert dark_rows
    left = min(first for first, _ in dark_rows)
    right = max(last for _, last in dark_rows)
    return (right - left + 1) / dpi * 25.4


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "omnidesk.ini"), QSettings.Format.IniFormat)


# -- one page on the roll -------------------------------------------------------------------


def test_a_four_line_sale_is_one_page_on_the_80_mm_roll_with_no_wrapped_amount(
    qapp: object, tmp_path: Path
) -> None:
    document = sale_receipt(samples.sale(4))
    paper = till_roll.ROLLS[80]
    [(width, height)] = pdf_pages(till_roll.save_receipt_pdf(document, tmp_path / "s.pdf", paper))
    assert width == pytest.approx(80, abs=0.5)
    page = laid_out_for_pdf(document, paper, tmp_path)
    assert_nothing_wrapped_or_broken(page)
    text = readable(page.toPlainText())
    for sold in samples.sale(4).lines:
        assert sold.sku in text
    assert "TRM-7788-12" in text
    assert 80 < height < 200  # as long as the receipt, not a fixed page


@pytest.mark.parametrize("kind", ["sale", "hand-over", "return"])
@pytest.mark.parametrize("width", [80, 58])
def test_every_receipt_is_one_page_as_wide_as_the_roll(
    qapp: object, tmp_path: Path, kind: str, width: int
) -> None:
    document, paper = documents()[kind], till_roll.ROLLS[width]
    pdf = till_roll.save_receipt_pdf(document, tmp_path / f"{kind}.pdf", paper)
    [(page_width, height)] = pdf_pages(pdf)
    assert page_width == pytest.approx(width, abs=0.5)
    page = laid_out_for_pdf(document, paper, tmp_path)
    content = page.size().height() / 600 * 25.4  # the writer's dots per inch
    assert content + 2 * paper.margin_mm <= height <= content + 2 * paper.margin_mm + 2
    assert_nothing_wrapped_or_broken(page)

    png = tmp_path / f"{kind}-{width}.png"
    assert till_roll.receipt_image(document, paper).save(str(png))
    picture = QImage(str(png))
    assert picture.width() == round(width / 25.4 * till_roll.PRINTER_DPI)
    assert picture.height() / till_roll.PRINTER_DPI * 25.4 > 60


@pytest.mark.parametrize("identifier", ["SKU-KETTLE", "C-ALA", "TRM-7788-12", "O-7K3M9Q2XBT"])
def test_an_identifier_is_never_broken_wherever_the_line_ends(
    qapp: object, identifier: str
) -> None:
    paper = till_roll.ROLLS[58]
    device = till_roll.image("", None, paper)  # a page at the printer's resolution
    for words in range(1, 12):
        text = " ".join(["word"] * words) + f" card (ref. {identifier}) paid"
        page = till_roll.text_document(f"<p>{escaped(text)}</p>", None, paper)
        till_roll.lay_out(page, device, paper)
        lines = lines_of(page.begin())
        assert any(identifier in line for line in lines), lines
        assert all(line.strip() for line in lines)  # wrapped between words only


def test_a_printer_set_to_any_paper_prints_the_receipt_on_one_page_of_the_roll(
    qapp: object, tmp_path: Path
) -> None:
    document, paper = documents()["hand-over"], till_roll.ROLLS[58]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # as a dialog may leave it
    till_roll.print_on(printer, receipt_html(document), document.qr, paper)
    assert printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter).width() == (
        pytest.approx(58, abs=0.5)
    )
    del printer  # the file is complete when the printer is gone
    [(width, height)] = pdf_pages(tmp_path / "printed.pdf")
    assert width == pytest.approx(58, abs=0.5) and 60 < height < 297


def test_a_longer_sale_is_a_longer_page_and_still_one(qapp: object, tmp_path: Path) -> None:
    heights = []
    for lines in (1, 4, 30):
        pdf = till_roll.save_receipt_pdf(
            sale_receipt(samples.sale(lines)), tmp_path / f"{lines}.pdf", till_roll.ROLLS[80]
        )
        [(_, height)] = pdf_pages(pdf)
        heights.append(height)
    assert heights[0] < heights[1] < heights[2]
    assert heights[2] > 297  # longer than an A4 sheet: the roll goes on


def test_the_store_is_named_once_at_the_top(qapp: object) -> None:
    for document in documents().values():
        text = readable(till_roll.receipt_page(document, till_roll.ROLLS[80]).toPlainText())
        assert text.startswith(samples.STORE + "\n")
        assert text.count(samples.STORE) == 1
        assert text.count("00-017 Warszawa") == 1 and "Warszawa, Warszawa" not in text


@pytest.mark.parametrize("width", [80, 58])
def test_the_qr_code_is_printed_large_enough_to_scan(qapp: object, width: int) -> None:
    dpi = till_roll.PRINTER_DPI
    picture = till_roll.receipt_image(documents()["sale"], till_roll.ROLLS[width], dpi)
    expected = 26 * width / 80  # 26 mm of modules on the 80 mm roll, in proportion on 58
    assert qr_width_mm(picture, dpi) == pytest.approx(expected, abs=1.5)


# -- the store's language -------------------------------------------------------------------


def test_a_receipt_is_printed_in_the_language_of_the_stores_country(qapp: object) -> None:
    for country, language in (("PL", "pl"), ("IT", "it")):
        store_tr = Translation(language)
        text = readable(
            till_roll.receipt_page(sale_receipt(samples.sale(4, country))).toPlainText()
        )
        assert store_tr("TOTAL") in text and store_tr("Thank you for shopping with us.") in text
        assert store_tr("Sale {number}").format(number="S-7K3M9Q2XBT") in text
        total = money(samples.sale(4).total, "PLN", locale_for(language))
        assert readable(total) in text  # 7 516,95 zł in Poland
        assert local_time(samples.AT, locale_for(language)) in text
    english = readable(
        till_roll.receipt_page(sale_receipt(samples.sale(4, "PL"), "en")).toPlainText()
    )
    assert "TOTAL" in english and "Served by Ala Kowalska" in english


# -- the width setting and the preview ------------------------------------------------------


def test_the_roll_width_is_a_setting_of_80_or_58_mm(settings: QSettings) -> None:
    assert roll_width(settings) == 80
    set_roll_width(58, settings)
    assert roll_width(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == 58
    settings.setValue("receipt/roll_width_mm", "wide")
    assert roll_width(settings) == 80
    with pytest.raises(ValueError):
        set_roll_width(76, settings)


def test_after_a_sale_the_receipt_is_shown_as_printed_and_saved_on_the_roll_chosen(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    panel = SaleDonePanel()
    qtbot.addWidget(panel)
    panel.settings = settings
    panel.show_receipt(samples.sale(4))
    preview = panel.preview
    assert preview.isVisible() and not preview.roll.pixmap().isNull()
    shown = preview.roll.width() / preview.logicalDpiX() * 25.4
    assert shown == pytest.approx(80, abs=1)  # true to size on screen
    assert "TRM-7788-12" in preview.roll.accessibleDescription()
    assert panel.width_box.currentData() == 80

    # Keyboard: the preview takes focus (the arrows scroll it), then print, save, width.
    preview.setFocus()
    assert preview.hasFocus() or preview.focusPolicy() == Qt.FocusPolicy.StrongFocus
    chain = [panel.print_button, panel.save_button, panel.width_box, preview]
    assert all(widget.focusPolicy() & Qt.FocusPolicy.TabFocus for widget in chain)

    panel.width_box.setCurrentIndex(panel.width_box.findData(58))
    panel.width_box.activated.emit(panel.width_box.currentIndex())
    assert roll_width(settings) == 58
    shown = preview.roll.width() / preview.logicalDpiX() * 25.4
    assert shown == pytest.approx(58, abs=1)
    saved = panel.save_receipt_pdf(tmp_path / "narrow.pdf")
    assert saved is not None
    [(width, _)] = pdf_pages(saved)
    assert width == pytest.approx(58, abs=0.5)
