"""The Qt application itself: its name, icon, stylesheet and translations, and quitting on
Ctrl+C or SIGTERM.

Kept apart from `desktop.app` (the window and everything behind it) and light to import,
so the start-up screen is on screen before the rest of the app is loaded.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.resources import icon, stylesheet
from desktop.services import language


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the app's name, icon, stylesheet and translations."""
    existing = QApplication.instance()
    app = (
        existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    )
    app.setApplicationName("Omnidesk")
    app.setOrganizationName("Omnidesk")
    app.setWindowIcon(icon("app"))
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    if language.current_or_none() is None:  # once, however often called
        language.use(language.device_language(None))
    return app


def _stop(app: QApplication) -> None:
    app.quit()  # the running app: its windows close and its event loop ends
    app.exit(0)  # still starting (the app's own loop not running yet): start-up's loop ends


def quit_on_signals(app: QApplication) -> None:
    """Ctrl+C in a terminal or SIGTERM closes the app properly (the demo cleans up), also
    while it is still starting."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: _stop(app))
    if app.findChild(QTimer, "omnidesk_signals") is not None:
        return
    timer = QTimer(app)  # lets Python run its signal handlers while Qt's loop waits
    timer.setObjectName("omnidesk_signals")
    timer.timeout.connect(lambda: None)
    timer.start(250)
