"""`omnidesk demo`: the desktop with an embedded central API and demo data.

Everything lives in a fresh temporary folder (the API's SQLite database and this
device's replica) and is removed on exit. The demo never touches the OS keyring: its
device token and staff verifiers are kept in memory only, and the window says so.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.app import Desktop, create_application, quit_on_signals
from desktop.services.background import run_in_background
from desktop.services.staff import Staff, StaffSignIn
from desktop.ui import error_notice
from desktop.ui.errors import explain
from sync.client.credentials import MemoryCredentialStore
from sync.client.profile import DATA_DIR_ENV, Profile, enrol_profile
from sync.model.types import utcnow
from sync.server import enrolment, schema
from sync.server.app import build
from sync.server.db import open_database
from sync.server.demo import DEMO_PIN, seed
from sync.server.embedded import close_live_waits, serve

DEMO_STORE = "PL-WAW-01"
DEMO_LOGIN = "cashier.waw"
PROFILE = "demo"


@contextmanager
def demo_server(data_dir: Path, customers: int = 2000, products: int = 500
                ) -> Iterator[tuple[str, str, FastAPI]]:
    """The central API on SQLite with the demo data; yields (URL, an enrolment code, the
    API application)."""
    url = f"sqlite:///{data_dir / 'central.db'}"
    schema.upgrade(url)
    db = open_database(url)
    try:
        seed(db, customers=customers, products=products)
        with db.write() as session:
            code = enrolment.create_code(session, DEMO_STORE, utcnow())
    finally:
        db.dispose()
    app = build(url)
    try:
        with serve(app, lifespan="on") as base:
            yield base, code, app
    finally:
        app.state.db.dispose()


@dataclass
class DemoSetup:
    url: str
    profile: Profile
    staff: Staff
    app: FastAPI


def prepare(stack: ExitStack, data_dir: Path, credentials: MemoryCredentialStore,
            customers: int = 2000) -> DemoSetup:
    """Start the API, enrol this desktop to it and sign the demo cashier in."""
    url, code, app = stack.enter_context(demo_server(data_dir, customers))
    enrol_profile(PROFILE, url, code, "Demo till", credentials)
    profile = Profile(PROFILE, credentials)
    stack.callback(profile.close)
    staff = StaffSignIn(PROFILE, credentials, profile.replica, profile.http).sign_in(
        DEMO_LOGIN, DEMO_PIN)
    return DemoSetup(url, profile, staff, app)


def banner(url: str) -> str:
    return QCoreApplication.translate(
        "demo",
        "Demo: an embedded central API with demo data runs at {url}. This device's token and "
        "sign-ins are kept in memory only, not in the OS keyring, and are gone when the window "
        "closes. Staff logins: cashier.waw, manager.waw (PIN {pin}).").format(
            url=url, pin=DEMO_PIN)


def run_demo(argv: Sequence[str] | None = None) -> int:
    app = create_application(argv)
    error_notice.install(app)
    data_dir = Path(tempfile.mkdtemp(prefix="omnidesk-demo-"))
    os.environ[DATA_DIR_ENV] = str(data_dir)
    credentials = MemoryCredentialStore()
    splash = QLabel(QCoreApplication.translate(
        "demo", "Starting the demo: central API, demo data, this device…"))
    splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
    splash.setWindowTitle("Omnidesk")
    splash.resize(460, 140)
    splash.show()
    opened: list[Desktop] = []
    apis: list[FastAPI] = []
    code = 0
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, data_dir, True)

        def ready(setup: DemoSetup) -> None:
            apis.append(setup.app)
            desktop = Desktop(setup.profile, credentials, banner=banner(setup.url))
            opened.append(desktop)
            desktop.enter(setup.staff)
            desktop.window.show()
            splash.close()

        def failed(error: BaseException) -> None:
            nonlocal code
            splash.close()
            QMessageBox.critical(None, "Omnidesk", QCoreApplication.translate(
                "demo", "The demo could not start: {reason}").format(reason=explain(error)))
            code = 1
            app.quit()

        run_in_background(lambda: prepare(stack, data_dir, credentials), ready, failed)
        quit_on_signals(app)
        result = app.exec()
        for api in apis:  # its long-polls answer now, so the sync stops at once
            close_live_waits(api)
        for desktop in opened:
            desktop.window.close()
            desktop.sync.stop()
            desktop.engine.close()
    return code or result
