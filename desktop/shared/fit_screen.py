"""A window's size within the screen it opens on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 0.92  # of the screen's free area: the window's frame and the task bar stay visible


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give `window` the size it wants, but never more than its screen can show."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    window.resize(min(width, int(free.width() * MARGIN)), min(height, int(free.height() * MARGIN)))
