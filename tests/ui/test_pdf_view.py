"""The document viewer: a real PDF's pages (written by Qt), a PNG, and garbage bytes."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.shared.pdf_view import MAX_PAGE_PIXELS, PdfView, UnreadableFile, render_pages


def pdf_bytes(pages: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    for number in range(1, pages + 1):
        if number > 1:
            writer.newPage()
        painter.fillRect(0, 0, 2000, 2000, Qt.GlobalColor.black)
        painter.drawText(3000, 3000, f"Page {number}")
    painter.end()
    buffer.close()
    return bytes(data.data())


def one_page_pdf(width_pt: float, height_pt: float) -> bytes:
    """A PDF of one blank page of the given size (written by PDFium)."""
    document = pdfium.PdfDocument.new()
    document.new_page(width_pt, height_pt)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def png_bytes() -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def viewer(qtbot: QtBot) -> PdfView:
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_a_pdf_is_shown_page_by_page(qtbot: QtBot) -> None:
    images = render_pages(pdf_bytes(3), 600)
    assert len(images) == 3
    assert all(image.width() == 600 for image in images)
    # A4 is taller than wide; the black square drawn at the top left is there
    assert images[0].height() > images[0].width()
    assert images[0].pixelColor(5, 5) == Qt.GlobalColor.black
    assert images[0].pixelColor(590, images[0].height() - 5) == Qt.GlobalColor.white

    view = viewer(qtbot)
    view.show_pages(images)
    assert view.page_count() == 3
    assert "3" in view.page_count_text()
    assert view.message() == ""
    fitted = view.page_width()
    assert 0 < fitted < 700

    with qtbot.waitActive(view):
        view.activateWindow()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 1 and view.page_width() > fitted
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < 1 and view.page_width() < fitted
    view.fit_width()
    assert view.zoom() == 1 and view.page_width() == fitted


def test_a_png_is_shown_as_one_page(qtbot: QtBot) -> None:
    images = render_pages(png_bytes(), 600)
    assert [(image.width(), image.height()) for image in images] == [(120, 80)]
    assert [(image.width(), image.height()) for image in render_pages(png_bytes(), 60)] == [
        (60, 40)
    ]
    view = viewer(qtbot)
    view.show_pages(images)
    assert view.page_count() == 1


@pytest.mark.parametrize(
    "data", [b"garbage", b"", b"%PDF-1.4 not really a pdf", b"\x89PNG\r\n\x1a\nbroken"]
)
def test_garbage_is_a_clear_message(qtbot: QtBot, data: bytes) -> None:
    with pytest.raises(UnreadableFile):
        render_pages(data, 600)
    view = viewer(qtbot)
    view.show_pages(render_pages(pdf_bytes(1), 300))
    view.show_unreadable()
    assert view.page_count() == 0
    assert "cannot be shown" in view.message()
    view.show_on_its_way()
    assert "on its way" in view.message()


def test_pages_render_off_the_gui_thread(qtbot: QtBot) -> None:
    data = pdf_bytes(2)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda width: render_pages(data, width), (300, 400, 500)))
    for width, images in zip((300, 400, 500), results, strict=True):
        assert len(images) == 2
        assert all(abs(image.width() - width) <= 1 for image in images)  # PDFium rounds


def test_a_page_made_huge_is_rendered_within_the_pixel_cap() -> None:
    """A hostile PDF's page 1 pt wide and 14,400 pt tall, rendered 600 px wide, would
    take 600 x 8,640,000 pixels: it is made smaller to stay within the cap."""
    [image] = render_pages(one_page_pdf(1, 14_400), 600)
    assert image.width() * image.height() <= MAX_PAGE_PIXELS
    assert image.width() < 600
    assert image.height() > image.width()  # still the page's shape


def test_an_ordinary_page_keeps_its_width() -> None:
    [image] = render_pages(one_page_pdf(595, 842), 1400)
    assert abs(image.width() - 1400) <= 1
