"""`omnidesk demo`: the desktop with an embedded central API and demo data.

`--place CODE` opens it as any store, branch, office or field territory of the demo data,
a demo person who works there signed in. Once it is ready it prints, in the terminal,
the API's address, where the window opens, the demo logins and their PIN.

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

from PySide6.QtWidgets import QMessageBox

from desktop.app import Desktop, create_application, quit_on_signals
from desktop.demo_setup import (
    DEMO_LOGIN,
    DEMO_STORE,
    PLACES,
    ROLE_AT,
    DemoSetup,
    DemoStep,
    demo_place,
    prepare,
)
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.startup import StartupCancelled, opening_words, while_shown
from desktop.ui import error_notice
from desktop.ui.splash import Splash
from sync.client.credentials import MemoryCredentialStore
from sync.client.profile import DATA_DIR_ENV
from sync.model import Role
from sync.server.demo import DEMO_PIN
from sync.server.embedded import close_live_waits

__all__ = [
    "DEMO_LOGIN",
    "banner",
    "demo_words",
    "open_demo",
    "prepare",
    "ready_lines",
    "run_demo",
]


def banner(url: str, login: str = DEMO_LOGIN) -> str:
    return tr(
        "Demo at {url}: token and sign-ins in memory only, gone when the window closes. "
        "Signed in as {login}; every demo login (in the terminal) has PIN {pin}."
    ).format(url=url, login=login, pin=DEMO_PIN)


def ready_lines(setup: DemoSetup) -> list[str]:
    """What the terminal says once the demo is ready: where the API and the window are,
    who is signed in, and the demo data with its logins and PIN (as `omnidesk-server demo`
    prints them)."""
    staff = setup.staff
    return [
        tr("Omnidesk demo: the central API runs at {url}").format(url=setup.url),
        tr("The window opens at {place}, signed in as {login} ({name}, {role}).").format(
            place=setup.place, login=staff.login, name=staff.display_name, role=staff.role
        ),
        *setup.summary,
        tr(
            "Every demo login has PIN {pin}; lock the window (Ctrl+L) to sign in as another."
        ).format(pin=DEMO_PIN),
    ]


def open_demo(setup: DemoSetup, credentials: MemoryCredentialStore) -> Desktop:
    """The demo's window, its person signed in (not shown yet)."""
    desktop = Desktop(
        setup.profile, credentials, place=setup.place, banner=banner(setup.url, setup.staff.login)
    )
    desktop.enter(setup.staff)
    return desktop


def _signing_in(place: str) -> str:
    role = ROLE_AT[PLACES[demo_place(place)]]
    if role == Role.ADVISOR:
        return tr("Signing the demo advisor in…")
    if role == Role.FIELD_REP:
        return tr("Signing the demo field rep in…")
    if role == Role.PRICING:
        return tr("Signing the demo pricing person in…")
    return tr("Signing the demo cashier in…")


def demo_words(place: str = DEMO_STORE) -> dict[str, str]:
    """What the splash says while the demo is prepared."""
    return {
        **opening_words(),
        DemoStep.SERVER: tr("Starting the central API with demo data…"),
        DemoStep.ENROL: tr("Enrolling this device…"),
        DemoStep.SIGN_IN: _signing_in(place),
    }


def run_demo(
    argv: Sequence[str] | None = None, *, splash: Splash | None = None, place: str = DEMO_STORE
) -> int:
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
                lambda report: prepare(stack, data_dir, credentials, on_step=report, place=place),
                demo_words(place),
            )
        except StartupCancelled:
            return 0
        except Exception as error:
            splash.close()
            QMessageBox.critical(
                None,
                "Omnidesk",
                tr("The demo could not start: {reason}").format(reason=explain(error)),
            )
            return 1
        desktop = open_demo(setup, credentials)
        desktop.window.present()
        splash.close()
        print("\n".join(ready_lines(setup)), flush=True)
        try:
            return app.exec()
        finally:
            close_live_waits(setup.app)  # its long-polls answer now: the sync stops at once
            desktop.window.close()
            desktop.sync.stop()
            desktop.engine.close()
