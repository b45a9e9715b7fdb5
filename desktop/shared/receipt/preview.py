"""The receipt on screen as it comes out of the printer: the till roll rendered as an image
at the screen's resolution (true to size), in a box that scrolls with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from desktop.shared.i18n import tr
from desktop.shared.receipt import till_roll
from desktop.shared.receipt.document import ReceiptDocument, plain_text

HEIGHT = 220  # pixels: the top of the receipt; the rest scrolls into view


class ReceiptPreview(QScrollArea):
    """Shows one receipt on its roll; focus it and the arrow and page keys scroll it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(tr("Receipt preview"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(HEIGHT)
        self.roll = QLabel()
        self.roll.setObjectName(f"{name}Roll")
        self.setWidget(self.roll)

    def show_document(self, document: ReceiptDocument, paper: till_roll.Roll) -> None:
        ratio = self.devicePixelRatioF()
        dpi = self.logicalDpiX() * ratio
        pixmap = QPixmap.fromImage(till_roll.receipt_image(document, paper, dpi))
        pixmap.setDevicePixelRatio(ratio)
        self.roll.setPixmap(pixmap)
        self.roll.resize(pixmap.deviceIndependentSize().toSize())
        self.roll.setAccessibleDescription(plain_text(document))
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        self.setFixedWidth(self.roll.width() + scroll_bar + 2 * self.frameWidth())
        self.verticalScrollBar().setValue(0)
