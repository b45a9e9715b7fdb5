"""`omnidesk demo`: the desktop with an embedded central API and demo data.

Everything lives in a fresh temporary folder (the API's SQLite database and this
device's replica) and is removed on exit. The demo never touches the OS keyring: its
device token and staff verifiers are kept in memory only, and the window says so.
The setting up (`desktop.demo_setup`) runs behind the start-up screen, which says what
it is doing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.app import Desktop, create_application, quit_on_signals
from desktop.demo_setup import DEMO_LOGIN, DemoStep, prepare
from desktop.shared.errors import explain
from desktop.startup import StartupCancelled, opening_words, while_shown
from desktop.ui import error_notice
from desktop.ui.splash import Splash
from sync.client.credentials import MemoryCredentialStore
from sync.client.profile import DATA_DIR_ENV
from sync.server.demo import DEMO_PIN
from sync.server.embedded import close_live_waits

__all__ = ["DEMO_LOGIN", "banner", "demo_words", "prepare", "run_demo"]


def _t(text: str) -> str:
    return QCoreApplication.translate("demo", text)


def banner(url: str) -> str:
    return _t(
        "Demo: an embedded central API with demo data runs at {url}. This device's token and "
        "sign-ins are kept in memory only, not in the OS keyring, and are gone when the window "
        "closes. Staff logins: cashier.waw, manager.waw (PIN {pin})."
    ).format(url=url, pin=DEMO_PIN)


def demo_words() -> dict[str, str]:
    """What the splash says while the demo is prepared."""
    return {
        **opening_words(),
        DemoStep.SERVER: _t("Starting the central API with demo data…"),
        DemoStep.ENROL: _t("Enrolling this device…"),
        DemoStep.SIGN_IN: _t("Signing the demo cashier in…"),
    }


def run_demo(argv: Sequence[str] | None = None, *, splash: Splash | None = None) -> int:
    app = create_application(argv)
    error_notice.install(app)
    quit_on_signals(app)
    data_dir = Path(tempfile.mkdtemp(prefix="omnidesk-demo-"))
    os.environ[DATA_DIR_ENV] = str(data_dir)
    credentials = MemoryCredentialStore()
    if splash is None:
        splash = Splash()
        splash.present()
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, data_dir, True)
        stack.callback(splash.close)
        try:
            setup = while_shown(
                splash,
                lambda report: prepare(stack, data_dir, credentials, on_step=report),
                demo_words(),
            )
        except StartupCancelled:
            return 0
        except Exception as error:
            splash.close()
            QMessageBox.critical(
                None,
                "Omnidesk",
                _t("The demo could not start: {reason}").format(reason=explain(error)),
            )
            return 1
        desktop = Desktop(setup.profile, credentials, place=setup.place, banner=banner(setup.url))
        desktop.enter(setup.staff)
        desktop.window.show()
        splash.close()
        try:
            return app.exec()
        finally:
            close_live_waits(setup.app)  # its long-polls answer now: the sync stops at once
            desktop.window.close()
            desktop.sync.stop()
            desktop.engine.close()
