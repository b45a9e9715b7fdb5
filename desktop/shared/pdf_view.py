"""A viewer for a document's file: the pages of a PDF, or a scan or photo (JPEG, PNG).

Pages are rendered by PDFium (pypdfium2) into `QImage`s by `render_pages`, a pure function
a caller runs in a background op (rendering a long PDF takes time); the widget shows the
images it is given, zooms them and says how many pages there are. A file that cannot be
read is a sentence on the viewer, never a traceback.

    QueryOp(parent=self, op=lambda: render_pages(data, 1400), success=view.show_pages)
        .failure(lambda error: view.show_unreadable()).start()
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # no type information shipped
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.i18n import tr

PDF = b"%PDF-"
JPEG = b"\xff\xd8\xff"
PNG = b"\x89PNG\r\n\x1a\n"
MAX_PAGES = 60  # pages rendered at most: a scan or an agreement, not a book
MAX_WIDTH_PX = 4000
MAX_PAGE_PIXELS = 40_000_000  # a page taller than this at its width is made smaller
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
MARGIN = 12  # pixels around and between the pages

_pdfium = threading.Lock()  # PDFium is not thread-safe: one document at a time


class UnreadableFile(ValueError):
    """The bytes are not a PDF, JPEG or PNG that can be shown."""


def _scale(page_width: float, page_height: float, width_px: int) -> float:
    """The scale that makes a page `width_px` wide, smaller when that would take more than
    `MAX_PAGE_PIXELS` (a page made very tall to exhaust memory)."""
    scale = width_px / page_width if page_width > 0 else 1.0
    area = page_width * page_height * scale * scale
    if area > MAX_PAGE_PIXELS:
        scale *= (MAX_PAGE_PIXELS / area) ** 0.5
        while math.ceil(page_width * scale) * math.ceil(page_height * scale) > MAX_PAGE_PIXELS:
            scale *= 0.99  # PDFium rounds the bitmap's sides up
    return scale


def _pdf_pages(data: bytes, width_px: int) -> list[QImage]:
    images: list[QImage] = []
    with _pdfium:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise UnreadableFile(str(error)) from error
        try:
            for index in range(min(len(document), MAX_PAGES)):
                page = document[index]
                try:
                    page_width, page_height = page.get_size()
                    scale = _scale(page_width, page_height, width_px)
                    bitmap = page.render(scale=scale, prefer_bgrx=True)
                    image = QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGB32,
                    )
                    images.append(image.copy())  # detached from PDFium's buffer
                finally:
                    page.close()
        except pdfium.PdfiumError as error:
            raise UnreadableFile(str(error)) from error
        finally:
            document.close()
    if not images:
        raise UnreadableFile("the PDF has no pages")
    return images


def _image(data: bytes, width_px: int) -> QImage:
    """A scan or photo upright (as its camera says) and no wider than `width_px`."""
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise UnreadableFile(f"the image cannot be decoded: {reader.errorString()}")
    if image.width() > width_px:
        image = image.scaledToWidth(width_px, Qt.TransformationMode.SmoothTransformation)
    return image


def render_pages(data: bytes, width_px: int) -> list[QImage]:
    """The pages of a PDF rendered `width_px` wide, or the one image of a JPEG or PNG (made
    no wider than `width_px`). Raises `UnreadableFile` for anything else or a damaged
    file. Safe off the GUI thread."""
    width_px = max(1, min(width_px, MAX_WIDTH_PX))
    if data.startswith(PDF):
        return _pdf_pages(data, width_px)
    if data.startswith(JPEG) or data.startswith(PNG):
        return [_image(data, width_px)]
    raise UnreadableFile("not a PDF, JPEG or PNG")


def on_its_way_text() -> str:
    return tr("This file is still on its way to this device: it is shown once it has arrived.")


def unreadable_text() -> str:
    return tr("This file cannot be shown: it is damaged, or it is not a PDF, JPEG or PNG.")


class PdfView(QWidget):
    """Pages one under the other in a scrolling area; zoom in and out (Ctrl+plus,
    Ctrl+minus) or fit the width (Ctrl+0); the page count above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        self._zoom = 1.0  # times the width that fits
        self.setAccessibleName(tr("Document viewer"))

        self._zoom_out = self._button("−", tr("Zoom out (Ctrl+minus)"), self.zoom_out)
        self._zoom_in = self._button("+", tr("Zoom in (Ctrl+plus)"), self.zoom_in)
        self._fit = self._button(
            tr("Fit width"), tr("Fit the page to the width (Ctrl+0)"), self.fit_width
        )
        self._count = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self._zoom_out, self._zoom_in, self._fit):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self._count)

        self._pages = QWidget()
        self._pages_layout = QVBoxLayout(self._pages)
        self._pages_layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._pages_layout.setSpacing(MARGIN)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._scroll = QScrollArea()
        self._scroll.setWidget(self._pages)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)

        shortcuts = (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit_width),
        )
        for keys, action in shortcuts:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.show_message("")

    def _button(self, text: str, tip: str, action: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(action)
        return button

    # What is shown

    def show_pages(self, images: list[QImage]) -> None:
        """Show `images` (from `render_pages`), fitted to the width."""
        for label in self._labels:
            label.deleteLater()
        self._images = [image for image in images if not image.isNull()]
        self._labels = []
        for number, _ in enumerate(self._images, start=1):
            label = QLabel()
            label.setAccessibleName(tr("Page {number}").format(number=number))
            label.setFrameShape(QFrame.Shape.Box)
            self._pages_layout.addWidget(label)
            self._labels.append(label)
        if not self._images:
            self.show_unreadable()
            return
        self._zoom = 1.0
        self._stack.setCurrentWidget(self._scroll)
        self._count.setText(tr("%n page(s)", "", len(self._images)))
        self._set_tools(True)
        self._apply_zoom()
        self._scroll.verticalScrollBar().setValue(0)

    def show_message(self, text: str) -> None:
        """A sentence instead of pages (the file is on its way, or cannot be read)."""
        self._images = []
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        self._message.setText(text)
        self._count.setText("")
        self._set_tools(False)
        self._stack.setCurrentWidget(self._message)

    def show_on_its_way(self) -> None:
        self.show_message(on_its_way_text())

    def show_unreadable(self) -> None:
        self.show_message(unreadable_text())

    def message(self) -> str:
        """The sentence shown instead of pages ("" when pages are shown)."""
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    def page_count(self) -> int:
        return len(self._images)

    def page_count_text(self) -> str:
        return self._count.text()

    # Zoom

    def zoom(self) -> float:
        """The zoom, in times the width that fits (1.0 = fit width)."""
        return self._zoom

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, zoom: float) -> None:
        if not self._images:
            return
        self._zoom = min(ZOOM_RANGE[1], max(ZOOM_RANGE[0], zoom))
        self._apply_zoom()

    def _set_tools(self, enabled: bool) -> None:
        for button in (self._zoom_out, self._zoom_in, self._fit):
            button.setEnabled(enabled)

    def _fit_width(self) -> int:
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        return max(50, self._scroll.viewport().width() - 2 * MARGIN - scrollbar)

    def _apply_zoom(self) -> None:
        width = round(self._fit_width() * self._zoom)
        for image, label in zip(self._images, self._labels, strict=True):
            pixmap = QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())

    def page_width(self) -> int:
        """The width the pages are shown at, in pixels."""
        return self._labels[0].width() if self._labels else 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._images:
            self._apply_zoom()
