"""The start-up screen: on screen at once, while the app reads its keys and opens (checks,
updates, maybe rebuilds) the local data in the background. It says what is being done."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.resources import icon
from desktop.shared.i18n import tr


class Splash(QWidget):
    """The app's icon and name, what start-up is doing now, and a busy bar."""

    step_shown = Signal(str)  # the sentence now on screen

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        self.setWindowTitle("Omnidesk")
        self.setWindowIcon(icon("app"))
        card = QFrame()
        card.setProperty("kind", "card")
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel("Omnidesk")
        name.setProperty("kind", "title")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step = QLabel(tr("Starting…"))
        self.step.setProperty("kind", "muted")
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: it moves while work goes on
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(logo)
        inner.addWidget(name)
        inner.addWidget(self.step)
        inner.addWidget(self.busy)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        self.setFixedSize(440, 250)

    def show_step(self, text: str) -> None:
        if text and text != self.step.text():
            self.step.setText(text)
            self.step_shown.emit(text)

    def present(self) -> None:
        """Show it in the middle of the screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            frame = self.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.move(frame.topLeft())
        self.show()

    @contextmanager
    def set_aside(self) -> Iterator[None]:
        """Out of the way while a dialog asks staff something; back afterwards."""
        shown = self.isVisible()
        self.hide()
        try:
            yield
        finally:
            if shown:
                self.show()
